//! Searching inside the library's sessions (`f` on the home screen): type a query, Enter searches
//! every session file (answers, principle notes, decisions, actions, risks, parking lot, landscape);
//! the matches stream in with progress; Enter on one opens that session read-only (the review) at it.

use std::path::PathBuf;

use super::ctx::{Ctx, QueryEdit};
use super::keys::{Command, Context};
use super::library::{HomeState, ReviewState};
use super::msg::Effect;
use super::open::OpenSession;
use super::screen::ScreenKind;
use crate::content::Pack;
use crate::export::outline;
use crate::search::{Place, Query, SessionHits, place::place_name};
use crate::t;

/// One match as the screen lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundRow {
    pub path: PathBuf,
    /// The session's title (safe for the screen).
    pub title: String,
    /// Where in the session, by name.
    pub place: String,
    pub before: String,
    pub matched: String,
    pub after: String,
    /// A text of the review near the match (the sub-step's title, the record's id or name).
    pub anchor: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FindState {
    /// The query being typed or last searched.
    pub query: String,
    pub typing: bool,
    /// The query of the search shown ("" before the first).
    pub searched_for: String,
    pub rows: Vec<FoundRow>,
    /// Sessions with a match.
    pub sessions: usize,
    pub cursor: usize,
    /// While searching: files searched, and files found.
    pub progress: Option<(usize, usize)>,
    /// Files searched by the last search.
    pub searched: usize,
    /// Files that could not be read.
    pub unreadable: usize,
}

impl FindState {
    /// A new search screen, typing its query.
    pub fn new() -> FindState {
        FindState {
            typing: true,
            ..FindState::default()
        }
    }

    /// A search began over `total` files.
    pub fn started(&mut self, total: usize) {
        self.rows.clear();
        self.sessions = 0;
        self.cursor = 0;
        self.searched = total;
        self.unreadable = 0;
        self.progress = (total > 0).then_some((0, total));
    }

    /// More matches arrived, `done` files searched.
    pub fn found(
        &mut self,
        sessions: Vec<SessionHits>,
        unreadable: usize,
        done: usize,
        pack: &Pack,
    ) {
        self.sessions += sessions.len();
        self.unreadable += unreadable;
        for s in sessions {
            for hit in s.hits {
                self.rows.push(FoundRow {
                    path: s.path.clone(),
                    title: s.title.clone(),
                    place: place_name(&hit.place, &s.template, pack),
                    anchor: anchor(&hit.place, pack),
                    before: hit.before,
                    matched: hit.matched,
                    after: hit.after,
                });
            }
        }
        self.progress = match self.progress {
            Some((_, total)) if done < total => Some((done, total)),
            _ => None,
        };
    }
}

/// What the review shows near a match's place: the sub-step's number and title, or the record's id
/// (a landscape system's name).
fn anchor(place: &Place, pack: &Pack) -> String {
    match place {
        Place::Answer { substep, .. } | Place::Principle { substep, .. } => {
            outline::place(pack, "", Some(substep))
        }
        Place::Landscape { name, .. } => name.clone(),
        _ => place.record_id().unwrap_or_default().to_string(),
    }
}

/// The review scrolled to the match: the first line holding the query at or after the anchor (or
/// anywhere, when the anchor is not found), with the query set so `n` goes on to the next one.
pub fn at_match(mut review: ReviewState, query: &str, anchor: &str) -> ReviewState {
    review.query = query.to_string();
    let Some(q) = Query::new(query) else {
        return review;
    };
    let from = review
        .lines
        .iter()
        .position(|l| !anchor.is_empty() && l.contains(anchor))
        .unwrap_or(0);
    let hit = |i: &usize| q.matches(&review.lines[*i]);
    if let Some(line) = (from..review.lines.len())
        .find(hit)
        .or_else(|| (0..from).find(hit))
    {
        review.scroll = line;
    }
    review
}

fn handle(f: &mut FindState, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let last = f.rows.len().saturating_sub(1);
    let page = usize::from(cx.size.1.saturating_sub(8) / 3).max(1);
    match command {
        // Enter while typing: search.
        Command::Back if f.typing => {
            f.typing = false;
            if Query::new(&f.query).is_some() {
                f.searched_for = f.query.trim().to_string();
                return vec![Effect::SearchLibrary(f.searched_for.clone())];
            }
            if f.searched_for.is_empty() {
                cx.back();
            }
        }
        Command::ClearSearch => {
            f.query.clear();
            f.typing = false;
            if f.searched_for.is_empty() {
                cx.back();
            }
        }
        Command::Search => {
            f.typing = true;
            f.query.clear();
        }
        Command::Up => f.cursor = f.cursor.saturating_sub(1),
        Command::Down => f.cursor = (f.cursor + 1).min(last),
        Command::PageUp => f.cursor = f.cursor.saturating_sub(page),
        Command::PageDown => f.cursor = (f.cursor + page).min(last),
        Command::First => f.cursor = 0,
        Command::Last => f.cursor = last,
        Command::Open => {
            if let Some(row) = f.rows.get(f.cursor) {
                return vec![Effect::LoadReviewAt {
                    path: row.path.clone(),
                    query: f.searched_for.clone(),
                    anchor: row.anchor.clone(),
                }];
            }
        }
        Command::Back => cx.back(),
        _ => {}
    }
    Vec::new()
}

impl ScreenKind for FindState {
    fn context(&self, _: &HomeState) -> Context {
        if self.typing {
            Context::Search
        } else {
            Context::Find
        }
    }
    fn help_context(&self) -> Context {
        Context::Find
    }
    fn title(&self, _: Option<&OpenSession>) -> String {
        t!("find-title")
    }
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        handle(self, command, cx)
    }
    fn type_query(&mut self, edit: QueryEdit, _: &mut Ctx) -> bool {
        self.typing && edit.apply(&mut self.query)
    }
}
