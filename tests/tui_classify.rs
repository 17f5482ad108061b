//! The quick classification screen: `C` on the landscape register shows the systems an import left
//! without a PIM category, one at a time, the Matrix definitions beside; Enter classifies and goes on.

mod support;

use crossterm::event::KeyCode;
use pim_workshop::session::Session;
use pim_workshop::tui::app::App;
use pim_workshop::tui::keys::Context;
use support::app::session_of as session;
use support::fixtures::{kalma, pack};
use support::keys::{press as key, press_char as ch};
use support::render::screen;

fn open(session: Session) -> App {
    support::app::with_session(100, 30, "s.json", session, None)
}

/// Kalma with two systems left to classify, as after an import.
fn imported() -> Session {
    let mut s = kalma();
    s.landscape[1].category.clear();
    s.landscape[1].sector = "Protection".into();
    s.landscape[4].category.clear();
    s
}

#[test]
fn systems_are_classified_one_at_a_time_with_the_definitions_beside() {
    let mut app = open(imported());
    ch(&mut app, 'L');
    ch(&mut app, 'C');
    assert_eq!(app.context(), Context::Classify);
    let shown = screen(&app);
    let pack = pack();
    assert!(
        shown.contains("2 systems have no PIM category yet"),
        "{shown}"
    );
    assert!(
        shown.contains("Community-based protection monitoring"),
        "{shown}"
    );
    assert!(
        shown.contains("Sector") && shown.contains("Protection"),
        "{shown}"
    );
    let first = &pack.matrix.categories[0];
    assert!(shown.contains(&first.name), "{shown}");
    // The definition of the category under the cursor is beside the system.
    let words: Vec<&str> = pack.matrix.categories[1]
        .definition
        .split_whitespace()
        .take(3)
        .collect();
    key(&mut app, KeyCode::Down);
    assert!(screen(&app).contains(&words.join(" ")), "{}", screen(&app));
    let effects = key(&mut app, KeyCode::Enter);
    assert!(!effects.is_empty(), "the change is saved");
    assert_eq!(
        session(&app).landscape[1].category,
        pack.matrix.categories[1].id
    );
    // On to the next one; skip it, then classify it.
    assert!(screen(&app).contains("Post-distribution monitoring"));
    ch(&mut app, 's');
    assert!(
        screen(&app).contains("last system left to classify")
            || screen(&app).contains("Post-distribution monitoring")
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        session(&app).landscape[4].category,
        pack.matrix.categories[0].id
    );
    assert_eq!(
        app.context(),
        Context::Landscape,
        "back when all are classified"
    );
    assert!(screen(&app).contains("Every system of the register has a PIM category now"));
    ch(&mut app, 'C');
    assert_eq!(app.context(), Context::Landscape);
    assert!(screen(&app).contains("Every system already has a PIM category"));
}

#[test]
fn a_read_only_session_is_not_classified() {
    let mut app =
        support::app::with_session(100, 30, "s.json", imported(), Some("opened read-only"));
    ch(&mut app, 'L');
    ch(&mut app, 'C');
    assert_ne!(app.context(), Context::Classify);
    assert!(session(&app).landscape[1].category.is_empty());
}
