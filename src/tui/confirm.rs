//! Questions that wait for yes or no before a destructive action (removing a system, resetting a
//! module's timer). A question is a form without fields whose purpose is [`Confirmation`]: it sits in
//! the form slot (so every screen can ask one), reads y / n / Esc through the `Confirm` key table,
//! and saving it carries the action out.

use super::ctx::Ctx;
use super::form::{Form, FormPurpose};
use super::msg::Effect;
use crate::session::EntryId;

/// What "yes" does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirmation {
    /// Remove a landscape system with all its fields (the timeline keeps a note).
    RemoveLandscape(EntryId),
    /// Reset the current module's (or exercise's) timer, throwing its recorded time away.
    ResetTimer,
}

/// The question, as a form without fields.
pub fn ask(question: &str, what: Confirmation) -> Form {
    Form::new(question, FormPurpose::Confirm(what), Vec::new())
}

/// "Yes": carry the action out.
pub fn apply(what: Confirmation, cx: &mut Ctx) -> Vec<Effect> {
    match what {
        Confirmation::RemoveLandscape(id) => super::landscape::remove_entry(&id, cx),
        Confirmation::ResetTimer => super::facil::reset_timer(cx),
    }
}
