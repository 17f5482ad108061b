//! The framework is in the content: these tests assert what the PIM sources say, not what the pack
//! happens to hold.

mod support;

use std::collections::HashSet;

use pim_workshop::content::{self, Severity};
use support::bin::{bin, content_check as run_check};
use support::fixtures::{copy_pack, pack};

#[test]
fn embedded_pack_is_valid() {
    let issues = content::check(&pack());
    let errors: Vec<String> = issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .map(|i| i.to_string())
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn process_has_four_steps_and_twelve_substeps_in_order() {
    let pack = pack();
    let steps: Vec<&str> = pack.process.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        steps,
        [
            "assess-landscape",
            "design-systems",
            "implement-systems",
            "evaluate-impact"
        ]
    );
    let subs: Vec<&str> = pack.substeps().map(|(_, s)| s.id.as_str()).collect();
    assert_eq!(
        subs,
        [
            "define-purpose",
            "data-review",
            "design-with-communities",
            "sharing-networks",
            "develop-system",
            "collect-data",
            "store-maintain",
            "process-analyse",
            "disseminate-share",
            "review-sharing",
            "review-system",
            "review-impacts",
        ]
    );
    let per_step: Vec<usize> = pack
        .process
        .steps
        .iter()
        .map(|s| s.substeps.len())
        .collect();
    assert_eq!(per_step, [2, 3, 4, 3]);
    for (_, sub) in pack.substeps() {
        assert!(sub.prompts.len() >= 3, "{} has prompts", sub.id);
        assert!(sub.facilitator.minutes > 0, "{} has a duration", sub.id);
        assert!(!sub.outputs.is_empty());
    }
    let rule = pack.process.rule.to_lowercase();
    assert!(
        rule.contains("order"),
        "the rule says steps are taken in order: {rule}"
    );
}

#[test]
fn define_purpose_asks_what_is_not_needed() {
    let pack = pack();
    let (_, sub) = pack.substep("define-purpose").unwrap();
    let all: String = sub
        .prompts
        .iter()
        .map(|p| format!("{} {}", p.question, p.hint))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for needle in [
        "not need",
        "population",
        "area",
        "audience",
        "key question",
        "indicator",
        "resource",
        "risk",
    ] {
        assert!(
            all.contains(needle),
            "define-purpose prompts mention {needle:?}"
        );
    }
}

#[test]
fn eight_principles_with_prompts_at_every_step() {
    let pack = pack();
    let ids: Vec<&str> = pack
        .principles
        .principles
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "people-centred",
            "do-no-harm",
            "defined-purpose",
            "informed-consent",
            "data-responsibility",
            "competency-capacity",
            "impartiality",
            "coordination",
        ]
    );
    for step in &pack.process.steps {
        for p in &pack.principles.principles {
            let prompts = pack.in_action(&step.id, &p.id, None);
            assert!(!prompts.is_empty(), "{} has prompts for {}", step.id, p.id);
        }
    }
    let note = pack.principles.in_action.note.to_lowercase();
    assert!(
        note.contains("own"),
        "the Principles in Action note says the prompts are the project's own"
    );
    assert_eq!(pack.principles.in_action.source.doc, "project");
}

