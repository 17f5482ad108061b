//! The workshop screen: update sequences and snapshots (80×24 and 120×40).

mod support;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use pim_workshop::session::{PrincipleStatus, Session, SubstepStatus};
use pim_workshop::tui::app::{App, Screen};
use pim_workshop::tui::keys::Context;
use pim_workshop::tui::update::{Action, Effect, update};
use pim_workshop::tui::workshop::Panel;
use support::app::{home, session_of_mut, with_session};
use support::keys::{press, save_form, type_text};
use support::render::{draw, screen};

fn session(template: &str) -> Session {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    support::fixtures::fresh_session("Kalma scoping", template, "Amina Haddad", at)
}

fn workshop(w: u16, h: u16, template: &str, read_only: Option<&str>) -> App {
    with_session(w, h, "kalma.json", session(template), read_only)
}

fn w(app: &App) -> &pim_workshop::tui::open::OpenSession {
    app.open.as_ref().expect("workshop open")
}

#[test]
fn typing_an_answer_saves_it_without_flooding_the_timeline() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Editor);
    let effects = type_text(&mut app, "qé日 مرحبا");
    assert!(effects.iter().all(|e| *e == Effect::SubmitSave) && !effects.is_empty());
    assert!(!app.quitting, "q is a letter while typing");
    let events_while_typing = w(&app).session.timeline.len();
    assert_eq!(
        w(&app)
            .session
            .answer_text("define-purpose", "define-purpose.decisions"),
        "qé日 مرحبا"
    );
    assert_eq!(
        w(&app).session.substep_status("define-purpose"),
        SubstepStatus::InProgress
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Workshop);
    assert_eq!(
        w(&app).session.timeline.len(),
        events_while_typing + 1,
        "one event when the answer is left"
    );
}

#[test]
fn pasted_text_is_kept_and_escape_sequences_become_marks() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Enter);
    update(
        &mut app,
        Action::Paste("line one\r\nline two \u{1b}[31m".into()),
    );
    let text = w(&app)
        .session
        .answer_text("define-purpose", "define-purpose.decisions")
        .to_string();
    assert_eq!(text, "line one\nline two ␛[31m");
}

#[test]
fn moving_ahead_warns_but_never_blocks_and_back_always_works() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char(']'));
    assert!(
        app.notice.is_none(),
        "within step 1 there is nothing to warn about"
    );
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(
        w(&app).substep_id(),
        "design-with-communities",
        "moved into step 2"
    );
    let notice = app.notice.clone().expect("a gentle warning");
    assert!(notice.text.contains("Define purpose"), "{}", notice.text);
    press(&mut app, KeyCode::Char('['));
    press(&mut app, KeyCode::Char('['));
    assert_eq!(w(&app).substep_id(), "define-purpose");
    press(&mut app, KeyCode::Char('['));
    assert_eq!(
        w(&app).substep_id(),
        "define-purpose",
        "clamped at the first sub-step"
    );
    assert_eq!(
        w(&app).session.position.as_ref().unwrap().substep,
        "define-purpose"
    );
}

#[test]
fn principle_status_cycles_in_the_guidance_panel() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Tab);
    assert!(matches!(&app.screen, Screen::Workshop(v) if v.focus == Panel::Guidance));
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Char(' '));
    assert_eq!(effects, vec![Effect::SubmitSave]);
    let check =
        |app: &App| w(app).session.substeps["define-purpose"].principles["do-no-harm"].status;
    assert_eq!(check(&app), PrincipleStatus::Addressed);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(check(&app), PrincipleStatus::Concern);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(check(&app), PrincipleStatus::Open);
}

/// The footer follows the focus: on the guidance panel it offers the principle's status and note, not
/// "edit the answer"; a training keeps its agenda and presenter keys there.
#[test]
fn the_guidance_panel_has_its_own_footer_and_keeps_the_training_keys() {
    for (template, ctx) in [
        ("full-process", Context::Guidance),
        ("pim-training", Context::TrainingGuidance),
    ] {
        let mut app = workshop(120, 40, template, None);
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.context(), ctx);
        let text = screen(&app);
        let footer = text.lines().last().unwrap_or_default().to_string();
        assert!(footer.contains("Space status"), "{footer}");
        assert!(footer.contains("Enter note"), "{footer}");
        assert!(!footer.contains("Enter edit"), "{footer}");
        // Enter opens the principle's note, as the footer says.
        press(&mut app, KeyCode::Enter);
        assert!(app.form.is_some(), "{template}: Enter opens the note");
        press(&mut app, KeyCode::Esc);
        if template == "pim-training" {
            assert!(footer.contains("t agenda"), "{footer}");
            press(&mut app, KeyCode::Char('t'));
            assert_eq!(app.context(), Context::Agenda);
        }
    }
}

