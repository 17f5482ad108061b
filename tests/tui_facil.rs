//! The facilitator's toolkit in the TUI: agenda timers driven by injected time (start, pause, extend,
//! reset, time up with the bell once), presenter view toggling, dot votes, attendance, the end-of-day
//! summary, split and merge from the screen; snapshots of the agenda and presenter views.

mod support;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyCode;
use pim_workshop::session::agenda::TimerPhase;
use pim_workshop::session::{Participant, Session};
use pim_workshop::tui::app::{App, Screen};
use pim_workshop::tui::facil::{self, FacilAction, FacilEffect, FacilScreen};
use pim_workshop::tui::keys::Context;
use pim_workshop::tui::update::{Action, Effect, update};
use support::app::{open_session, session_of as s};
use support::fixtures::pack;
use support::keys::{press, press_char as key, save_form};
use support::render::{draw, draw_only, screen};

fn at(secs: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
        + chrono::Duration::seconds(secs)
}

fn session() -> Session {
    support::fixtures::tamsin_training("pim-training", at(0))
}

fn app_with(w: u16, h: u16, s: Session) -> App {
    let mut app = support::app::with_session(w, h, "tamsin.json", s, None);
    tick(&mut app, 0);
    app
}

fn app(w: u16, h: u16) -> App {
    app_with(w, h, session())
}

fn tick(app: &mut App, secs: i64) -> Vec<Effect> {
    update(app, Action::Tick(at(secs)))
}

#[test]
fn timer_starts_pauses_extends_and_resets_with_injected_time() {
    let mut app = app(80, 24);
    key(&mut app, 't');
    assert_eq!(app.context(), Context::Agenda);
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::SubmitSave]);
    let current = s(&app).facilitation.agenda.current.clone().unwrap();
    assert_eq!(current, "opening");
    tick(&mut app, 90);
    let pack = pack();
    let (_, t) = facil::current_timer(&pack, s(&app), at(90)).unwrap();
    assert_eq!((t.elapsed_secs, t.remaining_secs), (90, 30 * 60 - 90));
    assert!(screen(&app).contains("28:30"), "{}", screen(&app));
    // Pause at 2:00; an hour later it still shows 28:00.
    tick(&mut app, 120);
    key(&mut app, ' ');
    tick(&mut app, 3720);
    let (_, t) = facil::current_timer(&pack, s(&app), at(3720)).unwrap();
    assert_eq!(t.phase, TimerPhase::Paused);
    assert_eq!(t.remaining_secs, 28 * 60);
    assert!(screen(&app).contains("‖ 28:00"), "{}", screen(&app));
    // Extend by 5 minutes, then reset.
    key(&mut app, '+');
    let (_, t) = facil::current_timer(&pack, s(&app), at(3720)).unwrap();
    assert_eq!(t.remaining_secs, 33 * 60);
    // The reset asks first (the recorded time would go); n keeps it.
    key(&mut app, '0');
    assert!(
        screen(&app).contains("Reset the timer of"),
        "{}",
        screen(&app)
    );
    key(&mut app, 'n');
    let (_, t) = facil::current_timer(&pack, s(&app), at(3720)).unwrap();
    assert_eq!(t.remaining_secs, 33 * 60);
    key(&mut app, '0');
    key(&mut app, 'y');
    let (_, t) = facil::current_timer(&pack, s(&app), at(3720)).unwrap();
    assert_eq!((t.phase, t.remaining_secs), (TimerPhase::Idle, 30 * 60));
    let last = s(&app).timeline.last().unwrap();
    assert!(last.summary.contains("reset to zero"), "{}", last.summary);
    assert_eq!(last.by, "Ingrid", "the timeline says who reset it");
    // A running timer is not reset by a stray 0: it asks, saying it runs, and n keeps it.
    key(&mut app, ' ');
    tick(&mut app, 3780);
    key(&mut app, '0');
    assert!(
        screen(&app).contains("its timer is running"),
        "{}",
        screen(&app)
    );
    key(&mut app, 'n');
    let (_, t) = facil::current_timer(&pack, s(&app), at(3780)).unwrap();
    assert_eq!(t.elapsed_secs, 60);
}

