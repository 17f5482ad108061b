//! The home screen: start entries and the library of sessions, filtered and sorted. Its state lives in
//! the app (the library outlives the screens on top of it); its handler gets the context like every
//! screen's.

use super::ctx::{Ctx, QueryEdit};
use super::keys::{Command, Context};
use super::library::{HomeItem, HomeState, SessionRow, SortKey, StartEntry};
use super::msg::Effect;
use super::open::OpenSession;
use super::reference::{RefState, Section};
use super::screen::ScreenKind;
use super::screens::{HomeScreen, Screen};
use crate::t;

/// The home screen's entries in display order: start entries, then the sessions that match the
/// filter, in the chosen order.
pub fn items(home: &HomeState, rows: &[SessionRow]) -> Vec<HomeItem> {
    let mut items = vec![
        HomeItem::Start(StartEntry::NewSession),
        HomeItem::Start(StartEntry::Reference),
    ];
    // The one matching rule: case and accents do not count (`crate::search`).
    let q = crate::search::Query::new(&home.filter);
    let mut sessions: Vec<usize> = (0..rows.len())
        .filter(|i| {
            let r = &rows[*i];
            q.as_ref().is_none_or(|q| {
                [&r.title, &r.kind, &r.operation, &r.facilitator]
                    .iter()
                    .any(|f| q.matches(f))
            })
        })
        .collect();
    let key = |i: &usize| -> String {
        let r = &rows[*i];
        match home.sort {
            SortKey::Changed => String::new(),
            SortKey::Title => r.title.to_lowercase(),
            SortKey::Kind => r.kind.clone(),
        }
    };
    match home.sort {
        SortKey::Changed => sessions.sort_by(|a, b| rows[*b].sort_key.cmp(&rows[*a].sort_key)),
        _ => sessions.sort_by_key(key),
    }
    items.extend(sessions.into_iter().map(HomeItem::Session));
    items
}

/// The key table in force on the home screen.
fn context(home: &HomeState) -> Context {
    if home.filtering {
        Context::Search
    } else {
        Context::Home
    }
}

/// Typing into the filter: the cursor goes to the first matching session (after the two start entries).
fn type_query(edit: QueryEdit, cx: &mut Ctx) -> bool {
    if !cx.home.filtering || !edit.apply(&mut cx.home.filter) {
        return false;
    }
    let len = items(cx.home, cx.sessions).len();
    cx.home.cursor = if len > 2 { 2 } else { len.saturating_sub(1) };
    true
}

fn handle(command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let items = items(cx.home, cx.sessions);
    let len = items.len();
    let page = usize::from(cx.size.1.saturating_sub(8)).max(1);
    let home = &mut *cx.home;
    let cursor = &mut home.cursor;
    match command {
        Command::Up => *cursor = cursor.saturating_sub(1),
        Command::Down => *cursor = (*cursor + 1).min(len.saturating_sub(1)),
        Command::PageUp => *cursor = cursor.saturating_sub(page),
        Command::PageDown => *cursor = (*cursor + page).min(len.saturating_sub(1)),
        Command::First => *cursor = 0,
        Command::Last => *cursor = len.saturating_sub(1),
        Command::Search => home.filtering = true,
        Command::Back | Command::ClearSearch if home.filtering => {
            home.filtering = false;
            if command == Command::ClearSearch {
                home.filter.clear();
            }
        }
        Command::Back if !home.filter.is_empty() => home.filter.clear(),
        Command::Sort => home.sort = home.sort.next(),
        Command::ArchiveGroup => {
            if let Some(row) = selected(&items, home.cursor, cx.sessions) {
                return super::group_archive::ask(&row.path);
            }
        }
        Command::FindInSessions => {
            let find = super::find::FindState::new();
            cx.push(Screen::Find(Box::new(find)));
        }
        Command::View => {
            if let Some(row) = selected(&items, home.cursor, cx.sessions) {
                return vec![Effect::LoadReview(row.path.clone())];
            }
        }
        Command::Open => match items.get(home.cursor) {
            Some(HomeItem::Start(StartEntry::NewSession)) => {
                *cx.form = Some(super::wizard::form(&cx.pack));
            }
            Some(HomeItem::Start(StartEntry::Reference)) => {
                cx.push(Screen::Reference(RefState::new(Section::Process)));
            }
            Some(HomeItem::Session(_)) => {
                if let Some(row) = selected(&items, home.cursor, cx.sessions) {
                    return vec![Effect::OpenSession {
                        path: row.path.clone(),
                        read_only: false,
                    }];
                }
            }
            None => {}
        },
        _ => {}
    }
    Vec::new()
}

/// The session row under the cursor, if the cursor is on one.
fn selected<'a>(
    items: &[HomeItem],
    cursor: usize,
    rows: &'a [SessionRow],
) -> Option<&'a SessionRow> {
    match items.get(cursor) {
        Some(HomeItem::Session(i)) => rows.get(*i),
        _ => None,
    }
}

impl ScreenKind for HomeScreen {
    fn context(&self, home: &HomeState) -> Context {
        context(home)
    }
    fn help_context(&self) -> Context {
        Context::Home
    }
    fn title(&self, _: Option<&OpenSession>) -> String {
        t!("home-title").to_string()
    }
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        handle(command, cx)
    }
    fn type_query(&mut self, edit: QueryEdit, cx: &mut Ctx) -> bool {
        type_query(edit, cx)
    }
}
