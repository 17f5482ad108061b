//! The session model: JSON round trips (property-based), unknown fields kept, readable enum forms,
//! and the mutation methods the TUI uses.

mod support;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use pim_workshop::session::*;
use proptest::prelude::*;
use serde_json::{Map, Value, json};
use support::fixtures::pim_core_content as content;

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

// ---------- strategies ----------

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z0-9 .,'-]{0,20}",
        1 => any::<String>(),
        1 => Just("\u{202e}evil\u{1b}[2J\0".to_string()),
    ]
}

fn time() -> impl Strategy<Value = DateTime<FixedOffset>> {
    (0i64..253_402_300_799, 0u32..1_000_000_000, -720i32..=840).prop_map(
        |(secs, nanos, offset_min)| {
            let offset = FixedOffset::east_opt(offset_min * 60).unwrap();
            offset.timestamp_opt(secs, nanos).unwrap()
        },
    )
}

fn extra() -> impl Strategy<Value = Map<String, Value>> {
    let value = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "[a-z ]{0,8}".prop_map(Value::from),
        prop::collection::vec(any::<i32>(), 0..3).prop_map(|v| json!(v)),
        "[a-z]{1,5}".prop_map(|k| json!({ k: { "nested": [1, "two"] } })),
    ];
    prop::collection::btree_map("x_[a-z_]{1,8}", value, 0..3)
        .prop_map(|m| m.into_iter().collect::<Map<String, Value>>())
}

fn substep_status() -> impl Strategy<Value = SubstepStatus> {
    prop_oneof![
        Just(SubstepStatus::NotStarted),
        Just(SubstepStatus::InProgress),
        Just(SubstepStatus::Done),
        text().prop_map(|reason| SubstepStatus::Skipped { reason }),
    ]
}

fn decision_status() -> impl Strategy<Value = DecisionStatus> {
    prop_oneof![
        Just(DecisionStatus::Proposed),
        Just(DecisionStatus::Agreed),
        Just(DecisionStatus::Rejected),
        "D-[0-9]{1,3}".prop_map(|by| DecisionStatus::Superseded { by }),
    ]
}

fn principle_status() -> impl Strategy<Value = PrincipleStatus> {
    prop_oneof![
        Just(PrincipleStatus::Open),
        Just(PrincipleStatus::Addressed),
        Just(PrincipleStatus::Concern),
        Just(PrincipleStatus::NotApplicable),
    ]
}

fn action_status() -> impl Strategy<Value = ActionStatus> {
    prop_oneof![
        Just(ActionStatus::Open),
        Just(ActionStatus::InProgress),
        Just(ActionStatus::Done),
        Just(ActionStatus::Dropped),
    ]
}

fn answer() -> impl Strategy<Value = Answer> {
    (
        text(),
        prop::collection::vec(text(), 0..3),
        time(),
        text(),
        extra(),
    )
        .prop_map(|(text, picks, at, by, extra)| Answer {
            text,
            picks,
            at,
            by,
            extra,
        })
}

fn substep_record() -> impl Strategy<Value = SubstepRecord> {
    (
        substep_status(),
        prop::collection::btree_map("[a-z-]{1,8}\\.[a-z-]{1,8}", answer(), 0..3),
        prop::collection::btree_map(
            "[a-z-]{1,10}",
            (principle_status(), text(), time(), text(), extra()).prop_map(
                |(status, note, at, by, extra)| PrincipleCheck {
                    status,
                    note,
                    at,
                    by,
                    extra,
                },
            ),
            0..3,
        ),
        extra(),
    )
        .prop_map(|(status, answers, principles, extra)| SubstepRecord {
            status,
            answers,
            principles,
            extra,
        })
}

