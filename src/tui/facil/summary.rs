//! The end-of-day summary.

use super::common::*;
use super::views::*;
use crate::content::Pack;
use crate::export::day_summary;
use crate::tui::ctx::Ctx;
use crate::tui::keys::Command;
use crate::tui::msg::{Effect, FacilEffect};
use crate::tui::open::OpenSession;
use crate::tui::screens::Screen;

/// The summary of a day of the open session, as lines.
pub fn summary_lines(pack: &Pack, open: Option<&OpenSession>, day: u8) -> Vec<String> {
    let Some(w) = open else {
        return Vec::new();
    };
    // Dated with the training day's own date (the agenda's, else when its modules ran), never today.
    let summary = day_summary::summarize(&w.session, pack, day, None);
    day_summary::lines(&summary)
}

pub(super) fn on_summary(view: &mut SummaryView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let days = days(&cx.pack, cx.open.as_ref());
    let page = usize::from(cx.size.1.saturating_sub(6)).max(1);
    let day = view.day;
    let last = summary_lines(&cx.pack, cx.open.as_ref(), day)
        .len()
        .saturating_sub(1);
    if command == Command::ShowParking {
        cx.push(Screen::Records(crate::tui::tabs::RecordsState::new(
            crate::tui::records::RecordKind::Parking,
        )));
        return Vec::new();
    }
    if command == Command::ExportSummary {
        let Some(w) = cx.open.as_ref() else {
            return Vec::new();
        };
        let summary = day_summary::summarize(&w.session, &cx.pack, day, None);
        let out = crate::tui::export_form::exports_dir(cx.data_dir)
            .join(day_summary::file_name(&w.session, day));
        return vec![Effect::Facil(FacilEffect::WriteText {
            out,
            session_path: w.path.clone(),
            text: day_summary::markdown(&summary),
        })];
    }
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
