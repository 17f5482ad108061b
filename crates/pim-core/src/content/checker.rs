//! The machinery of `content check`: the issues it reports, the checker that collects them, and the
//! ids and documents a pack's items may refer to.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::Serialize;

use super::model::SourceRef;
use super::pack::Pack;
use crate::t;

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
        f.write_str(&t!(
            "content-issue",
            level = level,
            file = self.file,
            path = self.path.as_str(),
            message = self.message.as_str()
        ))
    }
}

pub(super) struct Checker {
    pub(super) issues: Vec<Issue>,
}

impl Checker {
    pub(super) fn error(
        &mut self,
        file: &'static str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.issues.push(Issue {
            severity: Severity::Error,
            file,
            path: path.into(),
            message: message.into(),
        });
    }

    pub(super) fn warn(
        &mut self,
        file: &'static str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.issues.push(Issue {
            severity: Severity::Warning,
            file,
            path: path.into(),
            message: message.into(),
        });
    }

    /// Ids are kebab-case (prompt ids may hold one dot) and unique within `seen`.
    pub(super) fn id(
        &mut self,
        file: &'static str,
        path: String,
        id: &str,
        seen: &mut HashSet<String>,
    ) {
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
                t!("content-id-not-kebab", id = format!("{id:?}")),
            );
        }
        if !seen.insert(id.to_string()) {
            self.error(file, path, t!("content-id-twice", id = format!("{id:?}")));
        }
    }

    /// A source names a document of the pack and, when the document lists its sections, only
    /// sections it lists.
    pub(super) fn source(
        &mut self,
        file: &'static str,
        path: String,
        source: &SourceRef,
        docs: &Docs,
    ) {
        let Some(sections) = docs.0.get(&source.doc) else {
            self.error(
                file,
                format!("{path}.doc"),
                t!(
                    "content-source-not-listed",
                    doc = format!("{:?}", source.doc)
                ),
            );
            return;
        };
        if let Some(part) = unlisted_section(&source.section, sections) {
            self.error(
                file,
                format!("{path}.section"),
                t!(
                    "content-source-section-not-listed",
                    section = format!("{part:?}"),
                    doc = format!("{:?}", source.doc)
                ),
            );
        }
    }

    pub(super) fn reference(
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
                t!(
                    "content-unknown-reference",
                    what = what,
                    id = format!("{id:?}")
                ),
            );
        }
    }

    /// Every string in the file's JSON is non-empty.
    pub(super) fn no_empty_texts<T: Serialize>(&mut self, file: &'static str, value: &T) {
        let Ok(json) = serde_json::to_value(value) else {
            return;
        };
        let mut stack = vec![(String::new(), &json)];
        while let Some((path, v)) = stack.pop() {
            match v {
                serde_json::Value::String(s) if s.trim().is_empty() => {
                    self.error(file, display_path(&path), t!("content-text-empty"));
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

/// The documents a pack's items may cite, each with the sections it lists (none: any section).
pub(super) struct Docs(HashMap<String, Vec<String>>);

/// The first part of a citation (parts are separated by "; ") that names no section of `sections`:
/// a part names a section when it is that section, or that section followed by a finer detail after
/// ", ", ": " or " (". `None` when all parts are named, or when the document lists no sections.
pub fn unlisted_section<'a>(citation: &'a str, sections: &[String]) -> Option<&'a str> {
    if sections.is_empty() {
        return None;
    }
    citation.split("; ").map(str::trim).find(|part| {
        !sections.iter().any(|s| {
            part.strip_prefix(s.as_str()).is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with(", ")
                    || rest.starts_with(": ")
                    || rest.starts_with(" (")
            })
        })
    })
}

fn display_path(path: &str) -> String {
    if path.is_empty() {
        t!("content-path-top")
    } else {
        path.into()
    }
}

/// The ids of everything that can be referred to, and the documents sources may cite.
pub(super) struct Known {
    pub(super) docs: Docs,
    pub(super) principles: HashSet<String>,
    pub(super) categories: HashSet<String>,
    pub(super) rows: HashSet<String>,
    pub(super) terms: HashSet<String>,
    pub(super) steps: HashSet<String>,
    pub(super) substeps: HashSet<String>,
    pub(super) competencies: HashSet<String>,
}

impl Known {
    /// The ids of the pack; the documents' ids are checked on the way.
    pub(super) fn of(c: &mut Checker, pack: &Pack) -> Known {
        let mut ids = HashSet::new();
        let mut docs = HashMap::new();
        for (i, d) in pack.info.documents.iter().enumerate() {
            c.id("pack.json", format!("documents[{i}].id"), &d.id, &mut ids);
            docs.insert(d.id.clone(), d.sections.clone());
        }
        let ids = |ids: &mut dyn Iterator<Item = &String>| ids.cloned().collect::<HashSet<_>>();
        Known {
            docs: Docs(docs),
            principles: ids(&mut pack.principles.principles.iter().map(|p| &p.id)),
            categories: ids(&mut pack.matrix.categories.iter().map(|x| &x.id)),
            rows: ids(&mut pack.matrix.rows.iter().map(|r| &r.id)),
            terms: ids(&mut pack.glossary.terms.iter().map(|t| &t.id)),
            steps: ids(&mut pack.process.steps.iter().map(|s| &s.id)),
            substeps: ids(&mut pack.substeps().map(|(_, s)| &s.id)),
            competencies: ids(&mut pack.competencies.competencies.iter().map(|x| &x.id)),
        }
    }
}
