//! The reference library shows framework text and the project's examples apart, and shows what PIM
//! is: the definition as a marked quotation with its origin, the Initiative, further reading.

mod support;

use crossterm::event::KeyCode;
use pim_workshop::tui::app::App;
use support::app::home as app;
use support::keys::press as key;
use support::render::screen;

fn reference_at(section_tabs: usize, w: u16, h: u16) -> App {
    let mut app = app(w, h);
    key(&mut app, KeyCode::Char('r'));
    for _ in 0..section_tabs {
        key(&mut app, KeyCode::Tab);
    }
    app
}

/// The screen's text with the panel borders and line breaks taken out, words kept apart.
fn flat(text: &str) -> String {
    text.replace(['│', '┌', '┐', '└', '┘', '─', '"', '\n'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_about_section_shows_the_definition_as_a_quotation_with_its_origin() {
    let app = reference_at(6, 120, 40);
    let text = flat(&screen(&app));
    assert!(text.contains("About PIM"), "{text}");
    assert!(text.contains("Definition of PIM"), "{text}");
    assert!(
        text.contains("“The principled, systematized, and collaborative processes"),
        "the quotation is marked: {text}"
    );
    assert!(
        text.contains("first PIM working meeting, May 2015"),
        "{text}"
    );
    assert!(
        text.contains("PIM Strategic Framework 2016-2017, Section 1"),
        "{text}"
    );
}

#[test]
fn every_about_entry_shows_its_texts() {
    let mut app = reference_at(6, 120, 60);
    let mut seen = Vec::new();
    for _ in 0..7 {
        seen.push(flat(&screen(&app)));
        key(&mut app, KeyCode::Down);
    }
    let all = seen.join(" ");
    for needle in [
        "PIM is not an IT system",
        "Capacity-building and learning",
        "began in 2015",
        "first step toward an IM or protection strategy",
        "PIM Training Resource Pack (2018), PIM Initiative",
        "Phase 1",
    ] {
        assert!(all.contains(needle), "{needle:?} in {all}");
    }
}

#[test]
fn framework_examples_and_project_examples_read_apart() {
    // Protection Monitoring: the cover page gives some of its examples, the project the others.
    let mut app = reference_at(2, 120, 80);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    let text = screen(&app);
    let line = |needle: &str| {
        text.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} in\n{text}"))
            .to_string()
    };
    assert!(
        !line("Border monitoring").contains("(example)"),
        "the framework's own"
    );
    assert!(
        line("Return monitoring").contains("(example)"),
        "the project's illustration"
    );
    assert!(
        text.contains("Items marked (example) are the project's own"),
        "{text}"
    );
    // The Output row: the framework's statement, then the project's examples under their heading.
    let flat_text = flat(&text);
    assert!(
        flat_text.contains("the examples below are the project's own"),
        "{flat_text}"
    );
    assert!(flat_text.contains("Third PIM Working Meeting Outcome Document, Section 4.3.3"));
}

#[test]
fn the_seven_tabs_fit_at_80_columns() {
    let app = reference_at(0, 80, 24);
    let tabs = screen(&app).lines().nth(1).unwrap().to_string();
    assert!(
        tabs.contains("About PIM") && tabs.contains("Competencies"),
        "{tabs}"
    );
}

// ---------------------------------------------------------------- the training agenda

fn agenda_at(module: usize) -> String {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let s = support::fixtures::fresh_session("Tamsin Plain training", "pim-training", "Ingrid", at);
    let mut app = support::app::with_session(120, 80, "tamsin.json", s, None);
    pim_workshop::tui::update::update(&mut app, pim_workshop::tui::update::Action::Tick(at));
    support::keys::press_char(&mut app, 't');
    for _ in 0..module {
        key(&mut app, KeyCode::Down);
    }
    flat(&screen(&app))
}

#[test]
fn the_agenda_shows_the_quoted_definition_with_the_exercise_that_compares_with_it() {
    let text = agenda_at(1);
    assert!(text.contains("PIM in our own words"), "{text}");
    assert!(
        text.contains("“The principled, systematized, and collaborative processes"),
        "{text}"
    );
}

#[test]
fn the_agenda_says_how_a_module_fits_its_sub_steps() {
    let text = agenda_at(13);
    assert!(text.contains("Step 2"), "{text}");
    assert!(
        text.contains("Timing (sub-steps suggest 255 min):"),
        "{text}"
    );
    assert!(
        text.contains("In this 120-minute training module"),
        "{text}"
    );
}
