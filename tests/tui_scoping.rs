//! The scoping and landscape screens: update sequences and snapshots at 80×24 (and 120×40 for the
//! picker side by side), on an empty scoping session and on the Kalma example.

mod support;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use pim_workshop::session::{Session, SystemStatus};
use pim_workshop::tui::app::App;
use pim_workshop::tui::records::RecordKind;
use pim_workshop::tui::update::{Action, Effect, update};
use support::app::{open_session, session_of as session};
use support::fixtures::{kalma, pack};
use support::keys::{press as key, press_char as ch, save_form, type_text};
use support::render::screen;

fn empty_scoping() -> Session {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    support::fixtures::fresh_session(
        "Tessa scoping",
        "needs-assessment-scoping",
        "Amina Haddad",
        at,
    )
}

fn open(w: u16, h: u16, session: Session) -> App {
    support::app::with_session(w, h, "s.json", session, None)
}

fn kind(app: &App) -> Option<RecordKind> {
    app.screen.tab()
}

#[test]
fn the_request_kind_is_chosen_in_a_form_and_read_against_the_matrix() {
    let mut app = open(80, 24, empty_scoping());
    // The scoping starts with the request; Enter on a choice prompt opens its form.
    key(&mut app, KeyCode::Enter);
    assert!(app.form.is_some());
    key(&mut app, KeyCode::Right); // "a needs assessment"
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "\"a survey of the sites\"");
    let effects = save_form(&mut app);
    assert_eq!(effects, [Effect::SubmitSave]);
    assert!(app.form.is_none());
    let a =
        &session(&app).substeps["define-purpose"].answers["define-purpose.scoping-request-kind"];
    assert_eq!(a.picks, ["needs-assessment"]);
    assert_eq!(a.text, "\"a survey of the sites\"");
    assert!(screen(&app).contains("A needs assessment"));
}

#[test]
fn picking_outputs_shows_the_comparison_and_records_the_picks() {
    let mut app = open(80, 24, empty_scoping());
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Right);
    save_form(&mut app);
    ch(&mut app, 'O');
    assert_eq!(kind(&app), Some(RecordKind::Outputs));
    // Down to the protection monitoring trends (the picker lists categories in Matrix order).
    let items = pim_workshop::tui::scoping::pick_items(&pack());
    let target = items
        .iter()
        .position(|i| i.id == "monitoring-trends")
        .unwrap();
    for _ in 0..target {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(ch(&mut app, ' '), [Effect::SubmitSave]);
    let text = screen(&app);
    assert!(text.contains("[x] Protection trends over time"), "{text}");
    assert!(text.contains("Requested: a needs assessment"), "{text}");
    assert!(text.contains("comes from Protection Monitoring"), "{text}");
    let picks =
        &session(&app).substeps["data-review"].answers["data-review.scoping-output-match"].picks;
    assert_eq!(picks, &["monitoring-trends"]);
    // Space again unpicks.
    ch(&mut app, ' ');
    assert!(
        session(&app).substeps["data-review"].answers["data-review.scoping-output-match"]
            .picks
            .is_empty()
    );
}

#[test]
fn outputs_and_brief_belong_to_scoping_sessions_only() {
    let mut s = empty_scoping();
    s.template = "full-process".into();
    let mut app = open(80, 24, s);
    ch(&mut app, 'O');
    assert_eq!(kind(&app), None);
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("scoping session")
    );
    ch(&mut app, 'L');
    assert_eq!(kind(&app), Some(RecordKind::Landscape));
    // Tab cycles the lists without the scoping ones.
    let mut seen = Vec::new();
    for _ in 0..8 {
        key(&mut app, KeyCode::Tab);
        seen.push(kind(&app).unwrap());
    }
    assert!(!seen.contains(&RecordKind::Outputs) && !seen.contains(&RecordKind::Brief));
}

