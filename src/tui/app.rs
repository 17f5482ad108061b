//! The application state. Views read it; only `update` changes it.

use std::path::PathBuf;

use super::keys::Context;
use super::theme::Theme;

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

/// One session file as the home screen lists it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SessionRow {
    pub path: PathBuf,
    pub title: String,
    pub kind: String,
    /// Last change, already formatted for display ("2026-11-21 14:02").
    pub changed: String,
    /// Why the file cannot be read, if it cannot.
    pub error: Option<String>,
    pub operation: String,
    pub facilitator: String,
    /// Sub-steps finished of those known, e.g. "3/12".
    pub progress: String,
    pub decisions: usize,
    pub open_actions: usize,
    /// The last change as RFC 3339, for sorting (empty for broken files).
    pub sort_key: String,
}

/// How the home screen orders sessions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Changed,
    Title,
    Kind,
}

impl SortKey {
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Changed => SortKey::Title,
            SortKey::Title => SortKey::Kind,
            SortKey::Kind => SortKey::Changed,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Changed => "last change",
            SortKey::Title => "title",
            SortKey::Kind => "kind",
        }
    }
}

/// An entry of the home screen's "Start" list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartEntry {
    NewSession,
    Reference,
}

/// What the home screen's cursor can be on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HomeItem {
    Start(StartEntry),
    Session(usize),
}

#[derive(Clone, Debug, Default)]
pub struct HomeState {
    pub cursor: usize,
    /// Filter the sessions as you type (title, kind, operation, facilitator).
    pub filter: String,
    pub filtering: bool,
    pub sort: SortKey,
    /// While the library is being read: files read, and files found.
    pub scanning: Option<(usize, usize)>,
}

/// The screens; overlays (help) sit on top of whichever is current.
#[derive(Clone, Debug)]
pub enum Screen {
    Home,
    Reference(super::reference::RefState),
    Review(Box<ReviewState>),
    Workshop(Box<super::workshop::WorkshopState>),
    /// The session is open in another instance: say who has it, offer read-only.
    LockHeld {
        path: PathBuf,
        message: String,
    },
    /// Decisions, actions, risks, parking lot or coverage of the open session.
    Records(super::records::RecordsState),
    /// The facilitator's toolkit: agenda, dot vote, attendance, end-of-day summary.
    Facil(Box<super::facil::FacilScreen>),
}

/// A session opened read-only for review (from home with `v`, or `pim-workshop review PATH`).
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewState {
    pub path: PathBuf,
    /// The session, or why it cannot be read (a sentence).
    pub loaded: Result<Box<crate::session::Session>, String>,
    pub warnings: Vec<String>,
    /// The review text (the same summary `pim-workshop show` prints), one entry per line.
    pub lines: Vec<String>,
    /// Section titles and the line each starts at.
    pub sections: Vec<(String, usize)>,
    /// The first line shown.
    pub scroll: usize,
    pub query: String,
    pub searching: bool,
}

impl ReviewState {
    /// The section the first shown line is in.
    pub fn section(&self) -> &str {
        self.sections
            .iter()
            .rev()
            .find(|(_, line)| *line <= self.scroll)
            .map(|(title, _)| title.as_str())
            .unwrap_or("")
    }

