//! The training's agenda as the attendance exports, the day summaries' extra sections and the
//! training report read it: one function, [`plan`], so that where the agenda comes from (today the
//! template's agenda in the content pack) is decided in one place.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::Session;

/// One module of the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedModule {
    /// The module's id (its timer's key in the session).
    pub id: String,
    /// The training day it is planned for, from 1.
    pub day: u8,
    pub title: String,
    /// Planned length in minutes.
    pub minutes: u32,
}

/// The training's days and modules.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrainingPlan {
    /// The number of training days: the agenda's last day, or the last day attendance was taken if
    /// that is later (0 when the session has neither).
    pub days: u8,
    /// The modules, in agenda order.
    pub modules: Vec<PlannedModule>,
    /// Each training day's date, when known (today: the date its attendance was taken).
    pub dates: BTreeMap<u8, NaiveDate>,
}

/// The agenda of `session`.
pub fn plan(session: &Session, pack: &Pack) -> TrainingPlan {
    let modules: Vec<PlannedModule> = pack
        .agenda(&session.template)
        .iter()
        .map(|m| PlannedModule {
            id: m.id.clone(),
            day: m.day,
            title: m.title.clone(),
            minutes: m.minutes,
        })
        .collect();
    let last_module = modules.iter().map(|m| m.day).max().unwrap_or(0);
    let taken = &session.facilitation.attendance;
    let last_taken = taken.iter().map(|d| d.day).max().unwrap_or(0);
    TrainingPlan {
        days: last_module.max(last_taken),
        modules,
        dates: taken
            .iter()
            .filter_map(|d| Some((d.day, d.date?)))
            .collect(),
    }
}
