//! The order a session walks the sub-steps in, and where it starts: the rule every front (the TUI,
//! the plain line-by-line mode) places the team by.

use super::model::Session;
use crate::content::Pack;

/// The sub-steps a session walks, in order: its template's, or for a group file only those it was
/// split for.
pub fn walked_substeps(pack: &Pack, session: &Session) -> Vec<String> {
    let group_steps = session
        .breakout
        .origin
        .as_ref()
        .map(|o| o.substeps.clone())
        .filter(|s| !s.is_empty());
    pack.template_substeps(&session.template)
        .into_iter()
        .filter(|s| {
            group_steps
                .as_ref()
                .is_none_or(|g| g.iter().any(|x| x == s))
        })
        .map(str::to_string)
        .collect()
}

/// Where the session was left: the index of its sub-step in `substeps` and of its prompt in that
/// sub-step, or the start when it was left nowhere it still walks.
pub fn start_position(pack: &Pack, session: &Session, substeps: &[String]) -> (usize, usize) {
    session
        .position
        .as_ref()
        .and_then(|pos| {
            let sub = substeps.iter().position(|s| *s == pos.substep)?;
            let prompt = pos
                .prompt
                .as_deref()
                .and_then(|p| {
                    pack.prompts_for(&session.template, &substeps[sub])
                        .iter()
                        .position(|v| v.id == p)
                })
                .unwrap_or(0);
            Some((sub, prompt))
        })
        .unwrap_or((0, 0))
}
