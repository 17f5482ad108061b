//! The free timer, the presenter view and dot votes in the TUI, driven through `update` with injected
//! time: a vote left and resumed from `V`'s list, closed from the list, its tally hidden while open,
//! totals counted on a flipchart; the free timer in a session without an agenda (countdown, "back at",
//! time up once, reopening); the presenter view scrolling, one agenda module at a time, a vote and a
//! reference entry projected, no dark grey on a projector.

mod support;

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyCode;
use pim_workshop::session::Session;
use pim_workshop::tui::app::{App, Screen};
use pim_workshop::tui::facil::FacilScreen;
use pim_workshop::tui::keys::Context;
use pim_workshop::tui::theme::Theme;
use pim_workshop::tui::update::{Action, Effect, update};
use ratatui::style::Color;
use support::app::session_of as s;
use support::keys::{press, press_char as key, save_form, type_text};
use support::render::{draw, screen};

fn at(secs: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T10:00:00+03:00").unwrap()
        + chrono::Duration::seconds(secs)
}

fn session(template: &str) -> Session {
    support::fixtures::tamsin_training(template, at(0))
}

fn app_with(w: u16, h: u16, s: Session) -> App {
    let mut app = support::app::with_session(w, h, "tamsin.json", s, None);
    tick(&mut app, 0);
    app
}

fn tick(app: &mut App, secs: i64) -> Vec<Effect> {
    update(app, Action::Tick(at(secs)))
}

/// Open a vote on the Matrix categories by the three participants.
fn open_vote(app: &mut App, title: &str) {
    key(app, 'V');
    if app.context() == Context::Votes {
        key(app, 'n');
    }
    assert!(app.form.is_some(), "the new vote's form is open");
    type_text(app, title);
    save_form(app);
    assert_eq!(app.context(), Context::Vote);
}

fn notice(app: &App) -> String {
    app.notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

#[test]
fn an_open_vote_is_left_then_resumed_from_v_and_its_tally_stays_hidden() {
    let mut app = app_with(80, 24, session("pim-training"));
    open_vote(&mut app, "Which system first?");
    // Ana puts 3 dots on the first category; Ben 1 on the second.
    type_text(&mut app, "+++lj+");
    let text = screen(&app);
    assert!(text.contains("4 dots placed"), "{text}");
    assert!(!text.contains('█'), "no tally bars while open: {text}");
    // Leaving does not ask and does not lose the vote: the notice says how to come back.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Training);
    assert!(notice(&app).contains("V-1"), "{}", notice(&app));
    assert!(notice(&app).contains("stays open"), "{}", notice(&app));
    // V offers the open vote first; Enter resumes it at the first voter with dots left (Ben).
    key(&mut app, 'V');
    assert_eq!(app.context(), Context::Votes);
    let list = screen(&app);
    assert!(list.contains("▶ V-1 Which system first?"), "{list}");
    assert!(list.contains("4 dots placed, 2 of 3 voters"), "{list}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Vote);
    assert!(
        screen(&app).contains("Voter: ◀ Ben Okafor"),
        "{}",
        screen(&app)
    );
    type_text(&mut app, "++");
    assert_eq!(s(&app).vote("V-1").unwrap().dots_cast(), 6);
    // Closing shows the tally, ranked with bars.
    key(&mut app, 'c');
    let text = screen(&app);
    assert!(text.contains('█'), "{text}");
    assert!(!text.contains("dots placed ·"), "{text}");
    assert!(s(&app).vote("V-1").unwrap().closed);
}

#[test]
fn votes_are_listed_open_first_and_closed_from_the_list() {
    let mut app = app_with(100, 30, session("pim-training"));
    open_vote(&mut app, "First question");
    key(&mut app, '+');
    key(&mut app, 'c');
    press(&mut app, KeyCode::Esc);
    open_vote(&mut app, "Second question");
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'V');
    let list = screen(&app);
    let second = list.find("V-2 Second question").expect("V-2 listed");
    let first = list.find("V-1 First question").expect("V-1 listed");
    assert!(second < first, "the open vote comes first: {list}");
    assert!(
        list.contains("Population Data (1)"),
        "a closed vote shows its result: {list}"
    );
    // c closes the vote under the cursor (V-2) and records it; a second c says it is closed.
    key(&mut app, 'c');
    assert!(s(&app).vote("V-2").unwrap().closed);
    assert!(
        s(&app).timeline.last().unwrap().summary.contains("V-2"),
        "the timeline records it"
    );
    key(&mut app, 'c');
    assert!(notice(&app).contains("already closed"), "{}", notice(&app));
    // n from the list starts a new vote.
    key(&mut app, 'n');
    assert!(app.form.is_some());
}

#[test]
fn totals_counted_on_a_flipchart_go_in_beside_the_dots() {
    let mut app = app_with(80, 24, session("pim-training"));
    open_vote(&mut app, "Which system first?");
    key(&mut app, '+'); // Ana: one dot on the first category
    key(&mut app, 'j');
    key(&mut app, '=');
    assert!(app.form.is_some(), "the count form is open");
    // The field holds the count so far (0); type 12 in its place.
    press(&mut app, KeyCode::Backspace);
    type_text(&mut app, "12");
    save_form(&mut app);
    assert!(app.form.is_none(), "{:?}", app.form);
    let vote = s(&app).vote("V-1").unwrap();
    assert_eq!(&vote.totals()[..2], &[1, 12]);
    assert_eq!(
        vote.left("Ana Ruiz"),
        2,
        "a count does not use a voter's dots"
    );
    let text = screen(&app);
    assert!(text.contains("12 counted"), "{text}");
    assert!(
        text.contains("13 dots placed (12 counted on paper)"),
        "{text}"
    );
    // A count that is not a number keeps the form open with a sentence on it.
    key(&mut app, '=');
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    type_text(&mut app, "lots");
    save_form(&mut app);
    assert!(app.form.is_some());
    assert!(screen(&app).contains("is not a number"), "{}", screen(&app));
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'y'); // discard what was typed
    key(&mut app, 'c');
    let result = &s(&app).timeline.last().unwrap().summary;
    assert!(result.contains("(12)"), "{result}");
}

