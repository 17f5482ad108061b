//! Text in every script is stored exactly as it is typed (key by key, joiners and marks included) or
//! pasted: in the answer editor, in a form field (a decision's title) and in a search.

mod support;

use crossterm::event::KeyCode;
use pim_workshop::tui::app::{App, Screen};
use pim_workshop::tui::update::{Action, update};
use support::app::{home, session_of, with_session};
use support::corpus::CORPUS;
use support::keys::{press, type_text};

/// How the text goes in: typed one character key at a time, or pasted at once.
#[derive(Clone, Copy, Debug)]
enum Entry {
    Typed,
    Pasted,
}

fn enter(app: &mut App, how: Entry, text: &str) {
    match how {
        Entry::Typed => {
            type_text(app, text);
        }
        Entry::Pasted => {
            update(app, Action::Paste(text.to_string()));
        }
    }
}

fn workshop() -> App {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let session =
        support::fixtures::fresh_session("Kalma scoping", "full-process", "Amina Haddad", at);
    with_session(80, 24, "kalma.json", session, None)
}

#[test]
fn the_answer_editor_stores_every_script_exactly() {
    for how in [Entry::Typed, Entry::Pasted] {
        for sentence in CORPUS {
            let mut app = workshop();
            press(&mut app, KeyCode::Enter);
            enter(&mut app, how, sentence);
            press(&mut app, KeyCode::Esc);
            let stored = session_of(&app).answer_text("define-purpose", "define-purpose.decisions");
            assert_eq!(stored, sentence, "{how:?} into the answer editor");
        }
    }
}

#[test]
fn a_form_field_stores_every_script_exactly() {
    for how in [Entry::Typed, Entry::Pasted] {
        for sentence in CORPUS {
            let mut app = workshop();
            press(&mut app, KeyCode::Char('d'));
            enter(&mut app, how, sentence);
            press(&mut app, KeyCode::Enter);
            let decisions = &session_of(&app).decisions;
            assert_eq!(
                decisions.len(),
                1,
                "{how:?} {sentence:?}: the decision is recorded"
            );
            assert_eq!(
                decisions[0].title, sentence,
                "{how:?} into the decision's title"
            );
        }
    }
}

#[test]
fn a_search_stores_every_script_exactly() {
    for how in [Entry::Typed, Entry::Pasted] {
        for sentence in CORPUS {
            let mut app = home(80, 24);
            press(&mut app, KeyCode::Char('r'));
            press(&mut app, KeyCode::Char('/'));
            enter(&mut app, how, sentence);
            let Screen::Reference(r) = &app.screen else {
                panic!("the reference library is open")
            };
            assert_eq!(r.query, sentence, "{how:?} into the library's search");
            press(&mut app, KeyCode::Esc);
            press(&mut app, KeyCode::Esc);
            press(&mut app, KeyCode::Char('/'));
            enter(&mut app, how, sentence);
            assert_eq!(app.home.filter, sentence, "{how:?} into the home filter");
        }
    }
}
