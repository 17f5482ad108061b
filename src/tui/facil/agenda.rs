//! The agenda screen: items by day, their timers and the day's plan.
//!
//! One rule for the timer keys: on this screen `Enter`, `Space`, `+`, `0`, `e` and `m` act on the
//! highlighted module (the footer and help say so); elsewhere `T` acts on the current module, the one in
//! the header. The shape keys (`n`, `X`, `[`, `]`, `<`, `>`, `c`, `s`) edit the agenda itself
//! ([`super::agenda_forms`]).

use super::common::*;
use super::views::*;
use crate::session::agenda::TimerPhase;
use crate::session::agenda_shape::ItemKind;
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::form::{Confirmation, Form};
use crate::tui::keys::Command;
use crate::tui::library::NoticeKind;
use crate::tui::msg::Effect;
use crate::tui::screens::Screen;

pub(super) fn open_agenda(screen: &Screen, cx: &mut Ctx) -> Vec<Effect> {
    if matches!(screen, Screen::Facil(f) if matches!(f.as_ref(), FacilScreen::Agenda(_))) {
        return Vec::new();
    }
    let agenda = agenda(&cx.pack, cx.open.as_ref());
    if agenda.is_empty() {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-agenda"));
        return Vec::new();
    }
    let cursor = cx
        .open
        .as_ref()
        .and_then(|w| w.session.facilitation.agenda.current.clone())
        .and_then(|id| agenda.position(&id))
        .unwrap_or(0);
    cx.push(Screen::Facil(Box::new(FacilScreen::Agenda(AgendaView {
        cursor,
        scroll: 0,
    }))));
    Vec::new()
}

/// What a timer key acts on: a module of the agenda.
struct Target {
    id: String,
    title: String,
    minutes: u32,
}

/// The highlighted item, as a module to time; a notice (and `None`) when it is a break or other item.
fn highlighted(cursor: usize, cx: &mut Ctx) -> Option<Target> {
    let agenda = agenda(&cx.pack, cx.open.as_ref());
    let item = agenda.get(cursor)?;
    if item.kind != ItemKind::Module {
        let title = crate::display::one_line(&item.title);
        notice(
            cx,
            NoticeKind::Info,
            t!("agenda-notice-not-timed", title = title),
        );
        return None;
    }
    Some(Target {
        id: item.id.clone(),
        title: item.title.clone(),
        minutes: item.minutes,
    })
}

/// The module `T` acts on outside the agenda: the current one, else the first not finished.
fn current_or_next(cx: &Ctx) -> Option<String> {
    let w = cx.open.as_ref()?;
    let rec = &w.session.facilitation.agenda;
    rec.current.clone().or_else(|| {
        agenda(&cx.pack, cx.open.as_ref())
            .modules()
            .find(|(i, _)| !rec.modules.get(&i.id).is_some_and(|r| r.done))
            .map(|(i, _)| i.id.clone())
    })
}

/// `Space` / `T`: start or pause the highlighted module (on the agenda), else the current one.
pub(super) fn toggle_timer(screen: &Screen, cx: &mut Ctx) -> Vec<Effect> {
    if agenda(&cx.pack, cx.open.as_ref()).is_empty() {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-timers"));
        return Vec::new();
    }
    if read_only(cx) {
        return Vec::new();
    }
    let cursor = match screen {
        Screen::Facil(f) => match f.as_ref() {
            FacilScreen::Agenda(a) => Some(a.cursor),
            _ => None,
        },
        _ => None,
    };
    let id = match cursor {
        Some(c) => match highlighted(c, cx) {
            Some(t) => t.id,
            None => return Vec::new(),
        },
        None => match current_or_next(cx) {
            Some(id) => id,
            None => return Vec::new(),
        },
    };
    start_or_pause(&id, true, cx)
}

