//! The session's records as tidy tables, one per kind (decisions, actions, risks, participants,
//! landscape): real columns, one row per record, names instead of slugs, dates as dates. The CSV
//! export writes one of them per file (`--table`); the spreadsheet export one per sheet.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::{DecisionStatus, Session};

use super::outline::{place, principle_name};
use super::records::{ActionMark, action_mark};

/// One cell: text, a whole number or a date (a spreadsheet keeps each as its own type).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(i64),
    Date(NaiveDate),
    Empty,
}

impl Value {
    /// The cell as text (`2026-11-14` for a date).
    pub fn as_text(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Date(d) => d.to_string(),
            Value::Empty => String::new(),
        }
    }
}

fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
}

fn date(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Empty, Value::Date)
}

/// The tables, by the name `--table` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    Decisions,
    Actions,
    Risks,
    Participants,
    Landscape,
}

impl TableKind {
    pub const ALL: [TableKind; 5] = [
        TableKind::Decisions,
        TableKind::Actions,
        TableKind::Risks,
        TableKind::Participants,
        TableKind::Landscape,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TableKind::Decisions => "decisions",
            TableKind::Actions => "actions",
            TableKind::Risks => "risks",
            TableKind::Participants => "participants",
            TableKind::Landscape => "landscape",
        }
    }

    pub fn parse(s: &str) -> Option<TableKind> {
        TableKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// A table: its column names and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct TidyTable {
    pub kind: TableKind,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
}

/// The table of `kind`; actions are marked overdue against `today`.
pub fn table(session: &Session, pack: &Pack, kind: TableKind, today: NaiveDate) -> TidyTable {
    let (columns, rows) = match kind {
        TableKind::Decisions => decisions(session, pack),
        TableKind::Actions => actions(session, today),
        TableKind::Risks => risks(session),
        TableKind::Participants => participants(session),
        TableKind::Landscape => landscape(session, pack),
    };
    TidyTable {
        kind,
        columns,
        rows,
    }
}

/// The table of `kind` as an export outside the session shows it: the landscape table holds what the
/// landscape exports' default sharing level allows (public systems, no diagnoses), as its CSV does.
pub fn shared_table(
    session: &Session,
    pack: &Pack,
    kind: TableKind,
    today: NaiveDate,
) -> TidyTable {
    shared_table_with(
        session,
        pack,
        kind,
        today,
        &super::options::ExportOptions::default(),
    )
}

/// [`shared_table`] at the sharing level `options` asks for (`--include`).
pub fn shared_table_with(
    session: &Session,
    pack: &Pack,
    kind: TableKind,
    today: NaiveDate,
    options: &super::options::ExportOptions,
) -> TidyTable {
    if kind != TableKind::Landscape {
        return table(session, pack, kind, today);
    }
    let shared = super::options::scoped(session, super::options::Scope::Table, options);
    table(shared.as_ref(), pack, kind, today)
}

/// The tables a CSV export writes, one file each: every kind, the landscape one only when the
/// register holds a system.
pub fn csv_kinds(session: &Session) -> Vec<TableKind> {
    TableKind::ALL
        .into_iter()
        .filter(|k| *k != TableKind::Landscape || !session.landscape.is_empty())
        .collect()
}

/// The file name of one table's CSV, e.g. `kalma-scoping-actions.csv`.
pub fn csv_file_name(session: &Session, kind: TableKind) -> String {
    format!(
        "{}-{}.csv",
        crate::storage::slug(&session.title),
        kind.name()
    )
}

type Rows = (Vec<&'static str>, Vec<Vec<Value>>);

fn decisions(s: &Session, pack: &Pack) -> Rows {
    let columns = vec![
        "id",
        "status",
        "title",
        "rationale",
        "step",
        "principles",
        "superseded_by",
        "supersedes",
        "recorded_on",
        "recorded_by",
    ];
    let rows = s
        .decisions
        .iter()
        .map(|d| {
            let superseded_by = match &d.status {
                DecisionStatus::Superseded { by } => by.clone(),
                _ => String::new(),
            };
            let names: Vec<String> = d
                .principles
                .iter()
                .map(|p| principle_name(pack, p))
                .collect();
            vec![
                text(&d.id),
                text(d.status.label()),
                text(&d.title),
                text(&d.rationale),
                text(place(pack, &d.step, d.substep.as_deref())),
                text(names.join("; ")),
                text(superseded_by),
                text(d.supersedes.clone().unwrap_or_default()),
                Value::Date(d.at.date_naive()),
                text(&d.by),
            ]
        })
        .collect();
    (columns, rows)
}

fn actions(s: &Session, today: NaiveDate) -> Rows {
    let columns = vec![
        "id",
        "status",
        "days_overdue",
        "text",
        "owner",
        "due",
        "decisions",
        "created",
    ];
    let rows = s
        .actions
        .iter()
        .map(|a| {
            let late = match action_mark(a, today) {
                ActionMark::Overdue { days } => Value::Number(days),
                _ => Value::Empty,
            };
            vec![
                text(&a.id),
                text(a.status.label()),
                late,
                text(&a.text),
                text(&a.owner),
                date(a.due),
                text(a.decisions.join("; ")),
                Value::Date(a.created.date_naive()),
            ]
        })
        .collect();
    (columns, rows)
}

fn risks(s: &Session) -> Rows {
    let columns = vec![
        "id",
        "description",
        "likelihood",
        "impact",
        "score",
        "mitigation",
        "owner",
    ];
    let rows = s
        .risks
        .iter()
        .map(|r| {
            vec![
                text(&r.id),
                text(&r.description),
                Value::Number(r.likelihood.into()),
                Value::Number(r.impact.into()),
                Value::Number(r.score().into()),
                text(&r.mitigation),
                text(&r.owner),
            ]
        })
        .collect();
    (columns, rows)
}

fn participants(s: &Session) -> Rows {
    let columns = vec!["name", "organisation", "role"];
    let rows = s
        .participants
        .iter()
        .map(|p| vec![text(&p.name), text(&p.organisation), text(&p.role)])
        .collect();
    (columns, rows)
}

fn landscape(s: &Session, pack: &Pack) -> Rows {
    let columns = vec![
        "id",
        "name",
        "organisation",
        "category",
        "areas",
        "status",
        "last_update",
        "reliability",
    ];
    let rows = s
        .landscape
        .iter()
        .map(|e| {
            vec![
                text(&e.id),
                text(&e.name),
                text(&e.organisation),
                text(crate::landscape::matrix::category_label(pack, &e.category)),
                text(e.areas.join("; ")),
                text(e.status.label()),
                date(e.last_update),
                text(e.reliability.label()),
            ]
        })
        .collect();
    (columns, rows)
}

/// A table as CSV: a BOM, one header row, one row per record, every value made inert and quoted as
/// the session CSV's are ([`super::csv::field`]).
pub fn to_csv(t: &TidyTable) -> String {
    let mut out = super::csv::BOM.to_string();
    let header: Vec<String> = t.columns.iter().map(|c| super::csv::field(c)).collect();
    out.push_str(&header.join(","));
    out.push_str(super::csv::CRLF);
    for row in &t.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|v| super::csv::field(&v.as_text()))
            .collect();
        out.push_str(&cells.join(","));
        out.push_str(super::csv::CRLF);
    }
    out
}
