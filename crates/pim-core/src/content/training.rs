//! Look-ups for a training template's agenda, exercises and scenarios.

use super::model::{AgendaModule, Exercise, Scenario};
use super::pack::Pack;

impl Pack {
    /// The agenda of a template, in order (empty when it has none or is unknown).
    pub fn agenda(&self, template: &str) -> &[AgendaModule] {
        self.template(template).map_or(&[], |t| t.agenda.as_slice())
    }

    /// One exercise of a template.
    pub fn exercise(&self, template: &str, id: &str) -> Option<&Exercise> {
        self.template(template)?
            .exercises
            .iter()
            .find(|e| e.id == id)
    }

    /// One case scenario of a template.
    pub fn scenario(&self, template: &str, id: &str) -> Option<&Scenario> {
        self.template(template)?
            .scenarios
            .iter()
            .find(|s| s.id == id)
    }
}
