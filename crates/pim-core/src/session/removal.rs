//! Removing an action, a risk or a parking-lot point: the record goes, and the timeline says what it
//! was and who removed it. Decisions are never removed: the decision trail keeps them (supersede or
//! reject one instead), so there is no removal for them here.

use chrono::{DateTime, FixedOffset};

use super::model::Session;
use super::ops::OpError;
use super::timeline::TimelineKind;
use crate::t;

/// Which list a record is removed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removable {
    Action,
    Risk,
    Parking,
}

impl Session {
    /// Removes the record `id` from its list and notes on the timeline what it said and by whom.
    /// Returns the removed record's text.
    pub fn remove_record(
        &mut self,
        what: Removable,
        id: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<String, OpError> {
        let missing = || OpError::NotFound {
            kind: match what {
                Removable::Action => "action",
                Removable::Risk => "risk",
                Removable::Parking => "parking-lot point",
            },
            id: id.to_string(),
        };
        let (text, kind, summary) = match what {
            Removable::Action => {
                let i = self
                    .actions
                    .iter()
                    .position(|a| a.id == id)
                    .ok_or_else(missing)?;
                let text = self.actions.remove(i).text;
                let note = t!(
                    "edit-timeline-action-removed",
                    id = id,
                    text = text.as_str()
                );
                (text, TimelineKind::Action, note)
            }
            Removable::Risk => {
                let i = self
                    .risks
                    .iter()
                    .position(|r| r.id == id)
                    .ok_or_else(missing)?;
                let text = self.risks.remove(i).description;
                let note = t!("edit-timeline-risk-removed", id = id, text = text.as_str());
                (text, TimelineKind::Risk, note)
            }
            Removable::Parking => {
                let i = self
                    .parking_lot
                    .iter()
                    .position(|p| p.id == id)
                    .ok_or_else(missing)?;
                let text = self.parking_lot.remove(i).text;
                let note = t!(
                    "edit-timeline-parking-removed",
                    id = id,
                    text = text.as_str()
                );
                (text, TimelineKind::Parking, note)
            }
        };
        self.record(now, by, kind, summary, Some(id.to_string()));
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{ActionDraft, RiskDraft};

    fn at() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
    }

    #[test]
    fn a_removed_record_leaves_a_timeline_note_of_what_and_who() {
        let mut s = Session::default();
        let a = s.add_action(
            ActionDraft {
                text: "Call Kestrel".into(),
                ..Default::default()
            },
            at(),
            "Amina",
        );
        let r = s.add_risk(
            RiskDraft {
                description: "Lists leak".into(),
                likelihood: 2,
                impact: 2,
                ..Default::default()
            },
            at(),
            "Amina",
        );
        let p = s.add_parking("Who pays?", at(), "Amina");
        assert_eq!(
            s.remove_record(Removable::Action, &a, at(), "Nadia")
                .unwrap(),
            "Call Kestrel"
        );
        s.remove_record(Removable::Risk, &r, at(), "Nadia").unwrap();
        s.remove_record(Removable::Parking, &p, at(), "Nadia")
            .unwrap();
        assert!(s.actions.is_empty() && s.risks.is_empty() && s.parking_lot.is_empty());
        let notes: Vec<&str> = s
            .timeline
            .iter()
            .rev()
            .take(3)
            .map(|e| e.summary.as_str())
            .collect();
        assert!(
            notes[2].contains("Call Kestrel") && notes[2].contains(&a),
            "{notes:?}"
        );
        assert!(notes[1].contains("Lists leak"), "{notes:?}");
        assert!(notes[0].contains("Who pays?"), "{notes:?}");
        assert!(s.timeline.iter().rev().take(3).all(|e| e.by == "Nadia"));
        assert!(s.remove_record(Removable::Risk, &r, at(), "Nadia").is_err());
    }
}