/// Starts `id`'s timer (saying which running module it paused), or pauses it when it runs and
/// `may_pause`. A finished module is not restarted by one key: `m` reopens it first.
fn start_or_pause(id: &str, may_pause: bool, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let agenda = agenda(&cx.pack, cx.open.as_ref());
    let title_of = |id: &str| {
        agenda
            .item(id)
            .map(|i| crate::display::one_line(&i.title))
            .unwrap_or_default()
    };
    let title = title_of(id);
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    let rec = &w.session.facilitation.agenda;
    let this = rec.module(id);
    let running_other = w
        .session
        .running_module()
        .filter(|r| *r != id)
        .map(title_of);
    if this.done {
        notice(
            cx,
            NoticeKind::Info,
            t!("agenda-notice-finished", title = title),
        );
        return Vec::new();
    }
    let exercise = rec
        .exercise
        .clone()
        .filter(|_| rec.current.as_deref() == Some(id));
    let exercise_running = exercise
        .as_ref()
        .and_then(|ex| rec.exercises.get(ex))
        .is_some_and(|r| r.is_running());
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    if this.is_running() || exercise_running {
        if !may_pause {
            notice(
                cx,
                NoticeKind::Info,
                t!("agenda-notice-already-running", title = title),
            );
            return Vec::new();
        }
        w.session.facilitation.agenda.current = Some(id.to_string());
        w.session.pause_module(now);
        return changed(cx);
    }
    w.session.start_module(id, now);
    if let Some(ex) = exercise {
        w.session.start_exercise(&ex, now);
    }
    if let Some(other) = running_other {
        notice(
            cx,
            NoticeKind::Info,
            t!("agenda-notice-paused-other", other = other, title = title),
        );
    }
    changed(cx)
}

pub(super) fn on_agenda(view: &mut AgendaView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let agenda = agenda(&cx.pack, cx.open.as_ref());
    let len = agenda.len();
    let cursor_day = agenda.get(view.cursor).map_or(1, |m| m.day);
    view.cursor = view.cursor.min(len.saturating_sub(1));
    match command {
        Command::Up => {
            view.cursor = view.cursor.saturating_sub(1);
            view.scroll = 0;
        }
        Command::Down => {
            view.cursor = (view.cursor + 1).min(len.saturating_sub(1));
            view.scroll = 0;
        }
        Command::ScrollDown => view.scroll = view.scroll.saturating_add(page(cx)),
        Command::ScrollUp => view.scroll = view.scroll.saturating_sub(page(cx)),
        Command::Open => {
            return match highlighted(view.cursor, cx) {
                Some(t) if !read_only(cx) => start_or_pause(&t.id, false, cx),
                _ => Vec::new(),
            };
        }
        Command::NextExercise => return next_exercise(view.cursor, cx),
        Command::ExtendTimer => return extend(view.cursor, cx),
        Command::ResetTimer => return ask_reset(view.cursor, cx),
        Command::MarkDone => return mark_done(view, len, cx),
        Command::Bell => return toggle_bell(cx),
        Command::DayStart => return super::agenda_forms::day_form(cursor_day, cx),
        Command::New => return super::agenda_forms::add_form(view.cursor, cx),
        Command::Edit => return super::agenda_forms::item_form(view.cursor, cx),
        Command::Delete => return super::agenda_forms::ask_remove(view.cursor, cx),
        Command::ItemEarlier | Command::ItemLater | Command::DayEarlier | Command::DayLater => {
            return super::agenda_forms::move_item(view, command, cx);
        }
        Command::Attendance => {
            cx.push(Screen::Facil(Box::new(FacilScreen::Attendance(
                AttendanceView {
                    day: cursor_day,
                    cursor: 0,
                },
            ))));
        }
        Command::DaySummary => {
            cx.push(Screen::Facil(Box::new(FacilScreen::Summary(SummaryView {
                day: cursor_day,
                scroll: 0,
            }))));
        }
        _ => {}
    }
    Vec::new()
}

/// A page of the module's details: the terminal's height less the header, status and footer.
fn page(cx: &Ctx) -> u16 {
    cx.size.1.saturating_sub(8).max(1)
}

fn next_exercise(cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    if read_only(cx) {
        return Vec::new();
    }
    let Some(target) = highlighted(cursor, cx) else {
        return Vec::new();
    };
    let Some(module) = agenda(&cx.pack, cx.open.as_ref())
        .item(&target.id)
        .and_then(|i| i.module)
        .cloned()
    else {
        return Vec::new();
    };
    if module.exercises.is_empty() {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-exercise"));
        return Vec::new();
    }
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let agenda_rec = &w.session.facilitation.agenda;
    let is_current = agenda_rec.current.as_deref() == Some(module.id.as_str());
    let position = agenda_rec
        .exercise
        .as_ref()
        .filter(|_| is_current)
        .and_then(|ex| module.exercises.iter().position(|e| e == ex));
    if !is_current {
        w.session.start_module(&module.id, now);
    }
    match position.map_or(Some(0), |p| {
        (p + 1 < module.exercises.len()).then_some(p + 1)
    }) {
        Some(next) => {
            w.session.start_exercise(&module.exercises[next], now);
        }
        None => {
            w.session.stop_exercise(now);
        }
    }
    changed(cx)
}

