//! The content pack in the pseudo-locale: every text of the English pack transformed as the
//! interface's words are (`i18n::pseudo_text`), every id and reference kept, so a test can tell on
//! screen what came from a catalogue or a pack from what did not.

use serde_json::Value;

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
                // The pack's own language code stays too; citations (`section`) are shown, so they change.
                walk(v, super::codes::is_reference(key) || key == "language");
            }
        }
        _ => {}
    }
}
