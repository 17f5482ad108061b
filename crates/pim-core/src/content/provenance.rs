//! `content check` on provenance: the framework file's statements, the Matrix's examples and output
//! examples, each saying where it comes from, and training modules whose length differs from their
//! sub-steps' suggested durations saying how they fit.

use std::collections::HashSet;

use super::checker::{Checker, Known};
use super::model::{AgendaModule, Example, Statement};
use super::pack::Pack;
use crate::t;

/// The language the framework's definition was agreed in, kept in every pack.
pub const QUOTE_LANGUAGE: &str = "en";

/// `framework.json`: the quotation, the statements, results and background with unique ids and
/// cited sources, and the further reading with unique ids.
pub(super) fn check_framework(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "framework.json";
    let fw = &pack.framework;
    c.source(
        F,
        "definition.source".into(),
        &fw.definition.source,
        &k.docs,
    );
    if fw.definition.source.is_project() {
        c.error(F, "definition.source", t!("content-quote-project"));
    }
    if fw.definition.quote_language != QUOTE_LANGUAGE {
        c.error(
            F,
            "definition.quote_language",
            t!(
                "content-quote-language",
                expected = QUOTE_LANGUAGE,
                found = format!("{:?}", fw.definition.quote_language)
            ),
        );
    }
    c.source(F, "vision.source".into(), &fw.vision.source, &k.docs);
    let mut seen = HashSet::new();
    for (field, list) in [
        ("statements", &fw.statements),
        ("results", &fw.results),
        ("background", &fw.background),
    ] {
        statements(c, (F, field), list, k, &mut seen);
    }
    let mut seen_reading = HashSet::new();
    for (i, r) in fw.further_reading.iter().enumerate() {
        c.id(
            F,
            format!("further_reading[{i}].id"),
            &r.id,
            &mut seen_reading,
        );
    }
}

fn statements(
    c: &mut Checker,
    (file, field): (&'static str, &str),
    list: &[Statement],
    k: &Known,
    seen: &mut HashSet<String>,
) {
    for (i, s) in list.iter().enumerate() {
        c.id(file, format!("{field}[{i}].id"), &s.id, seen);
        c.source(file, format!("{field}[{i}].source"), &s.source, &k.docs);
    }
}

/// The Matrix: each category's definition and output examples cite a source, and so does every
/// example of an adaptable row; the cover-page notes too.
pub(super) fn check_matrix_provenance(c: &mut Checker, pack: &Pack, k: &Known) {
    const F: &str = "matrix.json";
    for (i, cat) in pack.matrix.categories.iter().enumerate() {
        let cp = format!("categories[{i}]");
        let path = format!("{cp}.definition_source");
        c.source(F, path, &cat.definition_source, &k.docs);
        let path = format!("{cp}.output_examples.source");
        c.source(F, path, &cat.output_examples.source, &k.docs);
        let lists: [(&str, &[Example]); 6] = [
            ("sub_categories", &cat.sub_categories),
            ("methods", &cat.methods),
            ("specific_examples", &cat.specific_examples),
            ("shared_data.broadly", &cat.shared_data.broadly),
            ("shared_data.restricted", &cat.shared_data.restricted),
            ("sources", &cat.sources),
        ];
        for (field, examples) in lists {
            for (ei, ex) in examples.iter().enumerate() {
                let path = format!("{cp}.{field}[{ei}].source");
                c.source(F, path, &ex.source, &k.docs);
            }
        }
    }
    let mut seen = HashSet::new();
    statements(
        c,
        (F, "cover_notes"),
        &pack.matrix.cover_notes,
        k,
        &mut seen,
    );
}

/// A module whose length differs from what its sub-steps' suggested durations add up to says how it
/// fits them (`timing`).
pub(super) fn check_module_timing(c: &mut Checker, pack: &Pack, (mp, m): (&str, &AgendaModule)) {
    let Some(total) = pack.module_substep_minutes(m) else {
        return;
    };
    if total != m.minutes && m.timing.is_none() {
        c.warn(
            "templates.json",
            format!("{mp}.timing"),
            t!("content-module-timing", minutes = m.minutes, total = total),
        );
    }
}
