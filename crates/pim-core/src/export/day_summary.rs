//! The end-of-day summary of a training: who attended, the modules covered (planned against actual
//! time), the decisions of the day, the votes, the open actions and the parking lot to review.
//!
//! Pure: it takes the session, the pack, the training day and its date. [`lines`] gives plain text for
//! the screen (views sanitise it), [`markdown`] an escaped Markdown file to share.

use chrono::NaiveDate;

use super::escape::markdown_inline as escape_inline;
use crate::content::Pack;
use crate::session::Session;
use crate::t;

/// One module in the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleLine {
    pub title: String,
    pub planned_minutes: u32,
    pub actual_minutes: u64,
    pub done: bool,
}

/// What the day produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaySummary {
    pub title: String,
    pub day: u8,
    /// The training day's own date ([`day_date`]); `None` when nothing says when it was held.
    pub date: Option<NaiveDate>,
    /// Present, and the number of participants listed.
    pub present: Vec<String>,
    pub participants: usize,
    pub covered: Vec<ModuleLine>,
    /// Modules of this day not finished.
    pub not_covered: Vec<ModuleLine>,
    /// Decisions recorded on the date: id, status, title.
    pub decisions: Vec<(String, String, String)>,
    /// Votes opened on the date: title and result.
    pub votes: Vec<(String, String)>,
    /// Every open action: id, text, owner, due.
    pub open_actions: Vec<(String, String, String, String)>,
    /// Unresolved parking-lot points: id, text.
    pub parking: Vec<(String, String)>,
    /// Absent, late and left early; the day's group outputs.
    pub extras: super::day_extras::DayExtras,
}

/// The date training day `day` was (or will be) held: the agenda's date for that day, else the date
/// its modules were run (the earliest start or finish of one of its modules), else the date its
/// attendance was taken; `None` when nothing says (never today for a day that was not run today).
pub fn day_date(session: &Session, pack: &Pack, day: u8) -> Option<NaiveDate> {
    let agenda = session.effective_agenda(pack);
    let d = agenda.day(day)?;
    let records = &session.facilitation.agenda.modules;
    d.date
        .or_else(|| {
            d.items
                .iter()
                .filter_map(|i| records.get(&i.id))
                .filter_map(|r| r.started.or(r.finished))
                .map(|t| t.date_naive())
                .min()
        })
        .or_else(|| {
            session
                .facilitation
                .attendance
                .iter()
                .find(|a| a.day == day)
                .and_then(|a| a.date)
        })
}

/// The summary of training day `day`: its modules (from the session's agenda), dated `date` when
/// given (the command line's `--date`), else with the day's own date ([`day_date`]).
pub fn summarize(session: &Session, pack: &Pack, day: u8, date: Option<NaiveDate>) -> DaySummary {
    let date = date.or_else(|| day_date(session, pack, day));
    let agenda = session.effective_agenda(pack);
    let records = &session.facilitation.agenda.modules;
    let line = |m: &crate::session::agenda_shape::AgendaItem| {
        let rec = records.get(&m.id);
        ModuleLine {
            title: m.title.clone(),
            planned_minutes: m.minutes,
            actual_minutes: rec.map_or(0, |r| r.elapsed_secs.div_ceil(60)),
            done: rec.is_some_and(|r| r.done),
        }
    };
    let modules: Vec<ModuleLine> = agenda
        .day(day)
        .map(|d| {
            d.items
                .iter()
                .filter(|i| i.kind == crate::session::agenda_shape::ItemKind::Module)
                .map(line)
                .collect()
        })
        .unwrap_or_default();
    let (covered, not_covered) = modules.into_iter().partition(|m| m.done);
    DaySummary {
        title: session.title.clone(),
        day,
        date,
        present: session.present_on(day).to_vec(),
        participants: session.participants.len(),
        covered,
        not_covered,
        decisions: session
            .decisions
            .iter()
            .filter(|d| Some(d.at.date_naive()) == date)
            .map(|d| (d.id.clone(), d.status.label(), d.title.clone()))
            .collect(),
        votes: votes_on(session, date),
        open_actions: session
            .actions
            .iter()
            .filter(|a| a.status.is_pending())
            .map(|a| {
                (
                    a.id.clone(),
                    a.text.clone(),
                    a.owner.clone(),
                    a.due.map(|d| d.to_string()).unwrap_or_default(),
                )
            })
            .collect(),
        parking: session
            .parking_lot
            .iter()
            .filter(|p| !p.resolved)
            .map(|p| (p.id.clone(), p.text.clone()))
            .collect(),
        extras: super::day_extras::extras(session, pack, day, date),
    }
}