fn decision() -> impl Strategy<Value = Decision> {
    (
        (
            "D-[0-9]{1,3}",
            text(),
            prop::option::of(text()),
            text(),
            text(),
        ),
        (
            prop::collection::vec("[a-z-]{1,8}", 0..3),
            decision_status(),
            prop::option::of("D-[0-9]{1,3}"),
            time(),
            text(),
        ),
        prop::collection::vec(
            (time(), text(), decision_status(), extra()).prop_map(|(at, by, status, extra)| {
                StatusChange {
                    at,
                    by,
                    status,
                    extra,
                }
            }),
            0..3,
        ),
        extra(),
    )
        .prop_map(
            |(
                (id, step, substep, title, rationale),
                (principles, status, supersedes, at, by),
                history,
                extra,
            )| {
                Decision {
                    id,
                    step,
                    substep,
                    title,
                    rationale,
                    principles,
                    status,
                    supersedes,
                    at,
                    by,
                    history,
                    extra,
                }
            },
        )
}

fn action() -> impl Strategy<Value = ActionItem> {
    (
        "A-[0-9]{1,3}",
        text(),
        text(),
        prop::option::of((1i32..9999, 1u32..=12, 1u32..=28)),
        action_status(),
        prop::collection::vec("D-[0-9]{1,2}", 0..2),
        time(),
        extra(),
    )
        .prop_map(
            |(id, text, owner, due, status, decisions, created, extra)| ActionItem {
                id,
                text,
                owner,
                due: due.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
                status,
                decisions,
                created,
                extra,
            },
        )
}

fn landscape_entry() -> impl Strategy<Value = LandscapeEntry> {
    (
        (text(), text(), text(), text(), text()),
        (
            prop::collection::vec(text(), 0..3),
            prop::option::of((2000i32..2100, 1u32..13, 1u32..29)),
            prop::collection::vec(text(), 0..3),
        ),
        (
            prop::sample::select(SharedWith::ALL.to_vec()),
            prop::sample::select(SystemStatus::ALL.to_vec()),
            prop::sample::select(Reliability::ALL.to_vec()),
        ),
        (text(), text(), extra()),
    )
        .prop_map(
            |(
                (id, name, organisation, category, methods),
                (areas, date, outputs),
                (shared_with, status, reliability),
                (diagnosis, contact_role, extra),
            )| {
                LandscapeEntry {
                    id,
                    name,
                    organisation,
                    category,
                    methods,
                    areas,
                    last_update: date
                        .and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d)),
                    outputs,
                    shared_with,
                    status,
                    reliability,
                    diagnosis,
                    contact_role,
                    extra,
                    ..LandscapeEntry::default()
                }
            },
        )
}

fn risk() -> impl Strategy<Value = Risk> {
    (
        "R-[0-9]{1,3}",
        text(),
        1u8..=4,
        1u8..=4,
        text(),
        text(),
        extra(),
    )
        .prop_map(
            |(id, description, likelihood, impact, mitigation, owner, extra)| Risk {
                id,
                description,
                likelihood,
                impact,
                mitigation,
                owner,
                extra,
            },
        )
}

fn timeline_event() -> impl Strategy<Value = TimelineEvent> {
    let kind = prop_oneof![
        prop::sample::select(TimelineKind::KNOWN.to_vec()).prop_map(TimelineKind::parse),
        "x-[a-z]{1,6}".prop_map(TimelineKind::Unknown),
    ];
    (
        time(),
        kind,
        text(),
        text(),
        prop::option::of(text()),
        extra(),
    )
        .prop_map(|(at, kind, summary, by, target, extra)| TimelineEvent {
            at,
            kind,
            summary,
            by,
            target,
            extra,
        })
}

