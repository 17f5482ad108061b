//! `content check`: what makes a pack valid, as a list of issues naming file, JSON path and problem.

use std::collections::HashSet;

use super::checker::{Checker, Known};
pub use super::checker::{Issue, Severity, unlisted_section};
use super::model::{PromptKind, Substep, Template};
use super::pack::Pack;
use crate::t;

/// The number of PIM Principles and Matrix categories the framework defines.
pub const PRINCIPLES: usize = 8;
pub const CATEGORIES: usize = 8;
const ROWS: [&str; 7] = [
    "definition",
    "sub-categories",
    "methods",
    "specific-examples",
    "output",
    "shared-data",
    "sources",
];
const FIXED_ROWS: [&str; 2] = ["definition", "output"];

/// Check a pack: schema-level rules serde cannot see, unique ids, references, completeness. Issues come
/// file by file, in the order below.
pub fn check(pack: &Pack) -> Vec<Issue> {
    let mut c = Checker { issues: Vec::new() };
    check_texts(&mut c, pack);
    let known = Known::of(&mut c, pack);
    super::provenance::check_framework(&mut c, pack, &known);
    let seen_prompts = check_process(&mut c, pack, &known);
    check_principles(&mut c, pack, &known);
    check_in_action(&mut c, pack, &known);
    check_matrix_rows(&mut c, pack, &known);
    check_matrix_categories(&mut c, pack, &known);
    super::provenance::check_matrix_provenance(&mut c, pack, &known);
    check_matrix_readings(&mut c, pack, &known);
    check_data_sharing(&mut c, pack, &known);
    check_competencies(&mut c, pack, &known);
    check_glossary(&mut c, pack, &known);
    check_sharing_agreement(&mut c, pack, &known);
    let mut seen = Seen {
        templates: HashSet::new(),
        prompts: seen_prompts,
    };
    for (i, t) in pack.templates.templates.iter().enumerate() {
        check_template(&mut c, pack, &known, (i, t), &mut seen);
    }
    c.issues
}

/// Ids seen so far across templates: template ids, and prompt ids (the process's and the extra
/// prompts', one space).
struct Seen {
    templates: HashSet<String>,
    prompts: HashSet<String>,
}

/// No text of any file is empty.
fn check_texts(c: &mut Checker, pack: &Pack) {
    c.no_empty_texts("pack.json", &pack.info);
    c.no_empty_texts("framework.json", &pack.framework);
    c.no_empty_texts("process.json", &pack.process);
    c.no_empty_texts("principles.json", &pack.principles);
    c.no_empty_texts("matrix.json", &pack.matrix);
    c.no_empty_texts("data_sharing.json", &pack.data_sharing);
    c.no_empty_texts("competencies.json", &pack.competencies);
    c.no_empty_texts("glossary.json", &pack.glossary);
    c.no_empty_texts("templates.json", &pack.templates);
    c.no_empty_texts("sharing_agreement.json", &pack.sharing_agreement);
}

/// The steps, numbered in order, each with sub-steps. Returns the prompt ids seen (a template's extra
/// prompts share their space).
fn check_process(c: &mut Checker, pack: &Pack, k: &Known) -> HashSet<String> {
    const F: &str = "process.json";
    c.source(F, "rule_source".into(), &pack.process.rule_source, &k.docs);
    if pack.process.steps.is_empty() {
        c.error(F, "steps", t!("content-no-steps"));
    }
    let (mut seen_steps, mut seen_subs, mut seen_prompts) =
        (HashSet::new(), HashSet::new(), HashSet::new());
    for (si, step) in pack.process.steps.iter().enumerate() {
        let sp = format!("steps[{si}]");
        c.id(F, format!("{sp}.id"), &step.id, &mut seen_steps);
        c.source(F, format!("{sp}.source"), &step.source, &k.docs);
        if usize::from(step.number) != si + 1 {
            c.error(
                F,
                format!("{sp}.number"),
                t!(
                    "content-step-number",
                    position = si + 1,
                    number = step.number
                ),
            );
        }
        if step.substeps.is_empty() {
            c.error(F, format!("{sp}.substeps"), t!("content-step-no-substep"));
        }
        for (ui, sub) in step.substeps.iter().enumerate() {
            let up = format!("{sp}.substeps[{ui}]");
            c.id(F, format!("{up}.id"), &sub.id, &mut seen_subs);
            check_substep(c, k, &up, sub, &mut seen_prompts);
        }
    }
    seen_prompts
}

