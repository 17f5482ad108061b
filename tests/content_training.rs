//! The PIM training template: agenda with the Training Resource Pack's module lengths, learning objectives
//! from the training competencies, exercises on fictional case scenarios; `content check` catches broken
//! references between them.

mod support;

use std::collections::HashSet;

use support::bin::content_check;
use support::fixtures::{copy_pack, pack};

#[test]
fn agenda_starts_with_principles_and_process_and_uses_the_pack_lengths() {
    let pack = pack();
    let agenda = pack.agenda("pim-training");
    assert!(agenda.len() >= 10, "{}", agenda.len());
    let ids: Vec<&str> = agenda.iter().map(|m| m.id.as_str()).collect();
    let pos = |id: &str| ids.iter().position(|x| *x == id).unwrap();
    // Package 1 (principles and process) comes first, then the Matrix, then each category.
    assert!(pos("principles") < pos("matrix"));
    assert!(pos("process-overview") < pos("matrix"));
    // Training Resource Pack, Package 3 module lengths.
    let minutes = |id: &str| agenda[pos(id)].minutes;
    assert_eq!(minutes("matrix"), 100);
    assert_eq!(minutes("protection-needs-assessment"), 60);
    assert_eq!(minutes("protection-monitoring"), 65);
    assert_eq!(minutes("population-data"), 60);
    assert_eq!(minutes("case-management"), 60);
    assert_eq!(minutes("response-monitoring-evaluation"), 60);
    assert_eq!(minutes("communicating-with-communities"), 60);
    assert_eq!(minutes("security-situational-awareness"), 60);
    // Every process sub-step is covered by some module, in process order.
    let covered: Vec<&str> = agenda
        .iter()
        .flat_map(|m| m.substeps.iter().map(String::as_str))
        .collect();
    let all: Vec<&str> = pack.substeps().map(|(_, s)| s.id.as_str()).collect();
    assert_eq!(covered, all);
    // Days run 1.. without gaps, at most five.
    let days: Vec<u8> = agenda.iter().map(|m| m.day).collect();
    assert_eq!(days[0], 1);
    assert!(days.windows(2).all(|w| w[1] == w[0] || w[1] == w[0] + 1));
    assert!(*days.last().unwrap() <= 5);
}

#[test]
fn objectives_build_all_eight_competencies() {
    let pack = pack();
    let used: HashSet<&str> = pack
        .agenda("pim-training")
        .iter()
        .flat_map(|m| m.competencies.iter().map(String::as_str))
        .collect();
    for c in &pack.competencies.competencies {
        assert!(used.contains(c.id.as_str()), "{} not built", c.id);
    }
    assert!(
        pack.agenda("pim-training")
            .iter()
            .all(|m| !m.objectives.is_empty())
    );
}

#[test]
fn exercises_refer_to_two_or_more_scenarios() {
    let pack = pack();
    let t = pack.template("pim-training").unwrap();
    assert!(t.scenarios.len() >= 2);
    let kinds: Vec<String> = t
        .scenarios
        .iter()
        .map(|s| s.context.to_lowercase())
        .collect();
    assert!(kinds.iter().any(|k| k.contains("camp")), "{kinds:?}");
    assert!(kinds.iter().any(|k| k.contains("urban")), "{kinds:?}");
    let used: HashSet<&str> = t.exercises.iter().map(|e| e.scenario.as_str()).collect();
    for s in &t.scenarios {
        assert!(used.contains(s.id.as_str()), "scenario {} unused", s.id);
    }
    for e in &t.exercises {
        assert!(pack.scenario("pim-training", &e.scenario).is_some());
        assert!(!e.instructions.is_empty() && !e.expected_outputs.is_empty());
    }
    // Every exercise is run in some module.
    for e in &t.exercises {
        assert!(
            t.agenda.iter().any(|m| m.exercises.contains(&e.id)),
            "{} in no module",
            e.id
        );
    }
}

fn check_with(f: impl FnOnce(&mut serde_json::Value)) -> (i32, String) {
    let dir = copy_pack();
    support::fixtures::edit_json(&dir.path().join("templates.json"), f);
    content_check(dir.path())
}

fn training(v: &mut serde_json::Value) -> &mut serde_json::Value {
    v["templates"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|t| t["id"] == "pim-training")
        .unwrap()
}

#[test]
fn check_catches_an_exercise_on_an_unknown_scenario() {
    let (code, out) = check_with(|v| {
        training(v)["exercises"][0]["scenario"] = serde_json::json!("no-such-scenario");
    });
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("exercises[0].scenario"), "{out}");
    assert!(out.contains("no-such-scenario"), "{out}");
}

#[test]
fn check_catches_modules_with_unknown_competency_substep_exercise_or_day_gap() {
    let (code, out) = check_with(|v| {
        let t = training(v);
        t["agenda"][0]["competencies"] = serde_json::json!(["no-such-competency"]);
        t["agenda"][1]["substeps"] = serde_json::json!(["no-such-substep"]);
        t["agenda"][2]["exercises"] = serde_json::json!(["no-such-exercise"]);
        t["agenda"][3]["day"] = serde_json::json!(3);
    });
    assert_eq!(code, 1, "{out}");
    for want in [
        "agenda[0].competencies[0]",
        "agenda[1].substeps[0]",
        "agenda[2].exercises[0]",
        "agenda[3].day",
    ] {
        assert!(out.contains(want), "{want} missing in {out}");
    }
}
