//! The facts a PIM trainer checks the content against (seed 000, seed 002 and the fact sheet) are in
//! the pack, each with a precise source, and what is the framework's is told apart from what is the
//! project's own.

mod support;

use pim_workshop::content::{self, Pack, Severity, Statement};
use support::bin::content_check as run_check;
use support::fixtures::{copy_pack, edit_json, pack};

fn french() -> Pack {
    content::load_embedded_lang("fr")
        .expect("a French pack is embedded")
        .expect("the French pack loads")
}

fn statement<'a>(list: &'a [Statement], id: &str) -> &'a Statement {
    list.iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("statement {id:?} is in the pack"))
}

fn lower(text: &str) -> String {
    text.to_lowercase()
}

// ---------------------------------------------------------------- what PIM is (seed 002, section 1)

/// The definition agreed in May 2015, word for word as the Strategic Framework gives it.
const DEFINITION: &str = "The principled, systematized, and collaborative processes to collect, process, analyze, store, share, and use data and information to enable evidence-informed action for quality protection outcomes.";

#[test]
fn the_definition_is_quoted_exactly_with_its_origin_in_every_pack() {
    for pack in [pack(), french()] {
        let d = &pack.framework.definition;
        assert_eq!(d.quote, DEFINITION, "{}", pack.info.id);
        assert_eq!(d.quote_language, "en");
        assert!(d.origin.contains("2015"), "{}", d.origin);
        assert!(
            lower(&d.origin).contains("may") || lower(&d.origin).contains("mai"),
            "{}",
            d.origin
        );
        assert_eq!(d.source.doc, "strategic-framework-2016");
        assert_eq!(d.source.section, "Section 1");
        let marked = d.marked();
        assert!(marked.contains(DEFINITION) && marked.contains(&d.origin));
        assert!(
            !d.plain.contains(DEFINITION),
            "the plain words are not the quote"
        );
    }
    assert!(lower(&pack().framework.definition.origin).contains("first"));
    let gloss = pack().term("pim").unwrap().definition.clone();
    assert!(
        gloss.contains("quality protection outcomes"),
        "the paraphrase keeps 'quality': {gloss}"
    );
}

#[test]
fn the_exercise_comparing_with_the_agreed_definition_shows_it() {
    for pack in [pack(), french()] {
        let training = pack.template("pim-training").unwrap();
        let compares: Vec<_> = training
            .exercises
            .iter()
            .filter(|e| {
                e.instructions.iter().any(|i| {
                    let i = lower(i);
                    i.contains("agreed definition") || i.contains("définition convenue")
                })
            })
            .collect();
        assert!(!compares.is_empty(), "{}", pack.info.id);
        for e in compares {
            assert!(e.shows_definition, "{} shows the definition", e.id);
        }
    }
}

#[test]
fn pim_is_not_an_it_system_but_a_way_to_organise() {
    let pack = pack();
    let s = lower(&statement(&pack.framework.statements, "not-an-it-system").text);
    assert!(s.contains("not") && s.contains("it system"), "{s}");
    assert!(
        s.contains("organis"),
        "the other half: a way to organise: {s}"
    );
    assert!(s.contains("systems, approaches and tools"), "{s}");
    assert!(s.contains("specific result"), "{s}");
    let s = lower(&statement(&pack.framework.statements, "equally-important").text);
    assert!(
        s.contains("equally") && s.contains("protection") && s.contains("information management"),
        "{s}"
    );
    for s in &pack.framework.statements {
        assert_eq!(s.source.doc, "strategic-framework-2016", "{}", s.id);
    }
}

// ---------------------------------------------------------------- the Initiative (seed 002, 2, 4, 5)

#[test]
fn the_vision_has_its_six_markers_and_the_strategy_its_four_results() {
    let pack = pack();
    let vision = &pack.framework.vision;
    assert_eq!(vision.markers.len(), 6);
    assert_eq!(vision.source.section, "Section 4");
    let markers = lower(&vision.markers.join(" "));
    for needle in [
        "framework",
        "plan",
        "confident",
        "securely",
        "community",
        "good practice",
    ] {
        assert!(markers.contains(needle), "a marker says {needle:?}");
    }
    let results: Vec<&str> = pack
        .framework
        .results
        .iter()
        .map(|r| r.title.as_str())
        .collect();
    assert_eq!(
        results,
        [
            "PIM conceptual framework",
            "Capacity-building and learning",
            "Community of practice",
            "Tools and advice"
        ]
    );
    for r in &pack.framework.results {
        assert_eq!(
            (r.source.doc.as_str(), r.source.section.as_str()),
            ("strategic-framework-2016", "Section 5")
        );
    }
}

