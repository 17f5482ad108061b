//! docs/keys.md (and docs/keys.<lang>.md for every other language) is generated from the key-binding
//! tables and their descriptions in `locales/<lang>/keys.ftl`; this test fails when one is stale.

use pim_workshop::i18n::Lang;

#[test]
fn keys_docs_are_current() {
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    for lang in Lang::all() {
        let name = if lang == Lang::EN {
            "keys.md".to_string()
        } else {
            format!("keys.{}.md", lang.code())
        };
        let path = docs.join(&name);
        let expected = pim_workshop::tui::keys::keys_markdown(lang);
        if std::env::var_os("UPDATE_KEYS_DOC").is_some() {
            std::fs::write(&path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "docs/{name} is stale: the key tables in src/tui/keys.rs or locales/{}/keys.ftl changed. \
             Regenerate it with `UPDATE_KEYS_DOC=1 cargo test --test keys_doc` and commit it.",
            lang.code()
        );
    }
}

#[test]
fn the_keys_are_the_same_in_every_language() {
    let keys = |doc: &str| -> Vec<String> {
        doc.lines()
            .filter(|l| l.starts_with("| `"))
            .map(|l| l.split(" | ").next().unwrap_or_default().to_string())
            .collect()
    };
    let english = keys(&pim_workshop::tui::keys::keys_markdown(Lang::EN));
    assert!(!english.is_empty());
    for lang in Lang::all() {
        let doc = pim_workshop::tui::keys::keys_markdown(lang);
        assert_eq!(keys(&doc), english, "{lang}");
    }
}
