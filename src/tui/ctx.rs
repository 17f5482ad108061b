//! What every screen handler is given: the context. It holds the open session (if any), the content
//! pack, the time from the loop's tick, the size, the notice line and the form slot — and never the
//! screen stack: a handler asks to go somewhere (`push`, `back`, `quit`) and `update` does it after.

use std::sync::Arc;

use super::form::Form;
use super::library::{FacilUi, HomeState, Notice, NoticeKind, SessionRow};
use super::open::{Clock, OpenSession};
use super::screens::Screen;
use crate::content::Pack;

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
    pub nav: Vec<Nav>,
    /// The content pack is an adapted one (`--content`), kept whatever a session's language.
    pub adapted_content: bool,
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
            adapted_content: false,
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
    /// The whole query, as the search's text field holds it.
    Set(String),
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
            QueryEdit::Set(text) => {
                let changed = query != text;
                query.clone_from(text);
                changed
            }
            QueryEdit::Paste(text) => {
                query.push_str(&text.replace(['\n', '\r'], " "));
                !text.is_empty()
            }
        }
    }
}