#[test]
fn the_background_says_2015_collectively_owned_and_reference_group() {
    let pack = pack();
    let bg = &pack.framework.background;
    assert!(statement(bg, "began-2015").text.contains("2015"));
    assert!(lower(&statement(bg, "collectively-owned").text).contains("reference group"));
    assert!(lower(&statement(bg, "collectively-owned").title).contains("collectively owned"));
    assert!(lower(&statement(bg, "reference-group").text).contains("organisations"));
    assert_eq!(statement(bg, "began-2015").source.section, "Section 2");
}

#[test]
fn further_reading_names_the_later_publications_without_links() {
    let pack = pack();
    let reading = &pack.framework.further_reading;
    for (title, year) in [
        ("PIM Quick Reference Flyer", 2018),
        ("PIM Training Resource Pack", 2018),
        ("Framework for Data Sharing in Practice", 2018),
    ] {
        assert!(
            reading
                .iter()
                .any(|r| r.published_title == title && r.year == Some(year)),
            "{title} ({year})"
        );
    }
    let all = serde_json::to_string(reading).unwrap();
    assert!(!all.contains("http") && !all.contains("www."), "no links");
}

// ---------------------------------------------------------------- the Process (seed 000, Annex 2)

#[test]
fn the_two_missing_process_activities_have_prompts() {
    let pack = pack();
    let prompt = |sub: &str, id: &str| {
        pack.substep(sub)
            .unwrap()
            .1
            .prompts
            .iter()
            .find(|p| p.id == id)
            .map(|p| lower(&format!("{} {}", p.question, p.hint)))
            .unwrap_or_else(|| panic!("{id}"))
    };
    let text = prompt("sharing-networks", "sharing-networks.connections");
    assert!(
        text.contains("connections between the various stakeholders"),
        "{text}"
    );
    let text = prompt("process-analyse", "process-analyse.analytic-framework");
    assert!(text.contains("complete the analytic framework"), "{text}");
}

// ---------------------------------------------------------------- the Matrix (seed 000, 4 and Annex 1)

#[test]
fn the_fixed_output_row_holds_the_framework_and_the_examples_are_labelled() {
    let pack = pack();
    let row = pack.row("output").unwrap();
    assert!(row.fixed);
    assert!(lower(&row.explanation).contains("project's own"));
    for (i, cat) in pack.matrix.categories.iter().enumerate() {
        assert_eq!(cat.source.doc, "wm3-2016");
        assert!(
            cat.source
                .section
                .starts_with(&format!("Section 4.3.{}", i + 1)),
            "{}: the output is section 4.3's: {}",
            cat.id,
            cat.source.section
        );
        assert!(cat.output_examples.source.is_project(), "{}", cat.id);
        assert!(!cat.output_examples.decision_data.is_empty());
        assert_eq!(cat.definition_source.doc, "quick-reference-2018");
    }
}

#[test]
fn every_matrix_example_says_whose_it_is() {
    let pack = pack();
    let (mut framework, mut project) = (0, 0);
    for cat in &pack.matrix.categories {
        for row in [
            "sub-categories",
            "methods",
            "specific-examples",
            "shared-data",
            "sources",
        ] {
            for ex in pack.row_examples(cat, row) {
                if ex.is_project() {
                    project += 1;
                } else {
                    framework += 1;
                    assert_eq!(ex.source.doc, "wm3-2016", "{}", ex.text);
                }
            }
        }
    }
    // The cover page gives examples for Protection Monitoring only (criteria 2 to 7); the rest are
    // the project's illustrations and say so.
    let pm = pack.category("protection-monitoring").unwrap();
    let pm_methods: Vec<&str> = pm
        .methods
        .iter()
        .filter(|e| !e.is_project())
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(pm_methods.len(), 3, "{pm_methods:?}");
    assert!(framework >= 14 && project > 150, "{framework} / {project}");
    assert_eq!(pack.example_provenance(), (framework, project));
    let dir = copy_pack();
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!(
            "{framework} cite the framework, {project} are the project's own illustrations"
        )),
        "content check reports the provenance: {out}"
    );
}

