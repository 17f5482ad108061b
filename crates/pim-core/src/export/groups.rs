//! The breakout groups' answers merged into a session, for the reports: per prompt, each group's answer
//! under its name (with earlier wordings kept). One part of the report walk, written through each
//! format's writer (which escapes every value); nothing is written when the session merged no group.

use crate::content::Pack;
use crate::session::Session;

use super::model::Report;
use super::outline::session_substeps;
use super::writer::{
    Answer, Detail, Layout, ReportWriter, Span, Term, Tone, message_spans, text, word,
};
use crate::t;

/// One prompt with the groups' answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSection {
    /// The sub-step's code and title, e.g. "1.1 Define purpose and information needs".
    pub place: String,
    /// The question (the prompt id when the pack does not know it).
    pub question: String,
    /// Group name, answer, earlier wordings.
    pub answers: Vec<(String, String, Vec<String>)>,
}

/// The groups' answers in process order, then any the pack does not place.
pub fn sections(session: &Session, pack: &Pack) -> Vec<GroupSection> {
    let answers = &session.breakout.answers;
    if answers.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (sub_id, code) in session_substeps(session, pack) {
        let title = pack
            .substep(&sub_id)
            .map_or(sub_id.clone(), |(_, s)| s.title.clone());
        for p in pack.prompts_for(&session.template, &sub_id) {
            let key = format!("{sub_id}/{}", p.id);
            if let Some(list) = answers.get(&key) {
                seen.insert(key);
                out.push(section(&format!("{code} {title}"), p.question, list));
            }
        }
    }
    for (key, list) in answers {
        if !seen.contains(key) {
            out.push(section(key, key, list));
        }
    }
    out
}

fn section(
    place: &str,
    question: &str,
    list: &[crate::session::breakout::GroupAnswer],
) -> GroupSection {
    GroupSection {
        place: place.to_string(),
        question: question.to_string(),
        answers: list
            .iter()
            .map(|a| (a.group.clone(), a.text.clone(), a.earlier.clone()))
            .collect(),
    }
}

/// Whether the session merged any group's answers (the section is left out otherwise).
pub fn shown(r: &Report<'_>) -> bool {
    !r.session.breakout.answers.is_empty()
}

/// The groups' section of the report: per prompt, the sub-step, the question and each group's answer.
pub fn write(r: &Report<'_>, w: &mut dyn ReportWriter) {
    let sections = sections(r.session, r.pack);
    w.heading(2, &[word(t!("report-groups-heading"))]);
    for s in &sections {
        if w.layout() == Layout::Lines {
            w.record(&[text(&s.place)], &details(s));
            continue;
        }
        w.heading(3, &[text(&s.place)]);
        w.paragraph(&[Span::Strong(vec![text(&s.question)])], Tone::Plain);
        let answers: Vec<Answer<'_>> = s
            .answers
            .iter()
            .map(|(group, answer, earlier)| Answer {
                term: group,
                text: answer,
                earlier,
            })
            .collect();
        w.answers(Term::Group, &answers);
    }
}

fn details(s: &GroupSection) -> Vec<Detail<'_>> {
    let mut out = vec![Detail::Line(
        2,
        vec![word(t!("report-question-prefix")), text(&s.question)],
    )];
    for (group, answer, earlier) in &s.answers {
        out.push(Detail::Line(4, vec![text(group), word(":")]));
        out.push(Detail::Block(6, answer));
        for e in earlier {
            out.push(Detail::Line(
                6,
                message_spans(|v| t!("report-earlier", text = v[0]), &[e]),
            ));
        }
    }
    out
}
