//! Conflict copies that sync engines leave: recognised by name (Dropbox/Nextcloud, Syncthing,
//! ownCloud, OneDrive with the original beside it), said on the library's row, and merged with the
//! existing merge — a group file's copy beside the group, a plenary's copy as "Conflict copy" bringing
//! only what differs — and a second merge changes nothing.

use pim_workshop::session::group_plan;
use pim_workshop::storage::conflict_copies::{Engine, conflict_copy_of};
use pim_workshop::storage::{self, groups};

fn never(_: &str) -> bool {
    false
}

#[test]
fn the_engines_names_are_recognised_with_their_original() {
    let cases = [
        (
            "amman-group-2-2026-12-01 (conflicted copy).json",
            "amman-group-2-2026-12-01.json",
            Engine::ConflictedCopy,
        ),
        (
            "amman-2026-12-01 (Hélène's conflicted copy 2026-12-01).json",
            "amman-2026-12-01.json",
            Engine::ConflictedCopy,
        ),
        (
            "amman-2026-12-01 (conflicted copy 2026-12-01 101530).json",
            "amman-2026-12-01.json",
            Engine::ConflictedCopy,
        ),
        (
            "amman-2026-12-01.sync-conflict-20261201-101530-7QKXJ2A.json",
            "amman-2026-12-01.json",
            Engine::Syncthing,
        ),
        (
            "amman-2026-12-01_conflict-20261201-101530.json",
            "amman-2026-12-01.json",
            Engine::OwnCloud,
        ),
    ];
    for (name, original, engine) in cases {
        let copy = conflict_copy_of(name, never).unwrap_or_else(|| panic!("{name} not seen"));
        assert_eq!(copy.original, original, "{name}");
        assert_eq!(copy.engine, engine, "{name}");
    }
}

#[test]
fn onedrive_copies_need_their_original_beside_them() {
    let beside = |n: &str| n == "amman-2026-12-01.json";
    let copy = conflict_copy_of("amman-2026-12-01-DESKTOP-4K2M.json", beside).unwrap();
    assert_eq!(copy.original, "amman-2026-12-01.json");
    assert_eq!(copy.engine, Engine::OneDrive);
    // Without the original, or with this program's own lower-case names and -2 suffixes: not a copy.
    assert_eq!(
        conflict_copy_of("amman-2026-12-01-DESKTOP-4K2M.json", never),
        None
    );
    for name in [
        "amman-2026-12-01.json",
        "amman-2026-12-01-2.json",
        "amman-group-2-2026-12-01.json",
        "amman-2026-12-01-kept.json",
        "conflicted copy.json",
        "(conflicted copy).json",
        "",
    ] {
        assert_eq!(conflict_copy_of(name, |_| true), None, "{name}");
    }
}

#[test]
fn the_library_says_so_and_the_merge_brings_a_copy_in_once() {
    let dir = tempfile::tempdir().unwrap();
    let plenary = support_session(dir.path());
    let plan = group_plan::plan(2, &[], Vec::new(), &[], "");
    let now = chrono::Local::now().fixed_offset();
    let files = groups::split_files(&plenary, &plan, &["define-purpose".into()], now, "F").unwrap();
    // Group 2 answered on two laptops: the sync engine kept both.
    let mut g = storage::load_session(&files[1]).unwrap().session;
    g.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "Laptop A",
        now,
        "G2",
    );
    storage::save_session(&files[1], &g).unwrap();
    let name = files[1]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .replace(".json", "");
    let copy_path = dir
        .path()
        .join(format!("{name} (conflicted copy 2026-12-01).json"));
    g.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "Laptop B",
        now,
        "G2",
    );
    storage::save_session(&copy_path, &g).unwrap();
    // A copy of the plenary itself, with one answer the plenary lacks.
    let mut p = storage::load_session(&plenary).unwrap().session;
    p.set_answer(
        "define-purpose",
        "define-purpose.who-decides",
        "The SAG",
        now,
        "F",
    );
    let plenary_name = plenary
        .file_name()
        .unwrap()
        .to_string_lossy()
        .replace(".json", "");
    let plenary_copy = dir.path().join(format!(
        "{plenary_name}.sync-conflict-20261201-1015-AB.json"
    ));
    storage::save_session(&plenary_copy, &p).unwrap();

    match storage::library::read_entry(&copy_path, now) {
        storage::LibraryEntry::Ok(s) => assert!(
            s.warnings
                .iter()
                .any(|w| w.contains("conflict copy of") && w.contains("J")),
            "{:?}",
            s.warnings
        ),
        other => panic!("{other:?}"),
    }
    let found: Vec<_> = groups::group_files(dir.path(), &p.id)
        .into_iter()
        .map(|(path, _)| path)
        .collect();
    assert!(
        found.contains(&copy_path) && found.contains(&plenary_copy),
        "{found:?}"
    );

    let outcomes = groups::merge_files(&plenary, &found, now, "F").unwrap();
    for (path, o) in &outcomes {
        assert!(
            matches!(o, groups::GroupOutcome::Merged(_)),
            "{path:?}: {o:?}"
        );
    }
    let merged = storage::load_session(&plenary).unwrap().session;
    let answers: Vec<(&str, &str)> =
        merged.breakout.answers["define-purpose/define-purpose.decisions"]
            .iter()
            .map(|a| (a.group.as_str(), a.text.as_str()))
            .collect();
    assert_eq!(
        answers,
        [
            ("Group 2", "Laptop A"),
            ("Group 2 (conflict copy)", "Laptop B")
        ]
    );
    let from_copy = &merged.breakout.answers["define-purpose/define-purpose.who-decides"];
    assert_eq!(
        (
            from_copy.len(),
            from_copy[0].group.as_str(),
            from_copy[0].text.as_str()
        ),
        (1, "Conflict copy", "The SAG")
    );
    // Merging everything again changes nothing: the copy and the group never overwrite each other.
    let again = groups::merge_files(&plenary, &found, now, "F").unwrap();
    for (_, o) in &again {
        if let groups::GroupOutcome::Merged(r) = o {
            assert!(!r.changed(), "{}", r.summary());
        }
    }
    assert_eq!(storage::load_session(&plenary).unwrap().session, merged);
}

fn support_session(dir: &std::path::Path) -> std::path::PathBuf {
    let s = pim_workshop::session::Session::new(
        "Amman",
        "pim-training",
        Default::default(),
        "F",
        chrono::Local::now().fixed_offset(),
    );
    storage::create_session_file(dir, &s).unwrap()
}