#[test]
fn time_up_shows_in_the_header_on_every_screen_and_rings_once() {
    let mut app = app(80, 24);
    key(&mut app, 't');
    key(&mut app, 'b'); // bell on
    press(&mut app, KeyCode::Enter);
    assert!(tick(&mut app, 29 * 60).is_empty());
    let effects = tick(&mut app, 30 * 60 + 5);
    assert_eq!(effects, vec![Effect::Facil(FacilEffect::Bell)]);
    assert!(
        tick(&mut app, 30 * 60 + 6).is_empty(),
        "the bell rings once"
    );
    press(&mut app, KeyCode::Esc); // back to the workshop: the header still tells
    assert_eq!(app.context(), Context::Training);
    let text = screen(&app);
    assert!(text.contains("TIME UP -00:06"), "{text}");
    // Extending clears the alert; running out again rings again.
    key(&mut app, 't');
    key(&mut app, '+');
    assert!(tick(&mut app, 31 * 60).is_empty());
    assert_eq!(
        tick(&mut app, 35 * 60 + 1),
        vec![Effect::Facil(FacilEffect::Bell)]
    );
}

#[test]
fn finishing_modules_replans_the_day() {
    let mut app = app(100, 30);
    key(&mut app, 't');
    press(&mut app, KeyCode::Enter);
    tick(&mut app, 45 * 60); // opening (30 min) overruns by 15
    key(&mut app, 'm');
    let rec = &s(&app).facilitation.agenda.modules["opening"];
    assert!(rec.done);
    let text = screen(&app);
    assert!(
        text.contains("09:45"),
        "the next module now starts at 09:45: {text}"
    );
    assert!(text.contains("(+15 min)"), "{text}");
    assert!(
        s(&app)
            .timeline
            .last()
            .unwrap()
            .summary
            .contains("45 min of 30 planned")
    );
}

#[test]
fn presenter_toggles_with_one_key_and_hides_the_panels() {
    let mut app = app(80, 24);
    let normal = screen(&app);
    assert!(normal.contains("Process"), "{normal}");
    key(&mut app, 'f');
    assert!(app.facil.presenter);
    let text = screen(&app);
    assert!(
        !text.contains("Process"),
        "the side panel is hidden: {text}"
    );
    assert!(text.contains("What decisions or actions"), "{text}");
    key(&mut app, 'f');
    assert!(!app.facil.presenter);
    // Closing the session in presenter view: the next session opens in the ordinary layout.
    key(&mut app, 'f');
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'y'); // Esc asks before closing the session
    tick(&mut app, 1);
    assert!(!app.facil.presenter);
}

fn merged_session() -> Session {
    let mut plenary = session();
    plenary.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "Where to send the mobile teams first",
        at(1),
        "Ingrid",
    );
    let mut groups =
        pim_workshop::session::breakout::split(&plenary, 2, &["define-purpose".into()], at(2), "I");
    groups[0].set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "Which camp gets the next distribution",
        at(3),
        "m",
    );
    groups[1].set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "Whether to open a help desk at night",
        at(3),
        "m",
    );
    for g in &groups {
        pim_workshop::session::breakout::merge(&mut plenary, g, at(4), "I").unwrap();
    }
    plenary
}

/// A plenary that merged a hostile group: control characters, bidi overrides, wide glyphs.
fn hostile_session() -> Session {
    let mut plenary = merged_session();
    let mut g =
        pim_workshop::session::breakout::split(&plenary, 1, &["define-purpose".into()], at(2), "I")
            .remove(0);
    g.breakout.origin.as_mut().unwrap().group = "\u{1b}]0;x\u{7}日本語\u{202e}Group".into();
    g.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        &"\u{1b}[2J\u{202e}مرحبا 日本語 \u{0}\n".repeat(40),
        at(3),
        "m",
    );
    pim_workshop::session::breakout::merge(&mut plenary, &g, at(4), "I").unwrap();
    plenary.add_vote(
        "\u{1b}[31mvote",
        "x",
        vec!["日本語\u{202e}".repeat(30)],
        vec!["\u{1b}P".into()],
        3,
        at(5),
        "I",
    );
    plenary
}