/// One sub-step: its source, prompts, outputs and links to the Matrix and the glossary.
fn check_substep(
    c: &mut Checker,
    k: &Known,
    up: &str,
    sub: &Substep,
    seen_prompts: &mut HashSet<String>,
) {
    const F: &str = "process.json";
    c.source(F, format!("{up}.source"), &sub.source, &k.docs);
    if sub.prompts.is_empty() {
        c.error(F, format!("{up}.prompts"), t!("content-substep-no-prompt"));
    }
    for (pi, prompt) in sub.prompts.iter().enumerate() {
        c.id(
            F,
            format!("{up}.prompts[{pi}].id"),
            &prompt.id,
            seen_prompts,
        );
    }
    if sub.outputs.is_empty() {
        c.error(F, format!("{up}.outputs"), t!("content-substep-no-output"));
    }
    for (mi, link) in sub.matrix.iter().enumerate() {
        let path = format!("{up}.matrix[{mi}].category");
        c.reference(F, path, "matrix-category", &link.category, &k.categories);
        for (ri, row) in link.rows.iter().enumerate() {
            let path = format!("{up}.matrix[{mi}].rows[{ri}]");
            c.reference(F, path, "matrix-row", row, &k.rows);
        }
    }
    for (gi, term) in sub.glossary.iter().enumerate() {
        let path = format!("{up}.glossary[{gi}]");
        c.reference(F, path, "glossary-term", term, &k.terms);
    }
}

/// The eight principles, each with guiding questions.
fn check_principles(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "principles.json";
    let principles = &pack.principles.principles;
    if principles.len() != PRINCIPLES {
        c.error(
            F,
            "principles",
            t!(
                "content-principle-count",
                expected = PRINCIPLES,
                count = principles.len()
            ),
        );
    }
    let mut seen = HashSet::new();
    for (i, p) in principles.iter().enumerate() {
        c.id(F, format!("principles[{i}].id"), &p.id, &mut seen);
        c.source(F, format!("principles[{i}].source"), &p.source, &k.docs);
        if p.questions.is_empty() {
            c.error(
                F,
                format!("principles[{i}].questions"),
                t!("content-principle-no-question"),
            );
        }
    }
}

/// Principles in Action: every item refers to a step, a principle and (if any) a sub-step of that
/// step, and every step has prompts for every principle.
fn check_in_action(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "principles.json";
    let in_action = &pack.principles.in_action;
    c.source(F, "in_action.source".into(), &in_action.source, &k.docs);
    for (i, item) in in_action.items.iter().enumerate() {
        let ip = format!("in_action.items[{i}]");
        c.reference(F, format!("{ip}.step"), "step", &item.step, &k.steps);
        let path = format!("{ip}.principle");
        c.reference(F, path, "principle", &item.principle, &k.principles);
        if let Some(sub) = &item.substep {
            match pack.substep(sub) {
                None => c.error(
                    F,
                    format!("{ip}.substep"),
                    t!(
                        "content-unknown-reference",
                        what = "substep",
                        id = format!("{sub:?}")
                    ),
                ),
                Some((step, _)) if step.id != item.step => c.error(
                    F,
                    format!("{ip}.substep"),
                    t!(
                        "content-substep-other-step",
                        substep = format!("{sub:?}"),
                        step = format!("{:?}", step.id),
                        expected = format!("{:?}", item.step)
                    ),
                ),
                Some(_) => {}
            }
        }
        if item.prompts.is_empty() {
            c.error(F, format!("{ip}.prompts"), t!("content-item-no-prompt"));
        }
    }
    for step in &pack.process.steps {
        for principle in &pack.principles.principles {
            let covered = in_action.items.iter().any(|i| {
                i.step == step.id
                    && i.principle == principle.id
                    && i.substep.is_none()
                    && !i.prompts.is_empty()
            });
            if !covered {
                c.error(
                    F,
                    "in_action.items",
                    t!(
                        "content-step-no-in-action",
                        step = format!("{:?}", step.id),
                        principle = format!("{:?}", principle.id)
                    ),
                );
            }
        }
    }
}

