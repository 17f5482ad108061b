//! The agenda a facilitator shapes, and the one agenda every screen and export reads.
//!
//! The template's agenda is the starting point. Until the facilitator edits it, the session stores no
//! shape and the agenda is derived from the template (every day starting at the agenda's day start).
//! The first edit copies the derived agenda into the session ([`AgendaShape`]); from then on the
//! session's copy is the agenda: its days (date and start time) and its ordered items (template
//! modules, breaks, lunch and other free items).
//!
//! [`Session::effective_agenda`] is the only way to read the agenda: the TUI, the presenter view, the
//! day summary, the exports and the CLI all call it.

use chrono::{NaiveDate, NaiveTime};

pub use super::agenda_records::{
    AgendaDayRecord, AgendaItemRecord, AgendaShape, ItemKind, MAX_DAYS,
};
use super::extra::Extra;
use super::model::Session;
use crate::content::{AgendaModule, Pack};

/// The session's agenda as it now stands: its days, each with its date, start and items in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Agenda<'p> {
    pub days: Vec<AgendaDay<'p>>,
    /// The facilitator has shaped it (false: the template's agenda as it is).
    pub shaped: bool,
}

/// One training day of the agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaDay<'p> {
    /// From 1.
    pub day: u8,
    pub date: Option<NaiveDate>,
    pub start: NaiveTime,
    pub items: Vec<AgendaItem<'p>>,
}

/// One item of the agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaItem<'p> {
    /// The module's id (its timer's key), or the free item's id.
    pub id: String,
    pub kind: ItemKind,
    pub day: u8,
    pub title: String,
    /// Planned length in minutes.
    pub minutes: u32,
    /// The template's module, for a module the pack knows.
    pub module: Option<&'p AgendaModule>,
}

impl<'p> Agenda<'p> {
    /// Every item, day by day, in order (the agenda screen's rows).
    pub fn items(&self) -> impl Iterator<Item = &AgendaItem<'p>> {
        self.days.iter().flat_map(|d| d.items.iter())
    }

    /// The item at a position of [`Agenda::items`].
    pub fn get(&self, index: usize) -> Option<&AgendaItem<'p>> {
        self.items().nth(index)
    }

    /// The position of an item in [`Agenda::items`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.items().position(|i| i.id == id)
    }

    pub fn item(&self, id: &str) -> Option<&AgendaItem<'p>> {
        self.items().find(|i| i.id == id)
    }

    pub fn len(&self) -> usize {
        self.days.iter().map(|d| d.items.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A training day (from 1).
    pub fn day(&self, day: u8) -> Option<&AgendaDay<'p>> {
        self.days.iter().find(|d| d.day == day)
    }

    /// The number of training days (0 for a session without an agenda).
    pub fn day_count(&self) -> u8 {
        self.days.len().min(usize::from(u8::MAX)) as u8
    }

    /// The modules (with their template module) of the agenda, day by day.
    pub fn modules(&self) -> impl Iterator<Item = (&AgendaItem<'p>, &'p AgendaModule)> {
        self.items().filter_map(|i| i.module.map(|m| (i, m)))
    }
}

impl Session {
    /// The session's agenda: the facilitator's shape when there is one, else the template's agenda.
    /// Every reader of the agenda (screens, presenter view, day summary, exports, CLI) goes through
    /// here, so a shaped agenda is the same everywhere.
    pub fn effective_agenda<'p>(&self, pack: &'p Pack) -> Agenda<'p> {
        let record = &self.facilitation.agenda;
        let template = pack.agenda(&self.template);
        let default_start = record.day_start();
        let Some(shape) = &record.shape else {
            let count = template.iter().map(|m| m.day).max().unwrap_or(0);
            let days = (1..=count)
                .map(|day| AgendaDay {
                    day,
                    date: None,
                    start: default_start,
                    items: template
                        .iter()
                        .filter(|m| m.day == day)
                        .map(|m| AgendaItem {
                            id: m.id.clone(),
                            kind: ItemKind::Module,
                            day,
                            title: m.title.clone(),
                            minutes: m.minutes,
                            module: Some(m),
                        })
                        .collect(),
                })
                .collect();
            return Agenda {
                days,
                shaped: false,
            };
        };
        let count = shape
            .items
            .iter()
            .map(|i| i.day)
            .max()
            .unwrap_or(0)
            .max(shape.days.len().min(usize::from(MAX_DAYS)) as u8)
            .clamp(1, MAX_DAYS);
        let days = (1..=count)
            .map(|day| {
                let rec = shape.days.get(usize::from(day) - 1);
                AgendaDay {
                    day,
                    date: rec.and_then(|r| r.date),
                    start: rec.and_then(|r| r.start).unwrap_or(default_start),
                    items: shape
                        .items
                        .iter()
                        .filter(|i| i.day.clamp(1, MAX_DAYS) == day)
                        .map(|i| item_of(i, day, template))
                        .collect(),
                }
            })
            .collect();
        Agenda { days, shaped: true }
    }
}

impl Session {
    /// The template's modules that are not in the session's agenda (what "add" can bring back).
    pub fn modules_left_out<'p>(&self, pack: &'p Pack) -> Vec<&'p AgendaModule> {
        let agenda = self.effective_agenda(pack);
        pack.agenda(&self.template)
            .iter()
            .filter(|m| agenda.item(&m.id).is_none())
            .collect()
    }
}

/// A stored item as the agenda shows it: a module takes its title from the template.
fn item_of<'p>(i: &AgendaItemRecord, day: u8, template: &'p [AgendaModule]) -> AgendaItem<'p> {
    let module = (i.kind == ItemKind::Module)
        .then(|| template.iter().find(|m| m.id == i.id))
        .flatten();
    let title = match module {
        Some(m) => m.title.clone(),
        None if i.title.trim().is_empty() && i.kind == ItemKind::Module => i.id.clone(),
        None if i.title.trim().is_empty() => i.kind.label(),
        None => i.title.clone(),
    };
    AgendaItem {
        id: i.id.clone(),
        kind: i.kind,
        day,
        title,
        minutes: i.minutes,
        module,
    }
}

impl AgendaShape {
    /// The shape of an agenda as it stands (what the first edit copies into the session).
    pub fn of(agenda: &Agenda<'_>) -> Self {
        AgendaShape {
            days: agenda
                .days
                .iter()
                .map(|d| AgendaDayRecord {
                    date: d.date,
                    start: Some(d.start),
                    extra: Extra::new(),
                })
                .collect(),
            items: agenda
                .items()
                .map(|i| AgendaItemRecord {
                    id: i.id.clone(),
                    kind: i.kind,
                    day: i.day,
                    minutes: i.minutes,
                    title: if i.module.is_some() {
                        String::new()
                    } else {
                        i.title.clone()
                    },
                    extra: Extra::new(),
                })
                .collect(),
            extra: Extra::new(),
        }
    }
}
