//! Shaping the agenda from its screen: add an item (a module left out, a break, lunch, anything else),
//! remove one, move it earlier or later and between days, change its length (and a module's minutes
//! taken), set a day's date and start and the number of days. Each change goes through the session's
//! agenda edits (pim-core `session::agenda_edit`), which log it on the timeline.

use chrono::{NaiveDate, NaiveTime};

use super::common::*;
use super::views::AgendaView;
use crate::session::agenda_edit::{AgendaEditError, NewItem};
use crate::session::agenda_shape::ItemKind;
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::form::{Confirmation, Field, FieldError, Form, FormPurpose, field_keys};
use crate::tui::keys::Command;
use crate::tui::library::NoticeKind;
use crate::tui::msg::Effect;

field_keys!(
    /// The fields of the agenda's forms.
    pub enum AgendaField {
        Date => "date",
        Days => "days",
        Kind => "kind",
        Minutes => "minutes",
        Start => "start",
        Taken => "taken",
        Title => "title",
    }
);

/// Minutes a new break, lunch or other item gets when none is typed.
fn default_minutes(kind: ItemKind) -> u32 {
    match kind {
        ItemKind::Lunch => 60,
        ItemKind::Break => 15,
        ItemKind::Module | ItemKind::Other => 30,
    }
}

/// `s`: the highlighted item's day: its date, its start time, and the number of days.
pub(super) fn day_form(day: u8, cx: &mut Ctx) -> Vec<Effect> {
    if read_only(cx) {
        return Vec::new();
    }
    let agenda = agenda(&cx.pack, cx.open.as_ref());
    let Some(d) = agenda.day(day) else {
        return Vec::new();
    };
    let date = d.date.map(|d| d.to_string()).unwrap_or_default();
    let start = d.start.format("%H:%M").to_string();
    let days = agenda.day_count().to_string();
    *cx.form = Some(Form::new(
        &t!("agenda-form-day-title", day = day),
        FormPurpose::DayStart(day),
        vec![
            Field::text(
                AgendaField::Date,
                &t!("agenda-form-date"),
                &t!("agenda-form-date-hint"),
                &date,
                false,
            ),
            Field::text(
                AgendaField::Start,
                &t!("facil-form-start-time"),
                &t!("facil-form-start-time-hint"),
                &start,
                true,
            ),
            Field::text(
                AgendaField::Days,
                &t!("agenda-form-days"),
                &t!("agenda-form-days-hint"),
                &days,
                true,
            ),
        ],
    ));
    Vec::new()
}

/// `n`: a new item after the highlighted one: a module of the template left out, a break, lunch or
/// another item.
pub(super) fn add_form(cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    if read_only(cx) {
        return Vec::new();
    }
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    let agenda = agenda(&cx.pack, cx.open.as_ref());
    let (day, after) = agenda
        .get(cursor)
        .map_or((1, None), |i| (i.day, Some(i.id.clone())));
    let mut options: Vec<(String, String)> = [ItemKind::Break, ItemKind::Lunch, ItemKind::Other]
        .into_iter()
        .map(|k| (kind_key(k).to_string(), k.label()))
        .collect();
    options.extend(w.session.modules_left_out(&cx.pack).into_iter().map(|m| {
        (
            format!("module:{}", m.id),
            t!(
                "agenda-form-kind-module",
                title = crate::display::one_line(&m.title),
                minutes = m.minutes
            ),
        )
    }));
    *cx.form = Some(Form::new(
        &t!("agenda-form-add-title", day = day),
        FormPurpose::AgendaAdd { day, after },
        vec![
            Field::choice(
                AgendaField::Kind,
                &t!("agenda-form-kind"),
                &t!("agenda-form-kind-hint"),
                options,
                "break",
            ),
            Field::text(
                AgendaField::Title,
                &t!("agenda-form-item-title"),
                &t!("agenda-form-item-title-hint"),
                "",
                false,
            ),
            Field::text(
                AgendaField::Minutes,
                &t!("agenda-form-minutes"),
                &t!("agenda-form-minutes-add-hint"),
                "",
                false,
            ),
        ],
    ));
    Vec::new()
}

fn kind_key(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Break => "break",
        ItemKind::Lunch => "lunch",
        ItemKind::Module | ItemKind::Other => "other",
    }
}