#[test]
fn a_free_timer_counts_down_in_any_session_and_survives_reopening() {
    // A scoping session has no agenda: the free timer works all the same.
    let mut app = app_with(100, 30, session("needs-assessment-scoping"));
    assert_eq!(app.context(), Context::Workshop);
    key(&mut app, 'w');
    assert!(app.form.is_some(), "the free timer's form is open");
    type_text(&mut app, "5");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Buzz groups");
    save_form(&mut app);
    tick(&mut app, 90);
    let header = screen(&app).lines().next().unwrap().to_string();
    assert!(header.contains("▶ 03:30 Buzz groups"), "{header}");
    // Time up: said once, in the notice line.
    tick(&mut app, 301);
    assert!(
        notice(&app).contains("Time is up: Buzz groups"),
        "{}",
        notice(&app)
    );
    app.notice = None;
    tick(&mut app, 302);
    assert!(app.notice.is_none(), "said once");
    assert!(screen(&app).contains("TIME UP -00:02"), "{}", screen(&app));
    // Reopened later (the session as saved): still counting from when it was set.
    let saved = s(&app).clone();
    let mut again = support::app::with_session(100, 30, "tamsin.json", saved, None);
    update(&mut again, Action::Tick(at(200)));
    let header = screen(&again).lines().next().unwrap().to_string();
    assert!(header.contains("▶ 01:40 Buzz groups"), "{header}");
    // w again: the form holds the timer; an empty time stops it.
    key(&mut again, 'w');
    press(&mut again, KeyCode::Backspace);
    save_form(&mut again);
    assert!(s(&again).facilitation.free_timer.is_none());
    assert!(notice(&again).contains("stopped"), "{}", notice(&again));
}

