//! The main screens in French at 80×24: the interface from the French catalogue, the framework from
//! the French pack, a session recorded in French (the shipped examples, their team's text as typed).

mod support;

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::KeyCode;
use pim_workshop::i18n::{self, Lang};
use pim_workshop::session::Session;
use pim_workshop::tui::app::App;
use pim_workshop::tui::theme::Theme;
use pim_workshop::tui::update::{Action, update};
use support::app::{DATA_DIR, open_session};
use support::fixtures::{manifest_path, read_session};
use support::keys::{press, press_char};
use support::render::screen;

fn app() -> App {
    i18n::set_current(Lang::parse("fr").expect("French is built in"));
    let pack = pim_workshop::content::load_embedded_lang("fr")
        .expect("a French pack")
        .expect("it loads");
    App::new(
        PathBuf::from(DATA_DIR),
        Arc::new(pack),
        Theme::monochrome(),
        (80, 24),
    )
}

fn french(file: &str) -> Session {
    let mut s = read_session(&manifest_path(&format!("sessions/{file}")));
    s.language = "fr".into();
    s
}

fn in_session(file: &str) -> App {
    let mut app = app();
    open_session(&mut app, file, french(file), None);
    app
}

const SCOPING: &str = "kalma-needs-assessment-scoping.json";
const TRAINING: &str = "pim-training-day-1.json";

#[test]
fn home_fr() {
    insta::assert_snapshot!(screen(&app()));
}

#[test]
fn help_fr() {
    let mut app = app();
    press_char(&mut app, '?');
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn wizard_fr() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn reference_matrix_in_its_three_readings_fr() {
    let mut app = app();
    press_char(&mut app, 'r');
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    insta::assert_snapshot!("reference_matrix_by_category_fr", screen(&app));
    press_char(&mut app, 'm');
    insta::assert_snapshot!("reference_matrix_by_criterion_fr", screen(&app));
    press_char(&mut app, 'm');
    insta::assert_snapshot!("reference_matrix_output_first_fr", screen(&app));
}

#[test]
fn reference_glossary_fr() {
    let mut app = app();
    press_char(&mut app, 'r');
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn workshop_fr() {
    insta::assert_snapshot!(screen(&in_session(SCOPING)));
}

#[test]
fn records_fr() {
    let mut app = in_session(SCOPING);
    press_char(&mut app, 'D');
    insta::assert_snapshot!("decisions_fr", screen(&app));
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'A');
    insta::assert_snapshot!("actions_fr", screen(&app));
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'R');
    insta::assert_snapshot!("risks_fr", screen(&app));
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'c');
    insta::assert_snapshot!("coverage_fr", screen(&app));
}

#[test]
fn scoping_and_landscape_fr() {
    let mut app = in_session(SCOPING);
    press_char(&mut app, 'O');
    insta::assert_snapshot!("outputs_fr", screen(&app));
    press(&mut app, KeyCode::Tab);
    insta::assert_snapshot!("brief_fr", screen(&app));
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'L');
    insta::assert_snapshot!("landscape_fr", screen(&app));
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'M');
    insta::assert_snapshot!("matrix_fr", screen(&app));
}

#[test]
fn agenda_and_presenter_fr() {
    let mut app = in_session(TRAINING);
    press_char(&mut app, 't');
    insta::assert_snapshot!("agenda_fr", screen(&app));
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'f');
    insta::assert_snapshot!("presenter_fr", screen(&app));
}

#[test]
fn review_fr() {
    let mut app = app();
    // A path relative to the package (as `cargo test` runs), so the snapshot is the same on every
    // machine.
    let path = std::path::PathBuf::from(format!("sessions/{SCOPING}"));
    let state = pim_workshop::tui::sessions::load_review(&path, &app.content, review_day());
    update(&mut app, Action::ReviewLoaded(Box::new(state)));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn an_empty_list_says_so_without_cutting_a_word_fr() {
    let mut app = app();
    let mut session = support::fixtures::fresh_session(
        "Atelier de Goma — تقييم",
        "needs-assessment-scoping",
        "Amina",
        support::app::clock(),
    );
    session.language = "fr".into();
    open_session(&mut app, "goma.json", session, None);
    press_char(&mut app, 'D');
    let text = screen(&app);
    assert!(text.contains("Aucune décision"), "{text}");
    assert!(
        text.contains("enregistrer"),
        "the sentence is whole: {text}"
    );
    insta::assert_snapshot!(text);
}

/// The day reviews are dated in these tests (what is overdue is counted from it), so the screens do
/// not change with the calendar.
fn review_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date")
}