/// `c`: the highlighted item's planned minutes, a free item's title, a module's minutes taken.
pub(super) fn item_form(cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    if read_only(cx) {
        return Vec::new();
    }
    let now = cx.clock.now;
    let agenda = agenda(&cx.pack, cx.open.as_ref());
    let Some(item) = agenda.get(cursor) else {
        return Vec::new();
    };
    let mut fields = vec![Field::text(
        AgendaField::Minutes,
        &t!("agenda-form-minutes"),
        &t!("agenda-form-minutes-hint"),
        &item.minutes.to_string(),
        true,
    )];
    if item.kind == ItemKind::Module {
        let taken = cx
            .open
            .as_ref()
            .and_then(|w| w.session.facilitation.agenda.modules.get(&item.id))
            .map_or(0, |r| r.elapsed(now).div_ceil(60));
        fields.push(Field::text(
            AgendaField::Taken,
            &t!("agenda-form-taken"),
            &t!("agenda-form-taken-hint"),
            &taken.to_string(),
            true,
        ));
    } else {
        fields.insert(
            0,
            Field::text(
                AgendaField::Title,
                &t!("agenda-form-item-title"),
                &t!("agenda-form-item-title-hint"),
                &item.title,
                true,
            ),
        );
    }
    *cx.form = Some(Form::new(
        &t!(
            "agenda-form-item-edit-title",
            title = crate::display::one_line(&item.title)
        ),
        FormPurpose::AgendaItem(item.id.clone()),
        fields,
    ));
    Vec::new()
}

/// `X`: take the highlighted item out of the agenda, once confirmed.
pub(super) fn ask_remove(cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    if read_only(cx) {
        return Vec::new();
    }
    let agenda = agenda(&cx.pack, cx.open.as_ref());
    let Some(item) = agenda.get(cursor) else {
        return Vec::new();
    };
    let question = t!(
        "agenda-remove-question",
        title = crate::display::one_line(&item.title)
    );
    *cx.form = Some(Form::question(
        &question,
        Confirmation::RemoveAgendaItem(item.id.clone()),
    ));
    Vec::new()
}

/// The removal, once confirmed.
pub fn remove_item(id: &str, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let by = w.by.clone();
    match w.session.agenda_remove(&pack, id, now, &by) {
        Ok(title) => {
            notice(
                cx,
                NoticeKind::Info,
                t!(
                    "agenda-notice-removed",
                    title = crate::display::one_line(&title)
                ),
            );
            changed(cx)
        }
        Err(e) => refused(cx, e),
    }
}

fn refused(cx: &mut Ctx, e: AgendaEditError) -> Vec<Effect> {
    notice(cx, NoticeKind::Warning, e.message());
    Vec::new()
}

/// `[` `]` `<` `>`: the highlighted item one place earlier or later, or to the day before or after;
/// the highlight follows it.
pub(super) fn move_item(view: &mut AgendaView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(id) = agenda(&pack, cx.open.as_ref())
        .get(view.cursor)
        .map(|i| i.id.clone())
    else {
        return Vec::new();
    };
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let by = w.by.clone();
    let s = &mut w.session;
    let moved = match command {
        Command::ItemEarlier => s.agenda_move(&pack, &id, true, now, &by),
        Command::ItemLater => s.agenda_move(&pack, &id, false, now, &by),
        Command::DayEarlier => s.agenda_move_day(&pack, &id, true, now, &by),
        _ => s.agenda_move_day(&pack, &id, false, now, &by),
    };
    match moved {
        Ok(true) => {
            if let Some(p) = s.effective_agenda(&pack).position(&id) {
                view.cursor = p;
            }
            changed(cx)
        }
        Ok(false) => {
            notice(cx, NoticeKind::Info, t!("agenda-notice-cannot-move"));
            Vec::new()
        }
        Err(e) => refused(cx, e),
    }
}

type Read<T> = Result<T, FieldError<AgendaField>>;

fn minutes(form: &Form, field: AgendaField, empty: Option<u32>) -> Read<u32> {
    let text = form.text(field);
    if text.is_empty()
        && let Some(m) = empty
    {
        return Ok(m);
    }
    text.parse::<u32>()
        .ok()
        .filter(|m| (1..=24 * 60).contains(m) || (field == AgendaField::Taken && *m == 0))
        .ok_or_else(|| FieldError::new(field, t!("agenda-form-bad-minutes")))
}

