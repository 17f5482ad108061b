//! The report walk: the sections of a session report, listed once in [`SECTIONS`], each writing what
//! it shows through a [`ReportWriter`]. The plain-text summary ([`super::text`]), the Markdown export
//! ([`super::markdown`]) and the HTML export ([`super::html`]) are three writers of this one walk.
//!
//! The walk passes raw text; the writer escapes it. Where the formats show a list of records
//! differently, the walk asks the writer's [`Layout`] and builds that one (see [`super::writer`]).

use std::borrow::Cow;

use crate::content::Pack;
use crate::session::{ActionItem, Decision, DecisionStatus, Risk, Session};
use crate::t;

use super::coverage::coverage;
use super::labels;
use super::outline::{CheckLine, SubstepOutline, kind_title, outline, place, principle_name};
use super::records::{ActionMark, action_mark, risk_level, risks_by_score, supersede_chains};
use super::writer::{
    Answer, Cell, Detail, Doc, Fact, Layout, List, Part, ReportWriter, Span, Table, Term, Tone,
    cell, columns, headers, id, joined, message_spans, risk_ids, status, text, word,
};

pub use super::model::Report;
pub use super::writer::{Section, plain_coverage, plain_risk_map};

fn always(_: &Report<'_>) -> bool {
    true
}

const fn section(
    id: &'static str,
    page_break: bool,
    write: fn(&Report<'_>, &mut dyn ReportWriter),
) -> Section {
    Section {
        id,
        page_break,
        screen_only: false,
        shown: always,
        write,
    }
}

/// The sections of a report, in order.
pub const SECTIONS: [Section; 11] = [
    section("summary", false, super::summary::write),
    section("overview", false, overview),
    section("steps", true, steps),
    Section {
        shown: super::groups::shown,
        ..section("groups", true, super::groups::write)
    },
    section("decisions", true, decisions),
    section("actions", true, actions),
    section("coverage", true, coverage_section),
    section("risks", true, risks),
    Section {
        shown: super::landscape::shown,
        ..section("landscape", true, super::landscape::write)
    },
    section("parking", false, parking),
    Section {
        screen_only: true,
        ..section("timeline", false, timeline)
    },
];

/// Writes the whole report of `session` through `w`, actions marked overdue against `today`.
pub fn write_session(
    session: &crate::session::Session,
    pack: &crate::content::Pack,
    today: chrono::NaiveDate,
    w: &mut dyn ReportWriter,
) {
    write(
        &Report {
            session,
            pack,
            today,
        },
        w,
    );
}

/// Writes the whole report through `w`.
pub fn write(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let doc = doc(r);
    w.begin(&doc);
    for s in &SECTIONS {
        if (s.screen_only && w.layout() != Layout::Lines) || !(s.shown)(r) {
            continue;
        }
        w.open(Part::Section(s));
        (s.write)(r, w);
        w.close(Part::Section(s));
    }
    w.end(&doc);
}

fn doc<'a>(r: &Report<'a>) -> Doc<'a> {
    let s = r.session;
    // A document's date in words, in its language ("1 December 2026", « 1er décembre 2026 »).
    let date = crate::i18n::long_date(r.today);
    Doc {
        title: &s.title,
        byline: t!("report-byline", date = date.as_str()),
        // The language the document's words are in (the session's: `export::render` sets it).
        language: crate::i18n::current().html_code(),
        footer: footer(s, &date),
    }
}

/// "Exported by pim-workshop on … from session … (content pack … …).": the message's words, with
/// the session's id and pack as text from the file (escaped by the writer).
pub(super) fn footer<'a>(s: &'a Session, date: &str) -> Vec<Span<'a>> {
    message_spans(
        |v| {
            t!(
                "report-footer",
                date = date,
                session = v[0],
                pack = v[1],
                version = v[2]
            )
        },
        &[&s.id, &s.content.pack_id, &s.content.version],
    )
}

/// The content pack by its name when it is the one the report is written with (people read names, not
/// ids), else by the id and version the session recorded.
fn pack_name(pack: &Pack, s: &Session) -> String {
    if pack.info.id == s.content.pack_id && !pack.info.title.is_empty() {
        format!("{} {}", pack.info.title, s.content.version)
    } else {
        format!("{} {}", s.content.pack_id, s.content.version)
    }
}