#[test]
fn read_only_sessions_cannot_be_edited() {
    let mut app = workshop(
        80,
        24,
        "full-process",
        Some("another pim-workshop has it open (pid 42)"),
    );
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty());
    assert_eq!(app.context(), Context::Workshop, "no editor opens");
    assert!(app.notice.as_ref().unwrap().text.contains("Read-only"));
    assert!(screen(&app).contains("read-only"));
}

#[test]
fn esc_closes_the_session_and_returns_home() {
    let mut app = workshop(80, 24, "full-process", None);
    // Esc asks first, so one Esc too many never shows the session list to the room.
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.context(), Context::Confirm);
    assert!(
        screen(&app).contains("Close “Kalma scoping”"),
        "{}",
        screen(&app)
    );
    assert!(
        press(&mut app, KeyCode::Esc).is_empty(),
        "a second Esc is no"
    );
    assert!(matches!(app.screen, Screen::Workshop(_)));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.context(), Context::Workshop, "any other key is no");
    press(&mut app, KeyCode::Esc);
    let effects = press(&mut app, KeyCode::Char('y'));
    assert_eq!(effects, vec![Effect::CloseSession, Effect::ScanSessions]);
    assert!(matches!(app.screen, Screen::Home(_)));
}

#[test]
fn leaving_hands_the_saver_changes_it_has_not_had_yet() {
    // The loop hands snapshots over after the frame; leaving before it did takes the session along.
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "agreed");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    let effects = press(&mut app, KeyCode::Char('y'));
    match effects.as_slice() {
        [
            Effect::SaveSnapshot(session),
            Effect::CloseSession,
            Effect::ScanSessions,
        ] => assert_eq!(
            session.answer_text("define-purpose", "define-purpose.decisions"),
            "agreed"
        ),
        other => panic!("unexpected effects: {other:?}"),
    }
    assert!(matches!(app.screen, Screen::Home(_)));
}

#[test]
fn save_state_in_the_header() {
    let mut app = workshop(80, 24, "full-process", None);
    assert!(screen(&app).contains("✓ on disk"));
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "x");
    update(&mut app, Action::SaveQueued(1));
    assert!(screen(&app).contains("● saving…"));
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T14:02:33+03:00").unwrap();
    update(
        &mut app,
        Action::SaveReport(pim_workshop::storage::SaveReport::Saved { at, generation: 1 }),
    );
    assert!(screen(&app).contains("✓ saved 14:02:33"));
    update(
        &mut app,
        Action::SaveReport(pim_workshop::storage::SaveReport::Failed {
            message: "disk full".into(),
            problem: pim_workshop::storage::SaveProblem::Other,
        }),
    );
    assert!(screen(&app).contains("NOT SAVED"));
}

#[test]
fn workshop_80x24() {
    let mut app = workshop(80, 24, "needs-assessment-scoping", None);
    // The scoping starts from the request: its first prompt is a choice, the second is written.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    type_text(
        &mut app,
        "Where the mobile teams go next quarter; which legal-aid cases come first.",
    );
    press(&mut app, KeyCode::Esc);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn workshop_guidance_80x24() {
    let mut app = workshop(80, 24, "needs-assessment-scoping", None);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char(' '));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn workshop_120x40() {
    let mut app = workshop(120, 40, "full-process", None);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Prioritise mobile protection teams.");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn no_panic_at_small_sizes_with_the_editor_open() {
    for (cols, rows) in [
        (60, 18),
        (61, 19),
        (70, 20),
        (80, 24),
        (0, 0),
        (1, 1),
        (200, 60),
    ] {
        let mut app = workshop(cols, rows, "full-process", None);
        draw(&app);
        press(&mut app, KeyCode::Enter);
        type_text(&mut app, "日本語 مرحبا é");
        draw(&app);
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Tab);
        draw(&app);
    }
}

// ---------------------------------------------------------------- decisions, actions, risks, forms

fn submit(app: &mut App) -> Vec<Effect> {
    save_form(app)
}

fn tab(app: &mut App, n: usize) {
    for _ in 0..n {
        press(app, KeyCode::Tab);
    }
}

