//! docs/keys.md is generated from the key-binding tables; this test fails when it is stale.

#[test]
fn keys_doc_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/keys.md");
    let expected = pim_workshop::tui::keys::keys_markdown();
    if std::env::var_os("UPDATE_KEYS_DOC").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/keys.md is stale: the key tables in src/tui/keys.rs changed. \
         Regenerate it with `UPDATE_KEYS_DOC=1 cargo test --test keys_doc` and commit it."
    );
}
