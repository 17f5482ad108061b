//! `update` over sequences of actions: the state changes and the effects it asks for.

mod support;

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEventKind};
use pim_workshop::tui::app::{App, Screen, SessionRow};
use pim_workshop::tui::keys::Context;
use pim_workshop::tui::reference::Section;
use pim_workshop::tui::theme::Theme;
use pim_workshop::tui::update::{Action, Effect, update};
use support::keys::press;

fn app() -> App {
    support::app::app_with_theme(80, 24, Theme::colour())
}

fn row(name: &str) -> SessionRow {
    SessionRow {
        path: PathBuf::from(format!("/data/sessions/{name}.json")),
        title: name.into(),
        kind: "full-process".into(),
        changed: "2026-11-21 10:00".into(),
        error: None,
        ..SessionRow::default()
    }
}

#[test]
fn cursor_moves_and_clamps_on_home() {
    let mut app = app();
    update(&mut app, Action::SessionsScanned(vec![row("a"), row("b")]));
    assert_eq!(app.home.cursor, 0);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert_eq!(
        app.home.cursor, 3,
        "clamped at the last entry (new, library, two sessions)"
    );
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.home.cursor, 0);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.home.cursor, 3);
    press(&mut app, KeyCode::Up);
    assert_eq!(app.home.cursor, 2);
}

#[test]
fn a_shorter_rescan_keeps_the_cursor_in_range() {
    let mut app = app();
    update(
        &mut app,
        Action::SessionsScanned(vec![row("a"), row("b"), row("c")]),
    );
    press(&mut app, KeyCode::End);
    assert_eq!(app.home.cursor, 4);
    update(&mut app, Action::SessionsScanned(vec![row("a")]));
    assert_eq!(app.home.cursor, 2);
}

#[test]
fn enter_opens_a_session_and_v_views_it_read_only() {
    let mut app = app();
    update(&mut app, Action::SessionsScanned(vec![row("a")]));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::OpenSession {
            path: PathBuf::from("/data/sessions/a.json"),
            read_only: false
        }]
    );
    let effects = press(&mut app, KeyCode::Char('v'));
    assert_eq!(
        effects,
        vec![Effect::LoadReview(PathBuf::from("/data/sessions/a.json"))]
    );
}

#[test]
fn help_opens_and_closes_and_quit_asks_to_quit() {
    let mut app = app();
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.context(), Context::Help);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Home);
    press(&mut app, KeyCode::Char('?'));
    press(&mut app, KeyCode::Char('?'));
    assert!(app.help.is_none(), "? toggles help");
    assert_eq!(press(&mut app, KeyCode::Char('q')), vec![Effect::Quit]);
    assert!(app.quitting);
}

#[test]
fn key_releases_are_ignored() {
    let mut app = app();
    let mut release = support::keys::key(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert!(update(&mut app, Action::Key(release)).is_empty());
    assert!(!app.quitting);
}

#[test]
fn reference_is_one_key_away_and_esc_returns_to_where_you_were() {
    let mut app = app();
    press(&mut app, KeyCode::Char('r'));
    assert!(matches!(app.screen, Screen::Reference(_)));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    let Screen::Reference(r) = &app.screen else {
        panic!()
    };
    assert_eq!(r.section, Section::Matrix);
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(
        app.back.len(),
        1,
        "r inside the library does not stack another library"
    );
    let effects = press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home(_)));
    assert_eq!(
        effects,
        vec![Effect::ScanSessions],
        "coming home re-reads the sessions"
    );
}