/// The Matrix rows: the seven criteria, the definition and output rows fixed.
fn check_matrix_rows(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "matrix.json";
    c.source(F, "source".into(), &pack.matrix.source, &k.docs);
    let mut seen = HashSet::new();
    for (i, row) in pack.matrix.rows.iter().enumerate() {
        c.id(F, format!("rows[{i}].id"), &row.id, &mut seen);
        c.source(F, format!("rows[{i}].source"), &row.source, &k.docs);
        if !ROWS.contains(&row.id.as_str()) {
            c.error(
                F,
                format!("rows[{i}].id"),
                t!(
                    "content-row-unknown",
                    row = format!("{:?}", row.id),
                    rows = ROWS.join(", ")
                ),
            );
        }
        let must_be_fixed = FIXED_ROWS.contains(&row.id.as_str());
        if row.fixed != must_be_fixed {
            c.error(
                F,
                format!("rows[{i}].fixed"),
                if must_be_fixed {
                    t!("content-row-must-be-fixed")
                } else {
                    t!("content-row-not-fixed")
                },
            );
        }
    }
    for row in ROWS {
        if !k.rows.contains(row) {
            c.error(
                F,
                "rows",
                t!("content-row-missing", row = format!("{row:?}")),
            );
        }
    }
}

/// The eight categories, each with output items; output items and decision data share one id space
/// (both can be picked as a needed output).
fn check_matrix_categories(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "matrix.json";
    if pack.matrix.categories.len() != CATEGORIES {
        c.error(
            F,
            "categories",
            t!(
                "content-category-count",
                expected = CATEGORIES,
                count = pack.matrix.categories.len()
            ),
        );
    }
    let (mut seen_cat, mut seen_out) = (HashSet::new(), HashSet::new());
    for (i, cat) in pack.matrix.categories.iter().enumerate() {
        let cp = format!("categories[{i}]");
        c.id(F, format!("{cp}.id"), &cat.id, &mut seen_cat);
        c.source(F, format!("{cp}.source"), &cat.source, &k.docs);
        if cat.output.items.is_empty() {
            c.error(
                F,
                format!("{cp}.output.items"),
                t!("content-category-no-output"),
            );
        }
        for (oi, item) in cat.output.items.iter().enumerate() {
            let path = format!("{cp}.output.items[{oi}].id");
            c.id(F, path, &item.id, &mut seen_out);
        }
        for (di, item) in cat.output_examples.decision_data.iter().enumerate() {
            let path = format!("{cp}.output_examples.decision_data[{di}].id");
            c.id(F, path, &item.id, &mut seen_out);
        }
    }
}

/// The request kinds, the relations between categories and the ways to read the Matrix.
fn check_matrix_readings(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "matrix.json";
    let mut seen_kinds = HashSet::new();
    for (i, kind) in pack.matrix.request_kinds.iter().enumerate() {
        let kp = format!("request_kinds[{i}]");
        c.id(F, format!("{kp}.id"), &kind.id, &mut seen_kinds);
        c.source(F, format!("{kp}.source"), &kind.source, &k.docs);
        for (ci, cat) in kind.categories.iter().enumerate() {
            let path = format!("{kp}.categories[{ci}]");
            c.reference(F, path, "matrix-category", cat, &k.categories);
        }
    }
    for (i, rel) in pack.matrix.relations.iter().enumerate() {
        c.source(F, format!("relations[{i}].source"), &rel.source, &k.docs);
        for (ci, cat) in rel.categories.iter().enumerate() {
            let path = format!("relations[{i}].categories[{ci}]");
            c.reference(F, path, "matrix-category", cat, &k.categories);
        }
    }
    let mut seen = HashSet::new();
    for (i, way) in pack.matrix.ways_to_read.iter().enumerate() {
        c.id(F, format!("ways_to_read[{i}].id"), &way.id, &mut seen);
        c.source(F, format!("ways_to_read[{i}].source"), &way.source, &k.docs);
    }
}

/// The data-sharing checklist: groups and items with unique ids.
fn check_data_sharing(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "data_sharing.json";
    c.source(F, "source".into(), &pack.data_sharing.source, &k.docs);
    let (mut seen_groups, mut seen_items) = (HashSet::new(), HashSet::new());
    for (gi, group) in pack.data_sharing.groups.iter().enumerate() {
        c.id(F, format!("groups[{gi}].id"), &group.id, &mut seen_groups);
        c.source(F, format!("groups[{gi}].source"), &group.source, &k.docs);
        for (ii, item) in group.items.iter().enumerate() {
            let path = format!("groups[{gi}].items[{ii}].id");
            c.id(F, path, &item.id, &mut seen_items);
        }
    }
}

