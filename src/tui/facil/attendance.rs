//! Attendance per day.

use super::common::*;
use super::views::*;
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
    let now = cx.clock.now;
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
        Command::CycleStatus => {
            let (day, cursor) = (view.day, view.cursor);
            let Some(name) = names.get(cursor).cloned() else {
                notice(cx, NoticeKind::Info, t!("facil-notice-no-participants"));
                return Vec::new();
            };
            let Some(w) = cx.writable() else {
                return Vec::new();
            };
            let present = !w.session.present_on(day).contains(&name);
            let by = w.by.clone();
            w.session.set_present(day, &name, present, now, &by);
            return changed(cx);
        }
        _ => {}
    }
    Vec::new()
}