/// Saves one of the agenda's forms; a refused value stays in the form with its error.
pub fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    if !form.check_required() {
        *cx.form = Some(form);
        return Vec::new();
    }
    let applied = match form.purpose.clone() {
        FormPurpose::DayStart(day) => save_day(cx, &form, day),
        FormPurpose::AgendaAdd { day, after } => save_add(cx, &form, day, after.as_deref()),
        FormPurpose::AgendaItem(id) => save_item(cx, &form, &id),
        _ => Ok(Vec::new()),
    };
    applied.unwrap_or_else(|error| {
        form.refuse(error);
        *cx.form = Some(form);
        Vec::new()
    })
}

fn save_day(cx: &mut Ctx, form: &Form, day: u8) -> Read<Vec<Effect>> {
    let date = match form.text(AgendaField::Date) {
        t if t.is_empty() => None,
        t => Some(
            NaiveDate::parse_from_str(&t, "%Y-%m-%d")
                .map_err(|_| FieldError::new(AgendaField::Date, t!("agenda-form-bad-date")))?,
        ),
    };
    let start = NaiveTime::parse_from_str(&form.text(AgendaField::Start), "%H:%M")
        .map_err(|_| FieldError::new(AgendaField::Start, t!("facil-form-bad-time")))?;
    let days = form
        .text(AgendaField::Days)
        .parse::<u8>()
        .map_err(|_| FieldError::new(AgendaField::Days, t!("agenda-form-bad-days")))?;
    let now = cx.clock.now;
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(w) = cx.writable() else {
        return Ok(Vec::new());
    };
    let by = w.by.clone();
    let counted = w
        .session
        .agenda_set_days(&pack, days, now, &by)
        .map_err(|e| FieldError::new(AgendaField::Days, e.message()))?;
    let dated = w
        .session
        .agenda_set_day(&pack, day, date, start, now, &by)
        .map_err(|e| FieldError::new(AgendaField::Date, e.message()))?;
    Ok(if counted || dated {
        changed(cx)
    } else {
        Vec::new()
    })
}

fn save_add(cx: &mut Ctx, form: &Form, day: u8, after: Option<&str>) -> Read<Vec<Effect>> {
    let kind = form.choice(AgendaField::Kind);
    let title = form.text(AgendaField::Title);
    let new = match kind.strip_prefix("module:") {
        Some(id) => NewItem::Module(id.to_string()),
        None => {
            let kind = match kind.as_str() {
                "break" => ItemKind::Break,
                "lunch" => ItemKind::Lunch,
                _ => ItemKind::Other,
            };
            if kind == ItemKind::Other && title.is_empty() {
                return Err(FieldError::new(
                    AgendaField::Title,
                    t!("agenda-form-title-needed"),
                ));
            }
            NewItem::Free {
                kind,
                title,
                minutes: minutes(form, AgendaField::Minutes, Some(default_minutes(kind)))?,
            }
        }
    };
    let typed = form.text(AgendaField::Minutes);
    let module_minutes = match &new {
        NewItem::Module(_) if !typed.is_empty() => Some(minutes(form, AgendaField::Minutes, None)?),
        _ => None,
    };
    let now = cx.clock.now;
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(w) = cx.writable() else {
        return Ok(Vec::new());
    };
    let by = w.by.clone();
    let id = w
        .session
        .agenda_add(&pack, new, day, after, now, &by)
        .map_err(|e| FieldError::new(AgendaField::Kind, e.message()))?;
    if let Some(m) = module_minutes {
        w.session
            .agenda_set_item(&pack, &id, m, None, now, &by)
            .map_err(|e| FieldError::new(AgendaField::Minutes, e.message()))?;
    }
    Ok(changed(cx))
}

fn save_item(cx: &mut Ctx, form: &Form, id: &str) -> Read<Vec<Effect>> {
    let planned = minutes(form, AgendaField::Minutes, None)?;
    let title = form.text(AgendaField::Title);
    let has_taken = form.fields.iter().any(|f| f.key == "taken");
    let taken = if has_taken {
        Some(minutes(form, AgendaField::Taken, None)?)
    } else {
        None
    };
    let now = cx.clock.now;
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(w) = cx.writable() else {
        return Ok(Vec::new());
    };
    let by = w.by.clone();
    let title = (!title.is_empty()).then_some(title);
    let mut any = w
        .session
        .agenda_set_item(&pack, id, planned, title.as_deref(), now, &by)
        .map_err(|e| FieldError::new(AgendaField::Minutes, e.message()))?;
    if let Some(taken) = taken {
        any |= w
            .session
            .set_actual_minutes(&pack, id, taken, now, &by)
            .map_err(|e| FieldError::new(AgendaField::Taken, e.message()))?;
    }
    Ok(if any { changed(cx) } else { Vec::new() })
}
