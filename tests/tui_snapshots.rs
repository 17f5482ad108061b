//! Snapshot tests of the screens, rendered on ratatui's TestBackend.

mod support;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use pim_workshop::tui::app::{App, SessionRow};
use pim_workshop::tui::update::{Action, update};
use ratatui::style::Modifier;
use support::app::home as app;
use support::keys::{press as key, type_text as chars};
use support::render::{draw, screen};

fn sessions() -> Vec<SessionRow> {
    vec![
        SessionRow {
            path: PathBuf::from("/data/sessions/kalma-scoping-2026-11-20.json"),
            title: "Kalma district: scoping the needs assessment request".into(),
            kind: "needs-assessment-scoping".into(),
            changed: "2026-11-20 16:42".into(),
            error: None,
            ..SessionRow::default()
        },
        SessionRow {
            path: PathBuf::from("/data/sessions/pim-training-day-2-2026-11-19.json"),
            title: "PIM training, day 2 \u{1b}]0;evil\u{7}".into(),
            kind: "pim-training".into(),
            changed: "2026-11-19 11:05".into(),
            error: None,
            ..SessionRow::default()
        },
        SessionRow {
            path: PathBuf::from("/data/sessions/broken.json"),
            title: "broken.json".into(),
            kind: String::new(),
            changed: String::new(),
            error: Some("line 3, column 7: expected value".into()),
            ..SessionRow::default()
        },
    ]
}

#[test]
fn home_empty_80x24() {
    let app = app(80, 24);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn home_with_sessions_80x24() {
    let mut app = app(80, 24);
    update(&mut app, Action::SessionsScanned(sessions()));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    let text = screen(&app);
    assert!(
        !text.contains('\u{1b}'),
        "no escape character from a title reaches the screen"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn help_overlay_80x24() {
    let mut app = app(80, 24);
    key(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn too_small_screen() {
    let app = app(40, 10);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn focused_entry_is_reversed_and_bold_without_colour() {
    let app = app(80, 24);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let text = terminal.backend().to_string();
    let row = text
        .lines()
        .position(|l| l.contains("▶ New session"))
        .unwrap() as u16;
    let col = text
        .lines()
        .nth(usize::from(row))
        .unwrap()
        .chars()
        .position(|c| c == '▶')
        .unwrap() as u16;
    let cell = &buffer[(col + 2, row)];
    assert!(cell.modifier.contains(Modifier::REVERSED));
    assert!(cell.modifier.contains(Modifier::BOLD));
}

#[test]
fn no_panic_at_any_small_size() {
    for w in 0..=30 {
        for h in 0..=12 {
            let mut app = app(w, h);
            update(&mut app, Action::SessionsScanned(sessions()));
            draw(&app);
            key(&mut app, KeyCode::Char('?'));
            draw(&app);
        }
    }
    // Every screen just above the minimum and at odd sizes.
    for (w, h) in [(60, 18), (61, 19), (80, 24), (100, 30), (200, 60)] {
        let mut app = app(w, h);
        update(&mut app, Action::SessionsScanned(sessions()));
        draw(&app);
        key(&mut app, KeyCode::Char('r'));
        for _ in 0..6 {
            draw(&app);
            key(&mut app, KeyCode::Tab);
        }
        key(&mut app, KeyCode::Char('?'));
        draw(&app);
    }
}

// ---------------------------------------------------------------- reference library

fn reference_at(section_tabs: usize) -> App {
    let mut app = app(80, 24);
    key(&mut app, KeyCode::Char('r'));
    for _ in 0..section_tabs {
        key(&mut app, KeyCode::Tab);
    }
    app
}

#[test]
fn reference_process_substep() {
    let mut app = reference_at(0);
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn reference_principles() {
    let mut app = reference_at(1);
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn reference_matrix_by_category() {
    let app = reference_at(2);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn reference_matrix_by_criterion() {
    let mut app = reference_at(2);
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn reference_matrix_output_first() {
    let mut app = reference_at(2);
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Char('m'));
    for _ in 0..10 {
        key(&mut app, KeyCode::Down);
    }
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn reference_glossary_search() {
    let mut app = reference_at(3);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "hxl");
    let text = screen(&app);
    assert!(text.contains("HXL"), "search finds HXL:\n{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn reference_glossary_search_no_match() {
    let mut app = reference_at(3);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "zzzzqqq");
    let text = screen(&app);
    assert!(text.contains("Nothing matches"));
}

#[test]
fn reference_data_sharing() {
    let app = reference_at(4);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn reference_competencies() {
    let app = reference_at(5);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn session_review_read_only() {
    let mut app = app(80, 30);
    let path = std::path::Path::new("tests/fixtures/sessions/v1-session.json");
    let before = std::fs::read(path).unwrap();
    let state = pim_workshop::tui::sessions::load_review(path, &app.content, review_day());
    update(&mut app, Action::ReviewLoaded(Box::new(state)));
    let text = screen(&app);
    assert!(text.contains("Read-only"));
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "viewing never changes the file"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn review_jumps_by_section_and_finds_text() {
    let mut app = app(80, 24);
    let path = std::path::Path::new("sessions/kalma-needs-assessment-scoping.json");
    let state = pim_workshop::tui::sessions::load_review(path, &app.content, review_day());
    update(&mut app, Action::ReviewLoaded(Box::new(state)));
    let section = |app: &App| match &app.screen {
        pim_workshop::tui::app::Screen::Review(r) => r.section().to_string(),
        _ => panic!("review screen"),
    };
    let first = section(&app);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    assert_ne!(section(&app), first, "Tab jumps to a later section");
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "qasr nour");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.to_lowercase().contains("qasr nour"), "{text}");
    key(&mut app, KeyCode::Char('q'));
    assert!(
        app.quitting,
        "after Enter the search keeps its text and q quits again"
    );
}

#[test]
fn review_opens_with_the_summary_and_search_counts_matches() {
    let mut app = app(80, 44);
    let path = std::path::Path::new("sessions/kalma-needs-assessment-scoping.json");
    let state = pim_workshop::tui::sessions::load_review(path, &app.content, review_day());
    update(&mut app, Action::ReviewLoaded(Box::new(state)));
    let top = screen(&app);
    assert!(top.contains("Summary"), "{top}");
    assert!(top.contains("overdue by"), "{top}");
    insta::assert_snapshot!("review_summary_first", top);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "kestrel");
    let first = screen(&app);
    let count = |text: &str| {
        let at = text.find("match ").expect("a match count");
        text[at..]
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let total: usize = count(&first).split(' ').nth(3).unwrap().parse().unwrap();
    assert!(total > 2, "{first}");
    assert_eq!(count(&first), format!("match 1 of {total}"));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(count(&screen(&app)), format!("match 2 of {total}"));
    key(&mut app, KeyCode::Char('N'));
    assert_eq!(count(&screen(&app)), format!("match 1 of {total}"));
    // A new search starts empty, and says when nothing matches.
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "zzzzqq");
    assert!(screen(&app).contains("no match"), "{}", screen(&app));
}

/// The day reviews are dated in these tests (what is overdue is counted from it), so the screens do
/// not change with the calendar.
fn review_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date")
}
