//! The end-of-day summary.

use super::*;

/// The summary of a day of the open session, as lines.
pub fn summary_lines(app: &App, day: u8) -> Vec<String> {
    let Some(w) = app.open.as_ref() else {
        return Vec::new();
    };
    let summary = day_summary::summarize(&w.session, &app.content, day, app.clock.now.date_naive());
    day_summary::lines(&summary)
}

pub(super) fn on_summary(app: &mut App, command: Command) -> Vec<Effect> {
    let days = days(app);
    let page = usize::from(app.size.1.saturating_sub(6)).max(1);
    let Screen::Facil(f) = &app.screen else {
        return Vec::new();
    };
    let FacilScreen::Summary(view) = f.as_ref() else {
        return Vec::new();
    };
    let day = view.day;
    let last = summary_lines(app, day).len().saturating_sub(1);
    if command == Command::ShowParking {
        app.push_screen(Screen::Records(crate::tui::records::RecordsState::new(
            crate::tui::records::RecordKind::Parking,
        )));
        return Vec::new();
    }
    if command == Command::ExportSummary {
        let Some(w) = app.open.as_ref() else {
            return Vec::new();
        };
        let summary =
            day_summary::summarize(&w.session, &app.content, day, app.clock.now.date_naive());
        let out = crate::tui::export_form::exports_dir(&app.data_dir)
            .join(day_summary::file_name(&w.session, day));
        return vec![Effect::Facil(FacilEffect::WriteText {
            out,
            session_path: w.path.clone(),
            text: day_summary::markdown(&summary),
        })];
    }
    let Screen::Facil(f) = &mut app.screen else {
        return Vec::new();
    };
    let FacilScreen::Summary(view) = f.as_mut() else {
        return Vec::new();
    };
    match command {
        Command::ScrollUp => view.scroll = view.scroll.saturating_sub(1),
        Command::ScrollDown => view.scroll = (view.scroll + 1).min(last),
        Command::PageUp => view.scroll = view.scroll.saturating_sub(page),
        Command::PageDown => view.scroll = (view.scroll + page).min(last),
        Command::ChangeLeft => {
            view.day = view.day.saturating_sub(1).max(1);
            view.scroll = 0;
        }
        Command::ChangeRight => {
            view.day = (view.day + 1).min(days);
            view.scroll = 0;
        }
        _ => {}
    }
    Vec::new()
}