/// Each category's output row covers what section 4.3 of the 2016 outcome document says it covers.
#[test]
fn category_outputs_cover_section_4_3() {
    let pack = pack();
    let expect: [(&str, &[&str]); 8] = [
        (
            "population-data",
            &[
                "age",
                "sex",
                "location",
                "snapshot",
                "vulnerab",
                "education",
                "skills",
                "occupation",
                "living conditions",
            ],
        ),
        (
            "protection-needs-assessment",
            &[
                "quantitative",
                "qualitative",
                "threat",
                "capacit",
                "vulnerab",
                "time",
                "place",
            ],
        ),
        (
            "protection-monitoring",
            &[
                "quantitative",
                "qualitative",
                "protection environment",
                "trend",
                "violation",
                "risk",
                "threat",
                "vulnerab",
                "capacit",
            ],
        ),
        (
            "case-management",
            &[
                "individual",
                "incident",
                "action",
                "confidential",
                "consent",
                "impact",
            ],
        ),
        (
            "response-monitoring-evaluation",
            &[
                "quantitative",
                "qualitative",
                "outcome",
                "output",
                "planned",
            ],
        ),
        (
            "security-situational-awareness",
            &[
                "security",
                "access",
                "conflict",
                "risk indicator",
                "political",
                "military",
                "economic",
            ],
        ),
        (
            "sectoral-systems",
            &["sector", "proxy indicator", "risk", "vulnerab"],
        ),
        (
            "communicating-with-communities",
            &[
                "source",
                "channel",
                "capacit",
                "information needs",
                "language",
                "cultur",
            ],
        ),
    ];
    assert_eq!(pack.matrix.categories.len(), 8);
    for (id, needles) in expect {
        let cat = pack.category(id).unwrap_or_else(|| panic!("category {id}"));
        let text = format!(
            "{} {}",
            cat.output.summary,
            cat.output
                .items
                .iter()
                .map(|i| i.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        )
        .to_lowercase();
        for needle in needles {
            assert!(
                text.contains(needle),
                "{id} output covers {needle:?}: {text}"
            );
        }
        assert!(
            !cat.output_examples.decision_data.is_empty()
                && !cat.output_examples.unit_of_analysis.is_empty()
        );
    }
}

#[test]
fn matrix_rows_and_fixed_ones() {
    let pack = pack();
    let rows: Vec<(&str, bool)> = pack
        .matrix
        .rows
        .iter()
        .map(|r| (r.id.as_str(), r.fixed))
        .collect();
    assert_eq!(
        rows,
        [
            ("definition", true),
            ("sub-categories", false),
            ("methods", false),
            ("specific-examples", false),
            ("output", true),
            ("shared-data", false),
            ("sources", false),
        ]
    );
    let ways: HashSet<&str> = pack
        .matrix
        .ways_to_read
        .iter()
        .map(|w| w.id.as_str())
        .collect();
    for w in [
        "by-category",
        "by-criterion",
        "output-first",
        "operation-map",
    ] {
        assert!(ways.contains(w), "way to read {w}");
    }
    assert!(
        pack.matrix
            .relations
            .iter()
            .any(|r| r.categories.contains(&"population-data".to_string())),
        "the relation 'most systems need population data' is there"
    );
}

#[test]
fn data_sharing_has_three_groups_of_checklists() {
    let pack = pack();
    let groups: Vec<&str> = pack
        .data_sharing
        .groups
        .iter()
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(
        groups,
        [
            "mindset-trust",
            "structural-institutional",
            "practical-technical"
        ]
    );
    for g in &pack.data_sharing.groups {
        assert!(g.items.len() >= 5, "{} has its action points", g.id);
    }
}

#[test]
fn eight_competencies_in_three_areas() {
    use pim_workshop::content::CompetencyArea::*;
    let pack = pack();
    let areas: Vec<_> = pack
        .competencies
        .competencies
        .iter()
        .map(|c| c.area)
        .collect();
    assert_eq!(areas.len(), 8);
    assert_eq!(areas.iter().filter(|a| **a == Skills).count(), 3);
    assert_eq!(areas.iter().filter(|a| **a == Knowledge).count(), 2);
    assert_eq!(areas.iter().filter(|a| **a == Attitude).count(), 3);
}

#[test]
fn glossary_has_the_terms_people_need() {
    let pack = pack();
    assert!(pack.glossary.terms.len() >= 40, "at least 40 terms");
    for id in [
        "agd",
        "kii",
        "fgd",
        "sdr",
        "sop",
        "poc",
        "hh",
        "imo",
        "pia",
        "proxy-indicator",
        "unit-of-analysis",
        "metadata",
        "referral",
        "profiling",
        "registration",
        "enumerator",
        "4w",
        "hxl",
    ] {
        assert!(pack.term(id).is_some(), "glossary term {id}");
    }
}

#[test]
fn templates_exist_and_their_substeps_resolve() {
    let pack = pack();
    for id in [
        "needs-assessment-scoping",
        "pim-training",
        "full-process",
        "impact-review",
    ] {
        let t = pack.template(id).unwrap_or_else(|| panic!("template {id}"));
        for sub in &t.substeps {
            assert!(pack.substep(sub).is_some(), "{id}: sub-step {sub}");
        }
    }
    assert_eq!(pack.template("full-process").unwrap().substeps.len(), 12);
}

#[test]
fn every_item_cites_a_known_source() {
    // `check` verifies every source resolves; here, that the shipped pack cites the seeds it rests on.
    let pack = pack();
    let docs: HashSet<&str> = pack.info.documents.iter().map(|d| d.id.as_str()).collect();
    for d in ["wm3-2016", "strategic-framework-2016", "project"] {
        assert!(docs.contains(d), "document {d}");
    }
    for (_, sub) in pack.substeps() {
        assert_eq!(
            sub.source.doc, "wm3-2016",
            "{} cites the process annex",
            sub.id
        );
    }
}

// ---------------------------------------------------------------- `content check` on broken copies

fn edit(dir: &std::path::Path, file: &str, f: impl FnOnce(&mut serde_json::Value)) {
    support::fixtures::edit_json(&dir.join(file), f);
}

#[test]
fn content_check_passes_on_a_faithful_copy() {
    let dir = copy_pack();
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("valid"));
    let (code, out) = bin()
        .args(["content", "check"])
        .output()
        .map(|o| {
            (
                o.status.code().unwrap(),
                String::from_utf8_lossy(&o.stdout).into_owned(),
            )
        })
        .unwrap();
    assert_eq!(code, 0, "{out}");
}

