//! The agenda a facilitator shapes, driven key by key through `update` with injected time: add a break,
//! reorder it, move it between days, change its minutes, remove it; set a day's date and start and the
//! number of days; the timer keys on the highlighted module (B1); the plan against the clock in the
//! agenda and the header; minutes taken corrected by hand; a timer left running at close (B10) and `q`
//! with a running timer.

mod support;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyCode;
use pim_workshop::session::agenda::ModuleRecord;
use pim_workshop::session::agenda_shape::ItemKind;
use pim_workshop::session::{Participant, Session};
use pim_workshop::tui::app::App;
use pim_workshop::tui::keys::Context;
use pim_workshop::tui::update::{Action, Effect, update};
use support::app::session_of as s;
use support::fixtures::pack;
use support::keys::{press, press_char as key, save_form, type_text};
use support::render::screen;

/// 2026-11-21, `secs` after 09:00 (Amman time).
fn at(secs: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
        + chrono::Duration::seconds(secs)
}

fn session() -> Session {
    let mut s =
        support::fixtures::fresh_session("Tamsin Plain training", "pim-training", "Ingrid", at(0));
    s.participants.push(Participant::named("Ana Ruiz"));
    s
}

fn tick(app: &mut App, secs: i64) -> Vec<Effect> {
    update(app, Action::Tick(at(secs)))
}

/// The agenda of a training open since 09:00, the loop's clock at `now` seconds after.
fn agenda_app(w: u16, h: u16, now: i64) -> App {
    let mut app = support::app::with_session(w, h, "tamsin.json", session(), None);
    tick(&mut app, now);
    key(&mut app, 't');
    assert_eq!(app.context(), Context::Agenda);
    app
}

/// The ids of the session's agenda, in order.
fn ids(app: &App) -> Vec<String> {
    s(app)
        .effective_agenda(&pack())
        .items()
        .map(|i| i.id.clone())
        .collect()
}

fn cursor(app: &App) -> usize {
    match &app.screen {
        pim_workshop::tui::app::Screen::Facil(f) => match f.as_ref() {
            pim_workshop::tui::facil::FacilScreen::Agenda(a) => a.cursor,
            _ => usize::MAX,
        },
        _ => usize::MAX,
    }
}

fn last_note(app: &App) -> String {
    s(app).timeline.last().unwrap().summary.clone()
}

