//! Look-ups for a training template's agenda, exercises and scenarios.

use super::model::{AgendaModule, Exercise, Scenario};
use super::pack::Pack;

impl Pack {
    /// The agenda of a template, in order (empty when it has none or is unknown).
    pub fn agenda(&self, template: &str) -> &[AgendaModule] {
        self.template(template).map_or(&[], |t| t.agenda.as_slice())
    }

    /// What the suggested durations (facilitator minutes) of a module's sub-steps add up to; `None`
    /// when the module works through no sub-step.
    pub fn module_substep_minutes(&self, module: &AgendaModule) -> Option<u32> {
        (!module.substeps.is_empty()).then(|| {
            module
                .substeps
                .iter()
                .filter_map(|id| self.substep(id))
                .map(|(_, s)| s.facilitator.minutes)
                .sum()
        })
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
