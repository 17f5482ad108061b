//! The workshop, review and presenter screens show the corpus (sentences in fifteen scripts, with
//! their joiners and marks) without a missing or shifted cluster, at 80×24 and 120×40: every sentence
//! on screen is whole, cut by the program with `…`, or wrapped between words.

mod support;

use crossterm::event::KeyCode;
use pim_workshop::storage;
use pim_workshop::tui::app::{App, Screen};
use pim_workshop::tui::update::{Action, update};
use support::app::{clock, home, open_session, session_of_mut};
use support::corpus::{self, CORPUS};
use support::keys::press;
use support::render::{rows, screen};

/// The corpus session open on the workshop screen: the title in Arabic, the current prompt's answer
/// holding the whole corpus a sentence a line, each other prompt of the sub-step one sentence.
fn workshop(w: u16, h: u16) -> App {
    let mut app = home(w, h);
    let mut session = corpus::session();
    session.title = CORPUS[0].to_string();
    open_session(&mut app, "corpus.json", session, None);
    let open = app.open.as_ref().expect("a session is open");
    let (substep, current) = (open.substep_id().to_string(), open.prompt);
    let template = open.session.template.clone();
    let prompts: Vec<String> = app
        .content
        .prompts_for(&template, &substep)
        .iter()
        .map(|p| p.id.to_string())
        .collect();
    let s = session_of_mut(&mut app);
    for (i, prompt) in prompts.iter().enumerate() {
        let text = if i == current {
            CORPUS.join("\n")
        } else {
            CORPUS[(i + 1) % CORPUS.len()].to_string()
        };
        assert!(s.set_answer(&substep, prompt, &text, clock(), "Amina Haddad"));
    }
    app
}

/// The corpus session read on the review screen, at its decisions.
fn review(w: u16, h: u16) -> App {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corpus.json");
    storage::save_session(&path, &corpus::session()).unwrap();
    let mut app = home(w, h);
    let state = pim_workshop::tui::sessions::load_review(&path, &app.content, review_day());
    update(&mut app, Action::ReviewLoaded(Box::new(state)));
    for _ in 0..20 {
        if let Screen::Review(r) = &app.screen
            && r.section().contains("Decisions")
        {
            break;
        }
        press(&mut app, KeyCode::Tab);
    }
    app
}

fn presenter(w: u16, h: u16) -> App {
    let mut app = workshop(w, h);
    // f is a training's key (the corpus session has no agenda): the view is switched on directly.
    app.facil.presenter = true;
    app
}

/// Checks the screen and snapshots it; `at_least` sentences must be whole on it.
fn check(app: &App, at_least: usize) -> String {
    let whole = corpus::assert_whole_or_cut(&rows(app)).len();
    let text = screen(app);
    assert!(
        whole >= at_least,
        "{whole} sentences whole, {at_least} expected:\n{text}"
    );
    text
}

#[test]
fn workshop_corpus_80x24() {
    insta::assert_snapshot!(check(&workshop(80, 24), 3));
}

#[test]
fn workshop_corpus_120x40() {
    insta::assert_snapshot!(check(&workshop(120, 40), 10));
}

/// Page by page (PgDn) from the decisions to the end, every sentence of the corpus is whole at least
/// once: a page whose lines wrap never skips the lines it had no room for (PgDn counts screen rows).
fn every_page_of_the_review(app: &mut App) {
    let mut seen = std::collections::BTreeSet::new();
    let mut page = rows(app);
    loop {
        seen.extend(corpus::assert_whole_or_cut(&page));
        press(app, KeyCode::PageDown);
        let next = rows(app);
        if next == page {
            break;
        }
        page = next;
    }
    let missing: Vec<_> = CORPUS.iter().filter(|s| !seen.contains(*s)).collect();
    assert!(missing.is_empty(), "never whole on any page: {missing:?}");
}

#[test]
fn review_corpus_80x24() {
    let mut app = review(80, 24);
    insta::assert_snapshot!(check(&app, 2));
    every_page_of_the_review(&mut app);
}

#[test]
fn review_corpus_120x40() {
    let mut app = review(120, 40);
    insta::assert_snapshot!(check(&app, 4));
    every_page_of_the_review(&mut app);
}

#[test]
fn presenter_corpus_80x24() {
    insta::assert_snapshot!(check(&presenter(80, 24), 3));
}

#[test]
fn presenter_corpus_120x40() {
    insta::assert_snapshot!(check(&presenter(120, 40), 10));
}

/// The day reviews are dated in these tests (what is overdue is counted from it), so the screens do
/// not change with the calendar.
fn review_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date")
}
