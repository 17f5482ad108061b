//! The scoping brief's preview: the brief as it will be exported, scrolled by line.

use std::cell::Cell;

use super::keys::Command;
use super::msg::Effect;
use super::screen::Ctx;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BriefView {
    /// The first line shown.
    pub scroll: usize,
    /// How far it can scroll, as the last drawing found (the number of lines depends on the width), so
    /// scrolling stops at the last page.
    pub scroll_limit: Cell<usize>,
}

pub fn handle(view: &mut BriefView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let lines = view.scroll_limit.get() + 1;
    if !super::tabs::move_cursor(&mut view.scroll, command, lines) && command == Command::Back {
        cx.back();
    }
    Vec::new()
}
