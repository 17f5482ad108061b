//! Attendance per day.

use super::common::*;
use super::views::*;
use crate::session::{Lateness, Presence};
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::form::{Field, Form, FormPurpose};
use crate::tui::keys::Command;
use crate::tui::library::NoticeKind;
use crate::tui::msg::Effect;

pub(super) fn on_attendance(
    view: &mut AttendanceView,
    command: Command,
    cx: &mut Ctx,
) -> Vec<Effect> {
    let days = days(&cx.pack, cx.open.as_ref());
    let names: Vec<String> = cx
        .open
        .as_ref()
        .map(|w| {
            w.session
                .participants
                .iter()
                .map(|p| p.name.clone())
                .collect()
        })
        .unwrap_or_default();
    match command {
        Command::New => {
            if read_only(cx) {
                return Vec::new();
            }
            *cx.form = Some(Form::new(
                &t!("facil-form-participants-title"),
                FormPurpose::NewParticipants,
                vec![Field::text(
                    FacilField::Participants,
                    &t!("facil-form-participants"),
                    &t!("facil-form-participants-hint"),
                    "",
                    true,
                )],
            ));
        }
        Command::Up => view.cursor = view.cursor.saturating_sub(1),
        Command::Down => view.cursor = (view.cursor + 1).min(names.len().saturating_sub(1)),
        Command::ChangeLeft => view.day = view.day.saturating_sub(1).max(1),
        Command::ChangeRight => view.day = (view.day + 1).min(days),
        Command::CycleStatus | Command::ToggleLate | Command::ToggleLeftEarly => {
            let Some(name) = names.get(view.cursor).cloned() else {
                notice(cx, NoticeKind::Info, t!("facil-notice-no-participants"));
                return Vec::new();
            };
            return mark_one(view.day, &name, command, cx);
        }
        Command::MarkAllPresent => return mark_all(view.day, cx),
        _ => {}
    }
    Vec::new()
}

/// Space: present or absent; L: late; E: left early (both also mark present), for `name` on `day`.
fn mark_one(day: u8, name: &str, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let by = w.by.clone();
    let s = &mut w.session;
    let flag = |which| match s.presence(day, name) {
        Presence::Present { late, left_early } => !match which {
            Lateness::Late => late,
            Lateness::LeftEarly => left_early,
        },
        _ => true,
    };
    let change = match command {
        Command::ToggleLate => Some((Lateness::Late, flag(Lateness::Late))),
        Command::ToggleLeftEarly => Some((Lateness::LeftEarly, flag(Lateness::LeftEarly))),
        _ => None,
    };
    match change {
        Some(change) => s.set_lateness(day, name, change, now, &by),
        None => {
            let present = !s.present_on(day).iter().any(|n| n == name);
            s.set_present(day, name, present, now, &by)
        }
    };
    changed(cx)
}

/// a: everyone listed present on `day`, in one change.
fn mark_all(day: u8, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    if w.session.participants.is_empty() {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-participants"));
        return Vec::new();
    }
    let by = w.by.clone();
    let count = w.session.mark_all_present(day, now, &by);
    if count == 0 {
        notice(
            cx,
            NoticeKind::Info,
            t!("attendance-notice-all-already", day = day),
        );
        return Vec::new();
    }
    notice(
        cx,
        NoticeKind::Info,
        t!("attendance-notice-all-present", count = count, day = day),
    );
    changed(cx)
}

/// What the attendance row adds after a name: " · late", " · left early", or nothing.
pub fn lateness_note(presence: Presence) -> String {
    match presence {
        Presence::Present { late, left_early } if late || left_early => {
            format!(" · {}", presence.word())
        }
        _ => String::new(),
    }
}
