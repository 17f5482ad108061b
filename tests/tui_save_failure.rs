//! A failed save in the pure update: the header's reason, retries with a growing wait from the clock
//! handed in, the rescue copy after three failures, and the question on quit (its keys and exits).

mod support;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use pim_workshop::storage::{SaveProblem, SaveReport};
use pim_workshop::tui::app::App;
use pim_workshop::tui::keys::Context;
use pim_workshop::tui::save_failure::{self, Exit};
use pim_workshop::tui::update::{Action, Effect, update};
use support::app::{clock, with_session};
use support::keys::{press, press_char, type_text};
use support::render::screen;

fn app() -> App {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let s = support::fixtures::fresh_session("Kalma scoping", "full-process", "Amina", at);
    with_session(120, 30, "kalma.json", s, None)
}

fn full() -> SaveReport {
    SaveReport::Failed {
        message: "No space left on device".into(),
        problem: SaveProblem::DiskFull {
            free: Some(0),
            place: PathBuf::from("/media/usb"),
        },
    }
}

fn at(secs: i64) -> chrono::DateTime<chrono::FixedOffset> {
    clock() + chrono::Duration::seconds(secs)
}

#[test]
fn the_header_says_why_and_retries_wait_longer_each_time() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "words");
    update(&mut app, Action::SaveQueued(1));
    assert!(update(&mut app, Action::SaveReport(full())).is_empty());
    let s = screen(&app);
    assert!(
        s.contains("✗ NOT SAVED — disk full, 0 bytes free on /media/usb"),
        "{s}"
    );
    assert!(
        s.contains("changes NOT saved") && !s.contains("answer is saved"),
        "{s}"
    );
    // First retry after 2 s, not before.
    assert!(update(&mut app, Action::Tick(at(1))).is_empty());
    assert_eq!(
        update(&mut app, Action::Tick(at(2))),
        vec![Effect::RetrySave]
    );
    assert!(
        update(&mut app, Action::Tick(at(3))).is_empty(),
        "asked once"
    );
    // Second failure: 4 s later.
    app.clock = pim_workshop::tui::open::Clock::at(at(2));
    update(&mut app, Action::SaveReport(full()));
    assert!(update(&mut app, Action::Tick(at(5))).is_empty());
    assert_eq!(
        update(&mut app, Action::Tick(at(6))),
        vec![Effect::RetrySave]
    );
    // Third failure: the rescue copy is asked for.
    let effects = update(&mut app, Action::SaveReport(full()));
    assert!(
        matches!(effects.as_slice(), [Effect::SaveCopy { dir: None, .. }]),
        "{effects:?}"
    );
    assert_eq!(save_failure::backoff(3), chrono::Duration::seconds(8));
    assert_eq!(save_failure::backoff(30), chrono::Duration::seconds(60));
    update(
        &mut app,
        Action::CopySaved {
            asked: false,
            result: Ok(PathBuf::from(
                "/home/amina/pim-workshop-rescue/kalma-rescue.json",
            )),
        },
    );
    assert!(screen(&app).contains("rescue copy"), "{}", screen(&app));
    // A save that works clears it all.
    let ok = SaveReport::Saved {
        at: at(10),
        generation: 1,
    };
    update(&mut app, Action::SaveReport(ok));
    assert!(screen(&app).contains("✓ saved"));
    assert_eq!(app.unsaved.failures, 0);
    assert!(update(&mut app, Action::Tick(at(100))).is_empty());
}

#[test]
fn quitting_with_unsaved_changes_asks_and_each_answer_does_what_it_says() {
    let mut app = app();
    update(&mut app, Action::SaveReport(full()));
    app.quitting = true;
    assert!(!save_failure::may_leave(&mut app), "it must ask");
    assert!(!app.quitting);
    assert_eq!(app.context(), Context::Unsaved);
    let s = screen(&app);
    assert!(
        s.contains("Changes not saved") && s.contains("disk full"),
        "{s}"
    );

    // Esc: back to the session.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.unsaved.dialog, None);

    // Retry: asks the saver; a save that works then leaves.
    app.quitting = true;
    save_failure::may_leave(&mut app);
    assert_eq!(press_char(&mut app, 'r'), vec![Effect::RetrySave]);
    assert!(screen(&app).contains("Trying the save again"));
    let ok = SaveReport::Saved {
        at: at(1),
        generation: 0,
    };
    assert_eq!(update(&mut app, Action::SaveReport(ok)), vec![Effect::Quit]);
    assert!(app.quitting && app.unsaved.exit == Exit::Saved);

    // A copy elsewhere: the prompt starts at the home folder and can be changed.
    let mut app = app_failed();
    app.unsaved.home = PathBuf::from("/home/amina");
    press_char(&mut app, 'c');
    assert!(screen(&app).contains("/home/amina"));
    for _ in 0.."amina".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "usb");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::SaveCopy { dir: Some(d), .. }] if d == &PathBuf::from("/home/usb")),
        "{effects:?}"
    );
    let copy = PathBuf::from("/home/usb/kalma-copy.json");
    let effects = update(
        &mut app,
        Action::CopySaved {
            asked: true,
            result: Ok(copy.clone()),
        },
    );
    assert_eq!(effects, vec![Effect::Quit]);
    assert_eq!(app.unsaved.exit, Exit::CopyOnly(copy));
    assert_eq!(save_failure::exit_code(&app), 4);
    assert!(
        save_failure::exit_report(&app, true)
            .unwrap()
            .contains("kalma-copy.json")
    );

    // Lose them: leaves with status 3 and says so.
    let mut app = app_failed();
    assert_eq!(press_char(&mut app, 'l'), vec![Effect::Quit]);
    assert_eq!(app.unsaved.exit, Exit::Lost);
    assert_eq!(save_failure::exit_code(&app), 3);
    assert!(
        save_failure::exit_report(&app, true)
            .unwrap()
            .contains("lost")
    );
}

fn app_failed() -> App {
    let mut app = app();
    update(&mut app, Action::SaveReport(full()));
    app.quitting = true;
    save_failure::may_leave(&mut app);
    app
}

#[test]
fn nothing_is_asked_when_everything_is_saved() {
    let mut app = app();
    app.quitting = true;
    assert!(save_failure::may_leave(&mut app));
    assert_eq!(save_failure::exit_report(&app, false), None);
}
