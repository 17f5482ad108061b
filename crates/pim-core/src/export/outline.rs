//! The session's steps and sub-steps in process order, with the pack's questions beside the team's
//! answers: what every format walks through. Text here is raw (unescaped); each format escapes it.

use chrono::{DateTime, FixedOffset};

use crate::content::{Pack, PromptKind};
use crate::scoping::answer_summary;
use crate::session::{PrincipleStatus, Session, SubstepRecord, SubstepStatus};
use crate::t;

/// One sub-step of the session as it appears in an export.
#[derive(Debug, Clone, PartialEq)]
pub struct SubstepOutline {
    /// The sub-step id.
    pub id: String,
    /// Its number in the process, e.g. `1.2` (`?1`, `?2`… when the pack does not know it).
    pub code: String,
    /// Its title from the pack (the id when the pack does not know it).
    pub title: String,
    /// Where it stands.
    pub status: SubstepStatus,
    /// The answered prompts, in the pack's order (then answers to prompts the pack does not know).
    pub answers: Vec<AnswerLine>,
    /// Prompts of this sub-step (for the session's template) without an answer.
    pub unanswered: usize,
    /// How each principle was considered, in the pack's order.
    pub checks: Vec<CheckLine>,
}

/// A question and the team's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerLine {
    /// The question from the pack (the prompt id when the pack does not know it).
    pub question: String,
    /// The answer.
    pub text: String,
    /// Who changed it last.
    pub by: String,
    /// When.
    pub at: DateTime<FixedOffset>,
}

/// A principle check recorded for a sub-step.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckLine {
    /// The principle's name (its id when the pack does not know it).
    pub principle: String,
    /// The outcome.
    pub status: PrincipleStatus,
    /// What was said.
    pub note: String,
}

/// One step with the session's sub-steps in it.
#[derive(Debug, Clone, PartialEq)]
pub struct StepOutline {
    /// The step number (None for records the pack does not know).
    pub number: Option<u8>,
    /// The step title.
    pub title: String,
    /// The sub-steps.
    pub substeps: Vec<SubstepOutline>,
}

/// The sub-step ids this session covers, in process order: the template's sub-steps and any other
/// sub-step with a record, then records of sub-steps the pack does not know (in id order). Each comes
/// with its code: `1.2`, or `?1`, `?2`… for sub-steps the pack does not know.
pub fn session_substeps(session: &Session, pack: &Pack) -> Vec<(String, String)> {
    let template = pack.template(&session.template);
    let wanted = |id: &str| {
        session.substeps.contains_key(id)
            || template.is_none_or(|t| t.substeps.iter().any(|s| s == id))
    };
    let mut out = Vec::new();
    for (_, sub) in pack.substeps() {
        if wanted(&sub.id)
            && let Some(code) = pack.substep_code(&sub.id)
        {
            out.push((sub.id.clone(), code));
        }
    }
    let unknown = session
        .substeps
        .keys()
        .filter(|id| pack.substep(id).is_none());
    for (n, id) in unknown.enumerate() {
        out.push((id.clone(), format!("?{}", n + 1)));
    }
    out
}

/// The steps of the session with their sub-steps, answers and principle checks.
pub fn outline(session: &Session, pack: &Pack) -> Vec<StepOutline> {
    let mut steps: Vec<StepOutline> = Vec::new();
    for (id, code) in session_substeps(session, pack) {
        let (number, title) = match pack.substep(&id) {
            Some((step, _)) => (Some(step.number), step.title.clone()),
            None => (None, t!("report-other-records")),
        };
        let sub = substep_outline(session, pack, &id, code);
        match steps.last_mut() {
            Some(last) if last.number == number && last.title == title => last.substeps.push(sub),
            _ => steps.push(StepOutline {
                number,
                title,
                substeps: vec![sub],
            }),
        }
    }
    steps
}