/// The data-sharing agreement draft: every section the writer fills, each once, each cited.
fn check_sharing_agreement(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "sharing_agreement.json";
    let a = &pack.sharing_agreement;
    c.source(F, "source".into(), &a.source, &k.docs);
    let mut seen = HashSet::new();
    for (i, s) in a.sections.iter().enumerate() {
        c.id(F, format!("sections[{i}].id"), &s.id, &mut seen);
        c.source(F, format!("sections[{i}].source"), &s.source, &k.docs);
        if !super::agreement::SECTION_IDS.contains(&s.id.as_str()) {
            c.error(
                F,
                format!("sections[{i}].id"),
                t!(
                    "content-agreement-unknown-section",
                    id = s.id.as_str(),
                    known = super::agreement::SECTION_IDS.join(", ")
                ),
            );
        }
    }
    for id in super::agreement::SECTION_IDS {
        if a.section(id).is_none() {
            c.error(
                F,
                "sections",
                t!("content-agreement-missing-section", id = id),
            );
        }
    }
}

/// The competencies: unique ids, cited sources.
fn check_competencies(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "competencies.json";
    c.source(F, "source".into(), &pack.competencies.source, &k.docs);
    let mut seen = HashSet::new();
    for (i, comp) in pack.competencies.competencies.iter().enumerate() {
        c.id(F, format!("competencies[{i}].id"), &comp.id, &mut seen);
        c.source(
            F,
            format!("competencies[{i}].source"),
            &comp.source,
            &k.docs,
        );
    }
}

/// The glossary: unique ids, cited sources, "see also" links that resolve.
fn check_glossary(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "glossary.json";
    let mut seen = HashSet::new();
    for (i, term) in pack.glossary.terms.iter().enumerate() {
        c.id(F, format!("terms[{i}].id"), &term.id, &mut seen);
        c.source(F, format!("terms[{i}].source"), &term.source, &k.docs);
        for (si, see) in term.see.iter().enumerate() {
            let path = format!("terms[{i}].see[{si}]");
            c.reference(F, path, "glossary-term", see, &k.terms);
        }
    }
}

/// One template: its sub-steps and extra prompts, the kinds of prompt it may have once, and its
/// training material ([`check_training`]).
fn check_template(
    c: &mut Checker,
    pack: &Pack,
    k: &Known,
    (i, t): (usize, &Template),
    seen: &mut Seen,
) {
    const F: &str = "templates.json";
    let tp = format!("templates[{i}]");
    c.id(F, format!("{tp}.id"), &t.id, &mut seen.templates);
    c.source(F, format!("{tp}.source"), &t.source, &k.docs);
    if t.substeps.is_empty() {
        c.error(
            F,
            format!("{tp}.substeps"),
            t!("content-template-no-substep"),
        );
    }
    for (si, sub) in t.substeps.iter().enumerate() {
        c.reference(
            F,
            format!("{tp}.substeps[{si}]"),
            "substep",
            sub,
            &k.substeps,
        );
    }
    for (pi, extra) in t.extra_prompts.iter().enumerate() {
        let pp = format!("{tp}.extra_prompts[{pi}]");
        if !t.substeps.contains(&extra.substep) {
            c.error(
                F,
                format!("{pp}.substep"),
                t!(
                    "content-extra-prompt-substep",
                    substep = format!("{:?}", extra.substep)
                ),
            );
        }
        c.id(F, format!("{pp}.id"), &extra.id, &mut seen.prompts);
        if let Some(source) = &extra.source {
            c.source(F, format!("{pp}.source"), source, &k.docs);
        }
    }
    check_essential(c, pack, t, &tp);
    check_prompt_order(c, pack, t, &tp);
    check_list_from(c, pack, t, &tp);
    check_prompt_kinds(c, pack, t, &tp);
    check_training(c, pack, t, &tp, k);
}

