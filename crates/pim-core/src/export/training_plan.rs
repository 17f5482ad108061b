//! The training's agenda as the attendance exports, the day summaries' extra sections and the
//! training report read it: one function, [`plan`], so that where the agenda comes from (the session's
//! effective agenda) is decided in one place.

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

/// The agenda of `session`: its modules as the facilitator shaped them (`Session::effective_agenda`),
/// the number of days, and each day's date (the agenda's, else the day summary's rule for it).
pub fn plan(session: &Session, pack: &Pack) -> TrainingPlan {
    let agenda = session.effective_agenda(pack);
    let modules: Vec<PlannedModule> = agenda
        .modules()
        .map(|(item, _)| PlannedModule {
            id: item.id.clone(),
            day: item.day,
            title: item.title.clone(),
            minutes: item.minutes,
        })
        .collect();
    let taken = &session.facilitation.attendance;
    let last_taken = taken.iter().map(|d| d.day).max().unwrap_or(0);
    let days = agenda.day_count().max(last_taken);
    TrainingPlan {
        days,
        modules,
        dates: (1..=days)
            .filter_map(|d| Some((d, super::day_summary::day_date(session, pack, d)?)))
            .collect(),
    }
}
