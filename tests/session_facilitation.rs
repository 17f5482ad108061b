//! The training records in the session file: additive (old files load, files without them keep their
//! exact form), unknown fields inside them survive a round trip, and a hostile file's values load
//! without panicking.

use pim_workshop::session::Session;
use pim_workshop::storage;
use serde_json::json;

#[test]
fn files_without_training_records_keep_their_form() {
    let s = Session::default();
    let v = serde_json::to_value(&s).unwrap();
    assert!(v.get("facilitation").is_none());
    assert!(v.get("breakout").is_none());
}

#[test]
fn training_records_round_trip_with_unknown_fields() {
    let v = json!({
        "schema_version": 2, "id": "x", "title": "T", "template": "pim-training",
        "facilitation": {
            "agenda": { "current": "matrix", "day_start": "08:30:00", "bell": true,
                "modules": { "matrix": { "elapsed_secs": 600, "extended_secs": 300, "done": false,
                    "running_since": "2026-11-21T09:00:00+03:00", "future_field": 1 } },
                "agenda_future": "kept" },
            "votes": [ { "id": "V-1", "title": "Which first?", "list": "Matrix categories",
                "options": ["A", "B"], "dots_per_voter": 3, "voters": ["Group 1"],
                "ballots": { "Group 1": [2, 1] }, "closed": true,
                "at": "2026-11-21T10:00:00+03:00", "by": "F", "vote_future": [1] } ],
            "attendance": [ { "day": 1, "date": "2026-11-21", "present": ["Ana"], "x": {} } ],
            "facilitation_future": true
        },
        "breakout": {
            "origin": { "plenary_id": "p", "plenary_title": "P", "group": "Group 1",
                "substeps": ["data-review"], "o": 1 },
            "answers": { "data-review/data-review.p1": [ { "group": "Group 2", "group_session": "g2",
                "text": "words", "earlier": ["older words"], "by": "m",
                "at": "2026-11-21T10:00:00+03:00", "merged_at": "2026-11-21T11:00:00+03:00", "a": 2 } ] },
            "merged": { "g2": { "group": "Group 2", "items": ["parking:P-1:0"], "decision_ids": {},
                "merges": ["2026-11-21T11:00:00+03:00"], "m": 3 } },
            "breakout_future": "kept"
        }
    });
    let s: Session = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(s.facilitation.agenda.current.as_deref(), Some("matrix"));
    assert_eq!(s.facilitation.votes[0].totals(), vec![2, 1]);
    assert_eq!(s.present_on(1), ["Ana".to_string()]);
    assert_eq!(
        s.breakout.answers["data-review/data-review.p1"][0].earlier,
        ["older words"]
    );
    let back = serde_json::to_value(&s).unwrap();
    for ptr in [
        "/facilitation/facilitation_future",
        "/facilitation/agenda/agenda_future",
        "/facilitation/agenda/modules/matrix/future_field",
        "/facilitation/votes/0/vote_future",
        "/facilitation/attendance/0/x",
        "/breakout/breakout_future",
        "/breakout/origin/o",
        "/breakout/answers/data-review~1data-review.p1/0/a",
        "/breakout/merged/g2/m",
    ] {
        assert_eq!(back.pointer(ptr), v.pointer(ptr), "{ptr}");
    }
}

#[test]
fn hostile_training_values_load_without_panic() {
    // Ballots longer or shorter than the options, a huge elapsed time, a vote with no options.
    let v = json!({
        "schema_version": 2, "id": "x", "title": "T",
        "facilitation": {
            "agenda": { "current": "nope", "modules": { "nope": { "elapsed_secs": u64::MAX, "extended_secs": u64::MAX } } },
            "votes": [ { "id": "V-1", "options": ["A"], "ballots": { "g": [4294967295u32, 4294967295u32, 7] },
                         "dots_per_voter": 1, "voters": ["g"] },
                       { "id": "V-2", "options": [], "voters": [] } ]
        }
    });
    let bytes = serde_json::to_vec(&v).unwrap();
    let parsed = storage::parse_session(
        std::path::Path::new("hostile.json"),
        &bytes,
        chrono::Local::now().fixed_offset(),
    )
    .unwrap();
    let s = parsed.session;
    let vote = &s.facilitation.votes[0];
    assert_eq!(vote.totals(), vec![u32::MAX]);
    assert_eq!(vote.tally().len(), 1);
    assert_eq!(s.facilitation.votes[1].tally(), vec![]);
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let timer = s.facilitation.agenda.modules["nope"].timer(u32::MAX, now);
    assert_eq!(timer.remaining_secs, 0, "saturated, not wrapped");
}

#[test]
fn hostile_agenda_plans_without_overflow() {
    use pim_workshop::session::agenda::{AgendaRecord, ModuleRecord};
    let mut rec = AgendaRecord::default();
    for id in ["a", "b"] {
        rec.modules.insert(
            id.into(),
            ModuleRecord {
                elapsed_secs: u64::MAX,
                extended_secs: u64::MAX,
                ..Default::default()
            },
        );
    }
    let item = |id: &str| pim_workshop::session::agenda_shape::AgendaItem {
        id: id.into(),
        kind: pim_workshop::session::agenda_shape::ItemKind::Module,
        day: 1,
        title: id.into(),
        minutes: u32::MAX,
        module: None,
    };
    let day = pim_workshop::session::agenda_shape::AgendaDay {
        day: 1,
        date: None,
        start: pim_workshop::session::agenda::DEFAULT_DAY_START,
        items: vec![item("a"), item("b")],
    };
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let plan = pim_workshop::session::agenda_clock::clock_plan(&day, &rec, now);
    assert_eq!(plan.slots.len(), 2);
    let _ = (
        plan.drift(),
        plan.behind(),
        plan.status(|id| id.to_string()),
    );
    let _ = pim_workshop::session::agenda_clock::clock_time(i64::MAX);
    let _ = pim_workshop::session::agenda_clock::clock_time(i64::MIN);
}
