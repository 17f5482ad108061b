//! The application state. Views read it; only `update` changes it.

use std::path::PathBuf;

use super::ctx::{Ctx, Nav};
use super::keys::Context;
pub use super::library::{
    HomeItem, HomeState, Notice, NoticeKind, ReviewState, SessionRow, SortKey, StartEntry,
};
use super::msg::Effect;
pub use super::screens::{HomeScreen, Screen};
use super::theme::Theme;

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

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
    pub facil: super::library::FacilUi,
    /// The session open in the workshop (whatever screen is on top of it).
    pub open: Option<super::open::OpenSession>,
    /// The time, as the loop last said (`Action::Tick`).
    pub clock: super::open::Clock,
    /// Who runs the program (from the environment, read by the loop): recorded as the author of
    /// changes when the session names no facilitator.
    pub user: String,
    /// The language the program started in (the environment's or `--lang`): home speaks it again
    /// when a session in another language is closed.
    pub start_lang: crate::i18n::Lang,
    /// The content pack is an adapted one (`--content`): sessions in other languages keep it.
    pub adapted_content: bool,
    /// A save that failed: retries, the rescue copy, the question asked when leaving.
    pub unsaved: super::save_trouble::SaveTrouble,
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
            screen: Screen::Home(HomeScreen),
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
            start_lang: crate::i18n::current(),
            adapted_content: false,
            unsaved: Default::default(),
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
        if self.unsaved.dialog.is_some() {
            return Context::Unsaved;
        }
        if self.help.is_some() {
            return Context::Help;
        }
        if self.form.is_some() {
            return Context::Form;
        }
        self.screen.context(&self.home)
    }

    /// The context whose keys the help overlay lists (the screen under the overlay).
    pub fn screen_context(&self) -> Context {
        self.screen.help_context()
    }

    /// The current screen, and the context its handlers get: everything but the screen stack.
    pub fn split(&mut self) -> (&mut Screen, Ctx<'_>) {
        let adapted_content = self.adapted_content;
        let mut cx = Ctx::new(
            &mut self.open,
            std::sync::Arc::clone(&self.content),
            self.clock,
            self.size,
            &mut self.notice,
            &mut self.form,
            &mut self.facil,
            &self.data_dir,
            (&mut self.home, &self.sessions),
        );
        cx.adapted_content = adapted_content;
        (&mut self.screen, cx)
    }

    /// Go where the handlers asked. Coming back home re-reads the session list.
    pub fn navigate(&mut self, nav: Vec<Nav>) -> Vec<Effect> {
        let mut effects = Vec::new();
        for step in nav {
            match step {
                Nav::Push(screen) => self.push_screen(screen),
                Nav::Replace(screen) => self.screen = screen,
                Nav::Back => {
                    self.pop_screen();
                    if matches!(self.screen, Screen::Home(_)) {
                        effects.push(Effect::ScanSessions);
                    }
                }
                Nav::Quit => {
                    self.quitting = true;
                    effects.push(Effect::Quit);
                }
            }
        }
        effects
    }

    /// Go to a screen; Esc comes back to the current one.
    pub fn push_screen(&mut self, screen: Screen) {
        let previous = std::mem::replace(&mut self.screen, screen);
        self.back.push(previous);
    }

    /// Return to the previous screen (home when there is none); returns the screen left.
    pub fn pop_screen(&mut self) -> Screen {
        let previous = self.back.pop().unwrap_or(Screen::Home(HomeScreen));
        std::mem::replace(&mut self.screen, previous)
    }

    /// The home screen's entries in display order (see [`super::home::items`]).
    pub fn home_items(&self) -> Vec<HomeItem> {
        super::home::items(&self.home, &self.sessions)
    }
}
