//! The example `sessions/pim-training-3-days.json` is built here with the program's own operations: the
//! four-day template's agenda shaped into three dated days with breaks and lunch, day 1 run in full (late
//! start, one module's minutes corrected by hand), day 2 run in part. It always matches what
//! pim-workshop writes; regenerate it with `UPDATE_EXAMPLES=1 cargo test --test example_training_3_days`.
//!
//! On it: the day summaries of day 1 and day 2 list that day's modules only, each dated with its own
//! training day (B8), on the screen's lines, in Markdown and from the command line.

mod support;

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use pim_workshop::content;
use pim_workshop::export::day_summary;
use pim_workshop::session::agenda_edit::NewItem;
use pim_workshop::session::agenda_shape::ItemKind;
use pim_workshop::session::{Context, Participant, Session};
use pim_workshop::storage;

const FAC: &str = "Hélène Dupré";

/// A moment of the training: `day` 1 is 2026-12-01.
fn at(day: u32, hm: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2026-12-{:02}T{hm}:00+03:00", day)).unwrap()
}

fn free(kind: ItemKind, minutes: u32) -> NewItem {
    NewItem::Free {
        kind,
        title: String::new(),
        minutes,
    }
}

fn build() -> Session {
    let pack = content::load_embedded().unwrap();
    let mut s = Session::new(
        "Veldara Protection Cluster PIM training, Port Selin: three days",
        "pim-training",
        pack.content_ref(),
        FAC,
        at(1, "07:50"),
    );
    s.id = "3d4a7c2e9b1f0a65-3d1a-0".into();
    s.set_context(
        Context {
            operation: "Veldara Protection Cluster: PIM capacity building for cluster members".into(),
            location: "Port Selin, Veldara (cluster training room)".into(),
            dates: "1 to 3 December 2026".into(),
            notes: "Fictional example: all people, organisations and places are invented. The four-day course is taught in three days.".into(),
            ..Context::default()
        },
        at(1, "07:51"),
        FAC,
    );
    for (name, org) in [
        ("Hélène Dupré", "Veldara Protection Cluster"),
        ("Samir Benali", "Northbridge Relief"),
        ("Amina Haddad", "Northbridge Relief"),
        ("Lucía Paredes", "Kestrel Humanitarian"),
        ("Oğuz Demir", "Selin Legal Aid Centre"),
    ] {
        s.add_participant(
            Participant {
                name: name.into(),
                organisation: org.into(),
                ..Participant::default()
            },
            at(1, "07:52"),
            FAC,
        );
    }

    // The agenda, shaped the evening before: three dated days starting at 08:30, breaks and lunch,
    // two day-3 modules left out, the day-4 modules brought into day 3.
    let start = NaiveTime::from_hms_opt(8, 30, 0).unwrap();
    let t = at(1, "07:55");
    for (day, after_coffee, after_lunch) in [
        (1, "what-is-pim", "principles"),
        (2, "protection-needs-assessment", "protection-monitoring"),
        (3, "step-assess", "step-design"),
    ] {
        s.agenda_add(
            &pack,
            free(ItemKind::Break, 20),
            day,
            Some(after_coffee),
            t,
            FAC,
        )
        .unwrap();
        s.agenda_add(
            &pack,
            free(ItemKind::Lunch, 60),
            day,
            Some(after_lunch),
            t,
            FAC,
        )
        .unwrap();
    }
    for id in [
        "communicating-with-communities",
        "security-situational-awareness",
    ] {
        s.agenda_remove(&pack, id, t, FAC).unwrap();
    }
    for id in ["step-implement", "step-evaluate", "pim-plan-closing"] {
        s.agenda_move_day(&pack, id, true, t, FAC).unwrap();
    }
    for id in ["step-assess", "step-design", "step-implement"] {
        s.agenda_set_item(&pack, id, 75, None, t, FAC).unwrap();
    }
    s.agenda_set_days(&pack, 3, t, FAC).unwrap();
    for day in 1..=3u8 {
        let date = NaiveDate::from_ymd_opt(2026, 12, u32::from(day));
        s.agenda_set_day(&pack, day, date, start, t, FAC).unwrap();
    }

    // Day 1, in full: a late start, and the timer of "What PIM is" left running into the break.
    for name in [
        "Hélène Dupré",
        "Samir Benali",
        "Amina Haddad",
        "Lucía Paredes",
    ] {
        s.set_present(1, name, true, at(1, "08:35"), FAC);
    }
    let day1 = [
        ("opening", "08:42", "09:20"),
        ("what-is-pim", "09:20", "10:40"),
        ("principles", "11:00", "12:20"),
        ("process-overview", "13:20", "14:15"),
        ("matrix", "14:15", "16:05"),
    ];
    for (id, from, to) in day1 {
        run(&mut s, &pack, id, at(1, from), at(1, to));
    }
    s.set_actual_minutes(&pack, "what-is-pim", 62, at(1, "16:10"), FAC)
        .unwrap();

    // Day 2, in part: three modules, the fourth paused at the end of the afternoon's first hour.
    for name in ["Hélène Dupré", "Samir Benali", "Amina Haddad", "Oğuz Demir"] {
        s.set_present(2, name, true, at(2, "08:32"), FAC);
    }
    let day2 = [
        ("population-data", "08:35", "09:30"),
        ("protection-needs-assessment", "09:30", "10:45"),
        ("protection-monitoring", "11:05", "12:15"),
    ];
    for (id, from, to) in day2 {
        run(&mut s, &pack, id, at(2, from), at(2, to));
    }
    s.start_module("case-management", at(2, "13:15"));
    s.pause_module(at(2, "14:00"));
    s
}

