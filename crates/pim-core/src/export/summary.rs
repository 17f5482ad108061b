//! The report's first section, what a reviewer reads first: the decisions and their status, the
//! actions still open and those overdue, the coverage gaps, the risks scored 8 or more, and for a
//! scoping session the brief's approval, the answers it still lacks and the output-first comparison.

use crate::scoping::essential::{progress, unanswered};
use crate::scoping::{brief::build_brief, is_scoping, session_match};
use crate::session::DecisionStatus;
use crate::t;

use super::coverage::coverage;
use super::model::Report;
use super::records::{ActionMark, action_mark, risks_by_score};
use super::writer::{List, ReportWriter, Span, Tone, message_spans, word};

/// Risks scored this high or higher are named in the summary.
pub const HIGH_RISK: u8 = 8;

pub fn write(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    w.heading(2, &[word(t!("summary-heading"))]);
    let mut items: Vec<Vec<Span<'_>>> = Vec::new();
    items.push(vec![word(decision_counts(r))]);
    for d in s
        .decisions
        .iter()
        .filter(|d| d.status == DecisionStatus::Proposed)
    {
        items.push(message_spans(
            |v| t!("summary-proposed", id = v[0], title = v[1]),
            &[&d.id, &d.title],
        ));
    }
    let marks: Vec<ActionMark> = s.actions.iter().map(|a| action_mark(a, r.today)).collect();
    let open = marks.iter().filter(|m| **m != ActionMark::Finished).count();
    let overdue: Vec<_> = s
        .actions
        .iter()
        .zip(&marks)
        .filter_map(|(a, m)| match m {
            ActionMark::Overdue { days } => Some((a, *days)),
            _ => None,
        })
        .collect();
    items.push(vec![word(t!(
        "summary-actions",
        open = open,
        overdue = overdue.len()
    ))]);
    for (a, days) in overdue {
        items.push(message_spans(
            |v| {
                t!(
                    "summary-overdue",
                    id = v[0],
                    days = days,
                    text = v[1],
                    owner = v[2]
                )
            },
            &[&a.id, &a.text, &a.owner],
        ));
    }
    let gaps = coverage(s, r.pack).gaps().len();
    items.push(vec![word(t!("summary-gaps", count = gaps))]);
    for risk in risks_by_score(s)
        .into_iter()
        .filter(|r| r.score() >= HIGH_RISK)
    {
        let score = risk.score();
        items.push(message_spans(
            |v| t!("summary-risk", id = v[0], score = score, text = v[1]),
            &[&risk.id, &risk.description],
        ));
    }
    w.list(&List::new("  - ", items));
    essential(r, w);
    if is_scoping(r.pack, s) {
        scoping(r, w);
    }
}

/// The brief path: how many essential prompts are answered, and the questions still open.
fn essential(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let (done, total) = progress(r.pack, r.session);
    if total == 0 {
        return;
    }
    w.paragraph(
        &[word(t!("summary-essential", done = done, total = total))],
        Tone::Plain,
    );
    let open = unanswered(r.pack, r.session);
    if !open.is_empty() {
        w.paragraph(&[word(t!("summary-essential-missing"))], Tone::Plain);
        let items = open
            .into_iter()
            .map(|q| vec![Span::Text(q.into())])
            .collect();
        w.list(&List::new("  - ", items));
    }
}

fn decision_counts(r: &Report<'_>) -> String {
    let count = |status: DecisionStatus| {
        r.session
            .decisions
            .iter()
            .filter(|d| d.status == status)
            .count()
    };
    t!(
        "summary-decisions",
        total = r.session.decisions.len(),
        agreed = count(DecisionStatus::Agreed),
        proposed = count(DecisionStatus::Proposed)
    )
}

/// The scoping part: approval, what the brief lacks, and the output-first comparison.
fn scoping(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let s = r.session;
    let approval = s
        .brief
        .approval
        .as_ref()
        .map_or_else(|| t!("brief-approval-pending"), |a| a.sentence());
    w.paragraph(
        &message_spans(|v| t!("summary-approval", approval = v[0]), &[&approval]),
        Tone::Plain,
    );
    let brief = build_brief(s, r.pack, r.today);
    if !brief.missing.is_empty() {
        w.paragraph(
            &[word(t!(
                "summary-missing",
                missing = brief.missing.join("; ")
            ))],
            Tone::Plain,
        );
    }
    let sentences = session_match(r.pack, s).sentences(r.pack);
    w.paragraph(&[word(t!("brief-comparison"))], Tone::Caption);
    let items = sentences
        .into_iter()
        .map(|x| vec![Span::Text(x.into())])
        .collect();
    w.list(&List::new("  - ", items));
}