/// The votes opened on `date`: title and result (only "open" while a vote is open).
fn votes_on(session: &Session, date: Option<NaiveDate>) -> Vec<(String, String)> {
    session
        .facilitation
        .votes
        .iter()
        .filter(|v| Some(v.at.date_naive()) == date)
        .map(|v| (v.title.clone(), super::vote_outcome::outcome(v).text()))
        .collect()
}

fn module_text(m: &ModuleLine) -> String {
    t!(
        "day-summary-module",
        title = m.title.as_str(),
        planned = m.planned_minutes,
        taken = m.actual_minutes
    )
}

/// An open action's line: id and text, then its owner and due date when known.
fn open_action((id, text, owner, due): &(String, String, String, String)) -> String {
    let mut t = format!("{id} {text}");
    if !owner.is_empty() {
        t.push_str(&t!("day-summary-owner", owner = owner.as_str()));
    }
    if !due.is_empty() {
        t.push_str(&t!("day-summary-due", due = due.as_str()));
    }
    t
}

/// Plain-text lines for the screen, with section titles starting with "## ".
pub fn lines(s: &DaySummary) -> Vec<String> {
    let mut out = vec![
        match s.date {
            Some(date) => t!(
                "day-summary-title",
                title = s.title.as_str(),
                day = s.day,
                date = crate::i18n::long_date(date)
            ),
            None => t!(
                "day-summary-title-undated",
                title = s.title.as_str(),
                day = s.day
            ),
        },
        String::new(),
    ];
    let mut section = |title: &str, items: Vec<String>, empty: &str| {
        out.push(format!("## {title}"));
        if items.is_empty() {
            out.push(format!("  {empty}"));
        }
        out.extend(items.into_iter().map(|i| format!("  • {i}")));
        out.push(String::new());
    };
    section(
        &t!(
            "day-summary-attendance",
            present = s.present.len(),
            participants = s.participants
        ),
        s.present.clone(),
        &t!("day-summary-no-attendance"),
    );
    for (title, items, empty) in s.extras.attendance_sections() {
        section(&title, items, &empty);
    }
    section(
        &t!("day-summary-covered"),
        s.covered.iter().map(module_text).collect(),
        &t!("day-summary-none-covered"),
    );
    section(
        &t!("day-summary-not-covered"),
        s.not_covered.iter().map(module_text).collect(),
        &t!("day-summary-all-covered"),
    );
    section(
        &t!("day-summary-decisions"),
        s.decisions
            .iter()
            .map(|(id, status, title)| format!("{id} [{status}] {title}"))
            .collect(),
        &t!("day-summary-no-decision"),
    );
    section(
        &t!("day-summary-votes"),
        s.votes
            .iter()
            .map(|(title, result)| format!("{title}: {result}"))
            .collect(),
        &t!("day-summary-no-vote"),
    );
    let (title, items, empty) = s.extras.groups_section();
    section(&title, items, &empty);
    section(
        &t!("day-summary-open-actions"),
        s.open_actions.iter().map(open_action).collect(),
        &t!("day-summary-no-open-action"),
    );
    section(
        &t!("day-summary-parking"),
        s.parking
            .iter()
            .map(|(id, text)| format!("{id} {text}"))
            .collect(),
        &t!("day-summary-parking-empty"),
    );
    out
}

/// The summary as Markdown, every value escaped.
pub fn markdown(s: &DaySummary) -> String {
    let mut out = String::new();
    for line in lines(s) {
        if let Some(title) = line.strip_prefix("## ") {
            out.push_str(&format!("## {}\n\n", escape_inline(title)));
        } else if let Some(item) = line.strip_prefix("  • ") {
            out.push_str(&format!("- {}\n", escape_inline(item)));
        } else if let Some(note) = line.strip_prefix("  ") {
            out.push_str(&format!("_{}_\n", escape_inline(note)));
        } else if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&format!("# {}\n", escape_inline(&line)));
        }
    }
    out
}

/// A file name for the summary: `<title slug>-day-<n>.md`.
pub fn file_name(session: &Session, day: u8) -> String {
    format!("{}-day-{day}.md", crate::storage::slug(&session.title))
}
