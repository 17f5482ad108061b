//! Loading untrusted files: BOM, size limit, JSON errors with positions, newer versions refused, semantic
//! checks, byte mutations that never panic nor change the file, `check_file` and the library scan.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::DateTime;
use pim_workshop::session::{ContentRef, SCHEMA_VERSION, Session};
use pim_workshop::storage::{
    self, LibraryEntry, LoadError, MAX_FILE_SIZE, Severity, check_file, load_session,
    parse_session, save_session,
};
use proptest::prelude::*;
use support::fixtures::names_in;

fn fixture_v1() -> Vec<u8> {
    fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions/v1-session.json"))
        .unwrap()
}

/// A realistic current-schema file: the v1 fixture, migrated.
fn valid_v2_bytes() -> Vec<u8> {
    let now = DateTime::parse_from_rfc3339("2024-03-02T08:00:00+03:00").unwrap();
    let parsed = parse_session(Path::new("fixture"), &fixture_v1(), now).unwrap();
    storage::save::to_json_bytes(&parsed.session)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn current_file_loads_without_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let p = write(tmp.path(), "s.json", &valid_v2_bytes());
    let l = load_session(&p).unwrap();
    assert_eq!(l.migrated_from, None);
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    assert_eq!(l.session.title, "Camp A protection monitoring review");
    assert_eq!(names_in(tmp.path()), ["s.json"]);
}

#[test]
fn bom_is_accepted() {
    let tmp = tempfile::tempdir().unwrap();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(valid_v2_bytes());
    let p = write(tmp.path(), "s.json", &bytes);
    assert!(load_session(&p).is_ok());
    assert!(
        check_file(&p)
            .iter()
            .all(|p| p.severity == Severity::Warning)
    );
}

#[test]
fn oversize_is_refused_before_reading() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("big.json");
    let f = fs::File::create(&p).unwrap();
    f.set_len(17 * 1024 * 1024).unwrap(); // sparse: no big write
    drop(f);
    let e = load_session(&p).unwrap_err();
    assert!(
        matches!(e, LoadError::TooLarge { size, limit, .. } if size == 17 * 1024 * 1024 && limit == MAX_FILE_SIZE)
    );
    let msg = e.to_string();
    assert!(
        msg.contains("17825792") && msg.contains("16777216"),
        "{msg}"
    );
    assert_eq!(fs::metadata(&p).unwrap().len(), 17 * 1024 * 1024);
    assert_eq!(names_in(tmp.path()), ["big.json"]);
}

#[test]
fn invalid_json_names_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let p = write(
        tmp.path(),
        "bad.json",
        b"{\n  \"schema_version\": 2,\n  \"title\": oops\n}\n",
    );
    let msg = load_session(&p).unwrap_err().to_string();
    let want = format!("{}:3:12: ", p.display());
    assert!(msg.starts_with(&want), "{msg}");
    assert!(!msg.contains(" at line "), "position given once: {msg}");
    let problems = check_file(&p);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].to_string().starts_with(&want));
}

#[test]
fn newer_version_is_refused_and_file_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let bytes = br#"{"schema_version": 3, "title": "from the future", "new_thing": [1]}"#;
    let p = write(tmp.path(), "new.json", bytes);
    let e = load_session(&p).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("was written by a newer pim-workshop (schema 3; this one reads up to 2): update pim-workshop to open it; the file was not changed"),
        "{msg}"
    );
    assert_eq!(fs::read(&p).unwrap(), bytes);
    assert_eq!(names_in(tmp.path()), ["new.json"]);
    assert_eq!(SCHEMA_VERSION, 2);
}