#[test]
fn a_system_is_added_edited_and_removed_from_the_register() {
    let mut app = open(80, 24, empty_scoping());
    ch(&mut app, 'L');
    assert!(screen(&app).contains("No systems mapped yet"));
    ch(&mut app, 'n');
    type_text(&mut app, "Border monitoring");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "DRC");
    key(&mut app, KeyCode::Tab);
    for _ in 0..3 {
        key(&mut app, KeyCode::Right); // 3. Protection Monitoring
    }
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Ferrin; Lower Tessa");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "31/10/2026");
    // A date in the wrong form keeps the form open with a sentence on the field.
    assert!(save_form(&mut app).is_empty());
    assert!(screen(&app).contains("YYYY-MM-DD"));
    for _ in 0.."31/10/2026".len() {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026-10-31");
    // Personal contact details are refused.
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "amina@example.org");
    assert!(save_form(&mut app).is_empty());
    assert!(screen(&app).contains("personal contact details"));
    for _ in 0.."amina@example.org".len() {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "Monitoring coordinator");
    assert_eq!(save_form(&mut app), [Effect::SubmitSave]);
    let e = &session(&app).landscape[0];
    assert_eq!(
        (
            e.id.as_str(),
            e.name.as_str(),
            e.organisation.as_str(),
            e.category.as_str()
        ),
        ("L-1", "Border monitoring", "DRC", "protection-monitoring")
    );
    assert_eq!(e.areas, ["Ferrin", "Lower Tessa"]);
    assert_eq!(e.last_update.unwrap().to_string(), "2026-10-31");
    // Space moves the status on; o picks its outputs; c ticks sharing solutions.
    ch(&mut app, ' ');
    assert_eq!(session(&app).landscape[0].status, SystemStatus::Active);
    ch(&mut app, 'o');
    assert_eq!(kind(&app), Some(RecordKind::Outputs));
    ch(&mut app, ' ');
    assert_eq!(session(&app).landscape[0].outputs, ["population-figures"]);
    assert!(screen(&app).contains("L-1 Border monitoring"));
    key(&mut app, KeyCode::Esc);
    ch(&mut app, 'c');
    assert!(app.form.is_some());
    ch(&mut app, ' ');
    save_form(&mut app);
    assert_eq!(session(&app).landscape[0].sharing_in_place.len(), 1);
    // X asks first, naming the system; n keeps it, y removes it.
    ch(&mut app, 'X');
    assert!(screen(&app).contains("Remove the system “L-1 Border monitoring”"));
    ch(&mut app, 'n');
    assert_eq!(session(&app).landscape.len(), 1);
    ch(&mut app, 'X');
    assert_eq!(ch(&mut app, 'y'), [Effect::SubmitSave]);
    assert!(session(&app).landscape.is_empty());
    assert!(
        session(&app)
            .timeline
            .last()
            .is_some_and(|e| e.summary.contains("Border monitoring")),
        "the timeline says what was removed"
    );
    assert!(app.notice.as_ref().unwrap().text.contains("L-1 removed"));
}

#[test]
fn import_reads_the_file_as_an_effect_and_is_all_or_nothing() {
    let mut app = open(80, 24, empty_scoping());
    ch(&mut app, 'L');
    ch(&mut app, 'i');
    type_text(&mut app, "/tmp/table.csv");
    let effects = key(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        [Effect::ReadLandscapeFile(PathBuf::from("/tmp/table.csv"))]
    );
    // A bad table: nothing imported, the line named.
    update(
        &mut app,
        Action::LandscapeFile {
            path: "/tmp/table.csv".into(),
            text: Ok(pim_workshop::landscape::table_file::csv_table(
                b"name,status\nA,active\nB,sometimes\n",
            )
            .unwrap()),
        },
    );
    assert!(session(&app).landscape.is_empty());
    let notice = &app.notice.as_ref().unwrap().text;
    assert!(notice.contains("line 3: status \"sometimes\""), "{notice}");
    // A good one.
    let effects = update(
        &mut app,
        Action::LandscapeFile {
            path: "/tmp/table.csv".into(),
            text: Ok(pim_workshop::landscape::table_file::csv_table(
                b"name,organisation,status\nA,DRC,active\nB,NRC,paused\n",
            )
            .unwrap()),
        },
    );
    assert_eq!(effects, [Effect::SubmitSave]);
    assert_eq!(session(&app).landscape.len(), 2);
    assert!(app.notice.as_ref().unwrap().text.contains("2 added"));
    // A file that could not be read says what to do.
    update(
        &mut app,
        Action::LandscapeFile {
            path: "/nope.csv".into(),
            text: Err("No such file".into()),
        },
    );
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("press i to try again")
    );
}