fn stamp(at: &chrono::DateTime<chrono::FixedOffset>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// `label: value` as a detail line indented by `indent`, or nothing when the value is blank.
fn labelled<'a>(
    indent: usize,
    label: String,
    value: impl Into<Cow<'a, str>>,
) -> Option<Detail<'a>> {
    let value = value.into();
    (!value.trim().is_empty()).then(|| {
        Detail::Line(
            indent,
            vec![word(t!("report-label", label = label)), Span::Text(value)],
        )
    })
}

fn overview(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    let c = &s.context;
    w.heading(2, &[word(t!("report-overview"))]);
    let values: [(String, Cow<'_, str>); 10] = [
        (t!("report-kind"), kind_title(s, r.pack).into()),
        (t!("report-facilitator"), s.facilitator.as_str().into()),
        (t!("report-operation"), c.operation.as_str().into()),
        (t!("report-location"), c.location.as_str().into()),
        (t!("report-dates"), c.dates.as_str().into()),
        (t!("report-requested-by"), c.requested_by.as_str().into()),
        (
            t!("report-requested-tool"),
            c.requested_tool.as_str().into(),
        ),
        (t!("report-created"), stamp(&s.created).into()),
        (t!("report-last-changed"), stamp(&s.updated).into()),
        (t!("report-content-pack"), pack_name(r.pack, s).into()),
    ];
    let mut facts: Vec<Fact<'_>> = values
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| Fact {
            label,
            value,
            multi_line: false,
        })
        .collect();
    if !c.notes.trim().is_empty() {
        facts.push(Fact {
            label: t!("report-notes"),
            value: c.notes.as_str().into(),
            multi_line: true,
        });
    }
    w.facts(&facts);
    w.heading(
        3,
        &[word(t!(
            "report-participants-heading",
            count = s.participants.len()
        ))],
    );
    participants(s, w);
}

fn participants(s: &Session, w: &mut dyn ReportWriter) {
    if w.layout() == Layout::Lines {
        let items = s
            .participants
            .iter()
            .map(|p| {
                let parts = [&p.name, &p.organisation, &p.role]
                    .into_iter()
                    .filter(|t| !t.trim().is_empty())
                    .map(text);
                joined(parts, ", ")
            })
            .collect();
        w.list(&List {
            dir: false,
            ..List::new("  - ", items)
        });
        return;
    }
    let rows = s
        .participants
        .iter()
        .map(|p| vec![cell(&p.name), cell(&p.organisation), cell(&p.role)]);
    w.table(&Table {
        empty: Some(t!("report-no-participants")),
        ..Table::new(
            "people",
            columns(&[
                (t!("report-col-name"), 30),
                (t!("report-col-organisation"), 30),
                (t!("report-col-role"), 40),
            ]),
            rows,
        )
    });
}

fn steps(r: &Report<'_>, w: &mut dyn ReportWriter) {
    for step in outline(r.session, r.pack) {
        let mut title = Vec::new();
        if let Some(n) = step.number {
            title.push(word(t!("report-step-number", number = n)));
        }
        title.push(text(&step.title));
        w.heading(2, &title);
        for sub in &step.substeps {
            substep(w, sub);
        }
    }
}

fn unanswered(sub: &SubstepOutline) -> String {
    t!("report-not-answered", count = sub.unanswered)
}

fn check_item(c: &CheckLine) -> Vec<Span<'_>> {
    let mut item = vec![
        Span::Key(vec![text(&c.principle)]),
        word(": "),
        word(labels::principle_status(c.status)),
    ];
    if !c.note.trim().is_empty() {
        item.extend([word(". "), text(&c.note)]);
    }
    item
}

fn substep(w: &mut dyn ReportWriter, sub: &SubstepOutline) {
    let head = vec![
        Span::Mark {
            class: None,
            dir: true,
            inner: vec![text(&sub.code), word(" "), text(&sub.title)],
        },
        word(" "),
        Span::Substep(&sub.status),
    ];
    if w.layout() == Layout::Lines {
        w.record(&head, &substep_details(sub));
        return;
    }
    w.open(Part::Substep);
    w.heading(3, &head);
    let answers: Vec<Answer<'_>> = sub
        .answers
        .iter()
        .map(|a| Answer {
            term: &a.question,
            text: &a.text,
            earlier: &[],
        })
        .collect();
    w.answers(Term::Question, &answers);
    if sub.unanswered > 0 {
        w.paragraph(&[word(unanswered(sub))], Tone::Aside);
    }
    if !sub.checks.is_empty() {
        w.paragraph(&[word(t!("report-principles-considered"))], Tone::Plain);
        let items = sub.checks.iter().map(check_item).collect();
        w.list(&List {
            class: Some("checks"),
            ..List::new("    - ", items)
        });
    }
    w.close(Part::Substep);
}

