//! The scoping template asks each question once, in the order of a scoping meeting, and a file written
//! before its prompts were merged keeps every answer: on load each one joins the prompt that now asks
//! the same thing.

mod support;

use chrono::{DateTime, NaiveDate};
use pim_workshop::content::{Pack, PromptKind};
use pim_workshop::export::{self, Format};
use pim_workshop::session::Session;
use pim_workshop::session::moved_answers::{MOVED, move_merged_answers};
use pim_workshop::storage::parse_session;
use support::fixtures::{fresh_session, manifest_path, pack};

const SCOPING: &str = "needs-assessment-scoping";

fn asked(pack: &Pack) -> Vec<(String, String)> {
    pack.template_substeps(SCOPING)
        .into_iter()
        .flat_map(|sub| {
            pack.prompts_for(SCOPING, sub)
                .into_iter()
                .map(move |p| (sub.to_string(), p.id.to_string()))
        })
        .collect()
}

#[test]
fn every_prompt_left_out_is_merged_into_one_that_is_asked() {
    let pack = pack();
    let asked = asked(&pack);
    let t = pack.template(SCOPING).unwrap();
    // Everything the template could ask: the process prompts of its sub-steps and its own.
    for sub in &t.substeps {
        let (_, s) = pack.substep(sub).unwrap();
        for p in &s.prompts {
            let is_asked = asked.iter().any(|(_, id)| id == &p.id);
            let merged = MOVED
                .iter()
                .any(|(tp, (fs, from), _)| *tp == SCOPING && fs == sub && *from == p.id);
            assert!(
                is_asked != merged,
                "{}: asked {is_asked}, merged {merged}",
                p.id
            );
        }
    }
    for (tp, (_, from), (to_sub, to)) in MOVED {
        assert_eq!(tp, SCOPING);
        assert!(
            !asked.iter().any(|(_, id)| id == from),
            "{from} is still asked"
        );
        assert!(
            asked.iter().any(|(s, id)| s == to_sub && id == to),
            "{from} moves to {to}, which {to_sub} does not ask"
        );
    }
}

#[test]
fn no_question_is_asked_twice_and_the_picker_follows_the_purpose() {
    let pack = pack();
    let asked = asked(&pack);
    let questions: Vec<&str> = asked
        .iter()
        .map(|(_, id)| pack.prompt(SCOPING, id).unwrap().1.question)
        .collect();
    for (i, q) in questions.iter().enumerate() {
        assert!(!questions[..i].contains(q), "asked twice: {q}");
    }
    assert!(asked.len() <= 38, "{} prompts", asked.len());
    let at = |id: &str| asked.iter().position(|(_, p)| p == id).unwrap();
    let (_, picker) = pack.prompt_of_kind(SCOPING, PromptKind::Outputs).unwrap();
    let picker = at(picker.id);
    // request → purpose, decisions and key questions → not needed → what exists → outputs needed
    // → proportionality → recommendation
    let order = [
        "define-purpose.scoping-request-as-stated",
        "define-purpose.decisions",
        "define-purpose.key-questions",
        "define-purpose.not-needed",
        "data-review.scoping-data-exists",
        "data-review.scoping-output-match",
        "develop-system.scoping-sensitivity",
        "develop-system.scoping-approach",
        "develop-system.scoping-rationale",
    ];
    let positions: Vec<usize> = order.iter().map(|id| at(id)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert_eq!(picker, at("data-review.scoping-output-match"));
}

/// The Kalma example as it was before the merge.
fn kalma_path() -> std::path::PathBuf {
    manifest_path("tests/fixtures/sessions/kalma-before-merge.json")
}

/// Every answer text of the Kalma file as it was written (before the merge), by old prompt id.
fn raw_answers() -> Vec<(String, String, String)> {
    let raw: serde_json::Value =
        serde_json::from_slice(&std::fs::read(kalma_path()).unwrap()).unwrap();
    let mut out = Vec::new();
    for (sub, record) in raw["substeps"].as_object().unwrap() {
        for (id, a) in record["answers"].as_object().unwrap() {
            out.push((
                sub.clone(),
                id.clone(),
                a["text"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

fn load(bytes: &[u8]) -> Session {
    let now = DateTime::parse_from_rfc3339("2026-12-01T09:00:00+00:00").unwrap();
    parse_session(std::path::Path::new("kalma.json"), bytes, now)
        .unwrap()
        .session
}

#[test]
fn an_older_scoping_file_keeps_every_answer_on_a_prompt_that_is_asked() {
    let pack = pack();
    let asked = asked(&pack);
    let raw = raw_answers();
    assert!(
        raw.iter()
            .any(|(_, id, _)| id == "define-purpose.scoping-out-of-scope"),
        "the Kalma example was written before the merge"
    );
    let s = load(&std::fs::read(kalma_path()).unwrap());
    for (sub, record) in &s.substeps {
        for id in record.answers.keys() {
            assert!(
                asked.iter().any(|(s2, p)| s2 == sub && p == id),
                "{sub}/{id} is answered but not asked"
            );
        }
    }
    for (_, id, text) in raw {
        let kept = s
            .substeps
            .values()
            .flat_map(|r| r.answers.values())
            .any(|a| a.text.contains(text.trim()));
        assert!(kept, "the answer to {id} is lost");
    }
    let picks = &s.substeps["data-review"].answers["data-review.scoping-output-match"].picks;
    assert_eq!(picks.len(), 5, "the outputs picked move with their prompt");
    // The brief reads them where they are now: the out-of-scope places are in what is not needed.
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let brief = export::render(&s, &pack, Format::Brief, day);
    assert!(brief.contains("Port Selin"), "{brief}");
    assert!(
        brief.contains("Henrik decides whether any new data exercise"),
        "{brief}"
    );
}

#[test]
fn both_answers_are_kept_when_the_old_and_the_new_prompt_were_answered() {
    let at = DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let later = DateTime::parse_from_rfc3339("2026-11-22T09:00:00+03:00").unwrap();
    let mut s = fresh_session("Merge", SCOPING, "Amina Haddad", at);
    s.set_answer_picks(
        "define-purpose",
        "define-purpose.not-needed",
        vec![],
        "No names",
        at,
        "A",
    );
    s.set_answer_picks(
        "define-purpose",
        "define-purpose.scoping-out-of-scope",
        vec![],
        "Not the host villages",
        later,
        "B",
    );
    assert_eq!(move_merged_answers(&mut s), 1);
    let a = &s.substeps["define-purpose"].answers["define-purpose.not-needed"];
    assert_eq!(a.text, "No names\nNot the host villages");
    assert_eq!((a.at, a.by.as_str()), (later, "B"));
    assert!(
        !s.substeps["define-purpose"]
            .answers
            .contains_key("define-purpose.scoping-out-of-scope")
    );
    // Run again (every load does): nothing more moves, nothing is doubled.
    assert_eq!(move_merged_answers(&mut s), 0);
    let mut other = fresh_session("Training", "pim-training", "Amina Haddad", at);
    other.set_answer_picks(
        "define-purpose",
        "define-purpose.resources",
        vec![],
        "Two staff",
        at,
        "A",
    );
    assert_eq!(
        move_merged_answers(&mut other),
        0,
        "other templates keep their prompts"
    );
}
