//! A sync engine's conflict copy, made mergeable: a copy of a group file merges beside the group
//! (under its own key, so the two never overwrite each other back and forth), and a copy of the
//! plenary itself merges like a group named "Conflict copy" bringing only what differs from the
//! plenary — its other answers, and the decisions, actions, risks and points the plenary lacks.

use super::breakout::fingerprint;
use super::breakout_records::GroupOrigin;
use super::model::Session;

/// `copy` (read from the file `file_name`, a conflict copy) as a group of `plenary` for the merge.
pub fn as_mergeable(mut copy: Session, plenary: &Session, file_name: &str) -> Session {
    let key = format!("{}~{}", copy.id, fingerprint(&[file_name]));
    if let Some(origin) = copy.breakout.origin.as_mut() {
        origin.group = crate::t!("groups-conflict-copy-tag", group = origin.group.as_str());
        copy.id = key;
        return copy;
    }
    if copy.id != plenary.id {
        return copy;
    }
    copy.id = key;
    copy.breakout.origin = Some(GroupOrigin {
        plenary_id: plenary.id.clone(),
        plenary_title: plenary.title.clone(),
        group: crate::t!("groups-conflict-copy-plenary"),
        ..GroupOrigin::default()
    });
    keep_differences(&mut copy, plenary);
    copy
}

/// Drops from `copy` what the plenary already holds as it is.
fn keep_differences(copy: &mut Session, plenary: &Session) {
    for (substep, record) in &mut copy.substeps {
        record
            .answers
            .retain(|prompt, a| plenary.answer_text(substep, prompt) != a.text);
        record.principles.retain(|principle, c| {
            plenary
                .substeps
                .get(substep)
                .and_then(|r| r.principles.get(principle))
                .is_none_or(|p| p.status != c.status || p.note != c.note)
        });
    }
    copy.decisions.retain(|d| {
        !plenary
            .decisions
            .iter()
            .any(|p| p.id == d.id && p.title == d.title)
    });
    copy.actions.retain(|a| {
        !plenary
            .actions
            .iter()
            .any(|p| p.id == a.id && p.text == a.text)
    });
    copy.risks.retain(|r| {
        !plenary
            .risks
            .iter()
            .any(|p| p.id == r.id && p.description == r.description)
    });
    copy.parking_lot.retain(|x| {
        !plenary
            .parking_lot
            .iter()
            .any(|p| p.id == x.id && p.text == x.text)
    });
}