fn substep_details(sub: &SubstepOutline) -> Vec<Detail<'_>> {
    let mut out = Vec::new();
    for a in &sub.answers {
        out.push(Detail::Line(
            2,
            vec![word(t!("report-question-prefix")), text(&a.question)],
        ));
        out.push(Detail::Block(6, &a.text));
    }
    if sub.unanswered > 0 {
        out.push(Detail::Line(2, vec![word(unanswered(sub))]));
    }
    if !sub.checks.is_empty() {
        out.push(Detail::Line(2, vec![word(t!("report-principles-line"))]));
        for c in &sub.checks {
            let mut line = vec![word("- ")];
            line.extend(check_item(c));
            out.push(Detail::Line(4, line));
        }
    }
    out
}

fn decisions(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    w.heading(
        2,
        &[word(t!(
            "report-decisions-heading",
            count = s.decisions.len()
        ))],
    );
    if s.decisions.is_empty() {
        w.paragraph(&[word(t!("report-no-decisions"))], Tone::Empty);
        return;
    }
    match w.layout() {
        Layout::Lines => {
            for d in &s.decisions {
                w.record(&decision_head(d), &decision_details(r.pack, d));
            }
        }
        Layout::Wide => w.table(&decisions_wide(r)),
        Layout::Print => w.table(&decisions_print(r)),
    }
    chains(s, w);
}

fn decision_head(d: &Decision) -> Vec<Span<'_>> {
    vec![
        text(&d.id),
        word(" "),
        status(labels::decision_status(&d.status)),
        word(" "),
        text(&d.title),
    ]
}

fn decision_details<'a>(pack: &Pack, d: &'a Decision) -> Vec<Detail<'a>> {
    let mut out = Vec::new();
    if let DecisionStatus::Superseded { by } = &d.status {
        out.push(Detail::Line(
            4,
            message_spans(|v| t!("report-superseded-by", id = v[0]), &[by]),
        ));
    }
    if let Some(old) = &d.supersedes {
        out.push(Detail::Line(
            4,
            message_spans(|v| t!("report-replaces", id = v[0]), &[old]),
        ));
    }
    if !d.rationale.trim().is_empty() {
        out.push(Detail::Line(4, vec![word(t!("report-why-line"))]));
        out.push(Detail::Block(6, &d.rationale));
    }
    let step = place(pack, &d.step, d.substep.as_deref());
    out.push(Detail::Line(
        4,
        vec![word(t!("report-step-prefix")), text(step)],
    ));
    if !d.principles.is_empty() {
        let names = d.principles.iter().map(|p| text(principle_name(pack, p)));
        let mut line = vec![word(t!("report-principles-prefix"))];
        line.extend(joined(names, "; "));
        out.push(Detail::Line(4, line));
    }
    out.push(Detail::Line(
        4,
        message_spans(
            |v| t!("report-recorded-by", at = stamp(&d.at), by = v[0]),
            &[&d.by],
        ),
    ));
    if !d.history.is_empty() {
        out.push(Detail::Line(4, history(d)));
    }
    out
}

/// "History: proposed 2026-11-20 09:00 by Amina → agreed …".
fn history(d: &Decision) -> Vec<Span<'_>> {
    let mut line = vec![word(t!("report-history-prefix"))];
    for (i, h) in d.history.iter().enumerate() {
        if i > 0 {
            line.push(word(" → "));
        }
        line.extend([word(h.status.label()), word(format!(" {}", stamp(&h.at)))]);
        if !h.by.is_empty() {
            line.extend(message_spans(
                |v| t!("report-history-by", by = v[0]),
                &[&h.by],
            ));
        }
    }
    line
}