#[test]
fn back_at_a_time_of_day_and_typing_slips() {
    let mut app = app_with(80, 24, session("full-process"));
    key(&mut app, 'w');
    type_text(&mut app, "9:30");
    save_form(&mut app);
    assert!(app.form.is_some(), "10:00 is past 09:30: refused");
    assert!(
        screen(&app).contains("already past 09:30"),
        "{}",
        screen(&app)
    );
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "11:15");
    save_form(&mut app);
    assert!(app.form.is_none());
    let header = screen(&app).lines().next().unwrap().to_string();
    assert!(header.contains("1:15:00"), "{header}");
    // The presenter view shows it in big digits, with when the room is back.
    key(&mut app, 'f');
    let text = screen(&app);
    assert!(text.contains("██"), "{text}");
    assert!(text.contains("Timer · back at 11:15"), "{text}");
}

/// A training with the opening module running and a long answer to the first prompt.
fn long_answer_session() -> Session {
    let mut s = session("pim-training");
    let answer = (1..=40)
        .map(|n| format!("Point {n}: the room agreed on this line of the answer."))
        .collect::<Vec<_>>()
        .join("\n");
    s.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        &answer,
        at(0),
        "Ingrid",
    );
    s
}

#[test]
fn the_presenter_view_scrolls_with_marks_at_80x24_and_120x40() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app_with(w, h, long_answer_session());
        key(&mut app, 'f');
        let top = screen(&app);
        assert!(top.contains("Point 1:"), "{top}");
        assert!(top.contains("▼ more"), "{w}x{h}: {top}");
        assert!(!top.contains('▲'), "{top}");
        assert!(!top.contains("Point 40:"), "{top}");
        // Each page goes on from what was drawn (the loop draws between keys).
        for _ in 0..30 {
            press(&mut app, KeyCode::PageDown);
            screen(&app);
        }
        let bottom = screen(&app);
        insta::assert_snapshot!(format!("presenter_scrolled_to_the_end_{w}x{h}"), bottom);
        assert!(bottom.contains("Point 40:"), "{w}x{h}: {bottom}");
        assert!(bottom.contains('▲'), "{bottom}");
        assert!(!bottom.contains("▼ more"), "{bottom}");
        press(&mut app, KeyCode::PageUp);
        assert!(screen(&app).contains("▼ more"));
        // The next prompt starts at its top.
        key(&mut app, 'j');
        assert_eq!(app.facil.presenter_scroll, 0);
        assert!(!screen(&app).contains('▲'));
    }
}

#[test]
fn the_agenda_presenter_shows_one_module_title_timer_and_text() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app_with(w, h, session("pim-training"));
        key(&mut app, 't');
        press(&mut app, KeyCode::Enter); // the opening module's timer runs
        tick(&mut app, 5 * 60);
        key(&mut app, 'j'); // the cursor on the next module, "What PIM is"
        key(&mut app, 'f');
        let text = screen(&app);
        let pack = support::fixtures::pack();
        let agenda = pack.agenda("pim-training");
        let (opening, next) = (&agenda[0], &agenda[1]);
        assert!(text.contains(next.title.as_str()), "{text}");
        let summary_start: String = next.summary.chars().take(20).collect();
        assert!(
            text.contains(&summary_start),
            "the cursor's module's text: {text}"
        );
        let other_start: String = opening.summary.chars().take(20).collect();
        assert!(
            !text.contains(&other_start),
            "never the running module's text: {text}"
        );
        assert!(text.contains("not started"), "{text}");
        assert!(!text.contains("██"), "no other module's clock: {text}");
        assert!(text.contains("Running now:"), "what runs is said: {text}");
        insta::assert_snapshot!(format!("agenda_presenter_other_module_{w}x{h}"), text);
        // Back on the running module: its title, its clock and its text together.
        key(&mut app, 'k');
        let text = screen(&app);
        assert!(text.contains(&other_start), "{text}");
        assert!(text.contains("██"), "{text}");
        assert!(text.contains("25:00 left"), "{text}");
        assert!(!text.contains("Running now:"), "{text}");
    }
}