fn substep_outline(session: &Session, pack: &Pack, id: &str, code: String) -> SubstepOutline {
    let record = session.substeps.get(id);
    let known = pack.substep(id).map(|(_, s)| s);
    let prompts: Vec<(&str, &str, PromptKind)> = pack
        .prompts_for(&session.template, id)
        .into_iter()
        .map(|p| (p.id, p.question, p.kind))
        .collect();
    let answered = |pid: &str, kind: PromptKind| {
        record
            .and_then(|r| r.answers.get(pid))
            .map(|a| (a, answer_summary(pack, kind, a)))
            .filter(|(_, text)| !text.trim().is_empty())
    };
    let mut answers = Vec::new();
    let mut unanswered = 0;
    for (pid, question, kind) in &prompts {
        if *kind == PromptKind::Landscape && !session.landscape.is_empty() {
            answers.push(landscape_answer(session, question));
            continue;
        }
        match answered(pid, *kind) {
            Some((a, text)) => answers.push(AnswerLine {
                question: question.to_string(),
                text,
                by: a.by.clone(),
                at: a.at,
            }),
            None => unanswered += 1,
        }
    }
    if let Some(r) = record {
        for (pid, a) in &r.answers {
            if !prompts.iter().any(|(p, _, _)| p == pid) && !a.text.trim().is_empty() {
                answers.push(AnswerLine {
                    question: pid.clone(),
                    text: a.text.clone(),
                    by: a.by.clone(),
                    at: a.at,
                });
            }
        }
    }
    let checks = record.map(|r| checks(pack, r)).unwrap_or_default();
    SubstepOutline {
        id: id.to_string(),
        code,
        title: known.map_or_else(|| id.to_string(), |s| s.title.clone()),
        status: record.map(|r| r.status.clone()).unwrap_or_default(),
        answers,
        unanswered,
        checks,
    }
}

/// The answer to a landscape prompt: the systems of the register.
fn landscape_answer(session: &Session, question: &str) -> AnswerLine {
    let names: Vec<&str> = session.landscape.iter().map(|e| e.name.as_str()).collect();
    AnswerLine {
        question: question.to_string(),
        text: t!(
            "report-landscape-answer",
            count = session.landscape.len(),
            names = names.join("; ")
        ),
        by: String::new(),
        at: session.updated,
    }
}

/// The principle checks of a sub-step: the pack's principles in its order, then any other.
fn checks(pack: &Pack, r: &SubstepRecord) -> Vec<CheckLine> {
    let line = |principle: &str, c: &crate::session::PrincipleCheck| CheckLine {
        principle: principle.to_string(),
        status: c.status,
        note: c.note.clone(),
    };
    let mut out: Vec<CheckLine> = pack
        .principles
        .principles
        .iter()
        .filter_map(|p| r.principles.get(&p.id).map(|c| line(&p.name, c)))
        .collect();
    out.extend(
        r.principles
            .iter()
            .filter(|(pid, _)| pack.principle(pid).is_none())
            .map(|(pid, c)| line(pid, c)),
    );
    out
}

/// The template's title, or its id when the pack does not know it.
pub fn kind_title(session: &Session, pack: &Pack) -> String {
    template_title(&session.template, pack)
}

/// The title of the template `id`, or the id when the pack does not know it.
pub fn template_title(id: &str, pack: &Pack) -> String {
    pack.template(id)
        .map_or_else(|| id.to_string(), |t| t.title.clone())
}

/// "1.2 Define the purpose" for a decision's step and sub-step, from the pack when it knows them.
pub fn place(pack: &Pack, step: &str, substep: Option<&str>) -> String {
    if let Some(sub) = substep {
        if let (Some((_, s)), Some(code)) = (pack.substep(sub), pack.substep_code(sub)) {
            return format!("{code} {}", s.title);
        }
        return sub.to_string();
    }
    match pack.step(step) {
        Some(st) => format!("{} {}", st.number, st.title),
        None => step.to_string(),
    }
}

/// The principle's name, or the id when the pack does not know it.
pub fn principle_name(pack: &Pack, id: &str) -> String {
    pack.principle(id)
        .map_or_else(|| id.to_string(), |p| p.name.clone())
}
