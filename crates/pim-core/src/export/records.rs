//! Facts derived from the records that every format shows the same way: superseded chains, overdue
//! actions, the risk map.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use crate::session::{ActionItem, DecisionStatus, Risk, Session};

/// Where an action stands against today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionMark {
    /// Done or dropped.
    Finished,
    /// Open or in progress, not past its due date (or with none).
    Pending,
    /// Open or in progress, due before today.
    Overdue {
        /// Days since the due date.
        days: i64,
    },
}

/// Where `action` stands on `today`.
pub fn action_mark(action: &ActionItem, today: NaiveDate) -> ActionMark {
    if !action.status.is_pending() {
        return ActionMark::Finished;
    }
    match action.due {
        Some(due) if due < today => ActionMark::Overdue {
            days: (today - due).num_days(),
        },
        _ => ActionMark::Pending,
    }
}

/// Chains of superseded decisions, oldest first: `["D-2", "D-5"]` when D-2 was replaced by D-5.
/// Each chain starts at a superseded decision that nothing replaced into, and follows
/// `superseded_by` until a decision that is not superseded (or one that is not in the session, or a
/// loop, which ends the chain).
pub fn supersede_chains(session: &Session) -> Vec<Vec<String>> {
    let next: HashMap<&str, &str> = session
        .decisions
        .iter()
        .filter_map(|d| match &d.status {
            DecisionStatus::Superseded { by } => Some((d.id.as_str(), by.as_str())),
            _ => None,
        })
        .collect();
    let targets: BTreeSet<&str> = next.values().copied().collect();
    let mut chains = Vec::new();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let starts = session
        .decisions
        .iter()
        .map(|d| d.id.as_str())
        .filter(|id| next.contains_key(id));
    // Roots first; then anything left (decisions caught in a loop).
    let roots: Vec<&str> = starts.clone().filter(|id| !targets.contains(id)).collect();
    let rest: Vec<&str> = starts.filter(|id| targets.contains(id)).collect();
    for start in roots.into_iter().chain(rest) {
        if used.contains(start) {
            continue;
        }
        let mut chain = vec![start.to_string()];
        let mut seen = BTreeSet::from([start]);
        used.insert(start);
        let mut at = start;
        while let Some(&by) = next.get(at) {
            chain.push(by.to_string());
            if !seen.insert(by) {
                break; // a loop: show the repeated id once more and stop
            }
            used.insert(by);
            at = by;
        }
        chains.push(chain);
    }
    chains
}

/// How serious a risk is, from likelihood × impact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RiskLevel {
    /// Score 1–3.
    Low,
    /// Score 4–6.
    Medium,
    /// Score 8–9.
    High,
    /// Score 12–16.
    Critical,
}

/// The level of a score (1–16).
pub fn risk_level(score: u8) -> RiskLevel {
    match score {
        0..=3 => RiskLevel::Low,
        4..=6 => RiskLevel::Medium,
        7..=9 => RiskLevel::High,
        _ => RiskLevel::Critical,
    }
}

/// The 4×4 risk map: `map[likelihood - 1][impact - 1]` holds the risks in that cell, in session order.
/// Scores outside 1–4 are clamped (the loader already does this).
pub fn risk_map(session: &Session) -> [[Vec<&Risk>; 4]; 4] {
    let mut map: [[Vec<&Risk>; 4]; 4] = Default::default();
    for r in &session.risks {
        let l = usize::from(r.likelihood.clamp(1, 4)) - 1;
        let i = usize::from(r.impact.clamp(1, 4)) - 1;
        map[l][i].push(r);
    }
    map
}

/// Risks from the highest score down (ties keep session order).
pub fn risks_by_score(session: &Session) -> Vec<&Risk> {
    let mut risks: Vec<&Risk> = session.risks.iter().collect();
    risks.sort_by_key(|r| std::cmp::Reverse(r.score()));
    risks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Decision;

    fn decision(id: &str, by: Option<&str>) -> Decision {
        Decision {
            id: id.into(),
            status: match by {
                Some(by) => DecisionStatus::Superseded { by: by.into() },
                None => DecisionStatus::Agreed,
            },
            ..Decision::default()
        }
    }

    #[test]
    fn chains_follow_superseded_by_and_survive_loops() {
        let s = Session {
            decisions: vec![
                decision("D-1", Some("D-3")),
                decision("D-2", None),
                decision("D-3", Some("D-4")),
                decision("D-4", None),
                decision("D-5", Some("D-6")),
                decision("D-6", Some("D-5")),
            ],
            ..Session::default()
        };
        let chains = supersede_chains(&s);
        assert_eq!(chains[0], ["D-1", "D-3", "D-4"]);
        assert_eq!(chains[1], ["D-5", "D-6", "D-5"]);
        assert_eq!(chains.len(), 2);
    }

    #[test]
    fn overdue_counts_days_and_ignores_finished() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut a = ActionItem {
            due: NaiveDate::from_ymd_opt(2026, 11, 18),
            ..ActionItem::default()
        };
        assert_eq!(action_mark(&a, today), ActionMark::Overdue { days: 8 });
        a.due = Some(today);
        assert_eq!(action_mark(&a, today), ActionMark::Pending);
        a.status = crate::session::ActionStatus::Done;
        a.due = NaiveDate::from_ymd_opt(2020, 1, 1);
        assert_eq!(action_mark(&a, today), ActionMark::Finished);
    }
}
