//! Searching the library (`search::search_all`: raw look first, summary parse only where the query
//! may be) against a naive search over fully parsed sessions; folding of case and accents; queries
//! in other scripts; hostile text in snippets.

use std::fs;
use std::path::{Path, PathBuf};

use pim_workshop::content;
use pim_workshop::search::{self, Query, fold};
use pim_workshop::session::Session;
use pim_workshop::storage::{self, library::session_files};

/// The naive reference: parse each file whole, walk every searched field, compare folded strings.
/// Gives (file, number of matching fields, the matching texts) for each file with a match.
fn naive(files: &[PathBuf], query: &str) -> Vec<(PathBuf, Vec<String>)> {
    let q = fold(query.trim());
    let mut out = Vec::new();
    for path in files {
        let Ok(parsed) = storage::read_session_read_only(path) else {
            continue;
        };
        let texts: Vec<String> = fields(&parsed.session)
            .into_iter()
            .filter(|t| fold(t).contains(&q))
            .collect();
        if !texts.is_empty() {
            out.push((path.clone(), texts));
        }
    }
    out
}

/// Every searched field of a session, in reading order.
fn fields(s: &Session) -> Vec<String> {
    let mut v = Vec::new();
    for record in s.substeps.values() {
        v.extend(record.answers.values().map(|a| a.text.clone()));
        v.extend(record.principles.values().map(|p| p.note.clone()));
    }
    for d in &s.decisions {
        v.extend([d.title.clone(), d.rationale.clone()]);
    }
    for a in &s.actions {
        v.extend([a.text.clone(), a.owner.clone()]);
    }
    for r in &s.risks {
        v.extend([r.description.clone(), r.mitigation.clone(), r.owner.clone()]);
    }
    v.extend(s.parking_lot.iter().map(|p| p.text.clone()));
    for e in &s.landscape {
        v.extend([
            e.name.clone(),
            e.organisation.clone(),
            e.sub_category.clone(),
            e.methods.clone(),
            e.frequency.clone(),
            e.outputs_note.clone(),
            e.shared_what.clone(),
            e.contact_role.clone(),
            e.diagnosis.clone(),
        ]);
        v.extend(e.areas.iter().cloned());
    }
    v
}

fn sample_library(n: usize) -> (tempfile::TempDir, Vec<PathBuf>) {
    let pack = content::load_embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    pim_sample::write_library(&pack, dir.path(), n).unwrap();
    let files = session_files(dir.path());
    (dir, files)
}

#[test]
fn the_library_search_finds_what_a_naive_full_parse_search_finds() {
    let (dir, _) = sample_library(80);
    // An older file and one with escaped text are searched too (through the full parse).
    let v1 = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions/v1-session.json");
    fs::copy(v1, dir.path().join("old-v1.json")).unwrap();
    let pack = content::load_embedded().unwrap();
    let mut escaped = pim_sample::library_session(&pack, 3);
    escaped.decisions.push(pim_workshop::session::Decision {
        id: "D-777".into(),
        title: "R\u{e9}union \u{1b}[31m Tessa".into(),
        ..Default::default()
    });
    let json = String::from_utf8(storage::save::to_json_bytes(&escaped)).unwrap();
    let json = json.replace("Réunion", "R\\u00e9union");
    assert!(json.contains("R\\u00e9union"));
    fs::write(dir.path().join("escaped.json"), json).unwrap();
    let files = session_files(dir.path());
    let queries = [
        "protection",
        "PROTECTION monitoring",
        "réunion",
        "reunion",
        "الحماية",
        "переміщених",
        "東京",
        "Goma",
        "consent",
        "zzz-not-there",
        "a",
    ];
    for q in queries {
        let query = Query::new(q).unwrap();
        let found = search::search_all(&files, &query);
        assert!(found.unreadable.is_empty(), "{q}: {:?}", found.unreadable);
        let got: Vec<(PathBuf, Vec<String>)> = found
            .sessions
            .iter()
            .map(|s| {
                let texts = s.hits.iter().map(|h| h.matched.clone()).collect();
                (s.path.clone(), texts)
            })
            .collect();
        let want = naive(&files, q);
        assert_eq!(
            got.iter().map(|(p, t)| (p, t.len())).collect::<Vec<_>>(),
            want.iter().map(|(p, t)| (p, t.len())).collect::<Vec<_>>(),
            "{q}"
        );
        // Each match is the query, folded, in the text it came from.
        for (_, texts) in &got {
            for t in texts {
                assert_eq!(fold(t), query.folded(), "{q}: {t}");
            }
        }
        if q == "zzz-not-there" {
            assert!(got.is_empty());
        } else if q != "a" {
            assert!(!got.is_empty(), "{q} finds something in the sample library");
        }
    }
}

#[test]
fn case_and_accents_do_not_count_and_any_script_is_found() {
    let pack = content::load_embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut s = pim_sample::library_session(&pack, 1);
    s.title = "Évaluation Kalma".into();
    s.decisions.clear();
    s.parking_lot.push(pim_workshop::session::ParkingItem {
        id: "P-90".into(),
        text:
            "ÉVALUATION des besoins — تقييم أوضاع الأُسَر — گزارش كودكان — 東京の避難所 — Переміщених"
                .into(),
        ..Default::default()
    });
    let path = dir.path().join("s.json");
    fs::write(&path, storage::save::to_json_bytes(&s)).unwrap();
    for (query, matched) in [
        ("evaluation", "ÉVALUATION"),
        ("Évaluation", "ÉVALUATION"),
        ("EVALUATION DES", "ÉVALUATION des"),
        ("الاسر", "الأُسَر"),
        ("کودکان", "كودكان"),
        ("避難所", "避難所"),
        ("переміщених", "Переміщених"),
    ] {
        let found = search::search_all(std::slice::from_ref(&path), &Query::new(query).unwrap());
        let session = &found.sessions[0];
        assert_eq!(session.title, "Évaluation Kalma");
        let hit = session
            .hits
            .iter()
            .find(|h| h.place.record_id() == Some("P-90"))
            .unwrap_or_else(|| panic!("{query}"));
        assert_eq!(hit.matched, matched, "{query}");
        assert_eq!(hit.place.kind(), "parking");
    }
}

#[test]
fn snippets_never_carry_a_terminal_escape() {
    let pack = content::load_embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut s = pim_sample::library_session(&pack, 2);
    s.risks.push(pim_workshop::session::Risk {
        id: "R-66".into(),
        description: "before \u{1b}]0;owned\u{7} \u{202e}Tessa road\u{202c} \u{1b}[2J after".into(),
        likelihood: 2,
        impact: 2,
        ..Default::default()
    });
    let path = dir.path().join("hostile.json");
    fs::write(&path, storage::save::to_json_bytes(&s)).unwrap();
    let found = search::search_all(&[path], &Query::new("tessa road").unwrap());
    let hit = &found.sessions[0].hits[0];
    let snippet = hit.snippet();
    assert!(snippet.contains("Tessa road"), "{snippet}");
    assert!(
        !snippet
            .chars()
            .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
        "{snippet:?}"
    );
}
