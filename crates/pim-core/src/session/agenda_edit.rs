//! What a facilitator does to the shape of the agenda: add, remove, reorder and move items between
//! days, change their length, set the days (how many, each one's date and start), correct the minutes
//! a module took. Every edit is dated, attributed and logged on the timeline.
//!
//! The first edit copies the template's agenda into the session ([`super::agenda_shape`]).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use super::agenda_shape::{AgendaDayRecord, AgendaItemRecord, AgendaShape, ItemKind, MAX_DAYS};
use super::extra::Extra;
use super::model::Session;
use super::timeline::TimelineKind;
use crate::content::Pack;
use crate::t;

/// Why an agenda edit was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgendaEditError {
    /// No item with that id in the agenda.
    UnknownItem,
    /// The template has no module with that id.
    UnknownModule,
    /// The module is already in the agenda (its title).
    AlreadyInAgenda(String),
    /// No such training day.
    NoSuchDay(u8),
    /// Fewer days would drop a day that still holds items.
    DayHoldsItems { day: u8, count: usize },
    /// More than [`MAX_DAYS`] days.
    TooManyDays,
    /// A length of zero minutes.
    NoMinutes,
    /// Only a module has a timer and minutes taken.
    NotAModule,
}

impl AgendaEditError {
    /// The sentence to show: what is wrong and what to do instead.
    pub fn message(&self) -> String {
        match self {
            AgendaEditError::UnknownItem => t!("agenda-error-unknown-item"),
            AgendaEditError::UnknownModule => t!("agenda-error-unknown-module"),
            AgendaEditError::AlreadyInAgenda(title) => {
                t!("agenda-error-already-in", title = title.as_str())
            }
            AgendaEditError::NoSuchDay(day) => t!("agenda-error-no-day", day = *day),
            AgendaEditError::DayHoldsItems { day, count } => {
                t!("agenda-error-day-holds", day = *day, count = *count)
            }
            AgendaEditError::TooManyDays => t!("agenda-error-too-many-days", max = MAX_DAYS),
            AgendaEditError::NoMinutes => t!("agenda-error-no-minutes"),
            AgendaEditError::NotAModule => t!("agenda-error-not-a-module"),
        }
    }
}

impl std::fmt::Display for AgendaEditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// What to add to the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewItem {
    /// A module of the template that is not in the agenda (its id).
    Module(String),
    /// A break, lunch or another free item.
    Free {
        kind: ItemKind,
        title: String,
        minutes: u32,
    },
}

type EditResult<T> = Result<T, AgendaEditError>;

impl Session {
    /// The agenda's stored shape, copied from the template's agenda on the first edit.
    fn shape_for_edit(&mut self, pack: &Pack) -> &mut AgendaShape {
        if self.facilitation.agenda.shape.is_none() {
            let shape = AgendaShape::of(&self.effective_agenda(pack));
            self.facilitation.agenda.shape = Some(shape);
        }
        self.facilitation
            .agenda
            .shape
            .get_or_insert_with(AgendaShape::default)
    }

    fn agenda_logged(&mut self, now: DateTime<FixedOffset>, by: &str, summary: String) {
        self.record(now, by, TimelineKind::Other, summary, None);
    }

    /// The title of an agenda item as the agenda shows it.
    fn item_title(&self, pack: &Pack, id: &str) -> EditResult<String> {
        self.effective_agenda(pack)
            .item(id)
            .map(|i| i.title.clone())
            .ok_or(AgendaEditError::UnknownItem)
    }

