//! The editing layer through `update`: every form asks before Esc (or Ctrl+C) throws away what was
//! typed, an untouched form closes at once, text fields are edited in the middle, Ctrl+J never deletes,
//! checklists move with ↑/↓ and count what is ticked, and the search box has a cursor.

mod support;

use crossterm::event::KeyCode;
use pim_workshop::session::Session;
use pim_workshop::tui::app::{App, Screen};
use pim_workshop::tui::keys::Context;
use pim_workshop::tui::update::Effect;
use support::app::{home, session_of, with_session};
use support::keys::{press, press_char, press_ctrl, press_keys, save_form, type_text};
use support::render::screen;

fn at() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
}

fn session(template: &str) -> Session {
    support::fixtures::fresh_session("Tessa session", template, "Amina Haddad", at())
}

fn open(template: &str) -> App {
    with_session(80, 24, "s.json", session(template), None)
}

/// What opens a form: the template of the session, and the keys from the workshop.
const FORMS: &[(&str, &str, &str)] = &[
    ("decision", "full-process", "d"),
    ("action", "full-process", "a"),
    ("parking point", "full-process", "+"),
    ("skip reason", "full-process", "S"),
    ("risk", "full-process", "Rn"),
    ("principle note", "full-process", "\t\n"),
    ("landscape system", "needs-assessment-scoping", "Ln"),
    ("export", "full-process", "x"),
    ("dot vote", "pim-training", "V"),
    ("breakout groups", "pim-training", "G"),
    ("day start", "pim-training", "ts"),
    ("participants", "pim-training", "tan"),
];

/// Change the focused field, whatever its kind: type into a text, move a choice, tick an option.
fn change_something(app: &mut App, what: &str) {
    match app.context() {
        Context::Form => {
            type_text(app, "zz");
        }
        Context::Choice => {
            press(app, KeyCode::Right);
        }
        Context::Checklist => {
            press_char(app, ' ');
        }
        other => panic!("{what}: not a form field: {other:?}\n{}", screen(app)),
    }
}

#[test]
fn esc_with_changes_asks_in_every_form_and_an_untouched_form_closes_at_once() {
    for (what, template, opener) in FORMS {
        let mut app = open(template);
        press_keys(&mut app, opener);
        assert!(app.form.is_some(), "{what}: {opener:?} opens a form");
        press(&mut app, KeyCode::Esc);
        assert!(app.form.is_none(), "{what}: nothing typed, Esc closes");

        let mut app = open(template);
        press_keys(&mut app, opener);
        change_something(&mut app, what);
        let before = app.form.clone();
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.context(), Context::Confirm, "{what}: Esc asks");
        assert!(
            screen(&app).contains("Discard what you typed"),
            "{what}: {}",
            screen(&app)
        );
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(
            app.form.as_ref().map(|f| &f.fields),
            before.as_ref().map(|f| &f.fields),
            "{what}: n keeps everything"
        );
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('y'));
        assert!(app.form.is_none(), "{what}: y discards");
    }
}

#[test]
fn the_wizard_asks_too_and_ctrl_c_quits_only_after_asking() {
    let mut app = home(80, 24);
    press(&mut app, KeyCode::Enter);
    assert!(app.form.is_some());
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Half a title");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Confirm);
    press(&mut app, KeyCode::Char('x'));
    assert!(screen(&app).contains("Half a title"));
    // Ctrl+C in a form asks the same question before quitting.
    assert!(press_ctrl(&mut app, 'c').is_empty());
    assert!(!app.quitting);
    assert!(screen(&app).contains("Quit and discard"));
    assert_eq!(press_char(&mut app, 'y'), vec![Effect::Quit]);
    assert!(app.quitting);
}

#[test]
fn ctrl_c_quits_at_once_from_an_untouched_form() {
    let mut app = open("full-process");
    press_char(&mut app, 'a');
    assert_eq!(press_ctrl(&mut app, 'c'), vec![Effect::Quit]);
}

#[test]
fn a_form_field_is_edited_in_the_middle_and_ctrl_j_deletes_nothing() {
    let mut app = open("full-process");
    press_char(&mut app, 'd');
    type_text(&mut app, "Run a 12-site survy");
    press(&mut app, KeyCode::Left);
    press_char(&mut app, 'e');
    press(&mut app, KeyCode::Home);
    press_char(&mut app, '»');
    press(&mut app, KeyCode::Delete);
    // Ctrl+J in a one-line field goes to the next field; the title is whole.
    press_ctrl(&mut app, 'j');
    assert_eq!(app.form.as_ref().unwrap().focus, 1);
    // The "Why" takes several lines: Ctrl+J there is a new line.
    type_text(&mut app, "abc");
    press_ctrl(&mut app, 'j');
    type_text(&mut app, "def");
    press_ctrl(&mut app, 'z');
    press_ctrl(&mut app, 'y');
    assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    let d = &session_of(&app).decisions[0];
    assert_eq!(d.title, "»un a 12-site survey");
    assert_eq!(d.rationale, "abc\ndef");
}

