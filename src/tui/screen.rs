//! What every screen handler is given: the context. It holds the open session (if any), the content
//! pack, the time from the loop's tick, the size, the notice line and the form slot — and never the
//! screen stack: a handler asks to go somewhere (`push`, `back`, `quit`) and `update` does it after.

use std::sync::Arc;

use super::app::{Notice, NoticeKind, Screen};
use super::facil::FacilUi;
use super::form::Form;
use super::home::HomeState;
use super::keys::{Command, Context};
use super::library::SessionRow;
use super::msg::Effect;
use super::open::{Clock, OpenSession};
use super::tabs::RecordKind;
use crate::content::Pack;
use crate::display;
use crate::i18n::texts;

/// Where a handler asked to go.
#[derive(Debug)]
pub enum Nav {
    Push(Screen),
    /// In place of the current screen (the next tab).
    Replace(Screen),
    Back,
    Quit,
}

pub struct Ctx<'a> {
    /// The session open in the workshop, whatever screen is on top of it.
    pub open: &'a mut Option<OpenSession>,
    pub pack: Arc<Pack>,
    /// The time, as the loop last said.
    pub clock: Clock,
    /// The terminal's size (for page moves).
    pub size: (u16, u16),
    /// The one-line message above the footer.
    pub notice: &'a mut Option<Notice>,
    /// The form on top of the screen.
    pub form: &'a mut Option<Form>,
    /// The presenter view and the timer alert.
    pub facil: &'a mut FacilUi,
    /// The program's data folder (exports go beside it).
    pub data_dir: &'a std::path::Path,
    /// The home screen's cursor, filter and order.
    pub home: &'a mut HomeState,
    /// The library, as the last scan found it.
    pub sessions: &'a [SessionRow],
    pub(super) nav: Vec<Nav>,
}

impl<'a> Ctx<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        open: &'a mut Option<OpenSession>,
        pack: Arc<Pack>,
        clock: Clock,
        size: (u16, u16),
        notice: &'a mut Option<Notice>,
        form: &'a mut Option<Form>,
        facil: &'a mut FacilUi,
        data_dir: &'a std::path::Path,
        (home, sessions): (&'a mut HomeState, &'a [SessionRow]),
    ) -> Self {
        Ctx {
            open,
            pack,
            clock,
            size,
            notice,
            form,
            facil,
            data_dir,
            home,
            sessions,
            nav: Vec::new(),
        }
    }

    /// Go to a screen; Esc comes back.
    pub fn push(&mut self, screen: Screen) {
        self.nav.push(Nav::Push(screen));
    }

    /// Leave the current screen.
    pub fn back(&mut self) {
        self.nav.push(Nav::Back);
    }

    pub fn quit(&mut self) {
        self.nav.push(Nav::Quit);
    }

    pub fn notify(&mut self, kind: NoticeKind, text: impl Into<String>) {
        *self.notice = Some(Notice {
            kind,
            text: text.into(),
        });
    }

    /// The open session when it can be changed; when it is read-only, say so (with who holds it) and
    /// give `None`. The one writable check every handler uses.
    pub fn writable(&mut self) -> Option<&mut OpenSession> {
        let open = self.open.as_mut()?;
        match open.writable() {
            Ok(()) => Some(open),
            Err(text) => {
                *self.notice = Some(Notice {
                    kind: NoticeKind::Warning,
                    text,
                });
                None
            }
        }
    }
}

/// A change to a search query being typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueryEdit {
    Push(char),
    Pop,
    /// Pasted text (line breaks become spaces).
    Paste(String),
}

impl QueryEdit {
    /// Apply the edit; whether the query changed.
    pub fn apply(&self, query: &mut String) -> bool {
        match self {
            QueryEdit::Push(c) => {
                query.push(*c);
                true
            }
            QueryEdit::Pop => query.pop().is_some(),
            QueryEdit::Paste(text) => {
                query.push_str(&text.replace(['\n', '\r'], " "));
                !text.is_empty()
            }
        }
    }
}

/// The verbs every screen has. Each is one `match` that hands over to the screen's own module, so a new
/// screen is its module plus one arm per verb here.
impl Screen {
    /// The key table in force (a search being typed, an answer being edited, or the screen's own).
    pub fn context(&self, home: &HomeState) -> Context {
        match self {
            Screen::Home => super::home::context(home),
            Screen::Reference(r) => super::reference::context(r),
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
            Screen::Reference(r) => super::reference::handle(r, command, cx),
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
            Screen::Reference(r) => super::reference::type_query(r, edit),
            Screen::Review(r) => super::review::type_query(r, edit),
            _ => false,
        }
    }
}
