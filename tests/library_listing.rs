//! The library's summary pass (`storage::skim`, on every core) against the full parse: the same rows
//! on the sample library and on broken, old, odd and warned-about files; never a stale row.

use std::fs;
use std::path::{Path, PathBuf};

use pim_workshop::content::{self, Pack};
use pim_workshop::storage::library::{LibraryEntry, SessionSummary, session_progress};
use pim_workshop::storage::{self, load};

/// The row as a full parse gives it: every field of the file built, then summarised.
fn full_parse_entry(path: &Path, pack: Option<&Pack>) -> LibraryEntry {
    let now = chrono::Local::now().fixed_offset();
    let parsed = load::read_limited(path).and_then(|b| load::parse_session(path, &b, now));
    match parsed {
        Ok(p) => {
            let s = p.session;
            let progress = session_progress(&s, pack);
            let mut warnings = p.warnings;
            warnings.extend(storage::permission_issue(path));
            LibraryEntry::Ok(SessionSummary {
                path: path.to_path_buf(),
                title: s.title.clone(),
                template: s.template.clone(),
                operation: s.context.operation.clone(),
                facilitator: s.facilitator.clone(),
                updated: s.updated,
                done: progress.finished(),
                total_known: progress.total,
                decisions: s.decisions.len(),
                open_actions: s.open_action_count(),
                overdue_actions: s.overdue_actions(now.date_naive()).len(),
                needs_migration: p.migrated_from,
                warnings,
            })
        }
        Err(e) => LibraryEntry::Err {
            path: path.to_path_buf(),
            message: e.to_string(),
        },
    }
}

/// A folder with `n` sample sessions and the odd files a shared drive collects.
fn library(n: usize) -> (tempfile::TempDir, Pack) {
    let pack = content::load_embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    pim_sample::write_library(&pack, dir.path(), n).unwrap();
    let d = dir.path();
    fs::write(
        d.join("broken-syntax.json"),
        b"{\"schema_version\": 2, \"title\": ",
    )
    .unwrap();
    fs::write(d.join("not-json.json"), b"hello").unwrap();
    fs::write(d.join("empty.json"), b"").unwrap();
    fs::write(d.join("array.json"), b"[1, 2]").unwrap();
    fs::write(d.join("too-new.json"), b"{\"schema_version\": 99}").unwrap();
    fs::write(d.join("no-version.json"), b"{\"title\": \"x\"}").unwrap();
    fs::write(
        d.join("bad-utf8.json"),
        b"{\"schema_version\": 2, \"title\": \"\xff\"}",
    )
    .unwrap();
    let v1 = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions/v1-session.json");
    fs::write(d.join("old-v1.json"), fs::read(v1).unwrap()).unwrap();
    // A current file the checks warn about: scores out of range, ids twice, a missing supersession.
    let mut odd = pim_sample::library_session(&pack, 7);
    odd.id.clear();
    if let Some(r) = odd.risks.first_mut() {
        r.likelihood = 9;
    }
    let first = odd.decisions.first().cloned();
    if let Some(d) = first {
        odd.decisions.push(d);
    }
    odd.actions.push(pim_workshop::session::ActionItem {
        id: "A-900".into(),
        decisions: vec!["D-404".into()],
        due: chrono::NaiveDate::from_ymd_opt(2020, 1, 1),
        ..Default::default()
    });
    let mut bytes = storage::save::to_json_bytes(&odd);
    bytes.splice(0..0, b"\xEF\xBB\xBF".iter().copied());
    fs::write(d.join("warned-with-bom.json"), bytes).unwrap();
    (dir, pack)
}

fn by_path(mut entries: Vec<LibraryEntry>) -> Vec<LibraryEntry> {
    entries.sort_by(|a, b| a.path().cmp(b.path()));
    entries
}

#[test]
fn the_summary_pass_gives_the_rows_of_a_full_parse() {
    let (dir, pack) = library(240);
    let files = storage::library::session_files(dir.path());
    assert_eq!(files.len(), 249);
    for pack in [None, Some(&pack)] {
        let listed = by_path(storage::scan_dir_with(dir.path(), pack));
        let full: Vec<LibraryEntry> = files.iter().map(|p| full_parse_entry(p, pack)).collect();
        let full = by_path(full);
        assert_eq!(listed.len(), full.len());
        for (a, b) in listed.iter().zip(&full) {
            assert_eq!(a, b, "{}", a.path().display());
        }
    }
    // The odd files are really there, broken or warned about, not hidden.
    let listed = storage::scan_dir(dir.path());
    let broken = listed
        .iter()
        .filter(|e| matches!(e, LibraryEntry::Err { .. }))
        .count();
    assert_eq!(broken, 7);
    let warned = listed.iter().find_map(|e| match e {
        LibraryEntry::Ok(s) if s.path.ends_with("warned-with-bom.json") => Some(s),
        _ => None,
    });
    let warned = warned.expect("the warned-about file is listed");
    assert!(warned.warnings.len() >= 4, "{:?}", warned.warnings);
    assert!(warned.overdue_actions >= 1);
    let old = listed.iter().find_map(|e| match e {
        LibraryEntry::Ok(s) if s.path.ends_with("old-v1.json") => Some(s),
        _ => None,
    });
    assert_eq!(old.and_then(|s| s.needs_migration), Some(1));
}

#[test]
fn the_listing_is_sorted_newest_first_like_before() {
    let (dir, _) = library(30);
    let listed = storage::scan_dir(dir.path());
    let updated: Vec<_> = listed
        .iter()
        .filter_map(|e| match e {
            LibraryEntry::Ok(s) => Some(s.updated),
            LibraryEntry::Err { .. } => None,
        })
        .collect();
    let mut sorted = updated.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(updated, sorted);
}

fn title_of(entries: &[LibraryEntry], path: &Path) -> Option<String> {
    entries.iter().find_map(|e| match e {
        LibraryEntry::Ok(s) if s.path == path => Some(s.title.clone()),
        _ => None,
    })
}

#[test]
fn a_file_changed_between_two_listings_is_never_shown_stale() {
    let pack = content::load_embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = pim_sample::write_library(&pack, dir.path(), 3).unwrap();
    let path = &paths[1];
    let first = storage::scan_dir(dir.path());
    let before = title_of(&first, path).unwrap();
    // Same size, same modification time, another title: what a cache keyed by (size, mtime) misses.
    let mtime = fs::metadata(path).unwrap().modified().unwrap();
    let text = fs::read_to_string(path).unwrap();
    let changed_title: String = before
        .chars()
        .map(|c| if c.is_ascii_digit() { 'X' } else { c })
        .collect();
    assert_ne!(changed_title, before);
    assert_eq!(changed_title.len(), before.len());
    let changed = text.replacen(
        &serde_json::to_string(&before).unwrap(),
        &serde_json::to_string(&changed_title).unwrap(),
        1,
    );
    assert_eq!(changed.len(), text.len());
    fs::write(path, &changed).unwrap();
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    assert_eq!(fs::metadata(path).unwrap().modified().unwrap(), mtime);
    let second = storage::scan_dir(dir.path());
    assert_eq!(title_of(&second, path), Some(changed_title));
    // Broken in between: listed with its reason, not with the last good row.
    fs::write(path, b"{ not json").unwrap();
    let third = storage::scan_dir(dir.path());
    assert!(
        third
            .iter()
            .any(|e| matches!(e, LibraryEntry::Err { path: p, .. } if p == path))
    );
}
