//! What the new-session form already asked: a prompt marked `prefill` in the content starts from the
//! form's field that asks the same thing, so nobody types it twice.

use chrono::{DateTime, FixedOffset};

use crate::content::Pack;
use crate::content::model::ContextField;
use crate::session::Session;

/// Fills each empty prompt of the session's template that asks what a context field holds. Returns
/// how many answers were written.
pub fn prefill_from_context(
    pack: &Pack,
    session: &mut Session,
    now: DateTime<FixedOffset>,
) -> usize {
    let Some(template) = pack.template(&session.template) else {
        return 0;
    };
    let by = session.facilitator.clone();
    let mut written = 0;
    for p in &template.extra_prompts {
        let value = match p.prefill {
            Some(ContextField::RequestedBy) => session.context.requested_by.trim().to_string(),
            Some(ContextField::RequestedTool) => session.context.requested_tool.trim().to_string(),
            None => continue,
        };
        if value.is_empty() || !session.answer_text(&p.substep, &p.id).trim().is_empty() {
            continue;
        }
        if session.set_answer(&p.substep, &p.id, &value, now, &by) {
            written += 1;
        }
    }
    written
}
