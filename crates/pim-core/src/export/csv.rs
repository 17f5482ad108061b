//! CSV export of decisions, actions and participants, for spreadsheets.
//!
//! Layout: three blocks (decisions, actions, participants), each starting with its own header row and
//! separated by an empty line. The first column of every row is `section` (`decision`, `action`,
//! `participant`; `section` in header rows), so rows can be filtered once pasted together.
//!
//! Format: RFC 4180: CRLF line ends; fields holding `,` `"` CR or LF are quoted, with quotes doubled.
//! UTF-8 with a byte-order mark, so spreadsheet programs read non-ASCII text correctly. A newline
//! inside a value stays a bare LF inside its quoted field (as spreadsheets write it themselves).
//!
//! Safety: every value is sanitised first ([`display::sanitize`]: control characters and bidi overrides
//! become visible marks, tabs become spaces), and a value beginning with `=` `+` `-` `@` (or their
//! full-width forms, or TAB/CR) gets a leading `'` so a spreadsheet shows it as text instead of running
//! it as a formula.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::content::Pack;
use crate::display;
use crate::session::{DecisionStatus, Session};

use super::records::{ActionMark, action_mark};

/// The byte-order mark the export starts with.
pub const BOM: char = '\u{feff}';

/// The record separator.
pub const CRLF: &str = "\r\n";

/// First characters that make a spreadsheet read a cell as a formula.
pub const FORMULA_START: &[char] = &[
    '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// A value as a spreadsheet should see it: sanitised, and with a `'` in front when it would start a
/// formula. (This is the cell's text before CSV quoting.)
pub fn inert(value: &str) -> Cow<'_, str> {
    let clean = display::sanitize_text(value, true);
    if clean.starts_with(FORMULA_START) {
        Cow::Owned(format!("'{clean}"))
    } else {
        clean
    }
}

/// One field, quoted when RFC 4180 requires it.
pub fn field(value: &str) -> String {
    let cell = inert(value);
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.into_owned()
    }
}

struct Writer {
    out: String,
}

impl Writer {
    fn row<S: AsRef<str>>(&mut self, cells: &[S]) {
        let fields: Vec<String> = cells.iter().map(|c| field(c.as_ref())).collect();
        self.out.push_str(&fields.join(","));
        self.out.push_str(CRLF);
    }
}

/// Header of the decisions block. The step, sub-step and principles are ids (for tools) and, in the
/// last three columns, the names people read.
pub const DECISION_COLUMNS: [&str; 15] = [
    "section",
    "id",
    "status",
    "title",
    "rationale",
    "step",
    "substep",
    "principles",
    "superseded_by",
    "supersedes",
    "recorded_at",
    "recorded_by",
    "step_name",
    "substep_name",
    "principle_names",
];

/// Header of the actions block.
pub const ACTION_COLUMNS: [&str; 10] = [
    "section",
    "id",
    "status",
    "overdue",
    "days_overdue",
    "text",
    "owner",
    "due",
    "decisions",
    "created",
];

/// Header of the participants block.
pub const PARTICIPANT_COLUMNS: [&str; 4] = ["section", "name", "organisation", "role"];

/// Decisions, actions (marked overdue against `today`) and participants as CSV.
pub fn render(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    let mut w = Writer {
        out: BOM.to_string(),
    };
    w.row(&DECISION_COLUMNS);
    for d in &session.decisions {
        let superseded_by = match &d.status {
            DecisionStatus::Superseded { by } => by.as_str(),
            _ => "",
        };
        w.row(&[
            "decision",
            &d.id,
            d.status.as_str(),
            &d.title,
            &d.rationale,
            &d.step,
            d.substep.as_deref().unwrap_or(""),
            &d.principles.join("; "),
            superseded_by,
            d.supersedes.as_deref().unwrap_or(""),
            &d.at.to_rfc3339(),
            &d.by,
            &pack.step(&d.step).map_or_else(
                || d.step.clone(),
                |st| format!("{} {}", st.number, st.title),
            ),
            &d.substep
                .as_deref()
                .map(|sub| super::outline::place(pack, &d.step, Some(sub)))
                .unwrap_or_default(),
            &d.principles
                .iter()
                .map(|id| pack.principle(id).map_or(id.as_str(), |p| p.name.as_str()))
                .collect::<Vec<_>>()
                .join("; "),
        ]);
    }
    w.out.push_str(CRLF);
    w.row(&ACTION_COLUMNS);
    for a in &session.actions {
        let (overdue, days) = match action_mark(a, today) {
            ActionMark::Overdue { days } => ("yes", days.to_string()),
            _ => ("no", String::new()),
        };
        w.row(&[
            "action",
            &a.id,
            a.status.as_str(),
            overdue,
            &days,
            &a.text,
            &a.owner,
            &a.due.map(|d| d.to_string()).unwrap_or_default(),
            &a.decisions.join("; "),
            &a.created.to_rfc3339(),
        ]);
    }
    w.out.push_str(CRLF);
    w.row(&PARTICIPANT_COLUMNS);
    for p in &session.participants {
        w.row(&["participant", &p.name, &p.organisation, &p.role]);
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_made_inert() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+cmd"), "'+cmd");
        assert_eq!(field("-2"), "'-2");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\u{1b}[31m"), "␛[31m");
        assert_eq!(field("a\rb"), "a␍b");
    }
}