#[test]
fn missing_or_odd_schema_version_is_an_error() {
    for (bytes, needle) in [
        (&br#"{"title": "x"}"#[..], "no schema_version"),
        (br#"{"schema_version": "2"}"#, "not a version number"),
        (br#"{"schema_version": 0}"#, "not a version number"),
        (br#"{"schema_version": -1}"#, "not a version number"),
        (br#"[1, 2]"#, "not a JSON object"),
        (b"", "EOF"),
    ] {
        let msg = parse_session(
            Path::new("f.json"),
            bytes,
            chrono::Local::now().fixed_offset(),
        )
        .unwrap_err()
        .to_string();
        assert!(msg.contains(needle), "{msg}");
    }
}

#[test]
fn semantic_checks() {
    let mut v: serde_json::Value = serde_json::from_slice(&valid_v2_bytes()).unwrap();
    v["risks"][0]["likelihood"] = 9.into();
    v["risks"][0]["impact"] = 0.into();
    let dup = v["decisions"][0].clone();
    v["decisions"].as_array_mut().unwrap().push(dup);
    v["actions"][0]["decisions"] = serde_json::json!(["D-42"]);
    let bytes = serde_json::to_vec(&v).unwrap();
    let p = parse_session(
        Path::new("f.json"),
        &bytes,
        chrono::Local::now().fixed_offset(),
    )
    .unwrap();
    let w = p.warnings.join("\n");
    assert!(w.contains("likelihood 9 is outside 1–4"), "{w}");
    assert!(w.contains("impact 0 is outside 1–4"), "{w}");
    assert!(w.contains("decision id D-1 is used more than once"), "{w}");
    assert!(w.contains("D-42"), "{w}");
    assert_eq!(
        (p.session.risks[0].likelihood, p.session.risks[0].impact),
        (4, 1)
    );

    // Unknown status values and wrong types are errors.
    let mut v2 = v.clone();
    v2["actions"][0]["status"] = "maybe".into();
    let e = parse_session(
        Path::new("f.json"),
        &serde_json::to_vec(&v2).unwrap(),
        chrono::Local::now().fixed_offset(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("maybe"), "{e}");
    let mut v3 = v;
    v3["risks"][0]["likelihood"] = 300.into();
    assert!(
        parse_session(
            Path::new("f.json"),
            &serde_json::to_vec(&v3).unwrap(),
            chrono::Local::now().fixed_offset()
        )
        .is_err()
    );
}

#[test]
fn not_a_file_and_missing_file() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(matches!(
        load_session(tmp.path()),
        Err(LoadError::NotAFile { .. })
    ));
    let e = load_session(&tmp.path().join("missing.json")).unwrap_err();
    assert!(e.to_string().contains("could not read"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Any byte mutation or truncation of a valid file: the loader returns (never panics) and the file
    /// is left exactly as it was.
    #[test]
    fn mutated_files_never_panic_nor_change(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..6),
        cut in prop::option::of(any::<prop::sample::Index>()),
    ) {
        let mut bytes = valid_v2_bytes();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                2 => bytes.insert(i, byte),
                _ => bytes[i] = b"{}[]\",:0-\\"[byte as usize % 10],
            }
        }
        if let Some(c) = cut {
            bytes.truncate(c.index(bytes.len()));
        }
        let tmp = tempfile::tempdir().unwrap();
        let p = write(tmp.path(), "m.json", &bytes);
        let _ = load_session(&p);
        let _ = check_file(&p);
        let _ = storage::scan_dir(tmp.path());
        prop_assert_eq!(fs::read(&p).unwrap(), bytes);
    }

    /// Arbitrary bytes too.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = parse_session(Path::new("x.json"), &bytes, chrono::Local::now().fixed_offset());
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let mut s = String::from(r#"{"schema_version": 2, "x": "#);
    s.push_str(&"[".repeat(100_000));
    let e = parse_session(
        Path::new("deep.json"),
        s.as_bytes(),
        chrono::Local::now().fixed_offset(),
    );
    assert!(e.is_err());
}

#[test]
fn check_file_reports_and_never_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let good = write(tmp.path(), "good.json", &valid_v2_bytes());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&good, fs::Permissions::from_mode(0o600)).unwrap();
    }
    assert_eq!(check_file(&good), []);
    let old = write(tmp.path(), "old.json", &fixture_v1());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&old, fs::Permissions::from_mode(0o644)).unwrap();
    }
    let problems = check_file(&old);
    assert!(problems.iter().all(|p| p.severity == Severity::Warning));
    assert!(problems[0].to_string().starts_with(&format!(
        "{}: warning: uses the older schema 1",
        old.display()
    )));
    #[cfg(unix)]
    assert!(problems.iter().any(|p| p.message.contains("chmod 600")));
    let bad = write(tmp.path(), "bad.json", b"{\"schema_version\": 2,");
    let problems = check_file(&bad);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].severity, Severity::Error);
    assert_eq!(names_in(tmp.path()), ["bad.json", "good.json", "old.json"]);
}

#[test]
fn library_lists_sessions_and_broken_files_newest_first() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
    let mut older = Session::new(
        "Older",
        "quick",
        ContentRef::default(),
        "a",
        t("2024-01-01T09:00:00Z"),
    );
    older.set_substep_status(
        "define-purpose",
        pim_workshop::session::SubstepStatus::Done,
        t("2024-01-02T09:00:00Z"),
        "a",
    );
    older.set_answer(
        "data-review",
        "data-review.q",
        "x",
        t("2024-01-02T09:00:00Z"),
        "a",
    );
    let newer = Session::new(
        "Newer",
        "full",
        ContentRef::default(),
        "b",
        t("2024-06-01T09:00:00Z"),
    );
    save_session(&d.join("older.json"), &older).unwrap();
    save_session(&d.join("newer.json"), &newer).unwrap();
    save_session(&d.join("newer.json"), &newer).unwrap(); // makes a .bak
    write(d, "broken.json", b"{\"schema_version\": 2, \"title\": ");
    write(d, "old-format.json", &fixture_v1());
    write(d, "notes.txt", b"ignored");
    write(d, ".older.json.tmp-1-1", b"ignored");
    write(d, "newer.json.lock", b"");
    fs::create_dir(d.join("folder.json")).unwrap();

    let entries = storage::scan_dir(d);
    let names: Vec<String> = entries
        .iter()
        .map(|e| e.path().file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
    // broken.json has today's mtime, so it is newest.
    assert_eq!(
        names,
        ["broken.json", "newer.json", "old-format.json", "older.json"]
    );
    match &entries[0] {
        LibraryEntry::Err { message, .. } => assert!(message.contains("broken.json:1:")),
        other => panic!("{other:?}"),
    }
    match &entries[3] {
        LibraryEntry::Ok(s) => {
            assert_eq!((s.title.as_str(), s.done, s.total_known), ("Older", 1, 2));
            assert_eq!(s.facilitator, "a");
        }
        other => panic!("{other:?}"),
    }
    match &entries[2] {
        LibraryEntry::Ok(s) => {
            assert_eq!(s.needs_migration, Some(1));
            assert_eq!((s.decisions, s.open_actions), (1, 1));
            assert_eq!(s.operation, "North region response");
        }
        other => panic!("{other:?}"),
    }
    // Scanning wrote nothing (no migration backup).
    assert!(!d.join("old-format.json.v1.bak").exists());
    assert!(storage::scan_dir(&d.join("missing")).is_empty());
}
