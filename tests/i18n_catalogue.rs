//! The interface catalogues (`locales/<lang>/*.ftl`): valid Fluent, every message the code asks for is
//! in English, every English message is in every other language, and the languages' own rules
//! (plurals, dates) hold.

use std::collections::BTreeSet;
use std::path::Path;

use pim_workshop::i18n::{self, Lang};
use pim_workshop::t;

/// Every `t!("id"` in the workspace's non-test source.
fn ids_in_code() -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    for root in ["src", "crates/pim-core/src"] {
        walk(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(root).as_path(),
            &mut found,
        );
    }
    found
}

fn walk(dir: &Path, found: &mut BTreeSet<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source is UTF-8");
            let mut at = 0;
            while let Some(i) = text[at..].find("t!(") {
                let start = at + i;
                at = start + 3;
                // rustfmt may put the id on the next line.
                let rest = text[at..].trim_start();
                if !rest.starts_with('"') {
                    continue;
                }
                at = text.len() - rest.len() + 1;
                // `format!(`, `print!(`… end in `t!(` too: only the macro itself counts.
                let before = text[..start].chars().next_back();
                let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
                let in_comment = text[line_start..start].trim_start().starts_with("//");
                if in_comment || before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let id: String = text[at..].chars().take_while(|c| *c != '"').collect();
                found.insert((id, path.display().to_string()));
            }
        }
    }
}

fn fr() -> Lang {
    Lang::parse("fr").expect("French is embedded")
}

#[test]
fn every_catalogue_is_valid_fluent() {
    assert_eq!(i18n::parse_errors(), Vec::<String>::new());
}

#[test]
fn every_message_the_code_asks_for_is_in_english() {
    let missing: Vec<_> = ids_in_code()
        .into_iter()
        .filter(|(id, _)| !i18n::has_message(Lang::EN, id))
        .collect();
    assert!(missing.is_empty(), "not in locales/en: {missing:#?}");
}

#[test]
fn every_english_message_is_in_every_language() {
    let english = i18n::message_ids(Lang::EN);
    for lang in Lang::all().filter(|l| *l != Lang::EN) {
        let missing: Vec<&String> = english
            .iter()
            .filter(|id| !i18n::has_message(lang, id))
            .collect();
        assert!(missing.is_empty(), "untranslated in {lang}: {missing:?}");
        let extra: Vec<String> = i18n::message_ids(lang)
            .into_iter()
            .filter(|id| !i18n::has_message(Lang::EN, id))
            .collect();
        assert!(extra.is_empty(), "in {lang} but not in English: {extra:?}");
    }
}

#[test]
fn dates_in_words_follow_the_language() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    assert_eq!(
        i18n::with_lang(Lang::EN, || i18n::long_date(date)),
        "1 December 2026"
    );
    assert_eq!(
        i18n::with_lang(fr(), || i18n::long_date(date)),
        "1er décembre 2026"
    );
    let later = chrono::NaiveDate::from_ymd_opt(2027, 2, 14).expect("a date");
    assert_eq!(
        i18n::with_lang(fr(), || i18n::long_date(later)),
        "14 février 2027"
    );
}

#[test]
fn a_message_falls_back_to_english_and_values_pass_through_exactly() {
    assert_eq!(i18n::with_lang(fr(), || t!("language-name")), "Français");
    let title = "تعيلها — ‌ZWNJ‌ 👩‍👩‍👧";
    let shown = i18n::with_lang(fr(), || t!("workshop-position", n = 2, total = 12));
    assert!(shown.contains('2') && shown.contains("12"), "{shown}");
    let pseudo = i18n::with_lang(Lang::PSEUDO, || t!("workshop-position", n = 2, total = 12));
    assert!(pseudo.starts_with('⟦') && pseudo.ends_with('⟧'), "{pseudo}");
    assert!(!pseudo.chars().any(|c| c.is_ascii_alphabetic()), "{pseudo}");
    // A text value reaches the message as it is, in every language, the pseudo-locale included.
    for lang in [Lang::EN, fr(), Lang::PSEUDO] {
        let out = i18n::with_lang(lang, || t!("test-value-passes", value = title));
        assert!(out.contains(title), "{lang}: {out:?}");
    }
}
