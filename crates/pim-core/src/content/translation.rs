//! Checking a pack in another language against the English one: the same items with the same ids, the
//! same references and codes, every text there and not empty, the fixed Matrix rows present — and
//! which texts are still the English ones (untranslated).

use serde::Serialize;
use serde_json::Value;

use super::pack::Pack;
use super::validate::{Issue, Severity};

/// What comparing a translation found: problems (errors: missing, extra, changed or empty) and the
/// texts left as the English ones (warnings).
#[derive(Debug, Default)]
pub struct Comparison {
    pub issues: Vec<Issue>,
    /// How many texts are still the English ones.
    pub untranslated: usize,
    /// How many texts were compared.
    pub texts: usize,
}

/// Compare `pack` (a translation) with `english`, file by file.
pub fn compare_translation(pack: &Pack, english: &Pack) -> Comparison {
    let mut c = Comparison::default();
    let files: [(&'static str, Value, Value); 9] = [
        (
            "framework.json",
            json(&pack.framework),
            json(&english.framework),
        ),
        ("process.json", json(&pack.process), json(&english.process)),
        (
            "principles.json",
            json(&pack.principles),
            json(&english.principles),
        ),
        ("matrix.json", json(&pack.matrix), json(&english.matrix)),
        (
            "data_sharing.json",
            json(&pack.data_sharing),
            json(&english.data_sharing),
        ),
        (
            "competencies.json",
            json(&pack.competencies),
            json(&english.competencies),
        ),
        (
            "glossary.json",
            json(&pack.glossary),
            json(&english.glossary),
        ),
        (
            "templates.json",
            json(&pack.templates),
            json(&english.templates),
        ),
        (
            "sharing_agreement.json",
            json(&pack.sharing_agreement),
            json(&english.sharing_agreement),
        ),
    ];
    for (file, ours, theirs) in &files {
        Walk { file, out: &mut c }.value(ours, theirs, String::new(), false);
    }
    for (i, cat) in pack.matrix.categories.iter().enumerate() {
        if cat.definition.trim().is_empty() || cat.output.summary.trim().is_empty() {
            c.error(
                "matrix.json",
                format!("categories[{i}]"),
                "the fixed rows (Definition and Output) must be there, translated",
            );
        }
    }
    c
}

/// Whether a translation keeps `key`'s strings as in English: codes, the citations (`section`),
/// which name sections of the English documents, and quotations, which are the framework's exact
/// words in the language they were agreed in.
fn keeps(key: &str) -> bool {
    super::codes::is_reference(key)
        || matches!(
            key,
            "section" | "quote" | "quote_language" | "published_title"
        )
}

fn json(value: &impl Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

impl Comparison {
    fn error(&mut self, file: &'static str, path: String, message: impl Into<String>) {
        self.issues.push(Issue {
            severity: Severity::Error,
            file,
            path,
            message: message.into(),
        });
    }
}

struct Walk<'a> {
    file: &'static str,
    out: &'a mut Comparison,
}

impl Walk<'_> {
    fn value(&mut self, ours: &Value, english: &Value, path: String, code: bool) {
        match (ours, english) {
            (Value::Object(o), Value::Object(e)) => {
                for (key, ev) in e {
                    let at = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    match o.get(key) {
                        Some(ov) => self.value(ov, ev, at, keeps(key)),
                        None if !ev.is_null() => self.error(at, "missing: the English pack has it"),
                        None => {}
                    }
                }
            }
            (Value::Array(o), Value::Array(e)) => self.list(o, e, &path, code),
            (Value::String(o), Value::String(e)) => self.text(o, e, path, code),
            (o, e) if std::mem::discriminant(o) != std::mem::discriminant(e) && !e.is_null() => {
                self.error(path, format!("is {o} here but {e} in English"));
            }
            (o, e) if !o.is_string() && o != e => {
                self.error(path, format!("must stay {e} as in English (is {o})"));
            }
            _ => {}
        }
    }

    fn list(&mut self, ours: &[Value], english: &[Value], path: &str, code: bool) {
        let id = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_string);
        if english.iter().all(|v| id(v).is_some()) && !english.is_empty() {
            for (i, e) in english.iter().enumerate() {
                let eid = id(e).unwrap_or_default();
                match ours.iter().position(|o| id(o).as_deref() == Some(&eid)) {
                    Some(j) => self.value(&ours[j], e, format!("{path}[{j}]"), code),
                    None => self.error(
                        format!("{path}[{i}]"),
                        format!("missing: {eid:?} is in the English pack"),
                    ),
                }
            }
            for (j, o) in ours.iter().enumerate() {
                if let Some(oid) =
                    id(o).filter(|oid| !english.iter().any(|e| id(e).as_deref() == Some(oid)))
                {
                    self.error(
                        format!("{path}[{j}]"),
                        format!("{oid:?} is not in the English pack"),
                    );
                }
            }
            return;
        }
        if ours.len() != english.len() {
            self.error(
                path.to_string(),
                format!(
                    "has {} items; the English pack has {}",
                    ours.len(),
                    english.len()
                ),
            );
        }
        for (i, (o, e)) in ours.iter().zip(english).enumerate() {
            self.value(o, e, format!("{path}[{i}]"), code);
        }
    }

    fn text(&mut self, ours: &str, english: &str, path: String, code: bool) {
        if code {
            if ours != english {
                self.error(
                    path,
                    format!(
                        "must stay {english:?} as in English (a code or a reference), is {ours:?}"
                    ),
                );
            }
            return;
        }
        self.out.texts += 1;
        if ours.trim().is_empty() && !english.trim().is_empty() {
            self.error(path, "is empty: translate the English text");
        } else if ours == english && looks_like_words(english) {
            self.out.untranslated += 1;
            self.out.issues.push(Issue {
                severity: Severity::Warning,
                file: self.file,
                path,
                message: format!(
                    "untranslated: still the English {:?}",
                    crate::display::truncate(english, 60)
                ),
            });
        }
    }

    fn error(&mut self, path: String, message: impl Into<String>) {
        self.out.error(self.file, path, message);
    }
}

/// Whether a text is prose that a translation changes (two words of three letters or more), rather
/// than an acronym, a name or a number.
fn looks_like_words(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_lowercase()).count() >= 3)
        .count()
        >= 2
}

/// What `content check` compares an adapted or translated pack with: a pack in English with the
/// built-in English one (its fixed Matrix rows must not change); a pack in another language with the
/// built-in English one item by item ([`compare_translation`]), and its fixed rows with the built-in
/// pack of its own language when there is one.
pub fn compare_with_builtin(pack: &Pack) -> Comparison {
    let Ok(english) = super::load::load_embedded() else {
        return Comparison::default();
    };
    if pack.info.language == english.info.language {
        return Comparison {
            issues: super::validate::compare_fixed_rows(pack, &english),
            ..Comparison::default()
        };
    }
    let mut comparison = compare_translation(pack, &english);
    if let Some(Ok(own)) = super::load::load_embedded_lang(&pack.info.language)
        && own.info.id != pack.info.id
    {
        comparison
            .issues
            .extend(super::validate::compare_fixed_rows(pack, &own));
    }
    comparison
}