/// The essential prompts are prompts of the template, listed once, at most [`MAX_ESSENTIAL`].
fn check_essential(c: &mut Checker, pack: &Pack, t: &Template, tp: &str) {
    if t.essential.len() > super::model::MAX_ESSENTIAL {
        c.error(
            "templates.json",
            format!("{tp}.essential"),
            t!("content-essential-too-many", count = t.essential.len()),
        );
    }
    for (ei, id) in t.essential.iter().enumerate() {
        let twice = t.essential[..ei].contains(id);
        if twice || pack.prompt(&t.id, id).is_none() {
            c.error(
                "templates.json",
                format!("{tp}.essential[{ei}]"),
                t!("content-essential-unknown", prompt = format!("{id:?}")),
            );
        }
    }
}
/// A template's own order names each of its own prompts once, and only prompts of its sub-steps.
fn check_prompt_order(c: &mut Checker, pack: &Pack, t: &Template, tp: &str) {
    if t.prompt_order.is_empty() {
        return;
    }
    for (i, id) in t.prompt_order.iter().enumerate() {
        let known = t.extra_prompts.iter().any(|p| &p.id == id)
            || t.substeps.iter().any(|sub| {
                pack.substep(sub)
                    .is_some_and(|(_, s)| s.prompts.iter().any(|p| &p.id == id))
            });
        if !known || t.prompt_order[..i].contains(id) {
            c.error(
                "templates.json",
                format!("{tp}.prompt_order[{i}]"),
                t!("content-order-unknown", prompt = format!("{id:?}")),
            );
        }
    }
    for (i, p) in t.extra_prompts.iter().enumerate() {
        if !t.prompt_order.contains(&p.id) {
            c.error(
                "templates.json",
                format!("{tp}.extra_prompts[{i}]"),
                t!("content-order-missing", prompt = format!("{:?}", p.id)),
            );
        }
    }
}

/// A prompt that offers back the items of a list names a list prompt the template asks.
fn check_list_from(c: &mut Checker, pack: &Pack, t: &Template, tp: &str) {
    for sub in &t.substeps {
        for p in pack.prompts_for(&t.id, sub) {
            let Some(from) = p.list_from else { continue };
            let fine = pack
                .prompt(&t.id, from)
                .is_some_and(|(_, v)| v.kind == PromptKind::List);
            if !fine {
                c.error(
                    "templates.json",
                    format!("{tp} {}", p.id),
                    t!(
                        "content-list-from-unknown",
                        prompt = format!("{:?}", p.id),
                        list = format!("{from:?}")
                    ),
                );
            }
        }
    }
}

/// The program reasons with the one answer of each of these kinds in a session: a template has at
/// most one prompt of each, and asking for the kind of request needs request kinds in the Matrix.
fn check_prompt_kinds(c: &mut Checker, pack: &Pack, t: &Template, tp: &str) {
    for kind in [
        PromptKind::RequestKind,
        PromptKind::Outputs,
        PromptKind::Approach,
    ] {
        let count = t
            .substeps
            .iter()
            .map(|sub| {
                pack.prompts_for(&t.id, sub)
                    .iter()
                    .filter(|p| p.kind == kind)
                    .count()
            })
            .sum::<usize>();
        if count > 1 {
            c.error(
                "templates.json",
                format!("{tp}.extra_prompts"),
                t!(
                    "content-prompt-kind-twice",
                    kind = format!("{kind:?}"),
                    count = count
                ),
            );
        }
        if count > 0 && kind == PromptKind::RequestKind && pack.matrix.request_kinds.is_empty() {
            c.error(
                "matrix.json",
                "request_kinds",
                t!("content-no-request-kinds", template = format!("{:?}", t.id)),
            );
        }
    }
}

/// A template's agenda, exercises and scenarios: unique ids, every reference resolves, lengths are
/// positive and days run from 1 without gaps.
fn check_training(c: &mut Checker, pack: &Pack, t: &Template, tp: &str, k: &Known) {
    let exercise_ids = check_exercises(c, t, tp, k);
    check_agenda(c, pack, (t, tp), k, &exercise_ids);
    if !t.agenda.is_empty() && t.exercises.is_empty() && t.scenarios.is_empty() {
        c.warn(
            "templates.json",
            format!("{tp}.agenda"),
            t!("content-agenda-no-exercises"),
        );
    }
}

