//! The scoping brief's preview: the brief as it will be exported, scrolled by line.

use super::ctx::Ctx;
use super::keys::Command;
use super::msg::Effect;
use super::tabs::BriefView;

fn handle(view: &mut BriefView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let lines = view.scroll_limit.get() + 1;
    if !super::tabs::move_cursor(&mut view.scroll, command, lines) && command == Command::Back {
        cx.back();
    }
    Vec::new()
}

crate::tui::screen::tab_screen!(BriefView, |_| crate::tui::tabs::RecordKind::Brief, handle);
