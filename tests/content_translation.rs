//! A pack in another language is checked against the English one: the French pack has every item,
//! every text, the same ids and references; a translation that lost or changed something is told so.

use pim_workshop::content::{self, Severity, compare_translation};

fn packs() -> (content::Pack, content::Pack) {
    let fr = content::load_embedded_lang("fr")
        .expect("a French pack is embedded")
        .expect("the French pack loads");
    let en = content::load_embedded().expect("the English pack loads");
    (fr, en)
}

#[test]
fn the_french_pack_has_every_item_and_every_text_translated() {
    let (fr, en) = packs();
    assert_eq!(fr.info.language, "fr");
    let problems = content::check(&fr);
    let errors: Vec<_> = problems
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let comparison = compare_translation(&fr, &en);
    let shown: Vec<String> = comparison.issues.iter().map(|i| i.to_string()).collect();
    assert!(comparison.issues.is_empty(), "{shown:#?}");
    assert_eq!(comparison.untranslated, 0);
    assert!(
        comparison.texts > 1000,
        "{} texts compared",
        comparison.texts
    );
    // The glossary gives the English term beside the French one.
    assert!(fr.glossary.terms.iter().all(|t| t.english.is_some()));
}

#[test]
fn a_translation_that_lost_or_changed_something_is_told_so() {
    let (mut fr, en) = packs();
    fr.glossary.terms.pop();
    fr.process.steps[0].substeps[0].prompts[0].question.clear();
    fr.glossary.terms[0].see = vec!["nowhere".into()];
    fr.matrix.categories[0].definition = en.matrix.categories[0].definition.clone();
    let comparison = compare_translation(&fr, &en);
    let text: Vec<String> = comparison.issues.iter().map(|i| i.to_string()).collect();
    let has = |what: &str| text.iter().any(|t| t.contains(what));
    assert!(has("missing"), "{text:#?}");
    assert!(has("is empty"), "{text:#?}");
    assert!(has("must stay"), "{text:#?}");
    assert!(has("untranslated"), "{text:#?}");
    assert_eq!(comparison.untranslated, 1);
}
