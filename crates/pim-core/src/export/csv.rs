//! CSV export of decisions, actions and participants, for spreadsheets.
//!
//! Layout: three blocks (decisions, actions, participants), each starting with its own header row and
//! separated by an empty line. The first column of every row is `section` (`decision`, `action`,
//! `participant`; `section` in header rows), so rows can be filtered once pasted together.
//!
//! Format: RFC 4180: CRLF line ends; fields holding `"` CR LF or the separator of any common locale
//! (`,`, `;` as French and German spreadsheets use, tab) are quoted, with quotes doubled, so a
//! spreadsheet set to any of them reads each value as one cell.
//! UTF-8 with a byte-order mark, so spreadsheet programs read non-ASCII text correctly. A newline
//! inside a value stays a bare LF inside its quoted field (as spreadsheets write it themselves).
//!
//! Safety: every value is sanitised first ([`display::sanitize`]: control characters and bidi overrides
//! become visible marks, tabs become spaces), and a value beginning with `=` `+` `-` `@` (or their
//! full-width forms, or TAB/CR) gets a leading `'` so a spreadsheet shows it as text instead of running
//! it as a formula. Since every separator is quoted, the cell a reader sees is the whole value, which
//! is the text the guard looked at: `Kalma;=1+1;` stays one cell starting with `K` (and its `=` gets
//! a `'` too, for readers set to another separator than the file's, see [`inert`]).

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
/// formula — in front of the value, and after each `,` or `;` inside it, since a spreadsheet set to
/// another separator than the file's may start a cell there (a `;` reader of a `,` file loses track of
/// the quotes after the first quoted field). After a separator a `'` also gets one, so
/// [`undo_inner_guard`] gives the value back exactly. This is the cell's text before CSV quoting.
pub fn inert(value: &str) -> Cow<'_, str> {
    let clean = display::sanitize_text(value, true);
    let guarded_after_sep = |c: char| FORMULA_START.contains(&c) || c == '\'';
    let risky = clean.starts_with(FORMULA_START)
        || clean
            .match_indices([',', ';'])
            .any(|(i, _)| clean[i + 1..].starts_with(guarded_after_sep));
    if !risky {
        return clean;
    }
    let mut out = String::with_capacity(clean.len() + 4);
    let mut after_sep = false;
    for (i, c) in clean.chars().enumerate() {
        if (i == 0 && FORMULA_START.contains(&c)) || (after_sep && guarded_after_sep(c)) {
            out.push('\'');
        }
        out.push(c);
        after_sep = matches!(c, ',' | ';');
    }
    Cow::Owned(out)
}

/// Undoes the `'` [`inert`] puts after a `,` or `;` inside a value (an import of this program's own
/// tables uses it; the leading `'` is the importer's to drop).
pub fn undo_inner_guard(cell: &str) -> Cow<'_, str> {
    if !cell.contains([',', ';']) {
        return Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars().peekable();
    let mut after_sep = false;
    while let Some(c) = chars.next() {
        if after_sep
            && c == '\''
            && chars
                .peek()
                .is_some_and(|n| FORMULA_START.contains(n) || *n == '\'')
        {
            after_sep = false;
            continue;
        }
        out.push(c);
        after_sep = matches!(c, ',' | ';');
    }
    Cow::Owned(out)
}

/// The characters that make a field quoted: the quote and line ends, and the separators of common
/// locales.
pub const QUOTED_WHEN: [char; 6] = [',', ';', '\t', '"', '\r', '\n'];

/// One field, quoted when it holds a quote, a line end or any common separator (see the module).
pub fn field(value: &str) -> String {
    let cell = inert(value);
    if cell.contains(QUOTED_WHEN) {
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

/// Header of the decisions block.
pub const DECISION_COLUMNS: [&str; 12] = [
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
pub fn render(session: &Session, _pack: &Pack, today: NaiveDate) -> String {
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
        assert_eq!(field("Kalma;=1+1;"), "\"Kalma;'=1+1;\"");
        assert_eq!(field("Kalma;Goma"), "\"Kalma;Goma\"");
        assert_eq!(field("-5;-6"), "\"'-5;'-6\"");
    }

    /// A spreadsheet set to `;` (French, German), `,` or tab reads each value as one cell, and no cell
    /// it reads starts a formula.
    #[test]
    fn every_locale_separator_reads_whole_inert_cells() {
        let hostile = [
            "Kalma;=1+1;",
            "a,=2+2",
            "x\t=3+3",
            "=4+4;",
            "b;@SUM(A1)",
            "c;-1",
            "d,+1",
        ];
        let mut w = Writer { out: String::new() };
        w.row(&hostile);
        for sep in [b';', b',', b'\t'] {
            let mut reader = ::csv::ReaderBuilder::new()
                .delimiter(sep)
                .has_headers(false)
                .flexible(true)
                .from_reader(w.out.as_bytes());
            let records: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
            assert_eq!(records.len(), 1);
            let cells: Vec<&str> = records[0].iter().collect();
            for cell in &cells {
                assert!(
                    !cell.starts_with(FORMULA_START),
                    "{:?}: {cell:?}",
                    sep as char
                );
            }
        }
        // Alone on its row, a value is one cell for a `;` reader: the `;` inside stayed inside.
        for value in hostile {
            let mut one = Writer { out: String::new() };
            one.row(&[value]);
            let mut reader = ::csv::ReaderBuilder::new()
                .delimiter(b';')
                .has_headers(false)
                .from_reader(one.out.as_bytes());
            let record = reader.records().next().unwrap().unwrap();
            assert_eq!(record.len(), 1, "{value:?}: {record:?}");
            assert_eq!(&record[0], inert(value).as_ref());
        }
        for value in [",'+", "a;''=b", "-5;-6", "x,,=y", "plain, text; more"] {
            let cell = inert(value);
            let lead = cell
                .strip_prefix('\'')
                .filter(|r| r.starts_with(FORMULA_START));
            assert_eq!(undo_inner_guard(lead.unwrap_or(&cell)), value, "{cell}");
        }
        // Read with the `,` the file is written with, every value comes back whole.
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(w.out.as_bytes());
        let record = reader.records().next().unwrap().unwrap();
        assert_eq!(record.get(0), Some("Kalma;'=1+1;"));
        assert_eq!(record.get(3), Some("'=4+4;"));
        assert_eq!(record.get(2), Some("x    =3+3"));
    }
}