fn session() -> impl Strategy<Value = Session> {
    (
        (text(), text(), text(), time(), time(), text()),
        prop::collection::vec(
            (text(), text(), text(), extra()).prop_map(|(name, organisation, role, extra)| {
                Participant {
                    name,
                    organisation,
                    role,
                    extra,
                }
            }),
            0..3,
        ),
        (text(), text(), text(), extra()).prop_map(|(operation, location, notes, extra)| Context {
            operation,
            location,
            notes,
            extra,
            ..Context::default()
        }),
        prop::option::of(
            ("[a-z-]{1,10}", prop::option::of("[a-z.-]{1,10}"), extra()).prop_map(
                |(substep, prompt, extra)| Position {
                    substep,
                    prompt,
                    extra,
                },
            ),
        ),
        prop::collection::btree_map("[a-z-]{1,12}", substep_record(), 0..3),
        (
            prop::collection::vec(decision(), 0..3),
            prop::collection::vec(action(), 0..3),
            prop::collection::vec(risk(), 0..3),
            prop::collection::vec(
                (
                    "P-[0-9]{1,2}",
                    text(),
                    time(),
                    text(),
                    any::<bool>(),
                    extra(),
                )
                    .prop_map(|(id, text, at, by, resolved, extra)| ParkingItem {
                        id,
                        text,
                        at,
                        by,
                        resolved,
                        extra,
                    }),
                0..3,
            ),
            prop::collection::vec(timeline_event(), 0..4),
            prop::collection::vec(landscape_entry(), 0..3),
        ),
        extra(),
    )
        .prop_map(
            |(
                (id, title, template, created, updated, facilitator),
                participants,
                context,
                position,
                substeps,
                (decisions, actions, risks, parking_lot, timeline, landscape),
                extra,
            )| Session {
                schema_version: SCHEMA_VERSION,
                id,
                title,
                template,
                created,
                updated,
                facilitator,
                participants,
                context,
                content: content(),
                position,
                substeps,
                decisions,
                actions,
                risks,
                parking_lot,
                timeline,
                landscape,
                extra,
                ..Session::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Serialising then deserialising gives the same session, unknown fields included.
    #[test]
    fn json_round_trip(s in session()) {
        let json = serde_json::to_string_pretty(&s).unwrap();
        let back: Session = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &s);
        // And the text is stable: a second round trip writes the same bytes.
        prop_assert_eq!(serde_json::to_string_pretty(&back).unwrap(), json);
    }
}

// ---------- unknown fields ----------

#[test]
fn unknown_fields_survive_everywhere() {
    let input = json!({
        "schema_version": 2,
        "id": "x",
        "future_top": {"a": 1},
        "participants": [{"name": "Amina", "pronouns": "she/her"}],
        "context": {"operation": "North", "sector": "protection"},
        "content": {"pack_id": "p", "version": "1", "hash": "abc"},
        "position": {"substep": "define-purpose", "scroll": 12},
        "substeps": {"define-purpose": {
            "status": "skipped", "reason": "later", "time_spent_min": 40,
            "answers": {"define-purpose.a": {"text": "t", "at": "2024-01-01T00:00:00Z", "by": "", "edits": 3}},
            "principles": {"do-no-harm": {"status": "concern", "note": "", "at": "2024-01-01T00:00:00Z", "by": "", "severity": "high"}}
        }},
        "decisions": [{"id": "D-1", "status": "superseded", "superseded_by": "D-2", "votes": 5,
                       "history": [{"at": "2024-01-01T00:00:00Z", "by": "a", "status": "agreed", "meeting": 2}]}],
        "actions": [{"id": "A-1", "status": "done", "priority": "high"}],
        "risks": [{"id": "R-1", "likelihood": 2, "impact": 3, "category": "privacy"}],
        "parking_lot": [{"id": "P-1", "text": "q", "votes": 2}],
        "timeline": [{"at": "2024-01-01T00:00:00Z", "kind": "vote", "summary": "s", "weight": 1}]
    });
    let s: Session = serde_json::from_value(input.clone()).unwrap();
    assert_eq!(s.extra["future_top"], json!({"a": 1}));
    assert_eq!(s.participants[0].extra["pronouns"], "she/her");
    let rec = &s.substeps["define-purpose"];
    assert_eq!(
        rec.status,
        SubstepStatus::Skipped {
            reason: "later".into()
        }
    );
    assert_eq!(
        rec.extra.len(),
        1,
        "status and reason are not extras: {:?}",
        rec.extra
    );
    assert_eq!(
        s.decisions[0].status,
        DecisionStatus::Superseded { by: "D-2".into() }
    );
    assert_eq!(s.decisions[0].extra.len(), 1);
    assert_eq!(s.timeline[0].kind, TimelineKind::Unknown("vote".into()));

    let out = serde_json::to_value(&s).unwrap();
    let pairs = [
        ("/future_top/a", json!(1)),
        ("/participants/0/pronouns", json!("she/her")),
        ("/context/sector", json!("protection")),
        ("/content/hash", json!("abc")),
        ("/position/scroll", json!(12)),
        ("/substeps/define-purpose/time_spent_min", json!(40)),
        ("/substeps/define-purpose/reason", json!("later")),
        (
            "/substeps/define-purpose/answers/define-purpose.a/edits",
            json!(3),
        ),
        (
            "/substeps/define-purpose/principles/do-no-harm/severity",
            json!("high"),
        ),
        ("/decisions/0/votes", json!(5)),
        ("/decisions/0/superseded_by", json!("D-2")),
        ("/decisions/0/history/0/meeting", json!(2)),
        ("/actions/0/priority", json!("high")),
        ("/risks/0/category", json!("privacy")),
        ("/parking_lot/0/votes", json!(2)),
        ("/timeline/0/weight", json!(1)),
        ("/timeline/0/kind", json!("vote")),
    ];
    for (pointer, want) in pairs {
        assert_eq!(out.pointer(pointer), Some(&want), "{pointer}");
    }
}

#[test]
fn missing_fields_take_defaults() {
    let s: Session =
        serde_json::from_str(r#"{"schema_version": 2, "substeps": {"a": {}}, "decisions": [{}]}"#)
            .unwrap();
    assert_eq!(s.substeps["a"].status, SubstepStatus::NotStarted);
    assert_eq!(s.decisions[0].status, DecisionStatus::Proposed);
    assert!(s.position.is_none());
}

#[test]
fn readable_enum_forms() {
    let rec = SubstepRecord {
        status: SubstepStatus::Skipped {
            reason: "done last week".into(),
        },
        ..SubstepRecord::default()
    };
    let v = serde_json::to_value(&rec).unwrap();
    assert_eq!(v["status"], "skipped");
    assert_eq!(v["reason"], "done last week");
    let a = ActionItem {
        status: ActionStatus::InProgress,
        ..ActionItem::default()
    };
    assert_eq!(serde_json::to_value(&a).unwrap()["status"], "in_progress");
    let p = PrincipleCheck {
        status: PrincipleStatus::NotApplicable,
        ..PrincipleCheck::default()
    };
    assert_eq!(
        serde_json::to_value(&p).unwrap()["status"],
        "not_applicable"
    );
    assert!(serde_json::from_str::<SubstepRecord>(r#"{"status": "frozen"}"#).is_err());
}

#[test]
fn session_ids_are_unique() {
    let ids: std::collections::BTreeSet<String> = (0..1000).map(|_| new_session_id()).collect();
    assert_eq!(ids.len(), 1000);
    assert!(
        ids.iter()
            .all(|id| id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'))
    );
}

// ---------- ops ----------

fn fresh() -> Session {
    Session::new(
        "Camp A",
        "full-process",
        content(),
        "amina",
        t("2024-03-01T09:00:00+03:00"),
    )
}

#[test]
fn set_answer_creates_record_and_is_idempotent() {
    let mut s = fresh();
    let now = t("2024-03-01T10:00:00+03:00");
    assert!(s.set_answer("define-purpose", "define-purpose.q", "IDPs", now, "amina"));
    assert_eq!(
        s.substep_status("define-purpose"),
        SubstepStatus::InProgress
    );
    assert_eq!(s.answer_text("define-purpose", "define-purpose.q"), "IDPs");
    assert_eq!(s.updated, now);
    let events = s.timeline.len();
    let later = t("2024-03-01T11:00:00+03:00");
    assert!(!s.set_answer("define-purpose", "define-purpose.q", "IDPs", later, "bo"));
    assert_eq!(s.timeline.len(), events);
    assert_eq!(s.updated, now);
    // Answering again does not move a done sub-step back.
    s.set_substep_status("define-purpose", SubstepStatus::Done, later, "amina");
    assert!(s.set_answer(
        "define-purpose",
        "define-purpose.q",
        "IDPs and hosts",
        later,
        "bo"
    ));
    assert_eq!(s.substep_status("define-purpose"), SubstepStatus::Done);
    let a = &s.substeps["define-purpose"].answers["define-purpose.q"];
    assert_eq!((a.by.as_str(), a.at), ("bo", later));
    assert_eq!(s.timeline.last().unwrap().kind, TimelineKind::Answer);
    // Clearing an answer that never existed records nothing.
    assert!(!s.set_answer("other", "other.q", "", later, "bo"));
    assert!(!s.substeps.contains_key("other"));
}

#[test]
fn statuses_and_principles() {
    let mut s = fresh();
    let now = t("2024-03-01T10:00:00+03:00");
    let skip = SubstepStatus::Skipped {
        reason: "covered".into(),
    };
    assert!(s.set_substep_status("data-review", skip.clone(), now, "a"));
    assert!(!s.set_substep_status("data-review", skip, now, "a"));
    assert!(s.timeline.last().unwrap().summary.contains("covered"));
    assert!(s.set_principle_check(
        "data-review",
        "do-no-harm",
        PrincipleStatus::Concern,
        "names",
        now,
        "a"
    ));
    assert!(!s.set_principle_check(
        "data-review",
        "do-no-harm",
        PrincipleStatus::Concern,
        "names",
        now,
        "a"
    ));
    assert!(s.set_principle_check(
        "data-review",
        "do-no-harm",
        PrincipleStatus::Addressed,
        "names",
        now,
        "a"
    ));
    assert_eq!(
        s.substeps["data-review"].principles["do-no-harm"].status,
        PrincipleStatus::Addressed
    );
}

#[test]
fn decisions_supersede_chain() {
    let mut s = fresh();
    let now = t("2024-03-01T10:00:00+03:00");
    let draft = |title: &str| DecisionDraft {
        step: "assess-landscape".into(),
        title: title.into(),
        ..DecisionDraft::default()
    };
    let d1 = s.add_decision(draft("Use form A"), now, "a");
    assert_eq!(d1, "D-1");
    assert_eq!(
        s.set_decision_status(&d1, DecisionStatus::Agreed, now, "a"),
        Ok(true)
    );
    assert_eq!(
        s.set_decision_status(&d1, DecisionStatus::Agreed, now, "a"),
        Ok(false)
    );
    let d2 = s
        .supersede_decision(&d1, draft("Use form B"), now, "b")
        .unwrap();
    assert_eq!(d2, "D-2");
    let old = s.decision(&d1).unwrap();
    assert_eq!(old.status, DecisionStatus::Superseded { by: d2.clone() });
    assert_eq!(old.history.len(), 3);
    let new = s.decision(&d2).unwrap();
    assert_eq!(new.supersedes.as_deref(), Some("D-1"));
    assert_eq!(new.status, DecisionStatus::Agreed);
    assert_eq!(new.history.len(), 1);
    assert!(matches!(
        s.supersede_decision(&d1, draft("again"), now, "b"),
        Err(OpError::AlreadySuperseded { .. })
    ));
    let err = s
        .set_decision_status("D-9", DecisionStatus::Agreed, now, "a")
        .unwrap_err();
    assert!(err.to_string().contains("D-9"));
    assert_eq!(
        s.edit_decision(&d2, draft("Use form B"), now, "b"),
        Ok(false)
    );
    assert_eq!(
        s.edit_decision(&d2, draft("Use form B2"), now, "b"),
        Ok(true)
    );
    assert_eq!(s.decision(&d2).unwrap().title, "Use form B2");
}

#[test]
fn actions_risks_parking_participants() {
    let mut s = fresh();
    let now = t("2024-03-01T10:00:00+03:00");
    let due = |d| NaiveDate::from_ymd_opt(2024, 3, d);
    let a1 = s.add_action(
        ActionDraft {
            text: "share".into(),
            due: due(5),
            ..ActionDraft::default()
        },
        now,
        "a",
    );
    let a2 = s.add_action(
        ActionDraft {
            text: "ask".into(),
            due: due(2),
            ..ActionDraft::default()
        },
        now,
        "a",
    );
    let a3 = s.add_action(
        ActionDraft {
            text: "later".into(),
            due: due(30),
            ..ActionDraft::default()
        },
        now,
        "a",
    );
    assert_eq!(
        (a1.as_str(), a2.as_str(), a3.as_str()),
        ("A-1", "A-2", "A-3")
    );
    let today = NaiveDate::from_ymd_opt(2024, 3, 10).unwrap();
    let overdue: Vec<&str> = s
        .overdue_actions(today)
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(overdue, ["A-2", "A-1"]);
    let done = ActionDraft {
        text: "share".into(),
        due: due(5),
        status: ActionStatus::Done,
        ..ActionDraft::default()
    };
    assert_eq!(s.update_action(&a1, done.clone(), now, "a"), Ok(true));
    assert_eq!(s.update_action(&a1, done, now, "a"), Ok(false));
    assert_eq!(s.overdue_actions(today).len(), 1);
    assert_eq!(s.open_action_count(), 2);

    let r1 = s.add_risk(
        RiskDraft {
            description: "leak".into(),
            likelihood: 9,
            impact: 0,
            ..RiskDraft::default()
        },
        now,
        "a",
    );
    let r2 = s.add_risk(
        RiskDraft {
            description: "loss".into(),
            likelihood: 2,
            impact: 2,
            ..RiskDraft::default()
        },
        now,
        "a",
    );
    assert_eq!((s.risks[0].likelihood, s.risks[0].impact), (4, 1));
    s.remove_risk(&r1, now, "a").unwrap();
    let r3 = s.add_risk(
        RiskDraft {
            description: "x".into(),
            likelihood: 1,
            impact: 1,
            ..RiskDraft::default()
        },
        now,
        "a",
    );
    assert_eq!(
        (r2.as_str(), r3.as_str()),
        ("R-2", "R-3"),
        "ids are not reused"
    );
    assert!(s.remove_risk(&r1, now, "a").is_err());
    let upd = RiskDraft {
        description: "loss".into(),
        likelihood: 3,
        impact: 2,
        ..RiskDraft::default()
    };
    assert_eq!(s.update_risk(&r2, upd, now, "a"), Ok(true));
    assert_eq!(s.risks[0].score(), 6);

    let p = s.add_parking("who owns the database?", now, "a");
    assert_eq!(s.resolve_parking(&p, true, now, "a"), Ok(true));
    assert_eq!(s.resolve_parking(&p, true, now, "a"), Ok(false));

    s.add_participant(Participant::named("Amina"), now, "a");
    let edited = Participant {
        name: "Amina Y.".into(),
        role: "lead".into(),
        ..Participant::default()
    };
    assert_eq!(s.edit_participant(0, edited, now, "a"), Ok(true));
    assert!(
        s.edit_participant(5, Participant::default(), now, "a")
            .is_err()
    );
    assert_eq!(s.remove_participant(0, now, "a").unwrap().name, "Amina Y.");
    let kinds: Vec<_> = s
        .timeline
        .iter()
        .map(|e| e.kind.as_str().to_string())
        .collect();
    for k in ["created", "action", "risk", "parking", "participant"] {
        assert!(kinds.iter().any(|x| x == k), "{k} missing in {kinds:?}");
    }
}

#[test]
fn position_and_progress() {
    let mut s = fresh();
    let events = s.timeline.len();
    let updated = s.updated;
    s.set_position("data-review", Some("data-review.q"));
    assert_eq!(s.timeline.len(), events);
    assert_eq!(s.updated, updated);
    assert_eq!(
        s.position.as_ref().unwrap().prompt.as_deref(),
        Some("data-review.q")
    );
    let now = t("2024-03-01T10:00:00+03:00");
    s.set_substep_status("a", SubstepStatus::Done, now, "x");
    s.set_substep_status(
        "b",
        SubstepStatus::Skipped {
            reason: String::new(),
        },
        now,
        "x",
    );
    s.set_answer("c", "c.q", "t", now, "x");
    let p = s.progress();
    assert_eq!(
        (p.done, p.skipped, p.in_progress, p.total, p.finished()),
        (1, 1, 1, 3, 2)
    );
    let p = s.progress_of(["a", "b", "c", "d", "e"]);
    assert_eq!((p.not_started, p.total), (2, 5));
}

#[test]
fn next_ids() {
    assert_eq!(next_id("D", ["D-1", "D-7", "X-9", "D-x", "D-3"]), "D-8");
    assert_eq!(next_id("A", std::iter::empty()), "A-1");
}
