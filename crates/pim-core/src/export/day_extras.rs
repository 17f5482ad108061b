//! What an end-of-day summary says beside its modules: who was absent, late or left early that day,
//! and the groups' outputs brought into the plenary that day (their answers, merged on the date).
//! [`super::day_summary`] holds one [`DayExtras`] and writes its sections.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::{Presence, Session};
use crate::t;

use super::outline::session_substeps;

/// One group's answer brought in on the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupOutput {
    /// The group's name.
    pub group: String,
    /// The question it answers (the prompt's key when the pack does not know it).
    pub question: String,
    /// The answer on one line.
    pub text: String,
}

/// The day's attendance beyond those present, and its group outputs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DayExtras {
    /// Whether attendance was taken that day (without it nobody is listed absent).
    pub taken: bool,
    /// Listed participants not present.
    pub absent: Vec<String>,
    /// Present, and arrived late.
    pub late: Vec<String>,
    /// Present, and left early.
    pub left_early: Vec<String>,
    pub groups: Vec<GroupOutput>,
}

/// The extras of training day `day`, held on `date` (no group outputs when the day has no date).
pub fn extras(session: &Session, pack: &Pack, day: u8, date: Option<NaiveDate>) -> DayExtras {
    let mut out = DayExtras {
        taken: session.attendance_day(day).is_some(),
        groups: group_outputs(session, pack, date),
        ..DayExtras::default()
    };
    if !out.taken {
        return out;
    }
    for p in &session.participants {
        match session.presence(day, &p.name) {
            Presence::Present { late, left_early } => {
                if late {
                    out.late.push(p.name.clone());
                }
                if left_early {
                    out.left_early.push(p.name.clone());
                }
            }
            Presence::Absent | Presence::NotRecorded => out.absent.push(p.name.clone()),
        }
    }
    out
}

/// The groups' answers merged into the plenary on `date`, in process order, each prompt's groups in
/// the order they were merged.
fn group_outputs(session: &Session, pack: &Pack, date: Option<NaiveDate>) -> Vec<GroupOutput> {
    let mut questions: Vec<(String, String)> = Vec::new();
    for (sub, _) in session_substeps(session, pack) {
        for p in pack.prompts_for(&session.template, &sub) {
            questions.push((format!("{sub}/{}", p.id), p.question.to_string()));
        }
    }
    let place = |key: &str| questions.iter().position(|(k, _)| k == key);
    let mut keys: Vec<&String> = session.breakout.answers.keys().collect();
    keys.sort_by_key(|k| place(k).unwrap_or(usize::MAX));
    let mut out = Vec::new();
    for key in keys {
        let question = place(key).map_or_else(|| key.clone(), |i| questions[i].1.clone());
        for a in &session.breakout.answers[key] {
            if Some(a.merged_at.date_naive()) == date {
                out.push(GroupOutput {
                    group: a.group.clone(),
                    question: question.clone(),
                    text: one_line(&a.text),
                });
            }
        }
    }
    out
}

/// A multi-line answer on one line: its non-blank lines joined with spaces.
fn one_line(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ")
}

impl DayExtras {
    /// The sections in the summary's order after attendance: absent, late, left early (each only
    /// when attendance was taken); each with its title, items and the line shown when it is empty.
    pub fn attendance_sections(&self) -> Vec<(String, Vec<String>, String)> {
        if !self.taken {
            return Vec::new();
        }
        vec![
            (
                t!("attendance-summary-absent", count = self.absent.len()),
                self.absent.clone(),
                t!("attendance-summary-nobody-absent"),
            ),
            (
                t!("attendance-summary-late"),
                self.late.clone(),
                t!("attendance-summary-nobody-late"),
            ),
            (
                t!("attendance-summary-left-early"),
                self.left_early.clone(),
                t!("attendance-summary-nobody-left-early"),
            ),
        ]
    }

    /// The group outputs' section: its title, items and the line shown when it is empty.
    pub fn groups_section(&self) -> (String, Vec<String>, String) {
        let items = self
            .groups
            .iter()
            .map(|g| {
                t!(
                    "attendance-summary-group-output",
                    group = g.group.as_str(),
                    question = g.question.as_str(),
                    text = g.text.as_str()
                )
            })
            .collect();
        (
            t!("attendance-summary-groups"),
            items,
            t!("attendance-summary-no-group-output"),
        )
    }
}