#[test]
fn the_cover_page_points_are_there() {
    let pack = pack();
    let notes = &pack.matrix.cover_notes;
    for (id, needles) in [
        ("refine-quality", &["overall quality"][..]),
        (
            "new-emergency",
            &[
                "new emergency",
                "first step toward an im or protection strategy",
            ],
        ),
        ("preparedness", &["population"]),
        ("protracted", &["protracted", "protection trends"]),
        ("several-categories", &["more than one category"]),
        (
            "programme-monitoring",
            &["programme monitoring", "protection monitoring"],
        ),
        ("phase-1", &["phase 1", "feedback", "field"]),
    ] {
        let text = lower(&statement(notes, id).text);
        for needle in needles {
            assert!(text.contains(needle), "{id}: {needle:?} in {text}");
        }
    }
    assert_eq!(
        statement(notes, "programme-monitoring").source.section,
        "Section 4.3.3 (footnote 7)"
    );
    assert_eq!(statement(notes, "phase-1").source.section, "Section 4.1");
}

// ---------------------------------------------------------------- citations

#[test]
fn citations_point_where_the_fact_is() {
    let pack = pack();
    assert!(
        pack.document_title("terminology-2016").is_none(),
        "the 2016 terminology document is neither a seed nor in the fact sheet"
    );
    let all = serde_json::to_string(&(
        &pack.process,
        &pack.principles,
        &pack.matrix,
        &pack.glossary,
        &pack.templates,
    ))
    .unwrap();
    for wrong in [
        "Sub-categories row",
        "Sub-categories rows",
        "Principle 5 (later wording)",
        "terminology-2016",
    ] {
        assert!(!all.contains(wrong), "no citation of {wrong:?}");
    }
    for id in ["profiling", "registration"] {
        let kind = pack.request_kind(id).unwrap();
        assert!(
            !kind.source.section.contains("Annex 1"),
            "{id}: {:?}",
            kind.source
        );
    }
}

// ---------------------------------------------------------------- training (durations) and PiA

#[test]
fn module_lengths_agree_with_their_substeps_or_say_why() {
    let pack = pack();
    let mut explained = 0;
    for m in pack.agenda("pim-training") {
        let Some(total) = pack.module_substep_minutes(m) else {
            continue;
        };
        if total != m.minutes {
            let timing = m
                .timing
                .as_deref()
                .unwrap_or_else(|| panic!("{} explains", m.id));
            assert!(
                timing.contains(&format!("{total} minutes"))
                    && timing.contains(&m.minutes.to_string()),
                "{}: {timing}",
                m.id
            );
            explained += 1;
        }
    }
    assert_eq!(explained, 4, "the four Process modules");
}

/// A question a room can answer with a single word.
fn yes_no(q: &str) -> bool {
    let first = q.split_whitespace().next().unwrap_or_default();
    [
        "Is", "Are", "Do", "Does", "Did", "Can", "Could", "Has", "Have", "Will", "Would", "Should",
        "Was", "Were",
    ]
    .contains(&first)
}

#[test]
fn principles_in_action_are_open_questions_and_evaluate_is_as_rich() {
    let pack = pack();
    let items = &pack.principles.in_action.items;
    let prompts: Vec<&str> = items
        .iter()
        .flat_map(|i| i.prompts.iter().map(String::as_str))
        .collect();
    let closed = prompts.iter().filter(|q| yes_no(q)).count();
    assert!(
        closed * 10 <= prompts.len(),
        "{closed} of {} prompts are yes/no",
        prompts.len()
    );
    let per_step = |step: &str| {
        items
            .iter()
            .filter(|i| i.step == step)
            .map(|i| i.prompts.len())
            .sum::<usize>()
    };
    let evaluate = per_step("evaluate-impact");
    for step in ["assess-landscape", "design-systems", "implement-systems"] {
        assert!(evaluate * 10 >= per_step(step) * 9, "{evaluate} vs {step}");
    }
    for sub in ["review-sharing", "review-system", "review-impacts"] {
        let n = items
            .iter()
            .filter(|i| i.substep.as_deref() == Some(sub))
            .count();
        assert!(n >= 3, "{sub} has {n} principle items");
    }
    assert!(pack.principles.in_action.source.is_project());
}