#[test]
fn decisions_are_recorded_and_superseded_with_the_chain_kept() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char('d'));
    assert!(app.form.is_some(), "a form is open");
    assert!(submit(&mut app).is_empty(), "an empty title is refused");
    let form = app.form.as_ref().expect("the form stays open");
    assert!(form.fields[0].error.as_ref().unwrap().contains("is needed"));
    type_text(&mut app, "Run a 12-site survey");
    tab(&mut app, 2);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' ')); // rests on Defined purpose
    assert_eq!(submit(&mut app), vec![Effect::SubmitSave]);
    let d1 = &w(&app).session.decisions[0];
    assert_eq!(
        (d1.id.as_str(), d1.principles.as_slice()),
        ("D-1", &["defined-purpose".to_string()][..])
    );
    assert_eq!(d1.status, pim_workshop::session::DecisionStatus::Agreed);

    press(&mut app, KeyCode::Char('D'));
    press(&mut app, KeyCode::Char('s'));
    type_text(&mut app, "Use existing monitoring data and six FGDs");
    submit(&mut app);
    let s = &w(&app).session;
    assert_eq!(s.decisions.len(), 2);
    assert_eq!(
        s.decisions[0].status,
        pim_workshop::session::DecisionStatus::Superseded { by: "D-2".into() }
    );
    assert_eq!(s.decisions[1].supersedes.as_deref(), Some("D-1"));
    // A superseded decision cannot be superseded again: the newest in the chain is.
    press(&mut app, KeyCode::Char('s'));
    assert!(app.form.is_none());
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("already superseded")
    );
}

#[test]
fn actions_take_relative_due_dates_and_refuse_bad_ones() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Ask Kestrel for the October dataset");
    tab(&mut app, 1);
    type_text(&mut app, "Amina");
    tab(&mut app, 1);
    type_text(&mut app, "next week");
    assert!(submit(&mut app).is_empty());
    let form = app.form.as_ref().unwrap();
    assert!(
        form.fields[2].error.as_ref().unwrap().contains("+7d"),
        "the message says what to write"
    );
    for _ in 0.."next week".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "+7d");
    submit(&mut app);
    let a = &w(&app).session.actions[0];
    let expected = support::app::clock().date_naive() + chrono::Days::new(7);
    assert_eq!(a.due, Some(expected));
    assert_eq!(a.owner, "Amina");
    // Space in the list moves it along: open → in progress.
    press(&mut app, KeyCode::Char('A'));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(
        w(&app).session.actions[0].status,
        pim_workshop::session::ActionStatus::InProgress
    );
}

#[test]
fn risks_parking_and_substep_status() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char('R'));
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Respondents targeted after FGDs");
    tab(&mut app, 1);
    press(&mut app, KeyCode::Right); // likelihood 3
    tab(&mut app, 1);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right); // impact 4
    submit(&mut app);
    let r = &w(&app).session.risks[0];
    assert_eq!((r.likelihood, r.impact), (3, 4));
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Who funds the follow-up?");
    submit(&mut app);
    assert_eq!(
        w(&app).session.parking_lot[0].text,
        "Who funds the follow-up?"
    );

    press(&mut app, KeyCode::Char('m'));
    assert_eq!(
        w(&app).session.substep_status("define-purpose"),
        SubstepStatus::Done
    );
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Char('S'));
    assert!(submit(&mut app).is_empty(), "a skip needs a reason");
    type_text(&mut app, "Desk review done last month");
    submit(&mut app);
    assert_eq!(
        w(&app).session.substep_status("data-review"),
        SubstepStatus::Skipped {
            reason: "Desk review done last month".into()
        }
    );
}

#[test]
fn escape_cancels_a_form_without_recording() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char('d'));
    type_text(&mut app, "Half a thought");
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.context(),
        Context::Confirm,
        "something was typed: Esc asks"
    );
    assert!(screen(&app).contains("Discard what you typed"));
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(
        app.context(),
        Context::Form,
        "any other key goes back to the form"
    );
    assert!(
        screen(&app).contains("Half a thought"),
        "nothing typed is lost"
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    assert!(app.form.is_none());
    assert!(w(&app).session.decisions.is_empty());
    // An untouched form closes at once.
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Esc);
    assert!(app.form.is_none());
}

#[test]
fn the_wizard_validates_and_asks_to_create_the_session() {
    let mut app = home(80, 24);
    press(&mut app, KeyCode::Enter); // "New session" is the first entry
    assert!(app.form.is_some(), "a form is open");
    assert!(submit(&mut app).is_empty(), "a title is required");
    assert_eq!(
        app.form.as_ref().unwrap().focus,
        1,
        "the focus goes to the title"
    );
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::Right); // the next template
    tab(&mut app, 1);
    type_text(&mut app, "Kalma scoping");
    tab(&mut app, 2);
    type_text(&mut app, "José Ferreira (Kestrel, PM); Rania (KWA)");
    let effects = submit(&mut app);
    let [Effect::CreateSession(session)] = effects.as_slice() else {
        panic!("expected CreateSession, got {effects:?}");
    };
    assert_eq!(session.title, "Kalma scoping");
    assert_ne!(
        session.template, "full-process",
        "the chosen template is used"
    );
    assert_eq!(session.participants.len(), 2);
    assert_eq!(session.participants[0].organisation, "Kestrel");
}