fn notice(app: &App) -> String {
    app.notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

/// The question on screen (a form without fields), as written.
fn question(app: &App) -> String {
    app.form
        .as_ref()
        .map(|f| f.title.clone())
        .unwrap_or_default()
}

/// Empties the focused text field of a form and types `text` in it.
fn retype(app: &mut App, text: &str) {
    for _ in 0..12 {
        press(app, KeyCode::Backspace);
    }
    type_text(app, text);
}

#[test]
fn add_reorder_move_change_and_remove_a_break() {
    let mut app = agenda_app(100, 30, 0);
    assert!(
        s(&app).facilitation.agenda.shape.is_none(),
        "derived until edited"
    );
    // n: a coffee break (the form's first choice) of 20 minutes after the highlighted Opening.
    key(&mut app, 'n');
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "20");
    assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    assert!(
        s(&app).facilitation.agenda.shape.is_some(),
        "copied on the first edit"
    );
    assert_eq!(&ids(&app)[..3], ["opening", "break-1", "what-is-pim"]);
    assert_eq!(
        last_note(&app),
        "Agenda: added Coffee break (20 min) to day 1"
    );
    let text = screen(&app);
    assert!(text.contains("— 09:30 Coffee break"), "{text}");
    assert!(
        text.contains("· 09:50 What PIM is"),
        "the plan moves: {text}"
    );

    // ] moves it later, the highlight following; [ twice brings it to the top; once more cannot.
    key(&mut app, 'j');
    key(&mut app, ']');
    assert_eq!(&ids(&app)[..3], ["opening", "what-is-pim", "break-1"]);
    assert_eq!(cursor(&app), 2);
    assert_eq!(last_note(&app), "Agenda: moved Coffee break later in day 1");
    key(&mut app, '[');
    key(&mut app, '[');
    assert_eq!(ids(&app)[0], "break-1");
    key(&mut app, '[');
    assert!(notice(&app).contains("cannot move"), "{}", notice(&app));

    // > takes it to the start of day 2.
    key(&mut app, '>');
    let pack = pack();
    let agenda = s(&app).effective_agenda(&pack);
    assert_eq!(agenda.days[1].items[0].id, "break-1");
    assert_eq!(agenda.days[1].items[0].kind, ItemKind::Break);
    assert_eq!(agenda.get(cursor(&app)).unwrap().id, "break-1");
    assert_eq!(last_note(&app), "Agenda: moved Coffee break to day 2");

    // c: its title and minutes.
    key(&mut app, 'c');
    retype(&mut app, "Tea and dates");
    press(&mut app, KeyCode::Tab);
    retype(&mut app, "25");
    assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    let item = s(&app)
        .effective_agenda(&pack)
        .item("break-1")
        .cloned()
        .unwrap();
    assert_eq!((item.title.as_str(), item.minutes), ("Tea and dates", 25));
    assert!(
        last_note(&app).contains("renamed Tea and dates"),
        "{}",
        last_note(&app)
    );

    // A refused length stays in the form with its error.
    key(&mut app, 'c');
    press(&mut app, KeyCode::Tab);
    retype(&mut app, "0");
    assert!(save_form(&mut app).is_empty());
    assert!(app.form.as_ref().unwrap().fields[1].error.is_some());
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'y');

    // X asks, then takes it out.
    key(&mut app, 'X');
    assert!(question(&app).starts_with("Take Tea and dates out of the agenda?"));
    key(&mut app, 'y');
    assert!(!ids(&app).contains(&"break-1".to_string()));
    assert_eq!(last_note(&app), "Agenda: removed Tea and dates");

    // The shape survives a save and a load.
    let bytes = pim_workshop::storage::save::to_json_bytes(s(&app));
    let back: Session = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        back.effective_agenda(&pack),
        s(&app).effective_agenda(&pack)
    );
}

#[test]
fn a_module_left_out_comes_back_and_the_days_are_set() {
    let mut app = agenda_app(100, 30, 0);
    // X on Opening, then n offers it again among the modules left out.
    key(&mut app, 'X');
    key(&mut app, 'y');
    assert_eq!(ids(&app)[0], "what-is-pim");
    key(&mut app, 'n');
    for _ in 0..3 {
        press(&mut app, KeyCode::Right);
    }
    assert!(screen(&app).contains("Module: Opening and expectations (30 min)"));
    assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    assert_eq!(&ids(&app)[..2], ["what-is-pim", "opening"]);

    // s: day 1 dated, starting 08:30; three days refused while day 4 holds modules.
    key(&mut app, 's');
    type_text(&mut app, "2026-11-21");
    press(&mut app, KeyCode::Tab);
    retype(&mut app, "08:30");
    press(&mut app, KeyCode::Tab);
    retype(&mut app, "3");
    assert!(save_form(&mut app).is_empty(), "refused");
    let error = app.form.as_ref().unwrap().fields[2].error.clone().unwrap();
    assert!(error.contains("Day 4 still holds 3 items"), "{error}");
    retype(&mut app, "4");
    assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    let text = screen(&app);
    assert!(
        text.contains("Day 1 · 21 November 2026 · starts 08:30"),
        "{text}"
    );
    // Dated today and started at 08:30: at 09:00 the day already runs 30 minutes behind.
    assert!(text.contains("09:00 — 30 min behind"), "{text}");
    assert!(text.contains("· 09:00 What PIM is"), "{text}");

    // The day-4 modules go to day 3 with <, then three days are accepted.
    for _ in 0..30 {
        key(&mut app, 'j');
    }
    for _ in 0..3 {
        key(&mut app, '<');
        key(&mut app, 'j');
    }
    key(&mut app, 's');
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    retype(&mut app, "3");
    assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    let pack = pack();
    let agenda = s(&app).effective_agenda(&pack);
    assert_eq!(agenda.day_count(), 3);
    assert_eq!(agenda.days[2].items.len(), 7);
    assert_eq!(last_note(&app), "Agenda: the training now has 3 days");
}

