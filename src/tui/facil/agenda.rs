//! The agenda screen: modules by day, their timers and the day's plan.

use super::*;

pub(super) fn open_agenda(app: &mut App) -> Vec<Effect> {
    if matches!(&app.screen, Screen::Facil(f) if matches!(f.as_ref(), FacilScreen::Agenda(_))) {
        return Vec::new();
    }
    if agenda(app).is_empty() {
        notice(
            app,
            NoticeKind::Info,
            "This session's template has no agenda: start a PIM training session for modules and timers.",
        );
        return Vec::new();
    }
    let cursor = app
        .open
        .as_ref()
        .and_then(|w| w.session.facilitation.agenda.current.clone())
        .and_then(|id| agenda(app).iter().position(|m| m.id == id))
        .unwrap_or(0);
    app.push_screen(Screen::Facil(Box::new(FacilScreen::Agenda(AgendaView {
        cursor,
        scroll: 0,
    }))));
    Vec::new()
}

/// Start or pause the current module's timer; with no current module, start the one under the agenda's
/// cursor (or the first one not finished).
pub(super) fn toggle_timer(app: &mut App) -> Vec<Effect> {
    if agenda(app).is_empty() {
        notice(
            app,
            NoticeKind::Info,
            "Timers follow the agenda, and this session's template has none.",
        );
        return Vec::new();
    }
    if read_only(app) {
        return Vec::new();
    }
    let now = app.clock.now;
    let chosen = match &app.screen {
        Screen::Facil(f) => match f.as_ref() {
            FacilScreen::Agenda(a) => agenda(app).get(a.cursor).map(|m| m.id.clone()),
            _ => None,
        },
        _ => None,
    };
    let fallback = app.open.as_ref().and_then(|w| {
        agenda(app)
            .iter()
            .find(|m| {
                !w.session
                    .facilitation
                    .agenda
                    .modules
                    .get(&m.id)
                    .is_some_and(|r| r.done)
            })
            .map(|m| m.id.clone())
    });
    let Some(w) = app.open.as_mut() else {
        return Vec::new();
    };
    let current = w.session.facilitation.agenda.current.clone();
    let exercise = w.session.facilitation.agenda.exercise.clone();
    let running = match &exercise {
        Some(ex) => w
            .session
            .facilitation
            .agenda
            .exercises
            .get(ex)
            .is_some_and(|r| r.is_running()),
        None => current
            .as_ref()
            .and_then(|c| w.session.facilitation.agenda.modules.get(c))
            .is_some_and(|r| r.is_running()),
    };
    if running {
        w.session.pause_module(now);
    } else {
        let Some(id) = current.or(chosen).or(fallback) else {
            return Vec::new();
        };
        w.session.start_module(&id, now);
        if let Some(ex) = exercise {
            w.session.start_exercise(&ex, now);
        }
    }
    changed(app)
}

