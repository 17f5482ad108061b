//! Views: functions from the app state to a frame. They read `App` and never change it.

mod agenda;
mod chrome;
mod form;
mod help;
mod home;
mod landscape;
mod presenter;
mod records;
mod reference;
mod review;
mod scoping;
mod scroll;
mod too_small;
mod workshop;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

use super::app::{App, Screen};
use super::tabs::RecordKind;

/// Draw the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    if app.too_small() {
        too_small::render(app, frame, area);
        return;
    }
    let [header, body, notice, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(u16::from(app.notice.is_some())),
        Constraint::Length(1),
    ])
    .areas(area);

    chrome::header(app, frame, header);
    match &app.screen {
        _ if presenter::applies(app) => presenter::render(app, frame, body),
        Screen::Home => home::render(app, frame, body),
        Screen::Reference(state) => reference::render(app, state, frame, body),
        Screen::Review(state) => review::render(app, state, frame, body),
        Screen::Workshop(w) => {
            if let Some(o) = &app.open {
                workshop::render(app, w, o, frame, body);
            }
        }
        Screen::LockHeld { message, .. } => workshop::render_lock_held(app, message, frame, body),
        Screen::Records(state) => records::render(app, state, frame, body),
        Screen::Landscape(v) => {
            if let Some((s, inner)) =
                records::tab_frame(app, RecordKind::Landscape, None, frame, body)
            {
                landscape::list(&app.content, s, frame, inner, v.cursor, app.theme);
            }
        }
        Screen::Matrix(v) => {
            if let Some((s, inner)) = records::tab_frame(app, RecordKind::Matrix, None, frame, body)
            {
                landscape::matrix(&app.content, s, frame, inner, v.cursor, app.theme);
            }
        }
        Screen::Outputs(v) => {
            let entry = v.entry.as_deref();
            if let Some((_, inner)) =
                records::tab_frame(app, RecordKind::Outputs, entry, frame, body)
            {
                scoping::outputs(app, v, frame, inner);
            }
        }
        Screen::Brief(v) => {
            if let Some((s, inner)) = records::tab_frame(app, RecordKind::Brief, None, frame, body)
            {
                let today = app.clock.today();
                let view = (v.scroll, &v.scroll_limit);
                scoping::brief(&app.content, s, today, frame, inner, view, app.theme);
            }
        }
        Screen::Facil(state) => agenda::render(app, state, frame, body),
    }
    chrome::notice(app, frame, notice);
    chrome::footer(app, frame, footer);
    if let Some(form) = &app.form {
        form::render(app, form, frame, body);
    }
    if let Some(help) = &app.help {
        help::render(app, help, frame, body);
    }
}