/// The scenarios and the exercises set in them; returns the exercise ids.
fn check_exercises(c: &mut Checker, t: &Template, tp: &str, k: &Known) -> HashSet<String> {
    const F: &str = "templates.json";
    let mut scenario_ids = HashSet::new();
    for (i, s) in t.scenarios.iter().enumerate() {
        let sp = format!("{tp}.scenarios[{i}]");
        c.id(F, format!("{sp}.id"), &s.id, &mut scenario_ids);
        c.source(F, format!("{sp}.source"), &s.source, &k.docs);
    }
    let mut exercise_ids = HashSet::new();
    for (i, e) in t.exercises.iter().enumerate() {
        let ep = format!("{tp}.exercises[{i}]");
        c.id(F, format!("{ep}.id"), &e.id, &mut exercise_ids);
        c.source(F, format!("{ep}.source"), &e.source, &k.docs);
        let path = format!("{ep}.scenario");
        c.reference(F, path, "scenario", &e.scenario, &scenario_ids);
        if e.minutes == 0 {
            c.error(
                F,
                format!("{ep}.minutes"),
                t!("content-exercise-no-minutes"),
            );
        }
        if e.instructions.is_empty() || e.expected_outputs.is_empty() {
            c.error(F, ep.clone(), t!("content-exercise-incomplete"));
        }
    }
    exercise_ids
}

/// The agenda's modules: lengths, days in order, objectives, and what each refers to.
fn check_agenda(
    c: &mut Checker,
    pack: &Pack,
    (t, tp): (&Template, &str),
    k: &Known,
    exercise_ids: &HashSet<String>,
) {
    const F: &str = "templates.json";
    let mut module_ids = HashSet::new();
    let mut last_day = 0u8;
    for (i, m) in t.agenda.iter().enumerate() {
        let mp = format!("{tp}.agenda[{i}]");
        c.id(F, format!("{mp}.id"), &m.id, &mut module_ids);
        c.source(F, format!("{mp}.source"), &m.source, &k.docs);
        if m.minutes == 0 {
            c.error(F, format!("{mp}.minutes"), t!("content-module-no-minutes"));
        }
        if m.day == 0 || m.day < last_day || m.day > last_day.saturating_add(1) {
            c.error(
                F,
                format!("{mp}.day"),
                t!("content-module-day", day = m.day, last = last_day),
            );
        }
        last_day = last_day.max(m.day);
        super::provenance::check_module_timing(c, pack, (&mp, m));
        if m.objectives.is_empty() {
            c.error(
                F,
                format!("{mp}.objectives"),
                t!("content-module-no-objectives"),
            );
        }
        let refs: [(&str, &str, &[String], &HashSet<String>); 4] = [
            ("substeps", "substep", &m.substeps, &k.substeps),
            ("categories", "category", &m.categories, &k.categories),
            (
                "competencies",
                "competency",
                &m.competencies,
                &k.competencies,
            ),
            ("exercises", "exercise", &m.exercises, exercise_ids),
        ];
        for (field, what, ids, known) in refs {
            for (j, id) in ids.iter().enumerate() {
                c.reference(F, format!("{mp}.{field}[{j}]"), what, id, known);
            }
        }
    }
}

/// Warnings where an adapted pack changes a fixed row (a category's definition or output) compared with
/// the reference pack: the framework says these rows distinguish the categories and must not change.
pub fn compare_fixed_rows(pack: &Pack, reference: &Pack) -> Vec<Issue> {
    let mut c = Checker { issues: Vec::new() };
    if pack.framework.definition.quote != reference.framework.definition.quote {
        c.warn(
            "framework.json",
            "definition.quote",
            t!("content-quote-changed"),
        );
    }
    for (i, cat) in pack.matrix.categories.iter().enumerate() {
        let Some(orig) = reference.category(&cat.id) else {
            continue;
        };
        if cat.definition != orig.definition {
            c.warn(
                "matrix.json",
                format!("categories[{i}].definition"),
                t!(
                    "content-definition-adapted",
                    category = format!("{:?}", cat.name)
                ),
            );
        }
        if cat.output != orig.output {
            c.warn(
                "matrix.json",
                format!("categories[{i}].output"),
                t!(
                    "content-output-adapted",
                    category = format!("{:?}", cat.name)
                ),
            );
        }
    }
    c.issues
}
