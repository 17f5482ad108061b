//! Attendance across the training's days, for people outside the room: the sign-in sheet (who was
//! there on which day, late arrivals and early departures marked) and the certificate list (who
//! attended enough to be certified, under one plain rule stated in the file), each as CSV and
//! Markdown.
//!
//! The rule: a participant is certified when present on every day on which attendance was taken;
//! arriving late or leaving early counts as present. Days of the agenda without attendance are named
//! in a note, so a list made before the last day says so.
//!
//! CSV goes through the same cell protection as the other CSV exports (formula guard, quoting of
//! every common separator, BOM, CRLF); Markdown through the report's Markdown writer and escaping.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::{Presence, Session};
use crate::t;

use super::markdown::MarkdownWriter;
use super::training_plan::plan;
use super::writer::{Cell, Doc, List, ReportWriter, Table, Tone, cell, columns, word};

/// One training day, as a column of the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayColumn {
    pub day: u8,
    /// The day's date, when known ([`super::training_plan::TrainingPlan::dates`]).
    pub date: Option<NaiveDate>,
    /// Whether attendance was taken that day.
    pub taken: bool,
}

impl DayColumn {
    /// "Day 2 (2026-11-18)", or "Day 3" without a date.
    pub fn heading(&self) -> String {
        match self.date {
            Some(date) => t!(
                "attendance-day-dated",
                day = self.day,
                date = date.to_string()
            ),
            None => t!("attendance-day", day = self.day),
        }
    }
}

/// One participant across the days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterRow {
    pub name: String,
    pub organisation: String,
    pub role: String,
    /// Where they stood each day, in the order of [`Register::days`].
    pub marks: Vec<Presence>,
}

impl RegisterRow {
    /// The days attended (late or leaving early included).
    pub fn attended(&self) -> usize {
        self.marks.iter().filter(|m| m.attended()).count()
    }
}

/// Who attended which day.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Register {
    pub days: Vec<DayColumn>,
    /// The listed participants in order, then any other name found in the attendance.
    pub rows: Vec<RegisterRow>,
}

impl Register {
    /// The days that count for a certificate: those on which attendance was taken.
    pub fn counted(&self) -> Vec<u8> {
        self.days
            .iter()
            .filter(|d| d.taken)
            .map(|d| d.day)
            .collect()
    }

    /// Whether `row` is certified: present on every counted day (and there is one).
    pub fn certified(&self, row: &RegisterRow) -> bool {
        let counted = self.counted().len();
        counted > 0 && row.attended() == counted
    }

    /// The rule in one sentence, with the days it counts.
    pub fn rule(&self) -> String {
        let counted = self.counted();
        if counted.is_empty() {
            return t!("attendance-rule-nothing-taken");
        }
        t!(
            "attendance-rule",
            count = counted.len(),
            days = day_list(&counted)
        )
    }

    /// A note when some training days have no attendance yet (they are not counted).
    pub fn untaken_note(&self) -> Option<String> {
        let untaken: Vec<u8> = self
            .days
            .iter()
            .filter(|d| !d.taken)
            .map(|d| d.day)
            .collect();
        (!untaken.is_empty() && untaken.len() < self.days.len()).then(|| {
            t!(
                "attendance-untaken",
                count = untaken.len(),
                days = day_list(&untaken),
                total = self.days.len()
            )
        })
    }

    /// How many rows are certified.
    pub fn certified_count(&self) -> usize {
        self.rows.iter().filter(|r| self.certified(r)).count()
    }
}

fn day_list(days: &[u8]) -> String {
    days.iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The register of `session`: its training days (from the agenda) and who stood where each day.
pub fn register(session: &Session, pack: &Pack) -> Register {
    let plan = plan(session, pack);
    let days: Vec<DayColumn> = (1..=plan.days)
        .map(|day| DayColumn {
            day,
            date: plan.dates.get(&day).copied(),
            taken: session.attendance_day(day).is_some(),
        })
        .collect();
    let mut people: Vec<(String, String, String)> = session
        .participants
        .iter()
        .map(|p| (p.name.clone(), p.organisation.clone(), p.role.clone()))
        .collect();
    for d in &session.facilitation.attendance {
        for name in &d.present {
            if !people.iter().any(|(n, _, _)| n == name) {
                people.push((name.clone(), String::new(), String::new()));
            }
        }
    }
    let rows = people
        .into_iter()
        .map(|(name, organisation, role)| RegisterRow {
            marks: days
                .iter()
                .map(|d| session.presence(d.day, &name))
                .collect(),
            name,
            organisation,
            role,
        })
        .collect();
    Register { days, rows }
}

fn yes_no(yes: bool) -> String {
    if yes {
        t!("attendance-yes")
    } else {
        t!("attendance-no")
    }
}

fn person_headers() -> Vec<String> {
    vec![
        t!("attendance-col-name"),
        t!("attendance-col-organisation"),
        t!("attendance-col-role"),
    ]
}

/// The sign-in sheet as CSV: a row per participant, a column per day, then the days attended.
pub fn sign_in_csv(session: &Session, pack: &Pack, _today: NaiveDate) -> String {
    let reg = register(session, pack);
    let mut header = person_headers();
    header.extend(reg.days.iter().map(DayColumn::heading));
    header.push(t!("attendance-col-attended"));
    let mut rows = vec![header];
    for r in &reg.rows {
        let mut row = vec![r.name.clone(), r.organisation.clone(), r.role.clone()];
        row.extend(r.marks.iter().map(|m| m.word()));
        row.push(r.attended().to_string());
        rows.push(row);
    }
    crate::landscape::hxl::grid_csv(&rows)
}

/// The certificate list as CSV; the last column's heading states the rule.
pub fn certificates_csv(session: &Session, pack: &Pack, _today: NaiveDate) -> String {
    let reg = register(session, pack);
    let counted = reg.counted().len();
    let mut header = person_headers();
    header.push(t!("attendance-col-attended"));
    header.push(t!("attendance-col-counted"));
    header.push(t!("attendance-col-certified-rule", count = counted));
    let mut rows = vec![header];
    for r in &reg.rows {
        rows.push(vec![
            r.name.clone(),
            r.organisation.clone(),
            r.role.clone(),
            r.attended().to_string(),
            counted.to_string(),
            yes_no(reg.certified(r)),
        ]);
    }
    crate::landscape::hxl::grid_csv(&rows)
}

/// The head of a Markdown attendance file: the session's title and what the file is.
fn doc<'a>(session: &'a Session, byline: String) -> Doc<'a> {
    Doc {
        title: &session.title,
        byline,
        language: crate::i18n::current().html_code(),
        footer: Vec::new(),
    }
}