#[test]
fn enter_goes_to_the_next_field_and_saves_on_the_last() {
    let mut app = open("full-process");
    press_char(&mut app, 'a');
    type_text(&mut app, "Ask Kestrel for the October dataset");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.form.as_ref().unwrap().focus, 1, "Enter: the next field");
    let last = app.form.as_ref().unwrap().fields.len() - 1;
    for _ in 1..last {
        press(&mut app, KeyCode::Tab);
    }
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::SubmitSave]);
    assert_eq!(session_of(&app).actions.len(), 1);
}

#[test]
fn a_checklist_moves_with_up_and_down_and_counts_what_is_ticked() {
    let mut app = open("full-process");
    press_char(&mut app, 'd');
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.context(), Context::Checklist);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press_char(&mut app, ' ');
    press(&mut app, KeyCode::Down);
    press_char(&mut app, ' ');
    let text = screen(&app);
    assert!(text.contains("2 of 8 chosen"), "{text}");
    assert!(
        text.contains("▶[x] 4."),
        "the cursor shows on its option: {text}"
    );
    assert!(
        text.contains("Space tick"),
        "the footer follows the focus: {text}"
    );
    // Up from the first option goes to the field above.
    for _ in 0..4 {
        press(&mut app, KeyCode::Up);
    }
    assert_eq!(app.form.as_ref().unwrap().focus, 1);
}

#[test]
fn the_answer_editor_keeps_every_line_and_undoes() {
    let mut app = open("full-process");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Editor);
    type_text(&mut app, "abc");
    press_ctrl(&mut app, 'j');
    type_text(&mut app, "def");
    let answer = |app: &App| {
        session_of(app)
            .answer_text("define-purpose", "define-purpose.decisions")
            .to_string()
    };
    assert_eq!(answer(&app), "abc\ndef");
    press_ctrl(&mut app, 'u');
    assert_eq!(answer(&app), "abc\nde", "Ctrl+U undoes, as Ctrl+Z");
    press_ctrl(&mut app, 'r');
    assert_eq!(answer(&app), "abc\ndef");
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::End);
    press_char(&mut app, '!');
    assert_eq!(answer(&app), "abc!\ndef");
    let text = screen(&app);
    assert!(text.contains("Ctrl+Z undo"), "{text}");
}

#[test]
fn the_search_box_has_a_cursor() {
    let mut app = open("full-process");
    press_char(&mut app, 'r');
    press_char(&mut app, '/');
    type_text(&mut app, "consnt");
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    press_char(&mut app, 'e');
    let Screen::Reference(r) = &app.screen else {
        panic!("the reference library")
    };
    assert_eq!(r.query, "consent");
    press_ctrl(&mut app, 'w');
    let Screen::Reference(r) = &app.screen else {
        panic!()
    };
    assert_eq!(r.query, "nt", "Ctrl+W deletes the word before the cursor");
}

#[test]
fn the_header_numbers_sub_steps_as_the_framework_does() {
    let mut app = open("full-process");
    press_char(&mut app, ']');
    press_char(&mut app, ']');
    let text = screen(&app);
    assert!(
        text.contains("2.1 Design with affected communities"),
        "{text}"
    );
    // A template with a subset (the scoping: 1.1, 1.2, 2.2, 2.3) keeps the framework's numbers.
    let mut app = open("needs-assessment-scoping");
    for _ in 0..3 {
        press_char(&mut app, ']');
    }
    let text = screen(&app);
    assert!(text.contains("2.3 Develop IM system"), "{text}");
    let pack = support::fixtures::pack();
    assert_eq!(pack.substep_code("collect-data").as_deref(), Some("3.1"));
}

#[test]
fn the_home_progress_counts_every_sub_step_of_the_template_as_list_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::bin::new_session(dir.path(), "full-process", "New one");
    let pack = support::fixtures::pack();
    let now = at();
    let entry = pim_workshop::storage::library::read_entry_with(&path, now, Some(&pack));
    let row = pim_workshop::tui::sessions::row(entry);
    assert_eq!(row.progress, "0/12", "a new 12-sub-step session");
}