// ---------------------------------------------------------------- `content check` on provenance

#[test]
fn content_check_refuses_a_section_the_source_list_does_not_name() {
    let dir = copy_pack();
    edit_json(&dir.path().join("matrix.json"), |v| {
        v["request_kinds"][1]["source"] = serde_json::json!({ "doc": "wm3-2016", "section": "Annex 1, Sub-categories row of Population Data" });
        v["categories"][2]["methods"][0]["source"]["section"] = serde_json::json!("Section 12");
    });
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("request_kinds[1].source.section"), "{out}");
    assert!(
        out.contains("\"Annex 1, Sub-categories row of Population Data\""),
        "{out}"
    );
    assert!(
        out.contains("categories[2].methods[0].source.section"),
        "{out}"
    );
    // A finer detail after a listed section is fine; a project text cites any section.
    edit_json(&dir.path().join("matrix.json"), |v| {
        v["request_kinds"][1]["source"] = serde_json::json!({ "doc": "wm3-2016", "section": "Section 4.3.1 (population figures)" });
        v["categories"][2]["methods"][0]["source"] =
            serde_json::json!({ "doc": "project", "section": "Our operation's own list" });
    });
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 0, "{out}");
}

#[test]
fn content_check_warns_when_a_module_does_not_explain_its_timing() {
    let dir = copy_pack();
    edit_json(&dir.path().join("templates.json"), |v| {
        let agenda = v["templates"][1]["agenda"].as_array_mut().unwrap();
        let m = agenda
            .iter_mut()
            .find(|m| m["id"] == "step-design")
            .unwrap();
        m.as_object_mut().unwrap().remove("timing");
    });
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 0, "a warning: {out}");
    assert!(out.contains("warning") && out.contains("255"), "{out}");
}

#[test]
fn content_check_refuses_a_definition_cited_to_the_project() {
    let dir = copy_pack();
    edit_json(&dir.path().join("framework.json"), |v| {
        v["definition"]["source"] = serde_json::json!({ "doc": "project", "section": "Ours" });
    });
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("definition.source"), "{out}");
}

#[test]
fn content_check_warns_when_the_quoted_definition_changes() {
    let dir = copy_pack();
    edit_json(&dir.path().join("framework.json"), |v| {
        v["definition"]["quote"] = serde_json::json!("Good information for good protection.");
    });
    let (code, out) = run_check(dir.path());
    assert_eq!(code, 0, "a warning: {out}");
    assert!(
        out.contains("warning") && out.contains("definition.quote"),
        "{out}"
    );
}

#[test]
fn the_shipped_packs_have_no_provenance_warning() {
    for pack in [pack(), french()] {
        let issues = content::check(&pack);
        assert!(
            issues.iter().all(|i| i.severity != Severity::Warning),
            "{:#?}",
            issues
        );
        for d in &pack.info.documents {
            assert!(
                d.id == "project" || !d.sections.is_empty(),
                "{} lists its sections",
                d.id
            );
        }
    }
}

#[test]
fn a_citation_names_listed_sections_part_by_part() {
    let sections = ["Annex 1, criterion 3".to_string(), "Section 4".to_string()];
    assert_eq!(
        content::unlisted_section("Annex 1, criterion 3", &sections),
        None
    );
    assert_eq!(
        content::unlisted_section("Section 4 (footnote 4); Annex 1, criterion 3", &sections),
        None
    );
    assert_eq!(
        content::unlisted_section("Section 4; Annex 1", &sections),
        Some("Annex 1")
    );
    assert_eq!(
        content::unlisted_section("Section 4.3", &sections),
        Some("Section 4.3")
    );
    assert_eq!(content::unlisted_section("anything", &[]), None);
}
