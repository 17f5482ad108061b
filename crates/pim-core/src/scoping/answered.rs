//! Whether a prompt counts as answered, by its kind: the rule the workshop's marks, the plain
//! front and the checks share.

use crate::content::PromptKind;

/// Whether a prompt counts as answered (the mark in the prompt list: drawn for every prompt on every
/// frame, so it builds nothing).
pub fn is_answered(
    session: &crate::session::Session,
    substep: &str,
    prompt: &crate::content::PromptView<'_>,
) -> bool {
    let answer = session
        .substeps
        .get(substep)
        .and_then(|r| r.answers.get(prompt.id));
    let text = || answer.is_some_and(|a| !a.text.trim().is_empty());
    let picks = || answer.is_some_and(|a| !a.picks.is_empty());
    match prompt.kind {
        PromptKind::Text | PromptKind::List | PromptKind::Areas => text(),
        PromptKind::RequestKind | PromptKind::Approach => picks() || text(),
        PromptKind::Outputs => picks(),
        PromptKind::Landscape => !session.landscape.is_empty(),
    }
}