/// Runs a module from `from` to `to` and marks it finished.
fn run(
    s: &mut Session,
    pack: &content::Pack,
    id: &str,
    from: DateTime<FixedOffset>,
    to: DateTime<FixedOffset>,
) {
    let item = s.effective_agenda(pack).item(id).cloned().unwrap();
    s.start_module(id, from);
    s.finish_module(id, &item.title, item.minutes, to, FAC);
}

fn path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/pim-training-3-days.json")
}

#[test]
fn committed_example_is_what_the_program_writes() {
    let bytes = storage::save::to_json_bytes(&build());
    support::fixtures::check_example(&path(), &bytes, "example_training_3_days");
}

#[test]
fn the_shaped_agenda_has_three_dated_days_with_breaks() {
    let pack = content::load_embedded().unwrap();
    let s = storage::read_session_read_only(&path()).unwrap().session;
    let agenda = s.effective_agenda(&pack);
    assert!(agenda.shaped);
    assert_eq!(agenda.day_count(), 3);
    let day1: Vec<&str> = agenda.days[0].items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        day1,
        [
            "opening",
            "what-is-pim",
            "break-1",
            "principles",
            "lunch-1",
            "process-overview",
            "matrix"
        ]
    );
    let day3: Vec<&str> = agenda.days[2].items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        day3,
        [
            "step-assess",
            "break-3",
            "step-design",
            "lunch-3",
            "step-implement",
            "step-evaluate",
            "pim-plan-closing"
        ]
    );
    assert_eq!(agenda.item("step-design").unwrap().minutes, 75);
    assert_eq!(
        agenda.days[1].date,
        NaiveDate::from_ymd_opt(2026, 12, 2),
        "each day has its date"
    );
    assert!(
        s.modules_left_out(&pack)
            .iter()
            .any(|m| m.id == "security-situational-awareness")
    );
    // Every edit is on the timeline.
    let notes = s
        .timeline
        .iter()
        .filter(|e| e.summary.starts_with("Agenda: "))
        .count();
    assert_eq!(notes, 6 + 2 + 3 + 3 + 1 + 3, "{:#?}", s.timeline);
    let corrected = s
        .timeline
        .iter()
        .any(|e| e.summary == "Minutes taken on What PIM is corrected to 62 (was 80)");
    assert!(corrected, "{:#?}", s.timeline);
}

fn titles(lines: &[day_summary::ModuleLine]) -> Vec<&str> {
    lines.iter().map(|m| m.title.as_str()).collect()
}

#[test]
fn day_one_summary_lists_day_one_modules_with_its_own_date() {
    let pack = content::load_embedded().unwrap();
    let s = storage::read_session_read_only(&path()).unwrap().session;
    let sum = day_summary::summarize(&s, &pack, 1, None);
    assert_eq!(sum.date, NaiveDate::from_ymd_opt(2026, 12, 1));
    assert_eq!(
        titles(&sum.covered),
        [
            "Opening and expectations",
            "What PIM is",
            "The PIM Principles",
            "The PIM Process at a glance",
            "The PIM Matrix"
        ]
    );
    assert!(sum.not_covered.is_empty());
    assert_eq!(sum.covered[1].actual_minutes, 62, "the corrected minutes");
    let lines = day_summary::lines(&sum);
    assert!(
        lines[0].contains("day 1") && lines[0].contains("2026"),
        "{lines:?}"
    );
    assert!(
        !lines.iter().any(|l| l.contains("Population Data")),
        "no day-2 module on day 1: {lines:?}"
    );
}

#[test]
fn day_two_summary_lists_day_two_modules_with_its_own_date() {
    let pack = content::load_embedded().unwrap();
    let s = storage::read_session_read_only(&path()).unwrap().session;
    let sum = day_summary::summarize(&s, &pack, 2, None);
    assert_eq!(sum.date, NaiveDate::from_ymd_opt(2026, 12, 2), "not today");
    assert_eq!(
        titles(&sum.covered),
        [
            "Population Data",
            "Protection Needs Assessment",
            "Protection Monitoring"
        ]
    );
    assert_eq!(
        titles(&sum.not_covered),
        [
            "Case Management",
            "Protection Response Monitoring and Evaluation"
        ]
    );
    assert_eq!(sum.not_covered[0].actual_minutes, 45, "paused after 45 min");
    let md = day_summary::markdown(&sum);
    assert!(!md.contains("The PIM Principles"), "{md}");
    assert!(!md.contains("Opening and expectations"), "{md}");
    // Day 3 has a date but nothing run yet: all its modules are still to cover.
    let sum3 = day_summary::summarize(&s, &pack, 3, None);
    assert_eq!(sum3.date, NaiveDate::from_ymd_opt(2026, 12, 3));
    assert!(sum3.covered.is_empty());
    assert_eq!(sum3.not_covered.len(), 5);
}

#[test]
fn summary_command_dates_each_day_with_its_own_date() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("three-days.json");
    std::fs::copy(path(), &copy).unwrap();
    for (day, date, other) in [
        ("1", "2026", "Population Data"),
        ("2", "2026", "The PIM Matrix"),
    ] {
        let out = support::bin::bin()
            .args(["summary", copy.to_str().unwrap(), "--day", day])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", support::bin::stderr(&out));
        let text = support::bin::stdout(&out);
        let first = text.lines().next().unwrap_or_default();
        assert!(
            first.contains(&format!("day {day}")) && first.contains(date),
            "{text}"
        );
        assert!(
            !text.contains(other),
            "day {day} lists only its modules: {text}"
        );
    }
    let out = support::bin::bin()
        .args(["summary", copy.to_str().unwrap(), "--day", "2"])
        .output()
        .unwrap();
    let text = support::bin::stdout(&out);
    assert!(
        text.contains("2 December 2026") || text.contains("2026-12-02"),
        "{text}"
    );
}
