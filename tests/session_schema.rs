//! `docs/session.schema.json` is generated from the model; this test fails when it is stale.
//! Update it with: `UPDATE_SCHEMA=1 cargo test --test session_schema`.

use std::path::Path;

use pim_workshop::session::Session;

fn generated() -> String {
    let schema = schemars::schema_for!(Session);
    let mut text = serde_json::to_string_pretty(&schema).expect("schema serialises");
    text.push('\n');
    text
}

#[test]
fn committed_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/session.schema.json");
    let want = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{} is stale (the session model changed). Regenerate it with\n    UPDATE_SCHEMA=1 cargo test --test session_schema\nand commit the result.",
        path.display()
    );
}

#[test]
fn schema_describes_the_file() {
    let v: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    assert_eq!(v["title"], "pim-workshop session");
    let props = &v["properties"];
    for field in [
        "schema_version",
        "substeps",
        "decisions",
        "timeline",
        "position",
    ] {
        assert!(props.get(field).is_some(), "{field} missing");
    }
    // Unknown fields are allowed (they are kept), so the schema must not forbid them.
    assert_ne!(v["additionalProperties"], serde_json::Value::Bool(false));
}