#[test]
fn wizard_80x24() {
    let mut app = home(80, 24);
    press(&mut app, KeyCode::Enter);
    tab(&mut app, 1);
    type_text(&mut app, "Kalma scoping");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn decision_form_80x24() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char('d'));
    type_text(&mut app, "Use existing protection monitoring data");
    tab(&mut app, 2);
    press(&mut app, KeyCode::Char(' '));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn action_form_80x24() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Ask Kestrel for the October dataset");
    tab(&mut app, 2);
    type_text(&mut app, "2026-12-01");
    insta::assert_snapshot!(screen(&app));
}

fn with_records() -> App {
    let mut app = workshop(80, 24, "full-process", None);
    let s = session_of_mut(&mut app);
    let at = s.created;
    for (d, l, i) in [
        ("Harm after FGDs", 3, 4),
        ("Lists leak", 2, 4),
        ("Fatigue", 4, 2),
        ("Late data", 1, 1),
    ] {
        s.add_risk(
            pim_workshop::session::RiskDraft {
                description: d.into(),
                likelihood: l,
                impact: i,
                mitigation: "agreed in the room".into(),
                owner: "Amina".into(),
            },
            at,
            "Amina",
        );
    }
    s.set_principle_check(
        "define-purpose",
        "do-no-harm",
        PrincipleStatus::Addressed,
        "",
        at,
        "Amina",
    );
    s.set_principle_check(
        "define-purpose",
        "defined-purpose",
        PrincipleStatus::Concern,
        "",
        at,
        "Amina",
    );
    s.set_principle_check(
        "data-review",
        "impartiality",
        PrincipleStatus::NotApplicable,
        "",
        at,
        "Amina",
    );
    app
}

#[test]
fn risk_map_80x24() {
    let mut app = with_records();
    press(&mut app, KeyCode::Char('R'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn coverage_grid_80x24() {
    let mut app = with_records();
    press(&mut app, KeyCode::Char('c'));
    let text = screen(&app);
    assert!(text.contains("Gaps before closing"));
    insta::assert_snapshot!(text);
}

#[test]
fn a_principle_gets_a_status_and_a_note() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down); // 3. Defined purpose
    press(&mut app, KeyCode::Enter);
    assert!(app.form.is_some(), "a form is open");
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right); // concern
    tab(&mut app, 1);
    type_text(&mut app, "Nobody named the decisions yet");
    submit(&mut app);
    let check = &w(&app).session.substeps["define-purpose"].principles["defined-purpose"];
    assert_eq!(check.status, PrincipleStatus::Concern);
    assert_eq!(check.note, "Nobody named the decisions yet");
    let text = screen(&app);
    assert!(
        text.contains("note: Nobody named the decisions yet"),
        "{text}"
    );
}

#[test]
fn a_decision_can_be_recorded_from_the_reference_library() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char('r'));
    assert!(matches!(app.screen, Screen::Reference(_)));
    press(&mut app, KeyCode::Char('d'));
    type_text(&mut app, "Adopt the Matrix output row as our checklist");
    submit(&mut app);
    assert_eq!(w(&app).session.decisions.len(), 1);
    assert_eq!(
        w(&app).session.decisions[0].substep.as_deref(),
        Some("define-purpose")
    );
}

#[test]
fn without_a_session_the_decision_key_says_what_to_do() {
    let mut app = home(80, 24);
    press(&mut app, KeyCode::Char('d'));
    assert!(app.form.is_none());
    assert!(app.notice.as_ref().unwrap().text.contains("open one"));
}

#[test]
fn x_exports_the_open_session_to_the_exports_folder() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char('x'));
    assert!(app.form.is_some(), "a form is open");
    press(&mut app, KeyCode::Right); // html → csv
    let effects = submit(&mut app);
    let [
        Effect::Export {
            format,
            out,
            session_path,
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("expected an export, got {effects:?}");
    };
    assert_eq!(*format, pim_workshop::export::Format::Csv);
    assert_eq!(out, &PathBuf::from("/data/exports/kalma-scoping.csv"));
    assert_eq!(session_path, &PathBuf::from("/data/sessions/kalma.json"));
}

#[test]
fn an_export_over_the_session_file_is_refused() {
    let mut app = workshop(80, 24, "full-process", None);
    press(&mut app, KeyCode::Char('x'));
    tab(&mut app, 1);
    type_text(&mut app, "/data/sessions/kalma.json");
    assert!(submit(&mut app).is_empty());
    assert!(
        app.form.as_ref().unwrap().fields[1]
            .error
            .as_ref()
            .unwrap()
            .contains("session file itself")
    );
}
