//! The workshop screen: update sequences and snapshots (80×24 and 120×40).

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use pim_workshop::content::{self, Pack};
use pim_workshop::session::{ContentRef, PrincipleStatus, Session, SubstepStatus};
use pim_workshop::tui::app::{App, Screen};
use pim_workshop::tui::keys::Context;
use pim_workshop::tui::theme::Theme;
use pim_workshop::tui::update::{Action, Effect, update};
use pim_workshop::tui::view;
use pim_workshop::tui::workshop::Panel;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn pack() -> Pack {
    content::load_embedded().unwrap()
}

fn session(template: &str) -> Session {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let content = ContentRef {
        pack_id: "pim-core-en".into(),
        version: "1.0.0".into(),
        ..ContentRef::default()
    };
    Session::new("Kalma scoping", template, content, "Amina Haddad", at)
}

fn workshop(w: u16, h: u16, template: &str, read_only: Option<&str>) -> App {
    let mut app = App::new(
        PathBuf::from("/data"),
        Arc::new(pack()),
        Theme::monochrome(),
        (w, h),
    );
    update(
        &mut app,
        Action::SessionOpened {
            path: PathBuf::from("/data/sessions/kalma.json"),
            session: Box::new(session(template)),
            read_only: read_only.map(str::to_string),
            warnings: Vec::new(),
        },
    );
    app
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Action::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in text.chars() {
        effects.extend(press(app, KeyCode::Char(c)));
    }
    effects
}

fn w(app: &App) -> &pim_workshop::tui::workshop::WorkshopState {
    app.workshop().expect("workshop open")
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| view::render(app, f)).unwrap();
    t
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

#[test]
fn typing_an_answer_saves_it_without_flooding_the_timeline() {
    let mut app = workshop(80, 24, "needs-assessment-scoping", None);
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
    assert_eq!(w(&app).focus, Panel::Guidance);
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
    let effects = press(&mut app, KeyCode::Esc);
    assert_eq!(effects, vec![Effect::CloseSession, Effect::ScanSessions]);
    assert!(matches!(app.screen, Screen::Home));
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
        }),
    );
    assert!(screen(&app).contains("NOT SAVED"));
}

#[test]
fn workshop_80x24() {
    let mut app = workshop(80, 24, "needs-assessment-scoping", None);
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
