//! Views: functions from the app state to a frame. They read `App` and never change it.

mod agenda;
mod brief_bar;
mod chrome;
mod classify;
mod draw;
mod find;
mod form;
mod free_timer;
mod group_view;
mod help;
mod home;
mod landscape;
mod presenter;
mod presenter_items;
mod presenter_style;
mod records;
mod reference;
mod reference_about;
mod review;
mod scoping;
mod scroll;
mod text_line;
mod too_small;
mod unsaved;
mod vote;
mod workshop;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

use super::app::App;
use super::screens::each_screen;
use draw::Draw;
/// The details of a reference entry as the library shows them (also read out by the plain front).
pub use reference::detail as reference_detail;

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
    if presenter::applies(app) {
        presenter::render(app, frame, body);
    } else {
        each_screen!(&app.screen, s => s.draw(app, frame, body));
    }
    chrome::notice(app, frame, notice);
    chrome::footer(app, frame, footer);
    if let Some(form) = &app.form {
        form::render(app, form, frame, body);
    }
    if let Some(help) = &app.help {
        help::render(app, help, frame, body);
    }
    if let Some(dialog) = &app.unsaved.dialog {
        unsaved::render(app, dialog, frame, body);
    }
}