#[test]
fn timer_keys_act_on_the_highlighted_module_and_resets_ask() {
    // B1: Space, m, then 0 no longer wipes the finished module.
    let mut app = agenda_app(100, 30, 0);
    key(&mut app, ' ');
    tick(&mut app, 600);
    key(&mut app, 'm');
    assert_eq!(cursor(&app), 1, "the highlight moves on");
    key(&mut app, '0');
    assert!(app.form.is_none(), "nothing to reset on an idle module");
    assert!(
        notice(&app).contains("nothing to reset"),
        "{}",
        notice(&app)
    );
    let opening = &s(&app).facilitation.agenda.modules["opening"];
    assert!(opening.done);
    assert_eq!(opening.elapsed_secs, 600);
    // On the finished module, 0 asks, naming what would be lost; n keeps it.
    key(&mut app, 'k');
    key(&mut app, '0');
    assert!(
        question(&app).contains("finished, 10 min recorded"),
        "{}",
        question(&app)
    );
    key(&mut app, 'n');
    assert_eq!(
        s(&app).facilitation.agenda.modules["opening"].elapsed_secs,
        600
    );
    // Space on a finished module does not restart it.
    key(&mut app, ' ');
    assert!(
        notice(&app).contains("press m to reopen"),
        "{}",
        notice(&app)
    );
    assert!(!s(&app).facilitation.agenda.modules["opening"].is_running());
    // + on the highlighted module, not the current one.
    key(&mut app, 'j');
    key(&mut app, 'j');
    key(&mut app, '+');
    assert_eq!(
        s(&app).facilitation.agenda.modules["principles"].extended_secs,
        300
    );
    assert_eq!(
        s(&app).facilitation.agenda.modules["opening"].extended_secs,
        0
    );
    // The rule is on screen.
    assert!(screen(&app).contains("keys act on the highlighted row"));
}

#[test]
fn starting_another_module_says_it_paused_the_running_one() {
    let mut app = agenda_app(100, 30, 0);
    key(&mut app, ' ');
    tick(&mut app, 300);
    key(&mut app, 'j');
    key(&mut app, ' ');
    assert_eq!(
        notice(&app),
        "Paused Opening and expectations to start What PIM is."
    );
    let rec = &s(&app).facilitation.agenda.modules;
    assert!(!rec["opening"].is_running());
    assert_eq!(rec["opening"].elapsed_secs, 300);
    assert!(rec["what-is-pim"].is_running());
    // Space on the running, highlighted module pauses it.
    key(&mut app, ' ');
    assert!(!s(&app).facilitation.agenda.modules["what-is-pim"].is_running());
}

#[test]
fn minutes_taken_are_corrected_by_hand() {
    let mut app = agenda_app(100, 30, 0);
    key(&mut app, ' ');
    tick(&mut app, 600);
    key(&mut app, 'c');
    press(&mut app, KeyCode::Tab);
    retype(&mut app, "25");
    assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    let rec = &s(&app).facilitation.agenda.modules["opening"];
    assert_eq!(rec.elapsed(at(600)), 25 * 60);
    assert!(rec.is_running(), "it goes on counting from there");
    assert_eq!(rec.elapsed(at(660)), 26 * 60);
    assert_eq!(
        last_note(&app),
        "Minutes taken on Opening and expectations corrected to 25 (was 10)"
    );
}

