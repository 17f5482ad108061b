//! Setting an area's administrative level and P-code by hand: `a` on a landscape system opens a form
//! with one level and one P-code per area; saving puts them in the register, the timeline and the HXL
//! long table (the area in its level's column, its P-code beside it).

mod support;

use crossterm::event::KeyCode;
use pim_workshop::session::{LandscapeEntry, Session};
use pim_workshop::tui::app::App;
use support::app::session_of as session;
use support::fixtures::pack;
use support::keys::{press, press_char, save_form, type_text};
use support::render::screen;

fn at() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
}

fn register(areas: &[&str]) -> Session {
    let mut s = support::fixtures::fresh_session("Areas", "full-process", "Amina Haddad", at());
    s.add_landscape_entry(
        LandscapeEntry {
            name: "Kestrel monthly tool".into(),
            organisation: "Cluster hub".into(),
            areas: areas.iter().map(|a| a.to_string()).collect(),
            ..Default::default()
        },
        at(),
        "Amina",
    );
    s
}

fn open(s: Session) -> App {
    let mut app = support::app::with_session(100, 30, "s.json", s, None);
    press_char(&mut app, 'L');
    app
}

#[test]
fn a_persons_level_and_pcode_reach_the_register_and_the_hxl_table() {
    let mut app = open(register(&["Kalma", "ك Tessa"]));
    press_char(&mut app, 'a');
    assert!(
        app.form.is_some(),
        "a opens the areas form:\n{}",
        screen(&app)
    );
    let shown = screen(&app);
    assert!(shown.contains("Level of Kalma"), "{shown}");
    assert!(shown.contains("P-code of Kalma"), "{shown}");
    // Kalma: level 2 (two steps right from "not recorded" and 1), P-code SD02.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "SD02");
    // Tessa: level 3, no P-code.
    press(&mut app, KeyCode::Tab);
    for _ in 0..3 {
        press(&mut app, KeyCode::Right);
    }
    save_form(&mut app);
    assert!(app.form.is_none(), "saved:\n{}", screen(&app));
    let s = session(&app);
    let kalma = s.landscape_area("Kalma").expect("Kalma recorded");
    assert_eq!((kalma.level, kalma.pcode.as_str()), (Some(2), "SD02"));
    let tessa = s.landscape_area("ك Tessa").expect("Tessa recorded");
    assert_eq!((tessa.level, tessa.pcode.as_str()), (Some(3), ""));
    assert!(
        s.timeline
            .iter()
            .any(|t| t.summary.contains("Kalma") && t.summary.contains("SD02")),
        "the change is in the timeline"
    );
    assert!(screen(&app).contains("2 areas of Kestrel monthly tool saved"));

    let rows = pim_workshop::landscape::long::long_rows(&pack(), &s.landscape, &s.landscape_areas);
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let kalma_row = rows
        .iter()
        .find(|r| r.contains(&"Kalma".to_string()))
        .unwrap();
    assert_eq!(kalma_row[col("admin2")], "Kalma");
    assert_eq!(kalma_row[col("admin2_pcode")], "SD02");
    let tessa_row = rows
        .iter()
        .find(|r| r.contains(&"ك Tessa".to_string()))
        .unwrap();
    assert_eq!(tessa_row[col("admin3")], "ك Tessa");
}

#[test]
fn the_form_shows_what_the_register_holds_and_a_correction_replaces_it() {
    let mut s = register(&["Kalma"]);
    s.record_landscape_area("Kalma", Some(1), "SD");
    let mut app = open(s);
    press_char(&mut app, 'a');
    let shown = screen(&app);
    assert!(shown.contains("1 (region, state)"), "{shown}");
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    for _ in 0..2 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "SD02");
    save_form(&mut app);
    let kalma = session(&app).landscape_area("Kalma").unwrap().clone();
    assert_eq!((kalma.level, kalma.pcode.as_str()), (Some(2), "SD02"));
}

#[test]
fn a_system_without_areas_says_what_to_do_and_opens_no_form() {
    let mut app = open(register(&[]));
    press_char(&mut app, 'a');
    assert!(app.form.is_none());
    assert!(
        screen(&app).contains("names no area yet"),
        "{}",
        screen(&app)
    );
}

#[test]
fn a_read_only_session_opens_no_areas_form() {
    let mut app =
        support::app::with_session(100, 30, "s.json", register(&["Kalma"]), Some("Amina"));
    press_char(&mut app, 'L');
    press_char(&mut app, 'a');
    assert!(app.form.is_none());
}
