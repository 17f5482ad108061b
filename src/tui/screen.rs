//! The verbs every screen has (its key table, its title, what a command does, typing into its search,
//! the tab it is). Each is one `match` that hands over to the screen's own module.

use super::ctx::{Ctx, Nav, QueryEdit};
use super::keys::{Command, Context};
use super::library::HomeState;
use super::msg::Effect;
use super::open::OpenSession;
use super::screens::Screen;
use super::tabs::RecordKind;
use crate::display;
use crate::i18n::texts;

/// The verbs every screen has. Each is one `match` that hands over to the screen's own module, so a new
/// screen is its module plus one arm per verb here.
impl Screen {
    /// The key table in force (a search being typed, an answer being edited, or the screen's own).
    pub fn context(&self, home: &HomeState) -> Context {
        match self {
            Screen::Home => super::home::context(home),
            Screen::Reference(r) => super::reference_keys::context(r),
            Screen::Review(r) => super::review::context(r),
            Screen::Workshop(w) => w.context(),
            Screen::LockHeld { .. } => Context::LockHeld,
            Screen::Facil(f) => f.context(),
            tab => tab.tab().map_or(Context::Records, RecordKind::context),
        }
    }

    /// The screen's own key table, which the help overlay lists (not the search's).
    pub fn help_context(&self) -> Context {
        match self {
            Screen::Home => Context::Home,
            Screen::Reference(_) => Context::Reference,
            Screen::Review(_) => Context::Review,
            other => other.context(&HomeState::default()),
        }
    }

    /// Where the header says the user is.
    pub fn title(&self, open: Option<&OpenSession>) -> String {
        let in_session = |what: &str| match open {
            Some(o) => format!("{} › {what}", display::one_line(&o.session.title)),
            None => what.to_string(),
        };
        match self {
            Screen::Home => texts().home_title.to_string(),
            Screen::Reference(r) => r.title(),
            Screen::Review(r) => r.title(),
            Screen::Workshop(_) => open
                .map(|o| display::one_line(&o.session.title))
                .unwrap_or_default(),
            Screen::LockHeld { .. } => texts().lock_held_title.to_string(),
            Screen::Facil(f) => in_session(f.title()),
            tab => in_session(tab.tab().map_or("", RecordKind::title)),
        }
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
        match self {
            Screen::Home => super::home::handle(command, cx),
            Screen::Reference(r) => super::reference_keys::handle(r, command, cx),
            Screen::Review(r) => super::review::handle(r, command, cx),
            Screen::Workshop(w) => super::workshop_update::on_workshop(w, command, cx),
            Screen::LockHeld { path, .. } => super::lock_held::handle(path, command, cx),
            Screen::Records(r) => super::records::on_records(r, command, cx),
            Screen::Landscape(v) => super::landscape::on_landscape(v, command, cx),
            Screen::Matrix(v) => super::matrix::handle(v, command, cx),
            Screen::Outputs(v) => super::outputs::handle(v, command, cx),
            Screen::Brief(v) => super::brief::handle(v, command, cx),
            Screen::Facil(f) => super::facil::on_facil(f, command, cx),
        }
    }

    /// The tab of the session's lists this screen is, if it is one.
    pub fn tab(&self) -> Option<RecordKind> {
        match self {
            Screen::Records(r) => Some(r.kind),
            Screen::Landscape(_) => Some(RecordKind::Landscape),
            Screen::Matrix(_) => Some(RecordKind::Matrix),
            Screen::Outputs(_) => Some(RecordKind::Outputs),
            Screen::Brief(_) => Some(RecordKind::Brief),
            _ => None,
        }
    }

    /// The screen of a tab, at its start.
    pub fn for_tab(tab: RecordKind) -> Screen {
        match tab {
            RecordKind::Landscape => Screen::Landscape(Default::default()),
            RecordKind::Matrix => Screen::Matrix(Default::default()),
            RecordKind::Outputs => Screen::Outputs(Default::default()),
            RecordKind::Brief => Screen::Brief(Default::default()),
            list => Screen::Records(super::records::RecordsState::new(list)),
        }
    }

    /// Typing into the screen's search, if one is being typed; whether the query changed.
    pub fn type_query(&mut self, edit: QueryEdit, cx: &mut Ctx) -> bool {
        match self {
            Screen::Home => super::home::type_query(edit, cx),
            Screen::Reference(r) => super::reference_keys::type_query(r, edit),
            Screen::Review(r) => super::review::type_query(r, edit),
            _ => false,
        }
    }
}
