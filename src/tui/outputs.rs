//! The output picker: the Matrix outputs a scoping session needs, or those a landscape system produces,
//! with the output-first comparison beside them.

use super::ctx::Ctx;
use super::keys::Command;
use super::msg::Effect;
use super::tabs::OutputsView;

fn handle(view: &mut OutputsView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let items = super::scoping::pick_items(&cx.pack).len();
    if super::tabs::move_cursor(&mut view.cursor, command, items) {
        return Vec::new();
    }
    match command {
        Command::Back => cx.back(),
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