fn principle_names<'a>(pack: &Pack, d: &'a Decision) -> Vec<Span<'a>> {
    joined(
        d.principles.iter().map(|p| text(principle_name(pack, p))),
        "; ",
    )
}

/// Markdown's decisions: a column per field, the rationale on one line.
fn decisions_wide<'a>(r: &Report<'a>) -> Table<'a> {
    let rows = r.session.decisions.iter().map(|d| {
        let mut state = match &d.status {
            DecisionStatus::Superseded { by } => {
                message_spans(|v| t!("report-state-superseded-by", id = v[0]), &[by])
            }
            other => vec![word(labels::decision_status(other))],
        };
        if let Some(old) = &d.supersedes {
            state.push(word("; "));
            state.extend(message_spans(
                |v| t!("report-state-replaces", id = v[0]),
                &[old],
            ));
        }
        vec![
            cell(&d.id),
            Cell::Line(state),
            cell(&d.title),
            Cell::Text(&d.rationale),
            cell(place(r.pack, &d.step, d.substep.as_deref())),
            Cell::Line(principle_names(r.pack, d)),
            Cell::Line(vec![
                text(&d.by),
                word(format!(" {}", d.at.format("%Y-%m-%d"))),
            ]),
        ]
    });
    let names = [
        t!("report-col-id"),
        t!("report-col-status"),
        t!("report-col-decision"),
        t!("report-col-why"),
        t!("report-col-step"),
        t!("report-col-principles"),
        t!("report-col-recorded"),
    ];
    Table::new("decisions", headers(&names), rows)
}

/// HTML's decisions: the rationale under the decision, the date under who recorded it.
fn decisions_print<'a>(r: &Report<'a>) -> Table<'a> {
    let rows = r.session.decisions.iter().map(|d| {
        let mut state = vec![status(labels::decision_status(&d.status))];
        if let DecisionStatus::Superseded { by } = &d.status {
            state.extend(id_message(t!("report-badge-by", id = ID_MARK), by));
        }
        if let Some(old) = &d.supersedes {
            state.push(Span::Break("; "));
            state.extend(id_message(t!("report-state-replaces", id = ID_MARK), old));
        }
        vec![
            Cell::Id(&d.id),
            Cell::Plain(state),
            Cell::WithNote(vec![text(&d.title)], &d.rationale),
            cell(place(r.pack, &d.step, d.substep.as_deref())),
            Cell::Line(principle_names(r.pack, d)),
            Cell::Line(vec![
                text(&d.by),
                Span::Break(" "),
                word(d.at.format("%Y-%m-%d").to_string()),
            ]),
        ]
    });
    Table::new(
        "decisions",
        columns(&[
            (t!("report-col-id"), 7),
            (t!("report-col-status"), 15),
            (t!("report-col-decision-why"), 37),
            (t!("report-col-step"), 14),
            (t!("report-col-principles"), 15),
            (t!("report-col-recorded"), 12),
        ]),
        rows,
    )
}

/// Where an id goes in a message that names one ([`id_message`]).
const ID_MARK: &str = "\u{E000}";

/// A message naming a decision by its id: the message's words, the id as an identifier (bold and
/// never broken in HTML).
fn id_message<'a>(message: String, value: &'a str) -> Vec<Span<'a>> {
    let mut out = Vec::new();
    let mut parts = message.splitn(2, ID_MARK);
    if let Some(before) = parts.next().filter(|b| !b.is_empty()) {
        out.push(word(before.to_string()));
    }
    out.push(id(value));
    if let Some(after) = parts.next().filter(|a| !a.is_empty()) {
        out.push(word(after.to_string()));
    }
    out
}

fn chains(s: &Session, w: &mut dyn ReportWriter) {
    let chains = supersede_chains(s);
    if chains.is_empty() {
        return;
    }
    w.paragraph(&[word(t!("report-chains"))], Tone::Caption);
    let sep = if w.layout() == Layout::Lines {
        " -> "
    } else {
        " → "
    };
    let items = chains
        .iter()
        .map(|chain| {
            let last = chain.last().and_then(|id| s.decision(id)).map_or_else(
                || t!("report-chain-not-in-session"),
                |d| labels::decision_status(&d.status),
            );
            let mut item = joined(chain.iter().map(|c| id(c.as_str())), sep);
            item.push(word(t!("report-chain-last", status = last)));
            item
        })
        .collect();
    w.list(&List::new("  ", items));
}