/// The days as a table: a row per participant, a column per day (the training report's and the
/// sign-in sheet's). `widths` gives the HTML widths of the person and day columns.
pub fn days_table(reg: &Register, (person, day): (u8, u8)) -> Table<'_> {
    let mut heads = vec![
        (t!("attendance-col-name"), person),
        (t!("attendance-col-organisation"), person),
    ];
    heads.extend(reg.days.iter().map(|d| (d.heading(), day)));
    let rows = reg.rows.iter().map(|r| {
        let mut row = vec![cell(r.name.as_str()), cell(r.organisation.as_str())];
        row.extend(r.marks.iter().map(|m| Cell::Plain(vec![word(m.word())])));
        row
    });
    Table::new("attendance", columns(&heads), rows)
}

/// Each day's counts: "Day 2 (2026-11-18): 6 of 7 present, 1 late, 0 left early".
pub fn day_counts(reg: &Register) -> Vec<String> {
    reg.days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if !d.taken {
                return t!("attendance-day-not-taken", day = d.heading());
            }
            let marks = reg.rows.iter().map(|r| r.marks[i]);
            let count = |f: fn(Presence) -> bool| marks.clone().filter(|m| f(*m)).count();
            t!(
                "attendance-day-counts",
                day = d.heading(),
                present = count(Presence::attended),
                total = reg.rows.len(),
                late = count(|m| matches!(m, Presence::Present { late: true, .. })),
                left = count(|m| matches!(
                    m,
                    Presence::Present {
                        left_early: true,
                        ..
                    }
                ))
            )
        })
        .collect()
}

/// A Markdown file of the register: the title, `byline`, then what `body` writes.
fn markdown_file(
    session: &Session,
    pack: &Pack,
    byline: String,
    body: fn(&Register, &mut dyn ReportWriter),
) -> String {
    let reg = register(session, pack);
    let mut w = MarkdownWriter::default();
    let doc = doc(session, byline);
    w.begin(&doc);
    body(&reg, &mut w);
    w.end(&doc);
    w.finish()
}

/// The sign-in sheet as Markdown.
pub fn sign_in_markdown(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    let date = crate::i18n::long_date(today);
    let byline = t!("attendance-sign-in-byline", date = date);
    markdown_file(session, pack, byline, |reg, w| {
        if reg.rows.is_empty() {
            w.paragraph(&[word(t!("attendance-no-participant"))], Tone::Empty);
        }
        w.table(&days_table(reg, (0, 0)));
        counts_list(reg, w);
    })
}

/// Each day's counts as a list.
pub fn counts_list(reg: &Register, w: &mut dyn ReportWriter) {
    let counts = day_counts(reg).into_iter().map(|c| vec![word(c)]).collect();
    w.list(&List::new("  - ", counts));
}

/// The certificate list as Markdown: the rule, a note on days without attendance, then who is
/// certified.
pub fn certificates_markdown(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    let date = crate::i18n::long_date(today);
    let byline = t!("attendance-certificates-byline", date = date);
    markdown_file(session, pack, byline, certificate_part)
}

/// The rule, the note, the table of who is certified and the count (also the training report's).
pub fn certificate_part(reg: &Register, w: &mut dyn ReportWriter) {
    w.paragraph(&[word(reg.rule())], Tone::Plain);
    if let Some(note) = reg.untaken_note() {
        w.paragraph(&[word(note)], Tone::Aside);
    }
    let counted = reg.counted().len();
    let heads = [
        (t!("attendance-col-name"), 33),
        (t!("attendance-col-organisation"), 33),
        (t!("attendance-col-attended"), 15),
        (t!("attendance-col-certified"), 15),
    ];
    let rows = reg.rows.iter().map(|r| {
        vec![
            cell(r.name.as_str()),
            cell(r.organisation.as_str()),
            Cell::Plain(vec![word(t!(
                "attendance-days-of",
                attended = r.attended(),
                counted = counted
            ))]),
            Cell::Plain(vec![word(yes_no(reg.certified(r)))]),
        ]
    });
    w.table(&Table::new("certificates", columns(&heads), rows));
    w.paragraph(
        &[word(t!(
            "attendance-certified-count",
            certified = reg.certified_count(),
            total = reg.rows.len()
        ))],
        Tone::Plain,
    );
}