    /// The next (or previous) line holding the query, from the line after (before) the first shown.
    pub fn find(&self, forward: bool) -> Option<usize> {
        let q = self.query.trim().to_lowercase();
        if q.is_empty() {
            return None;
        }
        let hit = |i: &usize| self.lines[*i].to_lowercase().contains(&q);
        if forward {
            (self.scroll + 1..self.lines.len()).find(hit)
        } else {
            (0..self.scroll).rev().find(hit)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

/// A one-line message shown above the footer until the next key.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

pub struct App {
    pub screen: Screen,
    /// Screens to return to with Esc, most recent last.
    pub back: Vec<Screen>,
    pub help: Option<HelpState>,
    /// A form on top of the screen (decision, action, risk, new session…).
    pub form: Option<super::form::Form>,
    pub home: HomeState,
    pub sessions: Vec<SessionRow>,
    pub data_dir: PathBuf,
    /// More folders whose sessions the library lists (`--dir`).
    pub extra_dirs: Vec<PathBuf>,
    pub content: std::sync::Arc<crate::content::Pack>,
    pub theme: Theme,
    pub size: (u16, u16),
    pub notice: Option<Notice>,
    pub quitting: bool,
    /// The presenter view and the timer alert.
    pub facil: super::facil::FacilUi,
    /// The session open in the workshop (whatever screen is on top of it).
    pub open: Option<super::open::OpenSession>,
    /// The time, as the loop last said (`Action::Tick`).
    pub clock: super::open::Clock,
    /// Who runs the program (from the environment, read by the loop): recorded as the author of
    /// changes when the session names no facilitator.
    pub user: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpState {
    pub scroll: u16,
}

impl App {
    pub fn new(
        data_dir: PathBuf,
        content: std::sync::Arc<crate::content::Pack>,
        theme: Theme,
        size: (u16, u16),
    ) -> Self {
        App {
            screen: Screen::Home,
            back: Vec::new(),
            help: None,
            form: None,
            home: HomeState::default(),
            sessions: Vec::new(),
            data_dir,
            extra_dirs: Vec::new(),
            content,
            theme,
            size,
            notice: None,
            quitting: false,
            facil: Default::default(),
            open: None,
            clock: Default::default(),
            user: String::new(),
        }
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    /// The key context in force: it decides which binding table reads the keys.
    pub fn context(&self) -> Context {
        if self.too_small() {
            return Context::TooSmall;
        }
        if self.help.is_some() {
            return Context::Help;
        }
        if self.form.is_some() {
            return Context::Form;
        }
        match &self.screen {
            Screen::Home if self.home.filtering => Context::Search,
            Screen::Home => Context::Home,
            Screen::Reference(r) if r.searching => Context::Search,
            Screen::Review(r) if r.searching => Context::Search,
            Screen::Reference(_) => Context::Reference,
            Screen::Review(_) => Context::Review,
            Screen::Workshop(w) if w.editor.is_some() => Context::Editor,
            Screen::Workshop(_) => Context::Workshop,
            Screen::LockHeld { .. } => Context::LockHeld,
            Screen::Records(r) => r.kind.context(),
            Screen::Facil(f) => f.context(),
        }
    }

    /// The context whose keys the help overlay lists (the screen under the overlay).
    pub fn screen_context(&self) -> Context {
        match &self.screen {
            Screen::Home => Context::Home,
            Screen::Reference(_) => Context::Reference,
            Screen::Review(_) => Context::Review,
            Screen::Workshop(w) if w.editor.is_some() => Context::Editor,
            Screen::Workshop(_) => Context::Workshop,
            Screen::LockHeld { .. } => Context::LockHeld,
            Screen::Records(r) => r.kind.context(),
            Screen::Facil(f) => f.context(),
        }
    }

    /// Go to a screen; Esc comes back to the current one.
    pub fn push_screen(&mut self, screen: Screen) {
        let previous = std::mem::replace(&mut self.screen, screen);
        self.back.push(previous);
    }

    /// Return to the previous screen (home when there is none); returns the screen left.
    pub fn pop_screen(&mut self) -> Screen {
        let previous = self.back.pop().unwrap_or(Screen::Home);
        std::mem::replace(&mut self.screen, previous)
    }

    /// The home screen's entries in display order: start entries, then the sessions that match the
    /// filter, in the chosen order.
    pub fn home_items(&self) -> Vec<HomeItem> {
        let mut items = vec![
            HomeItem::Start(StartEntry::NewSession),
            HomeItem::Start(StartEntry::Reference),
        ];
        let q = self.home.filter.trim().to_lowercase();
        let mut sessions: Vec<usize> = (0..self.sessions.len())
            .filter(|i| {
                let r = &self.sessions[*i];
                q.is_empty()
                    || [&r.title, &r.kind, &r.operation, &r.facilitator]
                        .iter()
                        .any(|f| f.to_lowercase().contains(&q))
            })
            .collect();
        let key = |i: &usize| -> String {
            let r = &self.sessions[*i];
            match self.home.sort {
                SortKey::Changed => String::new(),
                SortKey::Title => r.title.to_lowercase(),
                SortKey::Kind => r.kind.clone(),
            }
        };
        match self.home.sort {
            SortKey::Changed => {
                sessions.sort_by(|a, b| self.sessions[*b].sort_key.cmp(&self.sessions[*a].sort_key))
            }
            _ => sessions.sort_by_key(key),
        }
        items.extend(sessions.into_iter().map(HomeItem::Session));
        items
    }
}