#[test]
fn snapshot_agenda_80x24() {
    let mut app = app(80, 24);
    key(&mut app, 't');
    press(&mut app, KeyCode::Enter);
    tick(&mut app, 12 * 60 + 5);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn snapshot_presenter_80x24_with_group_answers() {
    let mut app = app_with(80, 24, merged_session());
    key(&mut app, 't');
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'f');
    tick(&mut app, 7 * 60 + 9);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn snapshot_presenter_200x60_is_large() {
    let mut app = app_with(200, 60, merged_session());
    key(&mut app, 't');
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'f');
    tick(&mut app, 7 * 60 + 9);
    let text = screen(&app);
    // Scale 2: digits twice as tall (10 rows of blocks).
    let block_rows = text.lines().filter(|l| l.contains("████")).count();
    assert!(block_rows >= 10, "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn workshop_shows_group_answers_beside_the_rooms() {
    let app = app_with(120, 40, merged_session());
    let text = screen(&app);
    assert!(text.contains("Group 1:"), "{text}");
    assert!(
        text.contains("Which camp gets the next distribution"),
        "{text}"
    );
    assert!(text.contains("Group 2:"), "{text}");
}

#[test]
fn dot_vote_on_categories_by_participants() {
    let mut app = app(80, 24);
    key(&mut app, 'V');
    assert!(app.form.is_some(), "a form is open");
    for c in "Which system first?".chars() {
        key(&mut app, c);
    }
    save_form(&mut app);
    assert_eq!(app.context(), Context::Vote);
    // Ana: 2 dots on the first category, 1 on the second; a 4th is refused.
    key(&mut app, '+');
    key(&mut app, '+');
    key(&mut app, 'j');
    key(&mut app, '+');
    key(&mut app, '+');
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("used all 3 dots")
    );
    // Ben: 3 on the second.
    key(&mut app, 'l');
    for _ in 0..3 {
        key(&mut app, '+');
    }
    let text = screen(&app);
    assert!(text.contains("Voter: ◀ Ben Okafor"), "{text}");
    let vote = &s(&app).facilitation.votes[0];
    assert_eq!(&vote.totals()[..2], &[2, 4]);
    key(&mut app, 'c');
    let vote = &s(&app).facilitation.votes[0];
    assert!(vote.closed);
    assert!(
        s(&app)
            .timeline
            .last()
            .unwrap()
            .summary
            .contains("Protection Needs Assessment (4); Population Data (2)")
    );
    key(&mut app, '+');
    assert!(app.notice.as_ref().unwrap().text.contains("closed"));
}

#[test]
fn attendance_and_end_of_day_summary() {
    let mut app = app(80, 24);
    key(&mut app, 't');
    key(&mut app, 'a');
    assert_eq!(app.context(), Context::Attendance);
    key(&mut app, ' ');
    key(&mut app, 'j');
    key(&mut app, 'j');
    key(&mut app, ' ');
    assert_eq!(
        s(&app).present_on(1),
        ["Ana Ruiz".to_string(), "Chen Li".to_string()]
    );
    assert!(screen(&app).contains("2 of 3 present"));
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'E');
    assert_eq!(app.context(), Context::DaySummary);
    let text = screen(&app);
    assert!(text.contains("Attendance (2 of 3)"), "{text}");
    assert!(text.contains("Modules of the day not finished"), "{text}");
    let effects = key(&mut app, 'x');
    match &effects[..] {
        [Effect::Facil(FacilEffect::WriteText { out, text, .. })] => {
            assert!(
                out.ends_with("exports/tamsin-plain-training-day-1.md"),
                "{out:?}"
            );
            assert!(
                text.contains("Attendance \\(2 of 3\\)") || text.contains("Attendance (2 of 3)")
            );
        }
        other => panic!("{other:?}"),
    }
    // The parking lot is reviewed from the summary.
    key(&mut app, 'P');
    assert_eq!(app.context(), Context::Records);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::DaySummary);
}

