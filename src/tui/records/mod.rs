//! Decisions, actions, risks, the parking lot and the coverage grid: the lists beside the workshop,
//! the forms that add to them, and what saving a form does. Pure: changes state, returns effects.

pub use super::tabs::{RecordKind, RecordsState};

mod forms;
mod lists;
mod options;
mod submit;

pub use forms::{action_form, decision_form, parking_form, principle_form, risk_form, skip_form};
pub use lists::{cycle_status, len, remove_record};
pub use submit::submit;
