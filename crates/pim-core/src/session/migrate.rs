//! Migration of older session files to [`super::SCHEMA_VERSION`].
//!
//! Version 1 differs from version 2 in three ways: participants were plain names (strings), answers were
//! plain strings (prompt id → text, no `at`/`by`), and there was no `position`. Migration works on the
//! parsed JSON before it becomes a [`super::Session`], so unknown fields survive it.

use chrono::{DateTime, FixedOffset};
use serde_json::{Map, Value, json};

use super::model::SCHEMA_VERSION;
pub use super::moved_answers::move_merged_answers;

/// Timestamp used for v1 answers when the file's `updated` is missing.
const EPOCH: &str = "1970-01-01T00:00:00+00:00";

/// Upgrades the JSON of a session file written with schema `from` to the current schema, in place,
/// and appends a `migrated` timeline event dated `now`. Does nothing when `from` is already current.
/// Shapes it does not recognise are left for the typed reader to report.
pub fn migrate_value(value: &mut Value, from: u32, now: DateTime<FixedOffset>) {
    if from >= SCHEMA_VERSION {
        return;
    }
    let Some(obj) = value.as_object_mut() else {
        return;
    };
    if from <= 1 {
        v1_to_v2(obj);
    }
    obj.insert("schema_version".into(), json!(SCHEMA_VERSION));
    let event = json!({
        "at": now.to_rfc3339(),
        "kind": "migrated",
        "summary": crate::t!("session-migrated", from = from, to = SCHEMA_VERSION),
    });
    match obj.get_mut("timeline") {
        Some(Value::Array(events)) => events.push(event),
        None | Some(Value::Null) => {
            obj.insert("timeline".into(), Value::Array(vec![event]));
        }
        Some(_) => {} // wrong shape: the typed reader reports it
    }
}

fn v1_to_v2(obj: &mut Map<String, Value>) {
    let updated = obj
        .get("updated")
        .and_then(Value::as_str)
        .filter(|s| DateTime::parse_from_rfc3339(s).is_ok())
        .unwrap_or(EPOCH)
        .to_string();
    if let Some(Value::Array(people)) = obj.get_mut("participants") {
        for p in people.iter_mut() {
            if let Value::String(name) = p {
                *p = json!({ "name": name, "organisation": "", "role": "" });
            }
        }
    }
    if let Some(Value::Object(substeps)) = obj.get_mut("substeps") {
        for record in substeps.values_mut() {
            if let Some(Value::Object(answers)) = record.get_mut("answers") {
                for answer in answers.values_mut() {
                    if let Value::String(text) = answer {
                        *answer = json!({ "text": text, "at": updated, "by": "" });
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_shapes_become_v2() {
        let mut v = json!({
            "schema_version": 1,
            "updated": "2024-03-01T10:00:00+02:00",
            "participants": ["Amina", {"name": "Bo"}],
            "substeps": {"define-purpose": {"status": "in_progress",
                "answers": {"define-purpose.target-group": "IDPs in camp A"}}},
            "future_field": 7
        });
        let now = DateTime::parse_from_rfc3339("2025-01-01T00:00:00Z").unwrap();
        migrate_value(&mut v, 1, now);
        assert_eq!(v["schema_version"], 2);
        assert_eq!(v["participants"][0]["name"], "Amina");
        assert_eq!(v["participants"][1]["name"], "Bo");
        let a = &v["substeps"]["define-purpose"]["answers"]["define-purpose.target-group"];
        assert_eq!(a["text"], "IDPs in camp A");
        assert_eq!(a["at"], "2024-03-01T10:00:00+02:00");
        assert_eq!(a["by"], "");
        assert_eq!(v["timeline"][0]["kind"], "migrated");
        assert_eq!(v["future_field"], 7);
    }

    #[test]
    fn odd_shapes_do_not_panic() {
        let now = DateTime::parse_from_rfc3339("2025-01-01T00:00:00Z").unwrap();
        for mut v in [
            json!(null),
            json!([1, 2]),
            json!({"participants": 3, "substeps": [], "timeline": "x"}),
            json!({"substeps": {"a": 1, "b": {"answers": [1]}}}),
        ] {
            migrate_value(&mut v, 1, now);
        }
    }
}