fn actions(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    let marks: Vec<ActionMark> = s.actions.iter().map(|a| action_mark(a, r.today)).collect();
    let pending = marks.iter().filter(|m| **m != ActionMark::Finished).count();
    let overdue = marks
        .iter()
        .filter(|m| matches!(m, ActionMark::Overdue { .. }))
        .count();
    w.heading(
        2,
        &[word(t!("report-actions-heading", count = s.actions.len()))],
    );
    w.paragraph(
        &[word(t!(
            "report-actions-as-of",
            date = crate::i18n::long_date(r.today),
            pending = pending,
            overdue = overdue
        ))],
        Tone::Plain,
    );
    if s.actions.is_empty() {
        return;
    }
    if w.layout() == Layout::Lines {
        for (a, mark) in s.actions.iter().zip(marks) {
            w.record(&action_head(a, mark), &action_details(a));
        }
    } else {
        w.table(&actions_table(s, &marks));
    }
}

fn action_head(a: &ActionItem, mark: ActionMark) -> Vec<Span<'_>> {
    vec![
        text(&a.id),
        word(" "),
        status(labels::action_mark(a.status, mark)),
        word(" "),
        text(&a.text),
    ]
}

fn action_details(a: &ActionItem) -> Vec<Detail<'_>> {
    [
        labelled(4, t!("report-owner"), a.owner.as_str()),
        a.due
            .and_then(|due| labelled(4, t!("report-due"), due.format("%Y-%m-%d").to_string())),
        labelled(4, t!("report-from-decisions"), a.decisions.join(", ")),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn actions_table<'a>(s: &'a Session, marks: &[ActionMark]) -> Table<'a> {
    let rows = s.actions.iter().zip(marks).map(|(a, mark)| {
        let state = labels::action_mark(a.status, *mark);
        vec![
            Cell::Id(&a.id),
            if matches!(mark, ActionMark::Overdue { .. }) {
                Cell::Alert(state, "overdue")
            } else {
                Cell::Plain(vec![word(state)])
            },
            cell(&a.text),
            cell(&a.owner),
            Cell::Date(
                a.due
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
            ),
            cell(a.decisions.join(", ")),
        ]
    });
    Table::new(
        "actions",
        columns(&[
            (t!("report-col-id"), 7),
            (t!("report-col-status"), 15),
            (t!("report-col-action"), 40),
            (t!("report-col-owner"), 15),
            (t!("report-col-due"), 12),
            (t!("report-col-decisions"), 11),
        ]),
        rows,
    )
}

fn coverage_section(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let cov = coverage(r.session, r.pack);
    let title = if w.layout() == Layout::Lines {
        t!("report-coverage-heading-text")
    } else {
        t!("report-coverage-heading")
    };
    w.heading(2, &[word(title)]);
    if cov.columns.is_empty() {
        w.paragraph(&[word(t!("report-no-substeps"))], Tone::Empty);
        return;
    }
    w.coverage_grid(&cov);
    let gaps = cov.gaps();
    if gaps.is_empty() {
        w.paragraph(&[word(t!("report-no-gaps"))], Tone::Plain);
        return;
    }
    w.paragraph(&[word(t!("report-gaps"))], Tone::Caption);
    let items = gaps
        .iter()
        .map(|(row, cols)| {
            let mut item = vec![Span::Key(vec![text(&row.name)]), word(": ")];
            item.extend(joined(cols.iter().map(|c| text(&c.code)), ", "));
            item
        })
        .collect();
    w.list(&List::new("  - ", items));
}

fn risks(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    w.heading(
        2,
        &[word(t!("report-risks-heading", count = s.risks.len()))],
    );
    if s.risks.is_empty() {
        w.paragraph(&[word(t!("report-no-risks"))], Tone::Empty);
        return;
    }
    let map = risk_ids(s);
    w.risk_map_picture(&map);
    match w.layout() {
        Layout::Lines => {
            for risk in risks_by_score(s) {
                w.record(&risk_head(risk), &risk_details(risk));
            }
        }
        Layout::Wide => w.table(&risks_wide(s)),
        Layout::Print => w.table(&risks_print(s)),
    }
    w.risk_map_table(&map);
}

