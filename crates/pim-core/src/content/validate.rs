//! `content check`: what makes a pack valid, as a list of issues naming file, JSON path and problem.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;

use super::Pack;
use super::model::{PromptKind, SourceRef};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in a pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub severity: Severity,
    pub file: &'static str,
    /// JSON path inside the file, e.g. `steps[0].substeps[1].prompts[2].id`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{level}: {}: at {}: {}",
            self.file, self.path, self.message
        )
    }
}

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

struct Checker {
    issues: Vec<Issue>,
}

impl Checker {
    fn error(&mut self, file: &'static str, path: impl Into<String>, message: impl Into<String>) {
        self.issues.push(Issue {
            severity: Severity::Error,
            file,
            path: path.into(),
            message: message.into(),
        });
    }

    fn warn(&mut self, file: &'static str, path: impl Into<String>, message: impl Into<String>) {
        self.issues.push(Issue {
            severity: Severity::Warning,
            file,
            path: path.into(),
            message: message.into(),
        });
    }

    /// Ids are kebab-case (prompt ids may hold one dot) and unique within `seen`.
    fn id(&mut self, file: &'static str, path: String, id: &str, seen: &mut HashSet<String>) {
        let ok_chars = !id.is_empty()
            && id.split('.').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            });
        if !ok_chars {
            self.error(
                file,
                path.clone(),
                format!("id {id:?} must be lowercase kebab-case (a-z, 0-9, -)"),
            );
        }
        if !seen.insert(id.to_string()) {
            self.error(file, path, format!("id {id:?} is used twice"));
        }
    }

    fn source(
        &mut self,
        file: &'static str,
        path: String,
        source: &SourceRef,
        docs: &HashSet<String>,
    ) {
        if !docs.contains(&source.doc) {
            self.error(
                file,
                format!("{path}.doc"),
                format!(
                    "source document {:?} is not listed in pack.json documents",
                    source.doc
                ),
            );
        }
    }

    fn reference(
        &mut self,
        file: &'static str,
        path: String,
        what: &str,
        id: &str,
        known: &HashSet<String>,
    ) {
        if !known.contains(id) {
            self.error(
                file,
                path,
                format!("{what} {id:?} does not exist in this pack"),
            );
        }
    }

    /// Every string in the file's JSON is non-empty.
    fn no_empty_texts<T: Serialize>(&mut self, file: &'static str, value: &T) {
        let Ok(json) = serde_json::to_value(value) else {
            return;
        };
        let mut stack = vec![(String::new(), &json)];
        while let Some((path, v)) = stack.pop() {
            match v {
                serde_json::Value::String(s) if s.trim().is_empty() => {
                    self.error(file, display_path(&path), "text is empty");
                }
                serde_json::Value::Array(items) => {
                    for (i, item) in items.iter().enumerate().rev() {
                        stack.push((format!("{path}[{i}]"), item));
                    }
                }
                serde_json::Value::Object(map) => {
                    for (k, item) in map.iter().rev() {
                        let p = if path.is_empty() {
                            k.clone()
                        } else {
                            format!("{path}.{k}")
                        };
                        stack.push((p, item));
                    }
                }
                _ => {}
            }
        }
    }
}

fn display_path(path: &str) -> String {
    if path.is_empty() {
        "(top)".into()
    } else {
        path.into()
    }
}

