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

/// When a move goes forward from step `from_step` to a later step (the one `to_substep` is in): the
/// titles of the earlier sub-steps nobody has touched, for a gentle warning (never a block).
pub fn untouched_before(
    pack: &Pack,
    session: &Session,
    substeps: &[String],
    from_step: &str,
    to_substep: &str,
) -> Vec<String> {
    let step_no = |id: &str| pack.step(id).map(|s| s.number).unwrap_or(0);
    let to_step = pack
        .substep(to_substep)
        .map(|(step, _)| step.number)
        .unwrap_or(0);
    if to_step <= step_no(from_step) {
        return Vec::new();
    }
    substeps
        .iter()
        .filter_map(|id| pack.substep(id))
        .filter(|(step, _)| step.number < to_step)
        .filter(|(_, sub)| {
            session.substep_status(&sub.id) == super::SubstepStatus::NotStarted
                && session
                    .substeps
                    .get(&sub.id)
                    .is_none_or(|r| r.answers.is_empty())
        })
        .map(|(_, sub)| sub.title.clone())
        .collect()
}