pub(super) fn with_agenda_view(app: &mut App) -> Option<&mut AgendaView> {
    match &mut app.screen {
        Screen::Facil(f) => match f.as_mut() {
            FacilScreen::Agenda(a) => Some(a),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn on_agenda(app: &mut App, command: Command) -> Vec<Effect> {
    let len = agenda(app).len();
    let now = app.clock.now;
    let cursor_day = with_agenda_view(app)
        .map(|v| v.cursor)
        .and_then(|c| agenda(app).get(c))
        .map_or(1, |m| m.day);
    let Some(view) = with_agenda_view(app) else {
        return Vec::new();
    };
    match command {
        Command::Up => {
            view.cursor = view.cursor.saturating_sub(1);
            view.scroll = 0;
        }
        Command::Down => {
            view.cursor = (view.cursor + 1).min(len.saturating_sub(1));
            view.scroll = 0;
        }
        Command::ScrollDown => view.scroll = view.scroll.saturating_add(5),
        Command::ScrollUp => view.scroll = view.scroll.saturating_sub(5),
        Command::Open => {
            let cursor = view.cursor;
            if read_only(app) {
                return Vec::new();
            }
            let Some(id) = agenda(app).get(cursor).map(|m| m.id.clone()) else {
                return Vec::new();
            };
            if let Some(w) = app.open.as_mut() {
                w.session.start_module(&id, now);
            }
            return changed(app);
        }
        Command::NextExercise => {
            let cursor = view.cursor;
            if read_only(app) {
                return Vec::new();
            }
            let Some(module) = agenda(app).get(cursor).cloned() else {
                return Vec::new();
            };
            if module.exercises.is_empty() {
                notice(
                    app,
                    NoticeKind::Info,
                    "This module has no exercise to time.",
                );
                return Vec::new();
            }
            let Some(w) = app.open.as_mut() else {
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
            return changed(app);
        }
        Command::ExtendTimer | Command::ResetTimer => {
            if read_only(app) {
                return Vec::new();
            }
            // A running timer is never thrown away by one stray key: pause first.
            let running = app.open.as_ref().is_some_and(|w| {
                active_timer(&app.content, &w.session, now).is_some_and(|a| {
                    matches!(
                        a.timer.phase,
                        TimerPhase::Running | TimerPhase::TimeUp { running: true }
                    )
                })
            });
            if command == Command::ResetTimer && running {
                notice(
                    app,
                    NoticeKind::Info,
                    "The timer is running: pause it with Space first, then 0 resets it.",
                );
                return Vec::new();
            }
            let Some(w) = app.open.as_mut() else {
                return Vec::new();
            };
            let done = if command == Command::ExtendTimer {
                w.session.extend_module(EXTEND_SECS, now)
            } else {
                w.session.reset_module(now)
            };
            if !done {
                notice(
                    app,
                    NoticeKind::Info,
                    "No module is current: Enter starts the one under the cursor.",
                );
                return Vec::new();
            }
            return changed(app);
        }
        Command::MarkDone => {
            let cursor = view.cursor;
            if read_only(app) {
                return Vec::new();
            }
            let Some(module) = agenda(app).get(cursor).cloned() else {
                return Vec::new();
            };
            let Some(w) = app.open.as_mut() else {
                return Vec::new();
            };
            let by = w.by.clone();
            if !w
                .session
                .finish_module(&module.id, &module.title, module.minutes, now, &by)
            {
                w.session.reopen_module(&module.id, now, &by);
            } else if let Some(view) = with_agenda_view(app) {
                view.cursor = (cursor + 1).min(len.saturating_sub(1));
            }
            return changed(app);
        }
        Command::Bell => {
            if read_only(app) {
                return Vec::new();
            }
            let Some(w) = app.open.as_mut() else {
                return Vec::new();
            };
            let bell = &mut w.session.facilitation.agenda.bell;
            *bell = !*bell;
            let on = *bell;
            w.session.updated = now;
            notice(
                app,
                NoticeKind::Info,
                if on {
                    "The bell rings when time is up."
                } else {
                    "No bell when time is up (the header still shows it)."
                },
            );
            return changed(app);
        }
        Command::DayStart => {
            if read_only(app) {
                return Vec::new();
            }
            let start = app
                .open
                .as_ref()
                .map(|w| w.session.facilitation.agenda.day_start())
                .unwrap_or(crate::session::agenda::DEFAULT_DAY_START);
            app.form = Some(Form::new(
                "When the training days start",
                FormPurpose::DayStart,
                vec![Field::text(
                    "start",
                    "Start time",
                    "HH:MM, 24-hour clock; the day's plan counts from it",
                    &start.format("%H:%M").to_string(),
                    true,
                )],
            ));
        }
        Command::Attendance => {
            let day = cursor_day;
            app.push_screen(Screen::Facil(Box::new(FacilScreen::Attendance(
                AttendanceView { day, cursor: 0 },
            ))));
        }
        Command::DaySummary => {
            let day = cursor_day;
            app.push_screen(Screen::Facil(Box::new(FacilScreen::Summary(SummaryView {
                day,
                scroll: 0,
            }))));
        }
        _ => {}
    }
    Vec::new()
}