#[test]
fn everyone_present_in_one_key_then_late_and_left_early() {
    use pim_workshop::session::Presence;
    use pim_workshop::tui::export_form::ExportField;
    let mut app = app(80, 24);
    key(&mut app, 't');
    key(&mut app, 'a');
    assert_eq!(key(&mut app, 'a'), vec![Effect::SubmitSave]);
    assert_eq!(s(&app).present_on(1).len(), 3);
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("3 participants marked present on day 1")
    );
    assert!(key(&mut app, 'a').is_empty(), "a second a changes nothing");
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("already present")
    );
    key(&mut app, 'L');
    key(&mut app, 'j');
    key(&mut app, 'E');
    key(&mut app, 'L');
    assert_eq!(
        s(&app).presence(1, "Ana Ruiz"),
        Presence::Present {
            late: true,
            left_early: false
        }
    );
    assert_eq!(
        s(&app).presence(1, "Ben Okafor"),
        Presence::Present {
            late: true,
            left_early: true
        }
    );
    let text = screen(&app);
    assert!(text.contains("Ana Ruiz · late"), "{text}");
    assert!(text.contains("Ben Okafor · late, left early"), "{text}");
    key(&mut app, 'E');
    assert_eq!(
        s(&app).presence(1, "Ben Okafor").word(),
        "late",
        "E again takes it back"
    );
    // On day 2 the late mark alone makes Chen present.
    key(&mut app, 'l');
    key(&mut app, 'j');
    key(&mut app, 'L');
    assert_eq!(s(&app).present_on(2), ["Chen Li".to_string()]);
    key(&mut app, ' ');
    assert_eq!(
        s(&app).presence(2, "Chen Li"),
        pim_workshop::session::Presence::Absent
    );
    // x offers the sign-in sheet first.
    key(&mut app, 'x');
    assert_eq!(
        app.form.as_ref().unwrap().choice(ExportField::Format),
        "sign-in"
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'E');
    assert_eq!(app.context(), Context::DaySummary);
    let text = screen(&app);
    assert!(text.contains("Absent (0)"), "{text}");
    assert!(text.contains("Arrived late"), "{text}");
    key(&mut app, 'R');
    assert_eq!(
        app.form.as_ref().unwrap().choice(ExportField::Format),
        "training-report-html"
    );
}

#[test]
fn split_and_merge_from_the_screen() {
    let mut app = app(80, 24);
    key(&mut app, 'G');
    assert!(app.form.is_some(), "a form is open");
    press(&mut app, KeyCode::Backspace);
    key(&mut app, '3');
    let effects = save_form(&mut app);
    let groups = match &effects[..] {
        [Effect::Facil(FacilEffect::WriteGroups { dir, groups })] => {
            assert_eq!(dir, &PathBuf::from("/data/sessions"));
            groups.clone()
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(groups.len(), 3);
    let origin = groups[0].breakout.origin.as_ref().unwrap();
    assert_eq!(
        origin.substeps,
        ["define-purpose"],
        "the current sub-step by default"
    );
    update(
        &mut app,
        Action::Facil(FacilAction::GroupsWritten(Ok(vec![PathBuf::from(
            "/data/sessions/g1.json",
        )]))),
    );
    assert!(app.notice.as_ref().unwrap().text.contains("g1.json"));

    // Merge: the loop finds the files, the form lists them, the loop reads them, update merges.
    let effects = key(&mut app, 'J');
    assert!(matches!(
        &effects[..],
        [Effect::Facil(FacilEffect::FindGroups { .. })]
    ));
    update(
        &mut app,
        Action::Facil(FacilAction::GroupsFound(vec![PathBuf::from(
            "/data/sessions/g1.json",
        )])),
    );
    assert!(app.form.is_some(), "a form is open");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::Facil(FacilEffect::ReadGroups(vec![PathBuf::from(
            "/data/sessions/g1.json"
        )]))]
    );
    let mut g = groups[0].clone();
    g.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "Group words",
        at(5),
        "m",
    );
    let loaded = vec![
        (PathBuf::from("/data/sessions/g1.json"), Ok(g.clone())),
        (PathBuf::from("/x/broken.json"), Err("not JSON".to_string())),
    ];
    let effects = update(
        &mut app,
        Action::Facil(FacilAction::GroupsRead(loaded.clone())),
    );
    assert_eq!(effects, vec![Effect::SubmitSave]);
    let notice = app.notice.clone().unwrap().text;
    assert!(notice.contains("Group 1: 1 new answer,"), "{notice}");
    assert!(notice.contains("broken.json: not merged"), "{notice}");
    // Again: nothing new, no save.
    let effects = update(&mut app, Action::Facil(FacilAction::GroupsRead(loaded)));
    assert!(effects.is_empty());
    assert_eq!(
        s(&app).breakout.answers["define-purpose/define-purpose.decisions"].len(),
        1
    );
}

#[test]
fn read_only_sessions_refuse_timer_changes() {
    let mut app = support::app::home(80, 24);
    open_session(
        &mut app,
        "t.json",
        session(),
        Some("open on another laptop"),
    );
    key(&mut app, 't');
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert!(s(&app).facilitation.agenda.current.is_none());
    assert!(app.notice.as_ref().unwrap().text.contains("Read-only"));
}

