//! The free timer in the TUI (any session, any template): `w` opens its form — a number of minutes or
//! a time to be back at, and what it is for —, an empty time stops it; when it runs out the notice line
//! says so once (and the bell rings when it is on). The rules are `session::free_timer`'s.

use super::common::{changed, notice, read_only};
use crate::session::free_timer::parse_spec;
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::form::{Field, FieldError, Form, FormPurpose, field_keys};
use crate::tui::library::NoticeKind;
use crate::tui::msg::{Effect, FacilEffect};

field_keys!(
    /// The fields of the free timer's form.
    pub enum FreeTimerField {
        Time => "time",
        Label => "label",
    }
);

/// `w`: the free timer's form, with the timer in force filled in (an empty time then stops it).
pub(super) fn open_form(cx: &mut Ctx) -> Vec<Effect> {
    if cx.open.is_none() || read_only(cx) {
        return Vec::new();
    }
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    let now = cx.clock.now;
    let running = w.session.free_timer(now).map(|(t, _)| t.clone());
    let (time, label, hint) = match &running {
        Some(t) => (
            t.spec_text(),
            t.label.clone(),
            t!("present-free-time-hint-stop"),
        ),
        None => (String::new(), String::new(), t!("present-free-time-hint")),
    };
    *cx.form = Some(Form::new(
        &t!("present-free-form-title"),
        FormPurpose::FreeTimer,
        vec![
            Field::text(
                FreeTimerField::Time,
                &t!("present-free-time"),
                &hint,
                &time,
                running.is_none(),
            ),
            Field::text(
                FreeTimerField::Label,
                &t!("present-free-label"),
                &t!("present-free-label-hint"),
                &label,
                false,
            ),
        ],
    ));
    Vec::new()
}

/// The form saved: set the timer, or stop it when the time was emptied.
pub(super) fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    if !form.check_required() {
        *cx.form = Some(form);
        return Vec::new();
    }
    let now = cx.clock.now;
    let text = form.text(FreeTimerField::Time);
    let label = form.text(FreeTimerField::Label);
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    if text.is_empty() {
        let stopped = w.session.stop_free_timer(now);
        cx.facil.free_alerted = false;
        if stopped {
            notice(cx, NoticeKind::Info, t!("present-free-stopped"));
            return changed(cx);
        }
        return Vec::new();
    }
    let set = parse_spec(&text).and_then(|spec| w.session.set_free_timer(spec, &label, now));
    match set {
        Ok(()) => {
            cx.facil.free_alerted = false;
            changed(cx)
        }
        Err(problem) => {
            form.refuse(FieldError::new(FreeTimerField::Time, problem.to_string()));
            *cx.form = Some(form);
            Vec::new()
        }
    }
}

/// A new clock reading: say once that the free timer ran out, and ring when the bell is on.
pub(super) fn tick(cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.open.as_ref() else {
        cx.facil.free_alerted = false;
        return Vec::new();
    };
    let Some((timer, view)) = w.session.free_timer(now) else {
        cx.facil.free_alerted = false;
        return Vec::new();
    };
    if view.remaining_secs > 0 {
        cx.facil.free_alerted = false;
        return Vec::new();
    }
    if cx.facil.free_alerted {
        return Vec::new();
    }
    let what = free_timer_title(timer);
    let bell = w.session.facilitation.agenda.bell;
    cx.facil.free_alerted = true;
    notice(
        cx,
        NoticeKind::Warning,
        t!("present-free-time-up", what = what),
    );
    if bell {
        vec![Effect::Facil(FacilEffect::Bell)]
    } else {
        Vec::new()
    }
}

/// What a free timer is called on screen: its label, else "Timer".
pub fn free_timer_title(timer: &crate::session::free_timer::FreeTimer) -> String {
    if timer.label.is_empty() {
        t!("present-free-default-label")
    } else {
        crate::display::one_line(&timer.label)
    }
}
