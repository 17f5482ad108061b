//! The report walk: the sections of a session report, listed once in [`SECTIONS`], each writing what
//! it shows through a [`ReportWriter`]. The plain-text summary ([`super::text`]), the Markdown export
//! ([`super::markdown`]) and the HTML export ([`super::html`]) are three writers of this one walk.
//!
//! The walk passes raw text; the writer escapes it. Where the formats show a list of records
//! differently, the walk asks the writer's [`Layout`] and builds that one (see [`super::writer`]).

use std::borrow::Cow;

use crate::content::Pack;
use crate::session::{ActionItem, Decision, DecisionStatus, Risk, Session};

use super::coverage::coverage;
use super::labels::{self, count};
use super::outline::{CheckLine, SubstepOutline, kind_title, outline, place, principle_name};
use super::records::{ActionMark, action_mark, risk_level, risks_by_score, supersede_chains};
use super::writer::{
    Answer, Cell, Detail, Doc, Fact, Layout, List, Part, ReportWriter, Span, Table, Term, Tone,
    cell, columns, headers, id, joined, risk_ids, status, text, word,
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
pub const SECTIONS: [Section; 10] = [
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
    let date = r.today.format("%Y-%m-%d");
    Doc {
        title: &s.title,
        byline: format!("Session summary from pim-workshop, as of {date}."),
        language: &r.pack.info.language,
        footer: vec![
            word(format!("Exported by pim-workshop on {date} from session ")),
            text(&s.id),
            word(" (content pack "),
            text(&s.content.pack_id),
            word(" "),
            text(&s.content.version),
            word(")."),
        ],
    }
}

fn stamp(at: &chrono::DateTime<chrono::FixedOffset>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// `label: value` as a detail line indented by `indent`, or nothing when the value is blank.
fn labelled<'a>(indent: usize, label: &str, value: impl Into<Cow<'a, str>>) -> Option<Detail<'a>> {
    let value = value.into();
    (!value.trim().is_empty())
        .then(|| Detail::Line(indent, vec![word(format!("{label}: ")), Span::Text(value)]))
}

fn overview(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    let c = &s.context;
    w.heading(2, &[word("Overview")]);
    let values: [(&'static str, Cow<'_, str>); 10] = [
        ("Kind", kind_title(s, r.pack).into()),
        ("Facilitator", s.facilitator.as_str().into()),
        ("Operation", c.operation.as_str().into()),
        ("Location", c.location.as_str().into()),
        ("Dates", c.dates.as_str().into()),
        ("Requested by", c.requested_by.as_str().into()),
        ("Requested tool", c.requested_tool.as_str().into()),
        ("Created", stamp(&s.created).into()),
        ("Last changed", stamp(&s.updated).into()),
        (
            "Content pack",
            format!("{} {}", s.content.pack_id, s.content.version).into(),
        ),
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
            label: "Notes",
            value: c.notes.as_str().into(),
            multi_line: true,
        });
    }
    w.facts(&facts);
    w.heading(
        3,
        &[word(format!("Participants ({})", s.participants.len()))],
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
        empty: Some("No participants recorded."),
        ..Table::new(
            "people",
            columns(&[("Name", 30), ("Organisation", 30), ("Role", 40)]),
            rows,
        )
    });
}

fn steps(r: &Report<'_>, w: &mut dyn ReportWriter) {
    for step in outline(r.session, r.pack) {
        let mut title = Vec::new();
        if let Some(n) = step.number {
            title.push(word(format!("Step {n}. ")));
        }
        title.push(text(&step.title));
        w.heading(2, &title);
        for sub in &step.substeps {
            substep(w, sub);
        }
    }
}

fn unanswered(sub: &SubstepOutline) -> String {
    format!(
        "{} not answered.",
        count(sub.unanswered, "prompt", "prompts")
    )
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
        w.paragraph(&[word("Principles considered:")], Tone::Plain);
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
        out.push(Detail::Line(2, vec![word("Q: "), text(&a.question)]));
        out.push(Detail::Block(6, &a.text));
    }
    if sub.unanswered > 0 {
        out.push(Detail::Line(2, vec![word(unanswered(sub))]));
    }
    if !sub.checks.is_empty() {
        out.push(Detail::Line(2, vec![word("Principles:")]));
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
    w.heading(2, &[word(format!("Decisions ({})", s.decisions.len()))]);
    if s.decisions.is_empty() {
        w.paragraph(&[word("No decisions recorded.")], Tone::Empty);
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
        out.push(Detail::Line(4, vec![word("Superseded by "), text(by)]));
    }
    if let Some(old) = &d.supersedes {
        out.push(Detail::Line(4, vec![word("Replaces "), text(old)]));
    }
    if !d.rationale.trim().is_empty() {
        out.push(Detail::Line(4, vec![word("Why:")]));
        out.push(Detail::Block(6, &d.rationale));
    }
    let step = place(pack, &d.step, d.substep.as_deref());
    out.push(Detail::Line(4, vec![word("Step: "), text(step)]));
    if !d.principles.is_empty() {
        let names = d.principles.iter().map(|p| text(principle_name(pack, p)));
        let mut line = vec![word("Principles: ")];
        line.extend(joined(names, "; "));
        out.push(Detail::Line(4, line));
    }
    out.push(Detail::Line(
        4,
        vec![word(format!("Recorded {} by ", stamp(&d.at))), text(&d.by)],
    ));
    if !d.history.is_empty() {
        let mut line = vec![word("History: ")];
        for (i, h) in d.history.iter().enumerate() {
            if i > 0 {
                line.push(word(" → "));
            }
            line.extend([text(h.status.as_str()), word(format!(" {}", stamp(&h.at)))]);
            if !h.by.is_empty() {
                line.extend([word(" by "), text(&h.by)]);
            }
        }
        out.push(Detail::Line(4, line));
    }
    out
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
            DecisionStatus::Superseded { by } => vec![word("superseded by "), text(by)],
            other => vec![word(labels::decision_status(other))],
        };
        if let Some(old) = &d.supersedes {
            state.extend([word("; replaces "), text(old)]);
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
        "ID",
        "Status",
        "Decision",
        "Why",
        "Step",
        "Principles",
        "Recorded",
    ];
    Table::new("decisions", headers(&names), rows)
}