#[test]
fn templates_without_agenda_have_no_training_keys() {
    let mut s = session();
    s.template = "needs-assessment-scoping".into();
    let mut app = app_with(80, 24, s);
    assert_eq!(app.context(), Context::Workshop);
    key(&mut app, 't');
    assert!(
        matches!(app.screen, Screen::Workshop(_)),
        "t is not a key here"
    );
    // Neither the footer nor the help of a scoping session offers the training keys.
    let footer = screen(&app);
    assert!(!footer.contains("t agenda"), "{footer}");
    key(&mut app, '?');
    let help = screen(&app);
    assert!(
        !help.contains("dot vote") && !help.contains("agenda"),
        "{help}"
    );
    // A training's footer shows its agenda and presenter view.
    let training = app_with(80, 24, session());
    assert_eq!(training.context(), Context::Training);
    let text = screen(&training);
    assert!(
        text.contains("t agenda") && text.contains("f presenter"),
        "{text}"
    );
}

#[test]
fn agenda_screen_is_the_facil_agenda() {
    let mut app = app(80, 24);
    key(&mut app, 't');
    assert!(matches!(
        &app.screen,
        Screen::Facil(f) if matches!(f.as_ref(), FacilScreen::Agenda(_))
    ));
}

#[test]
fn tiny_and_huge_terminals_do_not_panic() {
    for (w, h) in [(0, 0), (1, 1), (60, 18), (61, 19), (80, 24), (300, 100)] {
        let mut app = app_with(w, h, hostile_session());
        key(&mut app, 't');
        press(&mut app, KeyCode::Enter);
        tick(&mut app, 99_999);
        draw_only(&app);
        key(&mut app, 'f');
        draw_only(&app);
        key(&mut app, 'V');
        press(&mut app, KeyCode::Enter);
        draw_only(&app);
    }
}

#[test]
fn a_group_file_walks_only_its_sub_steps() {
    let plenary = session();
    let subs = vec!["data-review".to_string(), "sharing-networks".to_string()];
    let group = pim_workshop::session::breakout::split(&plenary, 1, &subs, at(1), "I").remove(0);
    let app = app_with(80, 24, group);
    assert_eq!(app.open.as_ref().unwrap().substeps, subs);
    assert!(screen(&app).contains("sub-step 1 of 2"));
}

#[test]
fn hostile_group_text_never_reaches_the_terminal_raw() {
    let mut app = app_with(100, 30, hostile_session());
    for keys in ["", "f"] {
        for c in keys.chars() {
            key(&mut app, c);
        }
        let text = screen(&app);
        assert!(!text.contains('\u{1b}') && !text.contains('\u{202e}') && !text.contains('\u{7}'));
        assert!(text.contains("Group 1"), "{text}");
    }
}

#[test]
fn an_exercise_gets_its_own_timer_inside_its_module() {
    let mut app = app(100, 30);
    key(&mut app, 't');
    key(&mut app, 'j'); // "What PIM is", with one exercise of 20 minutes
    key(&mut app, 'e');
    let a = &s(&app).facilitation.agenda;
    assert_eq!(a.current.as_deref(), Some("what-is-pim"));
    assert_eq!(a.exercise.as_deref(), Some("ex-pim-in-our-words"));
    tick(&mut app, 60);
    let text = screen(&app);
    assert!(text.contains("▶ 19:00 PIM in our own"), "{text}");
    // Space pauses both the exercise and the module.
    key(&mut app, ' ');
    tick(&mut app, 600);
    let pack = pack();
    let active = facil::active_timer(&pack, s(&app), at(600)).unwrap();
    assert_eq!(active.timer.remaining_secs, 19 * 60);
    assert_eq!(active.timer.phase, TimerPhase::Paused);
    // Space resumes; the exercise runs out before the module.
    key(&mut app, ' ');
    assert!(
        tick(&mut app, 600 + 19 * 60 + 1).is_empty(),
        "no bell unless asked"
    );
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("Time is up for PIM in our own words")
    );
    // e again: after the last exercise, back to the module's own timer (still running).
    key(&mut app, 'e');
    let active = facil::active_timer(&pack, s(&app), at(600 + 19 * 60 + 1)).unwrap();
    assert!(active.exercise.is_none());
    assert_eq!(active.timer.phase, TimerPhase::Running);
    assert_eq!(active.timer.remaining_secs, 60 * 60 - 20 * 60 - 1);
}

