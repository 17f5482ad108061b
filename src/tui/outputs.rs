//! The output picker: the Matrix outputs a scoping session needs, or those a landscape system produces,
//! with the output-first comparison beside them.

use super::ctx::Ctx;
use super::keys::Command;
use super::msg::Effect;
use super::tabs::OutputsView;

fn handle(view: &mut OutputsView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let items = super::scoping::pick_items(&cx.pack).len();
    if super::tabs::move_cursor(&mut view.cursor, command, items) {
        // A new output in focus: its full text is at the top of the pane beside the list.
        view.side_scroll = 0;
        return Vec::new();
    }
    match command {
        Command::Back => cx.back(),
        Command::ScrollDown => view.side_scroll = view.side_scroll.saturating_add(3),
        Command::ScrollUp => view.side_scroll = view.side_scroll.saturating_sub(3),
        Command::CycleStatus | Command::Open => {
            if cx.writable().is_none() {
                return Vec::new();
            }
            return super::scoping::toggle_pick(cx, view.entry.clone(), view.cursor);
        }
        _ => {}
    }
    Vec::new()
}

crate::tui::screen::tab_screen!(
    OutputsView,
    |_| crate::tui::tabs::RecordKind::Outputs,
    handle
);