fn level_words(r: &Risk) -> String {
    format!(
        "{} {}",
        labels::risk_level(risk_level(r.score())),
        r.score()
    )
}

fn risk_head(r: &Risk) -> Vec<Span<'_>> {
    vec![
        text(&r.id),
        word(" "),
        status(t!(
            "report-risk-score",
            level = level_words(r),
            likelihood = r.likelihood.clamp(1, 4),
            impact = r.impact.clamp(1, 4)
        )),
        word(" "),
        text(&r.description),
    ]
}

fn risk_details(r: &Risk) -> Vec<Detail<'_>> {
    [
        labelled(4, t!("report-mitigation"), r.mitigation.as_str()),
        labelled(4, t!("report-owner"), r.owner.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Markdown's risks: likelihood and impact in columns of their own.
fn risks_wide(s: &Session) -> Table<'_> {
    let rows = risks_by_score(s).into_iter().map(|r| {
        vec![
            cell(&r.id),
            Cell::Line(vec![word(level_words(r))]),
            Cell::Line(vec![word(r.likelihood.clamp(1, 4).to_string())]),
            Cell::Line(vec![word(r.impact.clamp(1, 4).to_string())]),
            cell(&r.description),
            cell(&r.mitigation),
            cell(&r.owner),
        ]
    });
    let names = [
        t!("report-col-id"),
        t!("report-col-level"),
        t!("report-col-likelihood"),
        t!("report-col-impact"),
        t!("report-col-risk"),
        t!("report-col-mitigation"),
        t!("report-col-owner"),
    ];
    Table::new("risks", headers(&names), rows)
}

/// HTML's risks: likelihood and impact under the level, the level coloured.
fn risks_print(s: &Session) -> Table<'_> {
    let rows = risks_by_score(s).into_iter().map(|r| {
        let level = risk_level(r.score());
        vec![
            Cell::Id(&r.id),
            Cell::Classed(
                vec![
                    word(level_words(r)),
                    Span::Break(" "),
                    word(t!(
                        "report-risk-score-short",
                        likelihood = r.likelihood.clamp(1, 4),
                        impact = r.impact.clamp(1, 4)
                    )),
                ],
                labels::level_class(level),
            ),
            Cell::Text(&r.description),
            Cell::Text(&r.mitigation),
            cell(&r.owner),
        ]
    });
    Table::new(
        "risks",
        columns(&[
            (t!("report-col-id"), 7),
            (t!("report-col-level"), 12),
            (t!("report-col-risk"), 33),
            (t!("report-col-mitigation"), 33),
            (t!("report-col-owner"), 15),
        ]),
        rows,
    )
}

fn parking(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    w.heading(
        2,
        &[word(t!(
            "report-parking-heading",
            count = s.parking_lot.len()
        ))],
    );
    if s.parking_lot.is_empty() {
        w.paragraph(&[word(t!("report-nothing-parked"))], Tone::Empty);
        return;
    }
    let sep = if w.layout() == Layout::Wide {
        ": "
    } else {
        " "
    };
    let items = s
        .parking_lot
        .iter()
        .map(|p| {
            let mark = |class, value: &str| Span::Mark {
                class,
                dir: true,
                inner: vec![text(value.to_string())],
            };
            vec![
                mark(Some("id"), &p.id),
                word(" "),
                status(if p.resolved {
                    t!("report-parking-resolved")
                } else {
                    t!("report-parking-open")
                }),
                word(sep),
                mark(None, &p.text),
            ]
        })
        .collect();
    w.list(&List {
        dir: false,
        ..List::new("", items)
    });
}

/// The append-only record of changes, oldest first.
fn timeline(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    w.heading(
        2,
        &[word(t!(
            "report-timeline-heading",
            count = s.timeline.len()
        ))],
    );
    let items = s
        .timeline
        .iter()
        .map(|e| {
            let mut item = vec![
                word(format!("{} ", stamp(&e.at))),
                match &e.kind {
                    crate::session::TimelineKind::Unknown(kind) => text(kind),
                    known => word(known.label()),
                },
                word(": "),
                text(super::names::readable_summary(r.pack, s, e)),
            ];
            if !e.by.is_empty() {
                item.extend([word(" ("), text(&e.by), word(")")]);
            }
            item
        })
        .collect();
    w.list(&List {
        dir: false,
        ..List::new("", items)
    });
}
