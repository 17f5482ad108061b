//! The shipped example sessions (and a freshly created one) are valid under docs/session.schema.json.

fn schema() -> jsonschema::Validator {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/session.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema itself is valid")
}

fn assert_valid(validator: &jsonschema::Validator, name: &str, value: &serde_json::Value) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{name} is not valid under the schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn example_sessions_are_valid_under_the_schema() {
    let validator = schema();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let value: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            assert_valid(&validator, &path.display().to_string(), &value);
            count += 1;
        }
    }
    assert!(count >= 2);
}

#[test]
fn the_schema_rejects_what_the_model_rejects() {
    let validator = schema();
    let bad = serde_json::json!({ "schema_version": 2, "title": 42 });
    assert!(!validator.is_valid(&bad), "a number is not a title");
}
