//! The content is in the project's own words: no run of 8 or more words is shared with the seed
//! documents, except the marked quotations (`quote`), which are the framework's exact words on
//! purpose. The seeds are read from `../shared/seeds/` (beside the workspace) or `/work/shared/seeds/`;
//! where neither is there, the test says so and checks nothing.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

/// A run this long shared with a seed is a copy.
const RUN: usize = 8;

fn seeds_dir() -> Option<PathBuf> {
    let beside = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    [beside, PathBuf::from("/work/shared/seeds")]
        .into_iter()
        .find(|d| d.is_dir())
}

/// Lowercase words: letters and digits, apostrophes and hyphens inside words dropped, so that
/// punctuation and case do not hide a copy.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn runs(words: &[String]) -> impl Iterator<Item = String> + '_ {
    words.windows(RUN).map(|w| w.join(" "))
}

/// Every text of a pack file, with its JSON path, leaving out the marked quotations.
fn texts(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((path, s.clone())),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts(v, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                if k != "quote" {
                    texts(v, format!("{path}.{k}"), out);
                }
            }
        }
        _ => {}
    }
}

fn pack_texts(lang: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content")
        .join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 9, "{} holds the pack", dir.display());
    let mut out = Vec::new();
    for f in files {
        let value: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        texts(&value, name, &mut out);
    }
    out
}

/// The runs of the seeds, each with the seed it comes from.
fn seed_runs(dir: &Path) -> HashMap<String, String> {
    let mut runs_of = HashMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            for run in runs(&words(&text)) {
                runs_of.entry(run).or_insert_with(|| name.clone());
            }
        }
    }
    runs_of
}

#[test]
fn no_text_shares_a_run_of_eight_words_with_the_seeds() {
    let Some(dir) = seeds_dir() else {
        println!(
            "skipped: no seeds at ../shared/seeds or /work/shared/seeds; the copy check needs them"
        );
        return;
    };
    let seeds = seed_runs(&dir);
    assert!(
        seeds.len() > 5000,
        "the seeds were read from {}",
        dir.display()
    );
    let mut copies = Vec::new();
    for lang in ["en", "fr"] {
        let mut seen = HashSet::new();
        for (path, text) in pack_texts(lang) {
            for run in runs(&words(&text)) {
                if let Some(seed) = seeds.get(&run)
                    && seen.insert((path.clone(), run.clone()))
                {
                    copies.push(format!("content/{lang}/{path}: \"{run}\" ({seed})"));
                }
            }
        }
    }
    assert!(
        copies.is_empty(),
        "copied from the seeds:\n{}",
        copies.join("\n")
    );
}

#[test]
fn the_marked_quotation_is_the_seed_s_own_words() {
    // The quotation is exempt from the copy check because it is the framework's exact words: it must
    // then be found in a seed as it is.
    let Some(dir) = seeds_dir() else {
        println!("skipped: no seeds at ../shared/seeds or /work/shared/seeds");
        return;
    };
    let seeds = seed_runs(&dir);
    let pack = pim_workshop::content::load_embedded().unwrap();
    let quote = words(&pack.framework.definition.quote);
    assert!(quote.len() > RUN);
    assert!(
        runs(&quote).all(|r| seeds.contains_key(&r)),
        "the quote is in a seed word for word"
    );
}

#[test]
fn a_copied_sentence_is_caught() {
    // The check itself: a sentence of the seed in a text is found, a paraphrase is not.
    let seed = words(
        "The PIM Matrix can be used by anyone who is seeking to map, understand, or identify PIM systems.",
    );
    let seed_runs: HashSet<String> = runs(&seed).collect();
    let copied = words(
        "As the cover page says, the PIM Matrix can be used by anyone who is seeking to map systems.",
    );
    let own = words("Anyone who wants to map, understand or pick PIM systems can use the Matrix.");
    assert!(runs(&copied).any(|r| seed_runs.contains(&r)));
    assert!(!runs(&own).any(|r| seed_runs.contains(&r)));
}
