//! The verbs every screen has (its key table, its title, what a command does, typing into its search,
//! the tab it is): the `ScreenKind` trait each screen's own module implements, and `Screen`'s verbs,
//! which hand over once through `each_screen!`.

use super::ctx::{Ctx, Nav, QueryEdit};
use super::keys::{Command, Context};
use super::library::HomeState;
use super::msg::Effect;
use super::open::OpenSession;
use super::screens::{Screen, each_screen};
use super::tabs::RecordKind;
use crate::display;

/// What a screen does. Implemented in the screen's own module; drawing is `view::Draw`.
pub trait ScreenKind {
    /// The key table in force (a search being typed, an answer being edited, or the screen's own).
    fn context(&self, home: &HomeState) -> Context;

    /// The screen's own key table, which the help overlay lists (not the search's).
    fn help_context(&self) -> Context {
        self.context(&HomeState::default())
    }

    /// Where the header says the user is.
    fn title(&self, open: Option<&OpenSession>) -> String;

    /// A command for this screen.
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect>;

    /// Typing into the screen's search, if one is being typed; whether the query changed.
    fn type_query(&mut self, _edit: QueryEdit, _cx: &mut Ctx) -> bool {
        false
    }

    /// The tab of the session's lists this screen is, if it is one.
    fn tab(&self) -> Option<RecordKind> {
        None
    }
}

impl<T: ScreenKind + ?Sized> ScreenKind for Box<T> {
    fn context(&self, home: &HomeState) -> Context {
        (**self).context(home)
    }
    fn help_context(&self) -> Context {
        (**self).help_context()
    }
    fn title(&self, open: Option<&OpenSession>) -> String {
        (**self).title(open)
    }
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        (**self).handle(command, cx)
    }
    fn type_query(&mut self, edit: QueryEdit, cx: &mut Ctx) -> bool {
        (**self).type_query(edit, cx)
    }
    fn tab(&self) -> Option<RecordKind> {
        (**self).tab()
    }
}

/// A title inside the open session: "Session title › what".
pub fn in_session(open: Option<&OpenSession>, what: &str) -> String {
    match open {
        Some(o) => format!("{} › {what}", display::one_line(&o.session.title)),
        None => what.to_string(),
    }
}

/// The verbs as `Screen` has them: one hand-over each.
impl Screen {
    pub fn context(&self, home: &HomeState) -> Context {
        each_screen!(self, s => ScreenKind::context(s, home))
    }

    pub fn help_context(&self) -> Context {
        each_screen!(self, s => ScreenKind::help_context(s))
    }

    pub fn title(&self, open: Option<&OpenSession>) -> String {
        each_screen!(self, s => ScreenKind::title(s, open))
    }

    /// A command for this screen. On the session's lists, Tab and Shift+Tab go to the next tab.
    pub fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        if let Some(tab) = self.tab()
            && matches!(command, Command::FocusNext | Command::PrevTab)
        {
            let scoping = cx
                .open
                .as_ref()
                .is_some_and(|o| crate::scoping::is_scoping(&cx.pack, &o.session));
            let next = tab.next(command == Command::FocusNext, scoping);
            cx.nav.push(Nav::Replace(Screen::for_tab(next)));
            return Vec::new();
        }
        each_screen!(self, s => ScreenKind::handle(s, command, cx))
    }

    pub fn tab(&self) -> Option<RecordKind> {
        each_screen!(self, s => ScreenKind::tab(s))
    }

    pub fn type_query(&mut self, edit: QueryEdit, cx: &mut Ctx) -> bool {
        each_screen!(self, s => ScreenKind::type_query(s, edit, cx))
    }

    /// The screen of a tab, at its start.
    pub fn for_tab(tab: RecordKind) -> Screen {
        match tab {
            RecordKind::Landscape => Screen::Landscape(Default::default()),
            RecordKind::Matrix => Screen::Matrix(Default::default()),
            RecordKind::Outputs => Screen::Outputs(Default::default()),
            RecordKind::Brief => Screen::Brief(Default::default()),
            list => Screen::Records(super::tabs::RecordsState::new(list)),
        }
    }
}

/// The verbs of a tab of the session's lists, which take their key table and title from the tab.
macro_rules! tab_screen {
    ($ty:ty, $kind:expr, $handle:path) => {
        impl $crate::tui::screen::ScreenKind for $ty {
            fn context(&self, _: &$crate::tui::library::HomeState) -> $crate::tui::keys::Context {
                let kind: $crate::tui::tabs::RecordKind = ($kind)(self);
                kind.context()
            }
            fn title(&self, open: Option<&$crate::tui::open::OpenSession>) -> String {
                let kind: $crate::tui::tabs::RecordKind = ($kind)(self);
                $crate::tui::screen::in_session(open, &kind.title())
            }
            fn handle(
                &mut self,
                command: $crate::tui::keys::Command,
                cx: &mut $crate::tui::ctx::Ctx,
            ) -> Vec<$crate::tui::msg::Effect> {
                $handle(self, command, cx)
            }
            fn tab(&self) -> Option<$crate::tui::tabs::RecordKind> {
                Some(($kind)(self))
            }
        }
    };
}
pub(crate) use tab_screen;
