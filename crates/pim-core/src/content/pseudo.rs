//! The content pack in the pseudo-locale: every text of the English pack transformed as the
//! interface's words are (`i18n::pseudo_text`), every id and reference kept, so a test can tell on
//! screen what came from a catalogue or a pack from what did not.

use serde_json::Value;

/// Keys whose strings are ids, references or codes: they stay as they are.
const CODE_KEYS: [&str; 19] = [
    "id",
    "doc",
    "kind",
    "category",
    "categories",
    "rows",
    "glossary",
    "see",
    "step",
    "principle",
    "substep",
    "substeps",
    "competencies",
    "exercises",
    "scenario",
    "area",
    "language",
    "version",
    "year",
];

/// A pack file's JSON with its texts in the pseudo-locale (the text itself when it does not parse:
/// the loader then reports the problem as for any file).
pub fn transform(json: &str) -> String {
    let Ok(mut value) = serde_json::from_str::<Value>(json) else {
        return json.to_string();
    };
    walk(&mut value, false);
    serde_json::to_string(&value).unwrap_or_else(|_| json.to_string())
}

fn walk(value: &mut Value, code: bool) {
    match value {
        Value::String(s) if !code => *s = crate::i18n::pseudo_text(s),
        Value::Array(items) => items.iter_mut().for_each(|v| walk(v, code)),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                walk(v, CODE_KEYS.contains(&key.as_str()));
            }
        }
        _ => {}
    }
}