/// Check a pack: schema-level rules serde cannot see, unique ids, references, completeness.
pub fn check(pack: &Pack) -> Vec<Issue> {
    let mut c = Checker { issues: Vec::new() };

    // Texts
    c.no_empty_texts("pack.json", &pack.info);
    c.no_empty_texts("process.json", &pack.process);
    c.no_empty_texts("principles.json", &pack.principles);
    c.no_empty_texts("matrix.json", &pack.matrix);
    c.no_empty_texts("data_sharing.json", &pack.data_sharing);
    c.no_empty_texts("competencies.json", &pack.competencies);
    c.no_empty_texts("glossary.json", &pack.glossary);
    c.no_empty_texts("templates.json", &pack.templates);

    // Documents
    let mut docs = HashSet::new();
    for (i, d) in pack.info.documents.iter().enumerate() {
        c.id("pack.json", format!("documents[{i}].id"), &d.id, &mut docs);
    }

    // Ids of everything that can be referred to
    let principle_ids: HashSet<String> = pack
        .principles
        .principles
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let category_ids: HashSet<String> = pack
        .matrix
        .categories
        .iter()
        .map(|x| x.id.clone())
        .collect();
    let row_ids: HashSet<String> = pack.matrix.rows.iter().map(|r| r.id.clone()).collect();
    let term_ids: HashSet<String> = pack.glossary.terms.iter().map(|t| t.id.clone()).collect();
    let step_ids: HashSet<String> = pack.process.steps.iter().map(|s| s.id.clone()).collect();
    let substep_ids: HashSet<String> = pack.substeps().map(|(_, s)| s.id.clone()).collect();

    // Process
    c.source(
        "process.json",
        "rule_source".into(),
        &pack.process.rule_source,
        &docs,
    );
    if pack.process.steps.is_empty() {
        c.error("process.json", "steps", "the process has no steps");
    }
    let (mut seen_steps, mut seen_subs, mut seen_prompts) =
        (HashSet::new(), HashSet::new(), HashSet::new());
    for (si, step) in pack.process.steps.iter().enumerate() {
        let sp = format!("steps[{si}]");
        c.id(
            "process.json",
            format!("{sp}.id"),
            &step.id,
            &mut seen_steps,
        );
        c.source("process.json", format!("{sp}.source"), &step.source, &docs);
        if usize::from(step.number) != si + 1 {
            c.error(
                "process.json",
                format!("{sp}.number"),
                format!(
                    "step {} is numbered {}; steps are numbered in order from 1",
                    si + 1,
                    step.number
                ),
            );
        }
        if step.substeps.is_empty() {
            c.error(
                "process.json",
                format!("{sp}.substeps"),
                "a step needs at least one sub-step",
            );
        }
        for (ui, sub) in step.substeps.iter().enumerate() {
            let up = format!("{sp}.substeps[{ui}]");
            c.id("process.json", format!("{up}.id"), &sub.id, &mut seen_subs);
            c.source("process.json", format!("{up}.source"), &sub.source, &docs);
            if sub.prompts.is_empty() {
                c.error(
                    "process.json",
                    format!("{up}.prompts"),
                    "a sub-step needs at least one prompt",
                );
            }
            for (pi, prompt) in sub.prompts.iter().enumerate() {
                c.id(
                    "process.json",
                    format!("{up}.prompts[{pi}].id"),
                    &prompt.id,
                    &mut seen_prompts,
                );
            }
            if sub.outputs.is_empty() {
                c.error(
                    "process.json",
                    format!("{up}.outputs"),
                    "a sub-step needs at least one expected output",
                );
            }
            for (mi, link) in sub.matrix.iter().enumerate() {
                c.reference(
                    "process.json",
                    format!("{up}.matrix[{mi}].category"),
                    "Matrix category",
                    &link.category,
                    &category_ids,
                );
                for (ri, row) in link.rows.iter().enumerate() {
                    c.reference(
                        "process.json",
                        format!("{up}.matrix[{mi}].rows[{ri}]"),
                        "Matrix row",
                        row,
                        &row_ids,
                    );
                }
            }
            for (gi, term) in sub.glossary.iter().enumerate() {
                c.reference(
                    "process.json",
                    format!("{up}.glossary[{gi}]"),
                    "glossary term",
                    term,
                    &term_ids,
                );
            }
        }
    }

    // Principles and Principles in Action
    if pack.principles.principles.len() != PRINCIPLES {
        c.error(
            "principles.json",
            "principles",
            format!(
                "the framework has {PRINCIPLES} principles; this pack has {}",
                pack.principles.principles.len()
            ),
        );
    }
    let mut seen = HashSet::new();
    for (i, p) in pack.principles.principles.iter().enumerate() {
        c.id(
            "principles.json",
            format!("principles[{i}].id"),
            &p.id,
            &mut seen,
        );
        c.source(
            "principles.json",
            format!("principles[{i}].source"),
            &p.source,
            &docs,
        );
        if p.questions.is_empty() {
            c.error(
                "principles.json",
                format!("principles[{i}].questions"),
                "a principle needs at least one guiding question",
            );
        }
    }
    c.source(
        "principles.json",
        "in_action.source".into(),
        &pack.principles.in_action.source,
        &docs,
    );
    for (i, item) in pack.principles.in_action.items.iter().enumerate() {
        let ip = format!("in_action.items[{i}]");
        c.reference(
            "principles.json",
            format!("{ip}.step"),
            "step",
            &item.step,
            &step_ids,
        );
        c.reference(
            "principles.json",
            format!("{ip}.principle"),
            "principle",
            &item.principle,
            &principle_ids,
        );
        if let Some(sub) = &item.substep {
            match pack.substep(sub) {
                None => c.error(
                    "principles.json",
                    format!("{ip}.substep"),
                    format!("sub-step {sub:?} does not exist in this pack"),
                ),
                Some((step, _)) if step.id != item.step => c.error(
                    "principles.json",
                    format!("{ip}.substep"),
                    format!(
                        "sub-step {sub:?} belongs to step {:?}, not {:?}",
                        step.id, item.step
                    ),
                ),
                Some(_) => {}
            }
        }
        if item.prompts.is_empty() {
            c.error(
                "principles.json",
                format!("{ip}.prompts"),
                "an item needs at least one prompt",
            );
        }
    }
    for step in &pack.process.steps {
        for principle in &pack.principles.principles {
            let covered = pack.principles.in_action.items.iter().any(|i| {
                i.step == step.id
                    && i.principle == principle.id
                    && i.substep.is_none()
                    && !i.prompts.is_empty()
            });
            if !covered {
                c.error(
                    "principles.json",
                    "in_action.items",
                    format!("step {:?} has no Principles in Action prompts for principle {:?} (an item with substep null)", step.id, principle.id),
                );
            }
        }
    }

    // Matrix
    c.source("matrix.json", "source".into(), &pack.matrix.source, &docs);
    let mut seen = HashSet::new();
    for (i, row) in pack.matrix.rows.iter().enumerate() {
        c.id("matrix.json", format!("rows[{i}].id"), &row.id, &mut seen);
        c.source(
            "matrix.json",
            format!("rows[{i}].source"),
            &row.source,
            &docs,
        );
        if !ROWS.contains(&row.id.as_str()) {
            c.error(
                "matrix.json",
                format!("rows[{i}].id"),
                format!(
                    "row {:?} is not one of the Matrix criteria ({})",
                    row.id,
                    ROWS.join(", ")
                ),
            );
        }
        let must_be_fixed = FIXED_ROWS.contains(&row.id.as_str());
        if row.fixed != must_be_fixed {
            c.error(
                "matrix.json",
                format!("rows[{i}].fixed"),
                if must_be_fixed {
                    "the definition and output rows are fixed by the framework: set fixed to true"
                } else {
                    "only the definition and output rows are fixed: set fixed to false"
                },
            );
        }
    }
    for row in ROWS {
        if !row_ids.contains(row) {
            c.error(
                "matrix.json",
                "rows",
                format!("the Matrix row {row:?} is missing"),
            );
        }
    }
    if pack.matrix.categories.len() != CATEGORIES {
        c.error(
            "matrix.json",
            "categories",
            format!(
                "the PIM Matrix has {CATEGORIES} categories; this pack has {}",
                pack.matrix.categories.len()
            ),
        );
    }
    let (mut seen_cat, mut seen_out) = (HashSet::new(), HashSet::new());
    for (i, cat) in pack.matrix.categories.iter().enumerate() {
        let cp = format!("categories[{i}]");
        c.id("matrix.json", format!("{cp}.id"), &cat.id, &mut seen_cat);
        c.source("matrix.json", format!("{cp}.source"), &cat.source, &docs);
        if cat.output.items.is_empty() {
            c.error(
                "matrix.json",
                format!("{cp}.output.items"),
                "a category needs at least one output item (output-first reading uses them)",
            );
        }
        for (oi, item) in cat.output.items.iter().enumerate() {
            c.id(
                "matrix.json",
                format!("{cp}.output.items[{oi}].id"),
                &item.id,
                &mut seen_out,
            );
        }
        // Decision data can be picked as a needed output too, so its ids share the output items' space.
        for (di, item) in cat.output.decision_data.iter().enumerate() {
            c.id(
                "matrix.json",
                format!("{cp}.output.decision_data[{di}].id"),
                &item.id,
                &mut seen_out,
            );
        }
    }
    let mut seen_kinds = HashSet::new();
    for (i, kind) in pack.matrix.request_kinds.iter().enumerate() {
        let kp = format!("request_kinds[{i}]");
        c.id("matrix.json", format!("{kp}.id"), &kind.id, &mut seen_kinds);
        c.source("matrix.json", format!("{kp}.source"), &kind.source, &docs);
        for (ci, cat) in kind.categories.iter().enumerate() {
            c.reference(
                "matrix.json",
                format!("{kp}.categories[{ci}]"),
                "Matrix category",
                cat,
                &category_ids,
            );
        }
    }
    for (i, rel) in pack.matrix.relations.iter().enumerate() {
        c.source(
            "matrix.json",
            format!("relations[{i}].source"),
            &rel.source,
            &docs,
        );
        for (ci, cat) in rel.categories.iter().enumerate() {
            c.reference(
                "matrix.json",
                format!("relations[{i}].categories[{ci}]"),
                "Matrix category",
                cat,
                &category_ids,
            );
        }
    }
    let mut seen = HashSet::new();
    for (i, way) in pack.matrix.ways_to_read.iter().enumerate() {
        c.id(
            "matrix.json",
            format!("ways_to_read[{i}].id"),
            &way.id,
            &mut seen,
        );
        c.source(
            "matrix.json",
            format!("ways_to_read[{i}].source"),
            &way.source,
            &docs,
        );
    }

    // Data sharing
    c.source(
        "data_sharing.json",
        "source".into(),
        &pack.data_sharing.source,
        &docs,
    );
    let (mut seen_groups, mut seen_items) = (HashSet::new(), HashSet::new());
    for (gi, group) in pack.data_sharing.groups.iter().enumerate() {
        c.id(
            "data_sharing.json",
            format!("groups[{gi}].id"),
            &group.id,
            &mut seen_groups,
        );
        c.source(
            "data_sharing.json",
            format!("groups[{gi}].source"),
            &group.source,
            &docs,
        );
        for (ii, item) in group.items.iter().enumerate() {
            c.id(
                "data_sharing.json",
                format!("groups[{gi}].items[{ii}].id"),
                &item.id,
                &mut seen_items,
            );
        }
    }

    // Competencies
    c.source(
        "competencies.json",
        "source".into(),
        &pack.competencies.source,
        &docs,
    );
    let mut seen = HashSet::new();
    for (i, comp) in pack.competencies.competencies.iter().enumerate() {
        c.id(
            "competencies.json",
            format!("competencies[{i}].id"),
            &comp.id,
            &mut seen,
        );
        c.source(
            "competencies.json",
            format!("competencies[{i}].source"),
            &comp.source,
            &docs,
        );
    }

    // Glossary
    let mut seen = HashSet::new();
    for (i, term) in pack.glossary.terms.iter().enumerate() {
        c.id(
            "glossary.json",
            format!("terms[{i}].id"),
            &term.id,
            &mut seen,
        );
        c.source(
            "glossary.json",
            format!("terms[{i}].source"),
            &term.source,
            &docs,
        );
        for (si, see) in term.see.iter().enumerate() {
            c.reference(
                "glossary.json",
                format!("terms[{i}].see[{si}]"),
                "glossary term",
                see,
                &term_ids,
            );
        }
    }

    // Templates
    let mut seen = HashSet::new();
    for (i, t) in pack.templates.templates.iter().enumerate() {
        let tp = format!("templates[{i}]");
        c.id("templates.json", format!("{tp}.id"), &t.id, &mut seen);
        c.source("templates.json", format!("{tp}.source"), &t.source, &docs);
        if t.substeps.is_empty() {
            c.error(
                "templates.json",
                format!("{tp}.substeps"),
                "a template needs at least one sub-step",
            );
        }
        for (si, sub) in t.substeps.iter().enumerate() {
            c.reference(
                "templates.json",
                format!("{tp}.substeps[{si}]"),
                "sub-step",
                sub,
                &substep_ids,
            );
        }
        for (pi, extra) in t.extra_prompts.iter().enumerate() {
            let pp = format!("{tp}.extra_prompts[{pi}]");
            if !t.substeps.contains(&extra.substep) {
                c.error(
                    "templates.json",
                    format!("{pp}.substep"),
                    format!(
                        "sub-step {:?} is not one of this template's sub-steps",
                        extra.substep
                    ),
                );
            }
            c.id(
                "templates.json",
                format!("{pp}.id"),
                &extra.id,
                &mut seen_prompts,
            );
        }
        // The program reasons with the one answer of each of these kinds in a session.
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
                    format!("a template may have at most one prompt of kind {kind:?}; this one has {count}"),
                );
            }
            if count > 0 && kind == PromptKind::RequestKind && pack.matrix.request_kinds.is_empty()
            {
                c.error(
                    "matrix.json",
                    "request_kinds",
                    format!("template {:?} asks for the kind of request, but the Matrix lists no request kinds", t.id),
                );
            }
        }
        check_training(&mut c, t, &tp, &docs, &substep_ids, &category_ids, pack);
    }

    c.issues
}