#[test]
fn the_plan_follows_the_clock_in_the_agenda_and_the_header() {
    // Opening started at 09:12 and still runs at 09:50: 20 minutes behind its 09:30 end.
    let mut app = agenda_app(120, 30, 12 * 60);
    key(&mut app, ' ');
    tick(&mut app, 50 * 60);
    let text = screen(&app);
    assert!(text.contains("09:50 — 20 min behind"), "{text}");
    assert!(text.contains("+20′"), "the header says it too: {text}");
    assert!(text.contains("· 09:50 What PIM is"), "{text}");
    // A lunch added after the Matrix announces where it moves.
    for _ in 0..4 {
        key(&mut app, 'j');
    }
    key(&mut app, 'n');
    press(&mut app, KeyCode::Right);
    assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    let text = screen(&app);
    assert!(
        text.contains("lunch moves to 14:45") || text.contains("Lunch moves to 14:45"),
        "{text}"
    );
    // Back in the workshop the header still shows the drift.
    press(&mut app, KeyCode::Esc);
    assert!(screen(&app).lines().next().unwrap().contains("+20′"));
}

/// A session whose Opening timer has run since 09:00 and was last saved at 10:00.
fn left_running() -> Session {
    let mut s = session();
    s.facilitation.agenda.current = Some("opening".into());
    s.facilitation.agenda.modules.insert(
        "opening".into(),
        ModuleRecord {
            running_since: Some(at(0)),
            started: Some(at(0)),
            ..ModuleRecord::default()
        },
    );
    s.updated = at(3600);
    s
}

/// Opens `session` the next morning (16 h after 09:00).
fn open_next_morning(session: Session) -> App {
    let mut app = support::app::home(100, 30);
    tick(&mut app, 16 * 3600);
    update(
        &mut app,
        Action::SessionOpened {
            path: PathBuf::from("/data/sessions/overnight.json"),
            session: Box::new(session),
            read_only: None,
            warnings: Vec::new(),
        },
    );
    app
}

#[test]
fn reopening_with_a_running_timer_asks_to_stop_it_at_the_close_time() {
    let mut app = open_next_morning(left_running());
    assert_eq!(
        question(&app),
        "Opening and expectations: its timer was running when the session was closed at 10:00 on \
         2026-11-21 (15 h 0 min ago). y stops it at 10:00; n keeps it counting."
    );
    assert!(
        screen(&app).contains("n keeps it counting."),
        "on screen: {}",
        screen(&app)
    );
    key(&mut app, 'y');
    let rec = &s(&app).facilitation.agenda.modules["opening"];
    assert!(!rec.is_running());
    assert_eq!(
        rec.elapsed_secs, 3600,
        "counted until the close, not overnight"
    );
    assert_eq!(
        last_note(&app),
        "Timer of Opening and expectations stopped at 10:00, when the session was closed"
    );
    assert!(notice(&app).contains("stopped at 10:00"));

    // n keeps it counting.
    let mut app = open_next_morning(left_running());
    key(&mut app, 'n');
    assert!(s(&app).facilitation.agenda.modules["opening"].is_running());
    // A read-only opening does not ask (it could not stop anything).
    let mut app = support::app::home(100, 30);
    tick(&mut app, 16 * 3600);
    support::app::open_session(&mut app, "o.json", left_running(), Some("held elsewhere"));
    assert!(app.form.is_none());
}

#[test]
fn quitting_with_a_running_timer_warns() {
    let mut app = agenda_app(100, 30, 0);
    key(&mut app, ' ');
    assert!(key(&mut app, 'q').is_empty());
    assert!(!app.quitting);
    assert!(
        question(&app).starts_with("Opening and expectations: its timer is running. Quit anyway?")
    );
    key(&mut app, 'n');
    assert!(!app.quitting, "n stays");
    key(&mut app, 'q');
    tick(&mut app, 120);
    let effects = key(&mut app, 'y');
    assert!(app.quitting, "y quits");
    assert!(effects.contains(&Effect::SubmitSave), "{effects:?}");
    assert_eq!(s(&app).updated, at(120), "the close time is noted");
    // Paused, q quits at once.
    let mut app = agenda_app(100, 30, 0);
    key(&mut app, ' ');
    key(&mut app, ' ');
    key(&mut app, 'q');
    assert!(app.quitting);
}
