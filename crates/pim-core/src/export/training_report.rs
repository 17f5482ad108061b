//! The whole-training report: attendance per day (and the certificate list), the agenda's modules
//! planned against the minutes they took, the dot votes with their results (closed votes only; an
//! open vote is reported as open), the groups' outputs, the decisions and the actions. Written through
//! the report's [`ReportWriter`], so Markdown and HTML escape every value as the session report does;
//! the groups', decisions' and actions' sections are the session report's own.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::Session;
use crate::t;

use super::attendance::{certificate_part, counts_list, days_table, register};
use super::html::HtmlWriter;
use super::markdown::MarkdownWriter;
use super::model::Report;
use super::report::{self, SECTIONS as REPORT_SECTIONS};
use super::training_plan::{PlannedModule, plan};
use super::vote_outcome::outcome;
use super::writer::{
    Cell, Doc, Fact, List, Part, ReportWriter, Section, Table, Tone, cell, columns, message_spans,
    word,
};

fn always(_: &Report<'_>) -> bool {
    true
}

const fn section(id: &'static str, write: fn(&Report<'_>, &mut dyn ReportWriter)) -> Section {
    Section {
        id,
        page_break: false,
        screen_only: false,
        shown: always,
        write,
    }
}

/// The report's own sections; the groups', decisions' and actions' follow from the session report.
const OWN: [Section; 3] = [
    section("attendance", attendance),
    section("modules", modules),
    section("votes", votes),
];

/// The session report's sections this report repeats, by id.
const REPEATED: [&str; 2] = ["decisions", "actions"];

const GROUPS: Section = section("groups", groups);

/// The report as Markdown.
pub fn markdown(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    written(session, pack, today, MarkdownWriter::finish)
}

/// The report as one print-ready HTML page.
pub fn html(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    written(session, pack, today, HtmlWriter::finish)
}

/// The report through a new writer of type `W`, and what `finish` makes of it.
fn written<W: ReportWriter + Default>(
    session: &Session,
    pack: &Pack,
    today: NaiveDate,
    finish: fn(W) -> String,
) -> String {
    let mut w = W::default();
    let r = Report {
        session,
        pack,
        today,
    };
    write(&r, &mut w);
    finish(w)
}

/// Writes the whole report through `w`.
pub fn write(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let date = crate::i18n::long_date(r.today);
    let doc = Doc {
        title: &r.session.title,
        byline: t!("attendance-report-byline", date = date.as_str()),
        language: crate::i18n::current().html_code(),
        footer: report::footer(r.session, &date),
    };
    w.begin(&doc);
    overview(r, w);
    let repeated = REPEATED
        .iter()
        .filter_map(|id| REPORT_SECTIONS.iter().find(|s| s.id == *id));
    for s in OWN.iter().chain([&GROUPS]).chain(repeated) {
        w.open(Part::Section(s));
        (s.write)(r, w);
        w.close(Part::Section(s));
    }
    w.end(&doc);
}

/// Who ran the training, where and when, and its size.
fn overview(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    let days = plan(s, r.pack).days.to_string();
    let people = s.participants.len().to_string();
    let facts = [
        (t!("report-facilitator"), s.facilitator.as_str()),
        (t!("report-location"), s.context.location.as_str()),
        (t!("report-dates"), s.context.dates.as_str()),
        (t!("attendance-report-days"), days.as_str()),
        (t!("attendance-report-participants"), people.as_str()),
    ];
    let facts: Vec<Fact<'_>> = facts
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(label, value)| Fact {
            label,
            value: value.to_string().into(),
            multi_line: false,
        })
        .collect();
    w.facts(&facts);
}

fn attendance(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let reg = register(r.session, r.pack);
    w.heading(2, &[word(t!("attendance-report-attendance"))]);
    if reg.days.is_empty() {
        w.paragraph(&[word(t!("attendance-report-no-days"))], Tone::Empty);
        return;
    }
    counts_list(&reg, w);
    w.table(&days_table(&reg, (15, 11)));
    w.heading(3, &[word(t!("attendance-report-certificates"))]);
    certificate_part(&reg, w);
}

/// What became of a module: finished, started, or not started.
fn module_state(r: &Report<'_>, m: &PlannedModule) -> (u64, String) {
    let rec = r.session.facilitation.agenda.modules.get(&m.id);
    let minutes = rec.map_or(0, |x| x.elapsed_secs.div_ceil(60));
    let state = match rec {
        Some(x) if x.done => t!("attendance-report-module-finished"),
        Some(x) if x.elapsed_secs > 0 || x.is_running() => t!("attendance-report-module-started"),
        _ => t!("attendance-report-module-not-started"),
    };
    (minutes, state)
}

fn modules(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let plan = plan(r.session, r.pack);
    w.heading(2, &[word(t!("attendance-report-modules"))]);
    if plan.modules.is_empty() {
        w.paragraph(&[word(t!("attendance-report-no-modules"))], Tone::Empty);
        return;
    }
    let mut totals = Vec::new();
    for day in 1..=plan.days {
        let of_day: Vec<&PlannedModule> = plan.modules.iter().filter(|m| m.day == day).collect();
        let planned: u32 = of_day.iter().map(|m| m.minutes).sum();
        let taken: u64 = of_day.iter().map(|m| module_state(r, m).0).sum();
        totals.push(vec![word(t!(
            "attendance-report-day-minutes",
            day = day,
            modules = of_day.len(),
            planned = planned,
            taken = taken
        ))]);
    }
    w.list(&List::new("  - ", totals));
    let heads = [
        (t!("attendance-col-day"), 7),
        (t!("attendance-col-module"), 45),
        (t!("attendance-col-planned"), 12),
        (t!("attendance-col-actual"), 12),
        (t!("attendance-col-state"), 15),
    ];
    let rows = plan.modules.iter().map(|m| {
        let (minutes, state) = module_state(r, m);
        let mins = |n: u64| Cell::Plain(vec![word(t!("attendance-minutes", minutes = n))]);
        vec![
            Cell::Plain(vec![word(m.day.to_string())]),
            cell(m.title.clone()),
            mins(u64::from(m.minutes)),
            mins(minutes),
            Cell::Plain(vec![word(state)]),
        ]
    });
    w.table(&Table::new("modules", columns(&heads), rows));
}

fn votes(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let votes = &r.session.facilitation.votes;
    w.heading(2, &[word(t!("attendance-report-votes"))]);
    if votes.is_empty() {
        w.paragraph(&[word(t!("attendance-report-no-votes"))], Tone::Empty);
        return;
    }
    let outcomes: Vec<String> = votes.iter().map(|v| outcome(v).text()).collect();
    let items = votes
        .iter()
        .zip(&outcomes)
        .map(|(v, o)| {
            message_spans(
                |x| {
                    t!(
                        "attendance-report-vote",
                        id = x[0],
                        title = x[1],
                        outcome = x[2]
                    )
                },
                &[v.id.as_str(), v.title.as_str(), o.as_str()],
            )
        })
        .collect();
    w.list(&List::new("  - ", items));
}

/// The session report's groups section, or a word that no group's work was merged.
fn groups(r: &Report<'_>, w: &mut dyn ReportWriter) {
    if super::groups::shown(r) {
        super::groups::write(r, w);
        return;
    }
    w.heading(2, &[word(t!("report-groups-heading"))]);
    w.paragraph(&[word(t!("attendance-report-no-groups"))], Tone::Empty);
}
