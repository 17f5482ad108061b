//! What "yes" to a question before a destructive action does (removing a system, resetting a
//! module's timer). A question is a form without fields (`Form::question`, whose purpose is a
//! [`Confirmation`]): it sits in the form slot, so every screen can ask one, reads y / n / Esc through
//! the `Confirm` key table, and saving it comes here.

use super::ctx::Ctx;
pub use super::form::Confirmation;
use super::msg::Effect;

/// "Yes": carry the action out.
pub fn apply(what: Confirmation, cx: &mut Ctx) -> Vec<Effect> {
    match what {
        Confirmation::RemoveLandscape(id) => super::landscape::remove_entry(&id, cx),
        Confirmation::ResetTimer(module) => super::facil::reset_timer(&module, cx),
        Confirmation::RemoveAgendaItem(id) => super::facil::remove_agenda_item(&id, cx),
        Confirmation::StopTimerAtClose => super::facil::timer_close::stop_at_close(cx),
        Confirmation::QuitWithTimer => super::facil::timer_close::quit_with_timer(cx),
        Confirmation::RemoveRecord(what, id) => super::records::remove_record(what, &id, cx),
        Confirmation::ArchiveGroup(path) => {
            vec![Effect::Facil(super::msg::FacilEffect::Archive(path))]
        }
    }
}