#[test]
fn a_vote_on_the_projector_shows_the_count_then_the_result() {
    let mut app = app_with(100, 30, session("pim-training"));
    open_vote(&mut app, "Which system first?");
    type_text(&mut app, "++j+");
    key(&mut app, 'f');
    let text = screen(&app);
    assert!(text.contains("Which system first?"), "{text}");
    assert!(text.contains("1. Population Data"), "{text}");
    assert!(text.contains("3 dots placed"), "{text}");
    assert!(
        text.contains("The tally is shown once the vote is closed."),
        "{text}"
    );
    assert!(!text.contains('█'), "{text}");
    key(&mut app, 'c');
    let text = screen(&app);
    assert!(text.contains("Closed · 3 dots placed"), "{text}");
    assert!(text.contains('█'), "{text}");
    insta::assert_snapshot!(text);
    // The list of votes projects the vote under its cursor.
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'V');
    assert!(matches!(&app.screen, Screen::Facil(f) if matches!(f.as_ref(), FacilScreen::Votes(_))));
    assert!(screen(&app).contains("Closed · 3 dots placed"));
}

#[test]
fn a_long_vote_scrolls_on_the_projector() {
    let mut s = session("pim-training");
    let options: Vec<String> = (1..=20).map(|n| format!("Parking point {n}")).collect();
    let voters = vec!["Ana Ruiz".to_string()];
    s.add_vote(
        "Which point first?",
        "parking",
        options,
        voters,
        3,
        at(0),
        "Ingrid",
    );
    let mut app = app_with(80, 24, s);
    key(&mut app, 'V');
    press(&mut app, KeyCode::Enter);
    key(&mut app, 'f');
    let top = screen(&app);
    assert!(top.contains("1. Parking point 1"), "{top}");
    assert!(top.contains("▼ more"), "{top}");
    assert!(!top.contains("20. Parking point 20"), "{top}");
    for _ in 0..5 {
        press(&mut app, KeyCode::PageDown);
        screen(&app);
    }
    let end = screen(&app);
    assert!(end.contains("20. Parking point 20"), "{end}");
    assert!(end.contains('▲'), "{end}");
    press(&mut app, KeyCode::PageUp);
    assert!(screen(&app).contains("▼ more"));
}

#[test]
fn a_reference_entry_goes_on_the_projector_and_pages_like_slides() {
    let mut app = support::app::home(100, 30);
    key(&mut app, 'r');
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab); // Matrix, by category
    key(&mut app, 'f');
    assert!(app.facil.presenter);
    let text = screen(&app);
    let pack = support::fixtures::pack();
    let first = &pack.matrix.categories[0];
    assert!(
        text.contains(&format!("{}. {}", first.number, first.name)),
        "{text}"
    );
    assert!(!text.contains("┌"), "no panels: {text}");
    assert!(text.contains("▼ more"), "{text}");
    press(&mut app, KeyCode::PageDown);
    assert!(screen(&app).contains('▲'));
    // j goes to the next category, from its top.
    key(&mut app, 'j');
    assert_eq!(app.facil.presenter_scroll, 0);
    let second = &pack.matrix.categories[1];
    assert!(screen(&app).contains(&second.name), "{}", screen(&app));
    // A glossary term.
    press(&mut app, KeyCode::Tab);
    let text = screen(&app);
    let mut terms: Vec<_> = pack.glossary.terms.iter().collect();
    terms.sort_by_key(|t| pim_workshop::display::collation_key(&t.term));
    assert!(text.contains(&terms[0].term), "{text}");
    key(&mut app, 'f');
    assert!(screen(&app).contains("┌"), "f again: the library as it was");
}

/// No cell of the screen's body (below the header, above the notice and footer) is dark grey.
fn assert_no_dark_grey(app: &App) {
    assert!(app.facil.presenter, "the presenter view is on");
    let terminal = draw(app);
    let buf = terminal.backend().buffer();
    for y in 1..buf.area.height - 2 {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            assert_ne!(
                cell.fg,
                Color::DarkGray,
                "dark grey at {x},{y} ({:?}) in\n{}",
                cell.symbol(),
                terminal.backend()
            );
        }
    }
}