#[test]
fn content_check_names_file_and_path_of_a_broken_reference() {
    let dir = copy_pack();
    edit(dir.path(), "process.json", |v| {
        v["steps"][1]["substeps"][2]["matrix"] =
            serde_json::json!([{ "category": "no-such-category", "rows": [] }]);
    });
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("process.json"), "{out}");
    assert!(
        out.contains("steps[1].substeps[2].matrix[0].category"),
        "{out}"
    );
    assert!(out.contains("no-such-category"), "{out}");
}

#[test]
fn content_check_reports_schema_errors_with_path() {
    let dir = copy_pack();
    edit(dir.path(), "principles.json", |v| {
        v["principles"][3]["questions"] = serde_json::json!("not a list");
    });
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("principles.json"), "{out}");
    assert!(out.contains("principles[3].questions"), "{out}");
}

#[test]
fn content_check_finds_missing_principle_prompts_duplicates_and_empty_text() {
    let dir = copy_pack();
    edit(dir.path(), "principles.json", |v| {
        let items = v["in_action"]["items"].as_array_mut().unwrap();
        items.retain(|i| !(i["step"] == "implement-systems" && i["principle"] == "impartiality"));
    });
    edit(dir.path(), "glossary.json", |v| {
        let terms = v["terms"].as_array_mut().unwrap();
        let first = terms[0].clone();
        terms.push(first);
        terms[1]["definition"] = serde_json::json!("   ");
    });
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("\"implement-systems\" has no Principles in Action prompts for principle \"impartiality\""), "{out}");
    assert!(out.contains("is used twice"), "{out}");
    assert!(
        out.contains("glossary.json: at terms[1].definition: text is empty"),
        "{out}"
    );
}

#[test]
fn content_check_warns_when_a_fixed_row_changes() {
    let dir = copy_pack();
    edit(dir.path(), "matrix.json", |v| {
        v["categories"][2]["definition"] =
            serde_json::json!("Our own wording of protection monitoring.");
        v["categories"][2]["methods"] = serde_json::json!([
            { "text": "Phone survey", "source": { "doc": "project", "section": "Our operation" } }
        ]);
        v["categories"][2]["output_examples"]["unit_of_analysis"] = serde_json::json!(["Village"]);
    });
    let (code, out) = run_check(dir.path());
    assert_eq!(
        code, 0,
        "a changed fixed row is a warning, not an error: {out}"
    );
    assert!(out.contains("warning"), "{out}");
    assert!(out.contains("categories[2].definition"), "{out}");
    assert!(
        !out.contains("categories[2].methods") && !out.contains("output_examples"),
        "adaptable rows and the Output row's examples may change freely: {out}"
    );
}

#[test]
fn program_refuses_to_start_on_an_invalid_pack() {
    let dir = copy_pack();
    std::fs::write(dir.path().join("matrix.json"), "{ not json").unwrap();
    let out = bin().arg("--content").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("matrix.json"), "{err}");
    assert!(err.contains("will not start"), "{err}");
}
