//! Keys in the reference library: moving through a section, switching sections and Matrix readings,
//! searching. (The library's state and entries are `super::reference`.)

use super::ctx::{Ctx, QueryEdit};
use super::keys::{Command, Context};
use super::library::HomeState;
use super::msg::Effect;
use super::open::OpenSession;
use super::reference::{RefState, entries};
use super::screen::ScreenKind;

/// The key table in force in the library.
fn context(r: &RefState) -> Context {
    if r.searching {
        Context::Search
    } else {
        Context::Reference
    }
}

/// Typing a search: the list goes to its first match.
fn type_query(r: &mut RefState, edit: QueryEdit) -> bool {
    if !r.searching || !edit.apply(&mut r.query) {
        return false;
    }
    r.cursor = 0;
    true
}

fn handle(r: &mut RefState, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let len = entries(&cx.pack, r).len();
    match command {
        Command::Up => r.move_cursor(-1, len),
        Command::Down => r.move_cursor(1, len),
        Command::First => r.move_cursor(-(len as isize), len),
        Command::Last => r.move_cursor(len as isize, len),
        Command::NextTab => r.next_section(true),
        Command::PrevTab => r.next_section(false),
        Command::NextMode => r.next_matrix_mode(),
        Command::ScrollDown => r.scroll = r.scroll.saturating_add(5),
        Command::ScrollUp => r.scroll = r.scroll.saturating_sub(5),
        Command::Search => {
            r.searching = true;
            r.cursor = 0;
        }
        Command::ClearSearch => {
            r.query.clear();
            r.searching = false;
            r.reset_position();
        }
        Command::Back if r.searching => r.searching = false,
        Command::Back if !r.query.is_empty() => {
            r.query.clear();
            r.reset_position();
        }
        Command::Back => cx.back(),
        _ => {}
    }
    Vec::new()
}

impl ScreenKind for RefState {
    fn context(&self, _: &HomeState) -> Context {
        context(self)
    }
    fn help_context(&self) -> Context {
        Context::Reference
    }
    fn title(&self, _: Option<&OpenSession>) -> String {
        RefState::title(self)
    }
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        handle(self, command, cx)
    }
    fn type_query(&mut self, edit: QueryEdit, _: &mut Ctx) -> bool {
        type_query(self, edit)
    }
}