#[test]
fn read_only_sessions_refuse_register_changes() {
    let mut app = support::app::home(80, 24);
    open_session(&mut app, "s.json", kalma(), Some("open elsewhere"));
    ch(&mut app, 'L');
    ch(&mut app, 'n');
    assert!(app.form.is_none());
    ch(&mut app, 'X');
    assert_eq!(session(&app).landscape.len(), 8);
}

#[test]
fn operation_matrix_80x24() {
    let mut app = open(80, 24, kalma());
    ch(&mut app, 'M');
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn landscape_list_80x24() {
    let mut app = open(80, 24, kalma());
    ch(&mut app, 'L');
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn outputs_picker_80x24_and_120x40() {
    let mut app = open(80, 24, kalma());
    ch(&mut app, 'O');
    insta::assert_snapshot!("outputs_80x24", screen(&app));
    let mut wide = open(120, 40, kalma());
    ch(&mut wide, 'O');
    insta::assert_snapshot!("outputs_120x40", screen(&wide));
}

#[test]
fn brief_preview_80x24_scrolls() {
    let mut app = open(80, 24, kalma());
    ch(&mut app, 'B');
    let top = screen(&app);
    assert!(top.contains("THE REQUEST"));
    key(&mut app, KeyCode::PageDown);
    key(&mut app, KeyCode::PageDown);
    let lower = screen(&app);
    assert_ne!(top, lower);
    // Scrolling far past the end stops at the last page.
    for _ in 0..200 {
        key(&mut app, KeyCode::PageDown);
    }
    let bottom = screen(&app);
    assert!(bottom.contains("A-7"));
    // …and one page up from there moves at once, however far past the end the keys went.
    key(&mut app, KeyCode::PageUp);
    assert_ne!(screen(&app), bottom);
    insta::assert_snapshot!("brief_top_80x24", top);
}

#[test]
fn small_terminals_and_hostile_register_text_do_not_break_the_views() {
    let mut s = kalma();
    s.landscape[0].name = "\u{1b}[2J\u{202e}evil 日本語 ".repeat(20);
    s.landscape[1].areas = vec!["\u{1b}]0;title\u{7}".into(), "x".repeat(300)];
    for (w, h) in [(60, 18), (80, 24), (200, 60)] {
        for k in ['L', 'M', 'O', 'B'] {
            let mut app = open(w, h, s.clone());
            ch(&mut app, k);
            let text = screen(&app);
            assert!(!text.contains('\u{1b}'), "{k} at {w}×{h}");
            assert!(!text.contains('\u{202e}'));
        }
    }
}

#[test]
fn the_brief_records_the_managers_verdict_and_its_date() {
    let mut app = open(80, 24, empty_scoping());
    ch(&mut app, 'B');
    key(&mut app, KeyCode::Enter);
    assert!(
        app.form.is_some(),
        "Enter in the brief opens the approval form"
    );
    key(&mut app, KeyCode::Right); // "Approved"
    // A verdict without a name is refused on its field, and nothing is lost (Ctrl+S saves a form).
    assert_eq!(save_form(&mut app), []);
    assert!(app.form.is_some());
    assert!(screen(&app).contains("Write who gave the verdict"));
    // The refusal put the cursor on the name.
    type_text(&mut app, "Henrik Solberg");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Keep to the six largest sites.");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "2026-11-21");
    assert_eq!(save_form(&mut app), [Effect::SubmitSave]);
    assert!(app.form.is_none());
    let s = session(&app);
    let a = s
        .brief
        .approval
        .as_ref()
        .expect("the verdict is in the session");
    assert_eq!(a.by, "Henrik Solberg");
    assert_eq!(a.comments, "Keep to the six largest sites.");
    assert_eq!(s.brief_date().to_string(), "2026-11-21");
    // The preview shows the approval block at its end.
    for _ in 0..50 {
        key(&mut app, KeyCode::PageDown);
    }
    assert!(
        screen(&app).contains("Approved by Henrik Solberg"),
        "{}",
        screen(&app)
    );
}
