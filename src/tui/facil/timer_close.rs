//! A timer across a close: quitting while a module's timer runs warns first, and opening a session
//! whose timer was left running asks whether to stop it at the close time (the session's last save) or
//! keep counting, so a timer never shows hours of overrun without a word.

use chrono::{DateTime, FixedOffset};

use super::common::*;
use crate::content::Pack;
use crate::session::Session;
use crate::t;
use crate::tui::ctx::{Ctx, Nav};
use crate::tui::form::{Confirmation, Form};
use crate::tui::library::NoticeKind;
use crate::tui::msg::Effect;

/// The running module's title, when a module's timer runs.
fn running_title(pack: &Pack, session: &Session) -> Option<String> {
    let id = session.running_module()?;
    let title = session
        .effective_agenda(pack)
        .item(id)
        .map_or_else(|| id.to_string(), |i| i.title.clone());
    Some(crate::display::one_line(&title))
}

/// The question to ask on opening a writable session whose timer was left running, if one was.
pub fn question_on_open(
    pack: &Pack,
    session: &Session,
    read_only: bool,
    now: DateTime<FixedOffset>,
) -> Option<Form> {
    if read_only {
        return None;
    }
    let title = running_title(pack, session)?;
    let closed = session.updated;
    let hours = (now - closed).num_hours().max(0);
    let minutes = (now - closed).num_minutes().max(0) % 60;
    let question = t!(
        "agenda-reopen-question",
        title = title,
        at = closed.format("%H:%M").to_string(),
        date = closed.date_naive().to_string(),
        hours = hours,
        minutes = minutes
    );
    Some(Form::question(&question, Confirmation::StopTimerAtClose))
}

/// "Yes" on opening: stop the timers at the close time, keeping the time counted until then.
pub fn stop_at_close(cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let Some(title) = running_title(&pack, &w.session) else {
        return Vec::new();
    };
    let closed = w.session.updated;
    let by = w.by.clone();
    if !w.session.stop_timers_at(closed, &title, now, &by) {
        return Vec::new();
    }
    notice(
        cx,
        NoticeKind::Info,
        t!(
            "agenda-notice-stopped-at-close",
            title = title,
            at = closed.format("%H:%M").to_string()
        ),
    );
    changed(cx)
}

/// The warning before quitting with a module's timer running, if one runs.
pub fn question_on_quit(pack: &Pack, session: &Session, read_only: bool) -> Option<Form> {
    if read_only {
        return None;
    }
    let title = running_title(pack, session)?;
    Some(Form::question(
        &t!("agenda-quit-question", title = title),
        Confirmation::QuitWithTimer,
    ))
}

/// "Yes" before quitting: note the moment (the close time the next opening offers), save and quit.
pub fn quit_with_timer(cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    cx.nav.push(Nav::Quit);
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    w.session.updated = now;
    changed(cx)
}
