//! Plain data the app keeps and the messages carry: the library's rows and the home screen's cursor,
//! a session read for review, the notice line, the presenter view's switch. A leaf: it uses nothing else
//! of the TUI.

use crate::t;
use std::path::PathBuf;

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
    /// "Overview › the session's title": where the header says the user is.
    pub fn title(&self) -> String {
        match &self.loaded {
            Ok(session) => format!(
                "{} › {}",
                t!("overview-title"),
                crate::display::one_line(&session.title)
            ),
            Err(_) => t!("overview-title").to_string(),
        }
    }

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
        // The one matching rule: case and accents do not count (`crate::search`).
        let q = crate::search::Query::new(&self.query)?;
        let hit = |i: &usize| q.matches(&self.lines[*i]);
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

    pub fn label(self) -> String {
        match self {
            SortKey::Changed => t!("home-sort-changed"),
            SortKey::Title => t!("home-sort-title"),
            SortKey::Kind => t!("home-sort-kind"),
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

/// The facilitator's view state that is not part of the session.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FacilUi {
    /// The projector layout is on.
    pub presenter: bool,
    /// How far the presenter view's text is scrolled (PgUp/PgDn; back to the top when it opens).
    pub presenter_scroll: u16,
    /// How the presenter view's text was last drawn: from which line (once clamped to the end), in how
    /// tall an area, for which `presenter_scroll` (written by the view, so PgUp/PgDn go on from what is
    /// on screen, a page at a time).
    pub presenter_drawn: std::cell::Cell<(u16, u16, u16)>,
    /// The module whose time-up was already signalled (so the bell rings once).
    pub alerted: Option<String>,
    /// The free timer's time-up was signalled (so it rings once).
    pub free_alerted: bool,
    /// The open plenary's group files as they are saved (live groups).
    pub live: super::live::LiveGroups,
}

impl HomeState {
    /// More rows of the library scan arrived, `done` files read: the scan ends with its last file.
    pub fn scan_progress(&mut self, done: usize) {
        self.scanning = match self.scanning {
            Some((_, total)) if done < total => Some((done, total)),
            _ => None,
        };
    }
}