/// HTML's decisions: the rationale under the decision, the date under who recorded it.
fn decisions_print<'a>(r: &Report<'a>) -> Table<'a> {
    let rows = r.session.decisions.iter().map(|d| {
        let mut state = vec![status(labels::decision_status(&d.status))];
        if let DecisionStatus::Superseded { by } = &d.status {
            state.extend([word(" by "), id(by)]);
        }
        if let Some(old) = &d.supersedes {
            state.extend([Span::Break("; "), word("replaces "), id(old)]);
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
            ("ID", 7),
            ("Status", 15),
            ("Decision and why", 37),
            ("Step", 14),
            ("Principles", 15),
            ("Recorded", 12),
        ]),
        rows,
    )
}

fn chains(s: &Session, w: &mut dyn ReportWriter) {
    let chains = supersede_chains(s);
    if chains.is_empty() {
        return;
    }
    w.paragraph(&[word("Superseded chains (oldest first)")], Tone::Caption);
    let sep = if w.layout() == Layout::Lines {
        " -> "
    } else {
        " → "
    };
    let items = chains
        .iter()
        .map(|chain| {
            let last = chain
                .last()
                .and_then(|id| s.decision(id))
                .map_or("not in this session", |d| {
                    labels::decision_status(&d.status)
                });
            let mut item = joined(chain.iter().map(|c| id(c.as_str())), sep);
            item.extend([word(" (last: "), word(last), word(")")]);
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
    w.heading(2, &[word(format!("Actions ({})", s.actions.len()))]);
    w.paragraph(
        &[word(format!(
            "As of {}: {pending} still to do, {overdue} overdue.",
            r.today.format("%Y-%m-%d")
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
        labelled(4, "Owner", a.owner.as_str()),
        a.due
            .and_then(|due| labelled(4, "Due", due.format("%Y-%m-%d").to_string())),
        labelled(4, "From decisions", a.decisions.join(", ")),
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
            ("ID", 7),
            ("Status", 15),
            ("Action", 40),
            ("Owner", 15),
            ("Due", 12),
            ("Decisions", 11),
        ]),
        rows,
    )
}

fn coverage_section(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let cov = coverage(r.session, r.pack);
    let title = if w.layout() == Layout::Lines {
        "Principles coverage (principles x sub-steps)"
    } else {
        "Principles coverage"
    };
    w.heading(2, &[word(title)]);
    if cov.columns.is_empty() {
        w.paragraph(&[word("No sub-steps in this session.")], Tone::Empty);
        return;
    }
    w.coverage_grid(&cov);
    let gaps = cov.gaps();
    if gaps.is_empty() {
        w.paragraph(
            &[word(
                "No gaps: every principle was considered in every sub-step.",
            )],
            Tone::Plain,
        );
        return;
    }
    w.paragraph(&[word("Gaps (open or never discussed)")], Tone::Caption);
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
    w.heading(2, &[word(format!("Risks ({})", s.risks.len()))]);
    if s.risks.is_empty() {
        w.paragraph(&[word("No risks recorded.")], Tone::Empty);
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
        status(format!(
            "{}: likelihood {} x impact {}",
            level_words(r),
            r.likelihood.clamp(1, 4),
            r.impact.clamp(1, 4)
        )),
        word(" "),
        text(&r.description),
    ]
}

fn risk_details(r: &Risk) -> Vec<Detail<'_>> {
    [
        labelled(4, "Mitigation", r.mitigation.as_str()),
        labelled(4, "Owner", r.owner.as_str()),
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
        "ID",
        "Level",
        "Likelihood",
        "Impact",
        "Risk",
        "Mitigation",
        "Owner",
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
                    word(format!(
                        "L{} × I{}",
                        r.likelihood.clamp(1, 4),
                        r.impact.clamp(1, 4)
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
            ("ID", 7),
            ("Level", 12),
            ("Risk", 33),
            ("Mitigation", 33),
            ("Owner", 15),
        ]),
        rows,
    )
}

fn parking(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    w.heading(2, &[word(format!("Parking lot ({})", s.parking_lot.len()))]);
    if s.parking_lot.is_empty() {
        w.paragraph(&[word("Nothing parked.")], Tone::Empty);
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
                status(if p.resolved { "resolved" } else { "open" }),
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
        &[word(format!("Timeline of changes ({})", s.timeline.len()))],
    );
    let items = s
        .timeline
        .iter()
        .map(|e| {
            let mut item = vec![
                word(format!("{} ", stamp(&e.at))),
                text(e.kind.as_str()),
                word(": "),
                text(&e.summary),
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