/// A template's agenda, exercises and scenarios: unique ids, every reference resolves, lengths are
/// positive and days run from 1 without gaps.
fn check_training(
    c: &mut Checker,
    t: &super::model::Template,
    tp: &str,
    docs: &HashSet<String>,
    substep_ids: &HashSet<String>,
    category_ids: &HashSet<String>,
    pack: &Pack,
) {
    const F: &str = "templates.json";
    let competency_ids: HashSet<String> = pack
        .competencies
        .competencies
        .iter()
        .map(|x| x.id.clone())
        .collect();
    let mut scenario_ids = HashSet::new();
    for (i, s) in t.scenarios.iter().enumerate() {
        let sp = format!("{tp}.scenarios[{i}]");
        c.id(F, format!("{sp}.id"), &s.id, &mut scenario_ids);
        c.source(F, format!("{sp}.source"), &s.source, docs);
    }
    let mut exercise_ids = HashSet::new();
    for (i, e) in t.exercises.iter().enumerate() {
        let ep = format!("{tp}.exercises[{i}]");
        c.id(F, format!("{ep}.id"), &e.id, &mut exercise_ids);
        c.source(F, format!("{ep}.source"), &e.source, docs);
        c.reference(
            F,
            format!("{ep}.scenario"),
            "scenario",
            &e.scenario,
            &scenario_ids,
        );
        if e.minutes == 0 {
            c.error(
                F,
                format!("{ep}.minutes"),
                "an exercise needs a length in minutes",
            );
        }
        if e.instructions.is_empty() || e.expected_outputs.is_empty() {
            c.error(
                F,
                ep.clone(),
                "an exercise needs instructions and expected outputs",
            );
        }
    }
    let mut module_ids = HashSet::new();
    let mut last_day = 0u8;
    for (i, m) in t.agenda.iter().enumerate() {
        let mp = format!("{tp}.agenda[{i}]");
        c.id(F, format!("{mp}.id"), &m.id, &mut module_ids);
        c.source(F, format!("{mp}.source"), &m.source, docs);
        if m.minutes == 0 {
            c.error(
                F,
                format!("{mp}.minutes"),
                "a module needs a length in minutes",
            );
        }
        if m.day == 0 || m.day < last_day || m.day > last_day.saturating_add(1) {
            c.error(
                F,
                format!("{mp}.day"),
                format!(
                    "day {} follows day {last_day}; days start at 1, in order, without gaps",
                    m.day
                ),
            );
        }
        last_day = last_day.max(m.day);
        if m.objectives.is_empty() {
            c.error(
                F,
                format!("{mp}.objectives"),
                "a module needs learning objectives",
            );
        }
        for (j, id) in m.substeps.iter().enumerate() {
            c.reference(
                F,
                format!("{mp}.substeps[{j}]"),
                "sub-step",
                id,
                substep_ids,
            );
        }
        for (j, id) in m.categories.iter().enumerate() {
            c.reference(
                F,
                format!("{mp}.categories[{j}]"),
                "category",
                id,
                category_ids,
            );
        }
        for (j, id) in m.competencies.iter().enumerate() {
            c.reference(
                F,
                format!("{mp}.competencies[{j}]"),
                "competency",
                id,
                &competency_ids,
            );
        }
        for (j, id) in m.exercises.iter().enumerate() {
            c.reference(
                F,
                format!("{mp}.exercises[{j}]"),
                "exercise",
                id,
                &exercise_ids,
            );
        }
    }
    if !t.agenda.is_empty() && t.exercises.is_empty() && t.scenarios.is_empty() {
        c.warn(
            F,
            format!("{tp}.agenda"),
            "the agenda has no exercises or scenarios",
        );
    }
}

/// Warnings where an adapted pack changes a fixed row (a category's definition or output) compared with
/// the reference pack: the framework says these rows distinguish the categories and must not change.
pub fn compare_fixed_rows(pack: &Pack, reference: &Pack) -> Vec<Issue> {
    let mut c = Checker { issues: Vec::new() };
    for (i, cat) in pack.matrix.categories.iter().enumerate() {
        let Some(orig) = reference.category(&cat.id) else {
            continue;
        };
        if cat.definition != orig.definition {
            c.warn(
                "matrix.json",
                format!("categories[{i}].definition"),
                format!("the definition of {:?} differs from the framework's; the Definition row is fixed and should not be adapted", cat.name),
            );
        }
        if cat.output != orig.output {
            c.warn(
                "matrix.json",
                format!("categories[{i}].output"),
                format!("the output of {:?} differs from the framework's; the Output row is fixed and should not be adapted", cat.name),
            );
        }
    }
    c.issues
}