#[test]
fn the_guidance_panel_scrolls_to_the_facilitator_notes_and_re_anchors_on_focus() {
    let mut app = open("full-process");
    for _ in 0..5 {
        press_char(&mut app, ']'); // 3.1 Collect data
    }
    press(&mut app, KeyCode::Tab);
    for _ in 0..7 {
        press(&mut app, KeyCode::Down); // principle 8
    }
    assert!(screen(&app).contains("▼ more"), "{}", screen(&app));
    let mut seen = String::new();
    for _ in 0..40 {
        press(&mut app, KeyCode::PageDown);
        seen.push_str(&screen(&app));
    }
    assert!(seen.contains("Facilitator notes"), "{seen}");
    assert!(
        !screen(&app).contains("▼ more"),
        "at the end: {}",
        screen(&app)
    );
    assert!(screen(&app).contains("▲"));
    // Moving the focus brings the focused principle back into view.
    press(&mut app, KeyCode::Up);
    assert!(screen(&app).contains("7. Impartiality"), "{}", screen(&app));
}

#[test]
fn the_presenter_view_marks_and_scrolls_a_long_answer() {
    let mut s = session("pim-training");
    let long: String = (1..=60)
        .map(|i| format!("Sentence number {i} of the group's long answer."))
        .collect::<Vec<_>>()
        .join(" ");
    s.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        &long,
        at(),
        "Amina",
    );
    let mut app = with_session(80, 24, "s.json", s, None);
    press_char(&mut app, 'f');
    let top = screen(&app);
    assert!(top.contains("▼ more"), "{top}");
    assert!(!top.contains("number 60"), "{top}");
    for _ in 0..20 {
        press(&mut app, KeyCode::PageDown);
    }
    let end = screen(&app);
    assert!(end.contains("number 60"), "{end}");
    assert!(end.contains("▲"), "{end}");
}

#[test]
fn a_new_landscape_system_gets_the_cursor() {
    let mut app = open("needs-assessment-scoping");
    press_char(&mut app, 'L');
    for name in ["First system", "Second system"] {
        press_char(&mut app, 'n');
        type_text(&mut app, name);
        assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    }
    let Screen::Landscape(view) = &app.screen else {
        panic!("the register")
    };
    assert_eq!(view.cursor, 1, "o and c now act on the system just added");
    press(&mut app, KeyCode::Esc);
    assert!(
        matches!(app.screen, Screen::Workshop(_)),
        "Esc still goes back"
    );
}

#[test]
fn removing_a_risk_asks_and_leaves_a_note_while_decisions_stay() {
    let mut app = open("full-process");
    press_char(&mut app, 'R');
    press_char(&mut app, 'n');
    type_text(&mut app, "Lists leak from a shared laptop");
    save_form(&mut app);
    press_char(&mut app, 'X');
    assert_eq!(app.context(), Context::Confirm);
    assert!(screen(&app).contains("Remove R-1"), "{}", screen(&app));
    press_char(&mut app, 'n');
    assert_eq!(session_of(&app).risks.len(), 1, "n keeps it");
    press_char(&mut app, 'X');
    assert_eq!(press_char(&mut app, 'y'), vec![Effect::SubmitSave]);
    assert!(session_of(&app).risks.is_empty());
    let note = session_of(&app).timeline.last().unwrap();
    assert!(note.summary.contains("Lists leak"), "{}", note.summary);
    assert_eq!(note.by, "Amina Haddad");
    // A decision is never removed: X says how to retire one instead.
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'd');
    type_text(&mut app, "Use existing data");
    save_form(&mut app);
    press_char(&mut app, 'D');
    press_char(&mut app, 'X');
    assert!(app.form.is_none());
    assert_eq!(session_of(&app).decisions.len(), 1);
    assert!(app.notice.as_ref().unwrap().text.contains("supersede"));
}

#[test]
fn leaving_an_open_vote_keeps_it_open_for_v_to_resume() {
    let mut app = open("pim-training");
    press_char(&mut app, 'V');
    type_text(&mut app, "Which system first?");
    save_form(&mut app);
    assert_eq!(app.context(), Context::Vote);
    // Esc leaves at once (nothing is lost: V offers the vote again) and says so.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Training);
    assert!(screen(&app).contains("stays open"), "{}", screen(&app));
    press_char(&mut app, 'V');
    assert_eq!(app.context(), Context::Votes, "V lists the open vote");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Vote, "Enter resumes it");
    press_char(&mut app, 'c'); // close it: the result is recorded
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Votes, "back to the list of votes");
    assert!(
        !screen(&app).contains("stays open"),
        "a closed vote is not called open"
    );
}