/// What `+` and `0` act on for the highlighted module: its exercise's timer while it is the current
/// module and one is timed, else its own. The title to name it by.
fn timed_title(target: &Target, cx: &Ctx) -> String {
    let now = cx.clock.now;
    cx.open
        .as_ref()
        .and_then(|w| {
            active_timer(&cx.pack, &w.session, now)
                .filter(|a| a.module.id == target.id)
                .map(|a| a.title().to_string())
        })
        .unwrap_or_else(|| target.title.clone())
}

fn extend(cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    if read_only(cx) {
        return Vec::new();
    }
    let Some(target) = highlighted(cursor, cx) else {
        return Vec::new();
    };
    let what = crate::display::one_line(&timed_title(&target, cx));
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    w.session.extend_timer(&target.id, EXTEND_SECS, now);
    notice(
        cx,
        NoticeKind::Info,
        t!(
            "agenda-notice-extended",
            title = what,
            minutes = EXTEND_SECS / 60
        ),
    );
    changed(cx)
}

/// `0`: resetting throws recorded time away, so it always asks first, naming the timer and what it
/// holds (running, finished, minutes counted).
fn ask_reset(cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    if read_only(cx) {
        return Vec::new();
    }
    let Some(target) = highlighted(cursor, cx) else {
        return Vec::new();
    };
    let what = crate::display::one_line(&timed_title(&target, cx));
    let rec = cx
        .open
        .as_ref()
        .map(|w| w.session.facilitation.agenda.module(&target.id))
        .unwrap_or_default();
    let timer = rec.timer(target.minutes, now);
    if timer.phase == TimerPhase::Idle && !rec.done && what == target.title {
        notice(
            cx,
            NoticeKind::Info,
            t!("agenda-notice-nothing-to-reset", title = what),
        );
        return Vec::new();
    }
    let minutes = timer.elapsed_secs.div_ceil(60);
    let question = if rec.is_running() {
        t!("agenda-reset-running", what = what, minutes = minutes)
    } else if rec.done {
        t!("agenda-reset-finished", what = what, minutes = minutes)
    } else {
        t!("edit-reset-timer", what = what)
    };
    *cx.form = Some(Form::question(
        &question,
        Confirmation::ResetTimer(target.id),
    ));
    Vec::new()
}

/// The reset, once confirmed: `module`'s timer (or its exercise's) back to zero, with a timeline note.
pub fn reset_timer(module: &str, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    if read_only(cx) {
        return Vec::new();
    }
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let what = active_timer(&pack, &w.session, now)
        .filter(|a| a.module.id == module)
        .map(|a| a.title().to_string())
        .or_else(|| {
            w.session
                .effective_agenda(&pack)
                .item(module)
                .map(|i| i.title.clone())
        })
        .unwrap_or_default();
    let by = w.by.clone();
    if !w.session.reset_timer_noted(module, &what, now, &by) {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-current"));
        return Vec::new();
    }
    changed(cx)
}

fn mark_done(view: &mut AgendaView, len: usize, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let cursor = view.cursor;
    if read_only(cx) {
        return Vec::new();
    }
    let Some(target) = highlighted(cursor, cx) else {
        return Vec::new();
    };
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let by = w.by.clone();
    if !w
        .session
        .finish_module(&target.id, &target.title, target.minutes, now, &by)
    {
        w.session.reopen_module(&target.id, now, &by);
    } else {
        view.cursor = (cursor + 1).min(len.saturating_sub(1));
    }
    changed(cx)
}

fn toggle_bell(cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let bell = &mut w.session.facilitation.agenda.bell;
    *bell = !*bell;
    let on = *bell;
    w.session.updated = now;
    notice(
        cx,
        NoticeKind::Info,
        if on {
            t!("facil-notice-bell-on")
        } else {
            t!("facil-notice-bell-off")
        },
    );
    changed(cx)
}