    /// Adds an item to `day`, after the item `after` when it is on that day (else at the day's end).
    /// Returns the new item's id.
    pub fn agenda_add(
        &mut self,
        pack: &Pack,
        new: NewItem,
        day: u8,
        after: Option<&str>,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> EditResult<String> {
        let agenda = self.effective_agenda(pack);
        if agenda.day(day).is_none() {
            return Err(AgendaEditError::NoSuchDay(day));
        }
        let record = self.new_record(pack, &agenda, new, day)?;
        let id = record.id.clone();
        let minutes = record.minutes;
        let shape = self.shape_for_edit(pack);
        let at = after
            .and_then(|a| shape.items.iter().position(|i| i.id == a && i.day == day))
            .map(|p| p + 1)
            .or_else(|| {
                shape
                    .items
                    .iter()
                    .rposition(|i| i.day <= day)
                    .map(|p| p + 1)
            })
            .unwrap_or(0);
        shape.items.insert(at, record);
        let title = self.item_title(pack, &id)?;
        self.agenda_logged(
            now,
            by,
            t!(
                "agenda-timeline-added",
                title = title.as_str(),
                minutes = minutes,
                day = day
            ),
        );
        Ok(id)
    }

    /// The stored record of a new item for `day`: a template module not in `agenda`, or a free item
    /// with an id of its own.
    fn new_record(
        &self,
        pack: &Pack,
        agenda: &super::agenda_shape::Agenda<'_>,
        new: NewItem,
        day: u8,
    ) -> EditResult<AgendaItemRecord> {
        Ok(match new {
            NewItem::Module(id) => {
                let module = pack
                    .agenda(&self.template)
                    .iter()
                    .find(|m| m.id == id)
                    .ok_or(AgendaEditError::UnknownModule)?;
                if agenda.item(&id).is_some() {
                    return Err(AgendaEditError::AlreadyInAgenda(module.title.clone()));
                }
                AgendaItemRecord {
                    id,
                    kind: ItemKind::Module,
                    day,
                    minutes: module.minutes,
                    title: String::new(),
                    extra: Extra::new(),
                }
            }
            NewItem::Free {
                kind,
                title,
                minutes,
            } => {
                if minutes == 0 {
                    return Err(AgendaEditError::NoMinutes);
                }
                let prefix = match kind {
                    ItemKind::Break => "break",
                    ItemKind::Lunch => "lunch",
                    ItemKind::Module | ItemKind::Other => "item",
                };
                let id = (1..)
                    .map(|n| format!("{prefix}-{n}"))
                    .find(|id| agenda.item(id).is_none())
                    .unwrap_or_default();
                AgendaItemRecord {
                    id,
                    kind: if kind == ItemKind::Module {
                        ItemKind::Other
                    } else {
                        kind
                    },
                    day,
                    minutes,
                    title: title.trim().to_string(),
                    extra: Extra::new(),
                }
            }
        })
    }

    /// Takes an item out of the agenda (a module's recorded time is kept; a running timer stops).
    pub fn agenda_remove(
        &mut self,
        pack: &Pack,
        id: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> EditResult<String> {
        let title = self.item_title(pack, id)?;
        let shape = self.shape_for_edit(pack);
        shape.items.retain(|i| i.id != id);
        let agenda = &mut self.facilitation.agenda;
        if let Some(rec) = agenda.modules.get_mut(id) {
            rec.pause(now);
        }
        if agenda.current.as_deref() == Some(id) {
            for rec in agenda.exercises.values_mut() {
                rec.pause(now);
            }
            agenda.exercise = None;
            agenda.current = None;
        }
        self.agenda_logged(
            now,
            by,
            t!("agenda-timeline-removed", title = title.as_str()),
        );
        Ok(title)
    }

    /// Moves an item one place earlier (`earlier`) or later in the agenda. At the edge of its day it
    /// goes to the end of the day before or the start of the day after. Returns false when it cannot
    /// move further.
    pub fn agenda_move(
        &mut self,
        pack: &Pack,
        id: &str,
        earlier: bool,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> EditResult<bool> {
        let title = self.item_title(pack, id)?;
        let days = self.effective_agenda(pack).day_count();
        let shape = self.shape_for_edit(pack);
        let p = sorted_position(shape, id)?;
        let day = shape.items[p].day;
        let neighbour = if earlier {
            p.checked_sub(1)
        } else {
            Some(p + 1).filter(|&n| n < shape.items.len())
        };
        let summary = match neighbour.filter(|&n| shape.items[n].day == day) {
            Some(n) => {
                shape.items.swap(p, n);
                if earlier {
                    t!("agenda-timeline-earlier", title = title.as_str(), day = day)
                } else {
                    t!("agenda-timeline-later", title = title.as_str(), day = day)
                }
            }
            None => {
                let to = if earlier {
                    day.checked_sub(1).filter(|&d| d >= 1)
                } else {
                    Some(day + 1).filter(|&d| d <= days)
                };
                let Some(to) = to else {
                    return Ok(false);
                };
                put_in_day(shape, p, to, earlier);
                t!("agenda-timeline-to-day", title = title.as_str(), day = to)
            }
        };
        self.agenda_logged(now, by, summary);
        Ok(true)
    }

    /// Moves an item to the day before (`earlier`, as its last item) or the day after (as its first
    /// item); past the last day it makes a new day. Returns false on day 1 going earlier.
    pub fn agenda_move_day(
        &mut self,
        pack: &Pack,
        id: &str,
        earlier: bool,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> EditResult<bool> {
        let title = self.item_title(pack, id)?;
        let shape = self.shape_for_edit(pack);
        let p = sorted_position(shape, id)?;
        let day = shape.items[p].day;
        let to = if earlier {
            match day.checked_sub(1).filter(|&d| d >= 1) {
                Some(d) => d,
                None => return Ok(false),
            }
        } else {
            day + 1
        };
        if to > MAX_DAYS {
            return Err(AgendaEditError::TooManyDays);
        }
        put_in_day(shape, p, to, earlier);
        self.agenda_logged(
            now,
            by,
            t!("agenda-timeline-to-day", title = title.as_str(), day = to),
        );
        Ok(true)
    }

    /// Changes an item's planned length, and a free item's title (`None` keeps it).
    pub fn agenda_set_item(
        &mut self,
        pack: &Pack,
        id: &str,
        minutes: u32,
        title: Option<&str>,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> EditResult<bool> {
        if minutes == 0 {
            return Err(AgendaEditError::NoMinutes);
        }
        let old_title = self.item_title(pack, id)?;
        let shape = self.shape_for_edit(pack);
        let Some(item) = shape.items.iter_mut().find(|i| i.id == id) else {
            return Err(AgendaEditError::UnknownItem);
        };
        let was = item.minutes;
        let mut changed = was != minutes;
        item.minutes = minutes;
        if let Some(t) = title.map(str::trim).filter(|t| !t.is_empty())
            && item.kind != ItemKind::Module
            && item.title != t
        {
            item.title = t.to_string();
            changed = true;
        }
        if !changed {
            return Ok(false);
        }
        let title = self.item_title(pack, id)?;
        let summary = if title != old_title {
            t!(
                "agenda-timeline-renamed",
                old = old_title.as_str(),
                title = title.as_str(),
                minutes = minutes
            )
        } else {
            t!(
                "agenda-timeline-minutes",
                title = title.as_str(),
                minutes = minutes,
                was = was
            )
        };
        self.agenda_logged(now, by, summary);
        Ok(true)
    }

    /// Sets a training day's date (`None`: no date) and start time.
    pub fn agenda_set_day(
        &mut self,
        pack: &Pack,
        day: u8,
        date: Option<NaiveDate>,
        start: NaiveTime,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> EditResult<bool> {
        let agenda = self.effective_agenda(pack);
        let Some(current) = agenda.day(day) else {
            return Err(AgendaEditError::NoSuchDay(day));
        };
        if current.date == date && current.start == start {
            return Ok(false);
        }
        let shape = self.shape_for_edit(pack);
        while shape.days.len() < usize::from(day) {
            shape.days.push(AgendaDayRecord::default());
        }
        let rec = &mut shape.days[usize::from(day) - 1];
        rec.date = date;
        rec.start = Some(start);
        let start = start.format("%H:%M").to_string();
        let summary = match date {
            Some(d) => t!(
                "agenda-timeline-day-dated",
                day = day,
                date = d.to_string(),
                start = start
            ),
            None => t!("agenda-timeline-day", day = day, start = start),
        };
        self.agenda_logged(now, by, summary);
        Ok(true)
    }

    /// Sets the number of training days. Fewer days are refused while a dropped day holds items.
    pub fn agenda_set_days(
        &mut self,
        pack: &Pack,
        count: u8,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> EditResult<bool> {
        if count == 0 {
            return Err(AgendaEditError::NoSuchDay(0));
        }
        if count > MAX_DAYS {
            return Err(AgendaEditError::TooManyDays);
        }
        let agenda = self.effective_agenda(pack);
        if agenda.day_count() == count {
            return Ok(false);
        }
        if let Some(d) = agenda
            .days
            .iter()
            .find(|d| d.day > count && !d.items.is_empty())
        {
            return Err(AgendaEditError::DayHoldsItems {
                day: d.day,
                count: d.items.len(),
            });
        }
        let shape = self.shape_for_edit(pack);
        shape.days.resize_with(usize::from(count), Default::default);
        self.agenda_logged(now, by, t!("agenda-timeline-days", count = count));
        Ok(true)
    }

    /// Corrects the minutes a module took (a running timer goes on counting from there).
    pub fn set_actual_minutes(
        &mut self,
        pack: &Pack,
        id: &str,
        minutes: u32,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> EditResult<bool> {
        let agenda = self.effective_agenda(pack);
        let item = agenda.item(id).ok_or(AgendaEditError::UnknownItem)?;
        if item.kind != ItemKind::Module {
            return Err(AgendaEditError::NotAModule);
        }
        let title = item.title.clone();
        let rec = self
            .facilitation
            .agenda
            .modules
            .entry(id.to_string())
            .or_default();
        let was = rec.elapsed(now).div_ceil(60);
        if rec.elapsed(now) == u64::from(minutes) * 60 {
            return Ok(false);
        }
        rec.elapsed_secs = u64::from(minutes) * 60;
        if rec.running_since.is_some() {
            rec.running_since = Some(now);
        }
        self.record(
            now,
            by,
            TimelineKind::Status,
            t!(
                "agenda-timeline-taken",
                title = title.as_str(),
                minutes = minutes,
                was = was
            ),
            Some(id.to_string()),
        );
        Ok(true)
    }
}

/// Moves the item at `p` to day `to`: to the day before (`earlier`) as its last item, to a later day as
/// its first; a day past the last one is added.
fn put_in_day(shape: &mut AgendaShape, p: usize, to: u8, earlier: bool) {
    let mut item = shape.items.remove(p);
    item.day = to;
    let at = if earlier {
        shape
            .items
            .iter()
            .rposition(|i| i.day <= to)
            .map_or(0, |q| q + 1)
    } else {
        shape
            .items
            .iter()
            .position(|i| i.day >= to)
            .unwrap_or(shape.items.len())
    };
    shape.items.insert(at, item);
    while shape.days.len() < usize::from(to) {
        shape.days.push(AgendaDayRecord::default());
    }
}

/// Keeps the stored items grouped by day (a file edited by hand may mix them), in order within a day.
fn sort_by_day(shape: &mut AgendaShape) {
    shape.items.sort_by_key(|i| i.day);
}

/// The items sorted by day (the order moves work in) and the position of `id` among them.
fn sorted_position(shape: &mut AgendaShape, id: &str) -> EditResult<usize> {
    sort_by_day(shape);
    shape
        .items
        .iter()
        .position(|i| i.id == id)
        .ok_or(AgendaEditError::UnknownItem)
}