#[test]
fn search_takes_letters_that_are_keys_elsewhere() {
    let mut app = app();
    press(&mut app, KeyCode::Char('r'));
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Char('/'));
    for c in "quit".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    assert!(!app.quitting, "q typed into the search is a letter");
    let Screen::Reference(r) = &app.screen else {
        panic!()
    };
    assert_eq!(r.query, "quit");
    press(&mut app, KeyCode::Backspace);
    update(&mut app, Action::Paste("e\nx".into()));
    let Screen::Reference(r) = &app.screen else {
        panic!()
    };
    assert_eq!(r.query, "quie x", "pasted newlines become spaces");
    press(&mut app, KeyCode::Esc);
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("Clear the search"),
        "Esc with something typed asks"
    );
    press(&mut app, KeyCode::Char('y'));
    let Screen::Reference(r) = &app.screen else {
        panic!()
    };
    assert!(r.query.is_empty() && !r.searching);
}

#[test]
fn terminate_and_resize() {
    let mut app = app();
    update(&mut app, Action::Resize(30, 10));
    assert_eq!(app.context(), Context::TooSmall);
    assert!(press(&mut app, KeyCode::Char('r')).is_empty());
    assert!(
        matches!(app.screen, Screen::Home(_)),
        "only q works while too small"
    );
    update(&mut app, Action::Resize(80, 24));
    assert_eq!(update(&mut app, Action::Terminate), vec![Effect::Quit]);
}

fn titled(name: &str, kind: &str, changed: &str) -> SessionRow {
    SessionRow {
        sort_key: changed.into(),
        kind: kind.into(),
        ..row(name)
    }
}

fn session_titles(app: &App) -> Vec<String> {
    use pim_workshop::tui::app::HomeItem;
    app.home_items()
        .into_iter()
        .filter_map(|i| match i {
            HomeItem::Session(s) => Some(app.sessions[s].title.clone()),
            HomeItem::Start(_) => None,
        })
        .collect()
}

#[test]
fn the_library_filters_as_you_type_and_sorts() {
    let mut app = app();
    update(
        &mut app,
        Action::SessionsScanned(vec![
            titled("Kalma scoping", "needs-assessment-scoping", "2026-11-20"),
            titled("Training day 1", "pim-training", "2026-11-21"),
            titled("Annual review", "impact-review", "2026-10-01"),
        ]),
    );
    assert_eq!(
        session_titles(&app),
        ["Training day 1", "Kalma scoping", "Annual review"],
        "newest first"
    );
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(
        session_titles(&app),
        ["Annual review", "Kalma scoping", "Training day 1"],
        "by title"
    );
    press(&mut app, KeyCode::Char('/'));
    for c in "TRAIN".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    assert_eq!(
        session_titles(&app),
        ["Training day 1"],
        "the filter ignores case"
    );
    assert_eq!(app.home.cursor, 2, "the cursor goes to the first match");
    press(&mut app, KeyCode::Enter);
    assert!(
        !app.home.filtering,
        "Enter keeps the filter and goes back to the list"
    );
    assert_eq!(session_titles(&app).len(), 1);
    press(&mut app, KeyCode::Esc);
    assert_eq!(session_titles(&app).len(), 3, "Esc clears the filter");
}

#[test]
fn scan_progress_fills_in() {
    let mut app = app();
    update(&mut app, Action::ScanStarted(3));
    assert_eq!(app.home.scanning, Some((0, 3)));
    update(
        &mut app,
        Action::ScanRows {
            rows: vec![row("a"), row("b")],
            done: 2,
        },
    );
    assert_eq!(app.home.scanning, Some((2, 3)));
    assert_eq!(app.sessions.len(), 2, "the first rows show at once");
    update(
        &mut app,
        Action::ScanRows {
            rows: vec![row("c")],
            done: 3,
        },
    );
    assert_eq!(app.home.scanning, None);
    assert_eq!(app.sessions.len(), 3);
}

#[test]
fn pasting_into_the_home_filter_filters() {
    let mut app = app();
    update(
        &mut app,
        Action::SessionsScanned(vec![row("Kalma scoping"), row("Training day")]),
    );
    press(&mut app, KeyCode::Char('/'));
    update(&mut app, Action::Paste("kalma\n".into()));
    assert_eq!(app.home.filter, "kalma ");
    assert_eq!(session_titles(&app), ["Kalma scoping"]);
}
