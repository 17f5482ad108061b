//! The operation's Matrix screen: the landscape register read by category and area, with gaps and
//! possible duplication; the cursor picks the category whose systems are listed.

use super::ctx::Ctx;
use super::keys::Command;
use super::msg::Effect;
use super::tabs::MatrixView;

fn handle(view: &mut MatrixView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let categories = cx.pack.matrix.categories.len();
    if !super::tabs::move_cursor(&mut view.cursor, command, categories) && command == Command::Back
    {
        cx.back();
    }
    Vec::new()
}

crate::tui::screen::tab_screen!(MatrixView, |_| crate::tui::tabs::RecordKind::Matrix, handle);