#[test]
fn the_projector_gets_no_dark_grey_and_no_colour_keeps_bold() {
    let mut app = support::app::app_with_theme(100, 30, Theme::colour());
    support::app::open_session(&mut app, "tamsin.json", session("pim-training"), None);
    tick(&mut app, 0);
    key(&mut app, 't');
    press(&mut app, KeyCode::Enter);
    key(&mut app, ' '); // paused: the clock is not dark grey either
    key(&mut app, 'f');
    assert_no_dark_grey(&app);
    // Nor on the workshop's prompt ("No answer yet") or a reference entry (its source lines).
    press(&mut app, KeyCode::Esc);
    key(&mut app, 'j');
    assert_no_dark_grey(&app);
    key(&mut app, 'r');
    assert!(matches!(app.screen, Screen::Reference(_)));
    assert_no_dark_grey(&app);
    // Without colour the title stays bold.
    let mut mono =
        support::app::with_session(100, 30, "tamsin.json", session("pim-training"), None);
    key(&mut mono, 't');
    key(&mut mono, 'f');
    let terminal = draw(&mono);
    let buf = terminal.backend().buffer();
    let title = &mono.content.agenda("pim-training")[0].title;
    let row = (1..buf.area.height)
        .find(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, *y)].symbol())
                .collect::<String>()
                .contains(title.as_str())
        })
        .expect("the module's title is on screen");
    let bold = (0..buf.area.width).any(|x| {
        buf[(x, row)]
            .modifier
            .contains(ratatui::style::Modifier::BOLD)
    });
    assert!(bold, "the title is bold without colour");
}

mod render_fuzz {
    use super::*;
    use proptest::prelude::*;

    use crate::support::hostile::text;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// Hostile text in a vote, its options, voters and a free timer's label (from a file someone
        /// else wrote) never panics nor reaches the terminal raw: the list of votes, the vote, its
        /// presenter view open and closed, the header and the presenter's big clock, at any size.
        #[test]
        fn votes_and_the_free_timer_render_any_text(
            title in text(),
            option in text(),
            person in text(),
            label in text(),
            w in 58u16..220,
            h in 17u16..64,
        ) {
            let mut s = session("pim-training");
            s.add_vote(&title, "categories", vec![option.clone(), option], vec![person], 3, at(1), "I");
            s.set_free_timer(pim_workshop::session::free_timer::FreeTimerSpec::Minutes(5), &label, at(1))
                .unwrap();
            let mut app = app_with(w, h, s);
            for keys in ["", "V", "f", "\n", "+=", "\u{1b}", "c", "f", "\u{1b}\u{1b}w"] {
                for c in keys.chars() {
                    match c {
                        '\n' => { press(&mut app, KeyCode::Enter); }
                        '\u{1b}' => { press(&mut app, KeyCode::Esc); }
                        c => { key(&mut app, c); }
                    }
                }
                tick(&mut app, 400);
                let text = screen(&app);
                prop_assert!(!text.contains('\u{1b}'), "an escape on screen");
                prop_assert!(!text.contains('\u{202e}'), "a bidi override on screen");
            }
        }
    }
}

/// A break on the projector says what it is and how long it is planned for, not "no module".
#[test]
fn a_break_on_the_projector_shows_its_title_and_minutes() {
    let s = support::fixtures::read_session(&support::fixtures::manifest_path(
        "sessions/pim-training-3-days.json",
    ));
    let mut app = support::app::with_session(80, 24, "t.json", s, Some("Reviewer"));
    support::keys::press_char(&mut app, 't');
    for _ in 0..30 {
        support::keys::press(&mut app, crossterm::event::KeyCode::Up);
    }
    // Day 1: the opening, what PIM is, then the coffee break.
    support::keys::press(&mut app, crossterm::event::KeyCode::Down);
    support::keys::press(&mut app, crossterm::event::KeyCode::Down);
    support::keys::press_char(&mut app, 'f');
    let text = support::render::screen(&app);
    assert!(text.contains("Coffee break"), "{text}");
    assert!(text.contains("20 min planned on the agenda"), "{text}");
    assert!(!text.contains("No module"), "{text}");
}