#[test]
fn participants_can_be_added_from_attendance() {
    let mut s0 = session();
    s0.participants.clear();
    let mut app = app_with(80, 24, s0);
    key(&mut app, 't');
    key(&mut app, 'a');
    key(&mut app, ' ');
    assert!(app.notice.as_ref().unwrap().text.contains("n adds them"));
    key(&mut app, 'n');
    assert!(app.form.is_some(), "a form is open");
    for c in "Dana (Kestrel, IMO); Eli".chars() {
        key(&mut app, c);
    }
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::SubmitSave]);
    let names: Vec<&str> = s(&app)
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Dana", "Eli"]);
    assert_eq!(s(&app).participants[0].organisation, "Kestrel");
    key(&mut app, ' ');
    assert_eq!(s(&app).present_on(1), ["Dana".to_string()]);
}

#[test]
fn snapshot_dot_vote_80x24() {
    let mut app = app(80, 24);
    key(&mut app, 'V');
    for c in "Which system first?".chars() {
        key(&mut app, c);
    }
    save_form(&mut app);
    for keys in ["++j+", "ljj+++", "l+jj++"] {
        for c in keys.chars() {
            key(&mut app, c);
        }
    }
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn the_day_start_moves_the_plan() {
    let mut app = app(100, 30);
    key(&mut app, 't');
    key(&mut app, 's');
    assert!(app.form.is_some(), "a form is open");
    // The day's form: its date first, then its start time.
    press(&mut app, KeyCode::Tab);
    for _ in 0..5 {
        press(&mut app, KeyCode::Backspace);
    }
    for c in "8h30".chars() {
        key(&mut app, c);
    }
    assert!(save_form(&mut app).is_empty(), "refused");
    assert!(app.form.as_ref().unwrap().fields[1].error.is_some());
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    for c in "08:30".chars() {
        key(&mut app, c);
    }
    assert_eq!(save_form(&mut app), vec![Effect::SubmitSave]);
    let text = screen(&app);
    assert!(
        text.contains("▶ 08:30 Opening") || text.contains("· 08:30 Opening"),
        "{text}"
    );
    assert!(text.contains("planned end 13:55"), "{text}");
}

mod render_fuzz {
    use super::*;
    use proptest::prelude::*;

    use crate::support::hostile::text;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// Hostile text from group files, votes and participants never panics any toolkit screen, at any
        /// size.
        #[test]
        fn toolkit_screens_render_any_text(
            group in text(),
            answer in text(),
            option in text(),
            person in text(),
            w in 58u16..220,
            h in 17u16..64,
        ) {
            let mut plenary = session();
            plenary.participants.push(Participant::named(&person));
            let mut g = pim_workshop::session::breakout::split(
                &plenary, 1, &["define-purpose".into()], at(1), "I").remove(0);
            g.breakout.origin.as_mut().unwrap().group = group;
            g.set_answer("define-purpose", "define-purpose.decisions", &answer, at(2), "m");
            let _ = pim_workshop::session::breakout::merge(&mut plenary, &g, at(3), "I");
            plenary.add_vote("v", "l", vec![option.clone(), option], vec![person], 3, at(4), "I");
            let mut app = app_with(w, h, plenary);
            for keys in ["", "f", "ft", "\n+", "f", "a", "\u{1b}E", "\u{1b}\u{1b}"] {
                for c in keys.chars() {
                    match c {
                        '\n' => { press(&mut app, KeyCode::Enter); }
                        '\u{1b}' => { press(&mut app, KeyCode::Esc); }
                        c => { key(&mut app, c); }
                    }
                }
                tick(&mut app, 4000);
                draw_only(&app);
            }
            // The vote screen.
            app.push_screen(Screen::Facil(Box::new(FacilScreen::Vote(
                pim_workshop::tui::facil::VoteView { vote: "V-1".into(), option: 1, voter: 0 },
            ))));
            key(&mut app, '+');
            draw_only(&app);
        }
    }
}

#[test]
fn time_up_is_reversed_in_the_header_even_without_colour() {
    use ratatui::style::Modifier;
    let mut app = app(80, 24); // monochrome theme, as with NO_COLOR
    key(&mut app, 't');
    press(&mut app, KeyCode::Enter);
    tick(&mut app, 31 * 60);
    let buf = draw(&app).backend().buffer().clone();
    let row: String = (0..80).map(|x| buf[(x, 0)].symbol().to_string()).collect();
    let start = row.find("TIME UP").expect("time up in the header") as u16;
    // One character per cell in this header, so the column is the number of characters before it.
    let col = row[..start as usize].chars().count() as u16;
    let cell = &buf[(col, 0)];
    assert!(cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    assert!(cell.modifier.contains(Modifier::BOLD), "{cell:?}");
    assert_eq!(cell.fg, ratatui::style::Color::Reset, "no colour");
}
