//! Plain data the messages carry between the loop and `update`: the library's rows, a session read
//! for review, and the notice line. A leaf: it uses nothing else of the TUI.

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
        let t = crate::i18n::texts();
        match &self.loaded {
            Ok(session) => format!(
                "{} › {}",
                t.overview_title,
                crate::display::one_line(&session.title)
            ),
            Err(_) => t.overview_title.to_string(),
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
