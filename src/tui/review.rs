//! The review screen: a session read read-only (from home with `v`, or `pim-workshop review PATH`),
//! scrolled by line, searched, jumped through by section. Its state is [`ReviewState`].

pub use super::library::ReviewState;

use super::ctx::{Ctx, QueryEdit};
use super::keys::{Command, Context};
use super::library::HomeState;
use super::msg::Effect;
use super::open::OpenSession;
use super::screen::ScreenKind;

/// Where the search stands: the match shown first on screen (1-based) and how many lines match.
/// `None` without a query.
pub fn match_position(r: &ReviewState) -> Option<(usize, usize)> {
    let q = crate::search::Query::new(&r.query)?;
    let hits: Vec<usize> = (0..r.lines.len())
        .filter(|i| q.matches(&r.lines[*i]))
        .collect();
    let before = hits.iter().filter(|i| **i < r.scroll).count();
    Some(((before + 1).min(hits.len()), hits.len()))
}

/// The screen rows a source line takes at this terminal width.
fn rows(r: &ReviewState, i: usize, columns: u16) -> usize {
    let width = super::review_lines::text_width(columns);
    super::review_lines::wrapped(&r.lines[i], width)
        .len()
        .max(1)
}

/// PgDn: the first line that was not wholly on screen comes to the top (a long wrapped line is never
/// skipped); always at least one line on.
fn page_down(r: &ReviewState, height: usize, columns: u16) -> usize {
    let mut used = 0;
    let mut i = r.scroll;
    while i < r.lines.len() {
        used += rows(r, i, columns);
        if used > height {
            break;
        }
        i += 1;
    }
    i.max(r.scroll + 1)
}

/// PgUp: as many lines back as fill a screen above the top one.
fn page_up(r: &ReviewState, height: usize, columns: u16) -> usize {
    let mut used = 0;
    let mut i = r.scroll;
    while i > 0 {
        used += rows(r, i - 1, columns);
        if used > height {
            break;
        }
        i -= 1;
    }
    if i == r.scroll {
        r.scroll.saturating_sub(1)
    } else {
        i
    }
}

fn context(r: &ReviewState) -> Context {
    if r.searching {
        Context::Search
    } else {
        Context::Review
    }
}

/// Typing a search: scroll to the first line holding it.
fn type_query(r: &mut ReviewState, edit: QueryEdit) -> bool {
    if !r.searching || !edit.apply(&mut r.query) {
        return false;
    }
    let q = crate::search::Query::new(&r.query);
    if let Some(line) = q.and_then(|q| r.lines.iter().position(|l| q.matches(l))) {
        r.scroll = line;
    }
    true
}

fn handle(r: &mut ReviewState, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let page = usize::from(cx.size.1.saturating_sub(6)).max(1);
    let last = r.lines.len().saturating_sub(1);
    match command {
        Command::ScrollUp => r.scroll = r.scroll.saturating_sub(1),
        Command::ScrollDown => r.scroll = (r.scroll + 1).min(last),
        Command::PageUp => r.scroll = page_up(r, page, cx.size.0),
        Command::PageDown => r.scroll = page_down(r, page, cx.size.0).min(last),
        Command::First => r.scroll = 0,
        Command::Last => r.scroll = last.saturating_sub(page / 2),
        Command::NextTab => {
            if let Some((_, line)) = r.sections.iter().find(|(_, line)| *line > r.scroll) {
                r.scroll = *line;
            }
        }
        Command::PrevTab => {
            if let Some((_, line)) = r.sections.iter().rev().find(|(_, line)| *line < r.scroll) {
                r.scroll = *line;
            }
        }
        // A new search starts empty (the old query would only have to be deleted first).
        Command::Search => {
            r.query.clear();
            r.searching = true;
        }
        Command::ClearSearch => {
            r.query.clear();
            r.searching = false;
        }
        Command::Back if r.searching => r.searching = false,
        // n/N, and ↑/↓ while typing a search, jump between matches.
        Command::NextMatch | Command::Down | Command::PrevMatch | Command::Up => {
            let forward = matches!(command, Command::NextMatch | Command::Down);
            if let Some(line) = r.find(forward) {
                r.scroll = line;
            }
        }
        Command::Back => cx.back(),
        _ => {}
    }
    Vec::new()
}

impl ScreenKind for ReviewState {
    fn context(&self, _: &HomeState) -> Context {
        context(self)
    }
    fn help_context(&self) -> Context {
        Context::Review
    }
    fn title(&self, _: Option<&OpenSession>) -> String {
        ReviewState::title(self)
    }
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        handle(self, command, cx)
    }
    fn type_query(&mut self, edit: QueryEdit, _: &mut Ctx) -> bool {
        type_query(self, edit)
    }
}
