//! The essential prompts of a template (marked in the content, `templates.json` `essential`): the
//! brief path that fits one meeting, and how far a session has come along it.

use crate::content::{Pack, PromptView};
use crate::session::Session;

pub use crate::content::model::MAX_ESSENTIAL;

/// Whether a prompt counts as answered: text written, or something picked.
pub fn is_answered(session: &Session, substep: &str, prompt: &str) -> bool {
    session
        .substeps
        .get(substep)
        .and_then(|r| r.answers.get(prompt))
        .is_some_and(|a| !a.text.trim().is_empty() || !a.picks.is_empty())
}

/// Whether the session's template marks `prompt` essential.
pub fn is_essential(pack: &Pack, session: &Session, prompt: &str) -> bool {
    pack.template(&session.template)
        .is_some_and(|t| t.essential.iter().any(|id| id == prompt))
}

/// The essential prompts of the session's template, in the order the session asks them, with their
/// sub-step.
pub fn essential_prompts<'a>(pack: &'a Pack, session: &Session) -> Vec<(String, PromptView<'a>)> {
    let Some(t) = pack.template(&session.template) else {
        return Vec::new();
    };
    pack.template_substeps(&t.id)
        .into_iter()
        .flat_map(|sub| {
            pack.prompts_for(&t.id, sub)
                .into_iter()
                .filter(|p| t.essential.iter().any(|id| id == p.id))
                .map(move |p| (sub.to_string(), p))
        })
        .collect()
}

/// How far the brief path has come: (answered, essential).
pub fn progress(pack: &Pack, session: &Session) -> (usize, usize) {
    let all = essential_prompts(pack, session);
    let done = all
        .iter()
        .filter(|(sub, p)| is_answered(session, sub, p.id))
        .count();
    (done, all.len())
}

/// The questions of the essential prompts not answered yet, in order.
pub fn unanswered<'a>(pack: &'a Pack, session: &Session) -> Vec<&'a str> {
    essential_prompts(pack, session)
        .into_iter()
        .filter(|(sub, p)| !is_answered(session, sub, p.id))
        .map(|(_, p)| p.question)
        .collect()
}
