//! Saving: file names that never escape the folder, collision-safe creation, atomic saves with no temp
//! left behind, private permissions, the `.bak` of the previous good version and restoring it.

mod support;

use std::fs;
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use pim_workshop::session::{ContentRef, Session, TimelineKind};
use pim_workshop::storage::{self, backup_path, load_session, restore_backup, save_session};
use proptest::prelude::*;
use support::fixtures::names_in;

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn sample(title: &str) -> Session {
    Session::new(
        title,
        "full-process",
        ContentRef::default(),
        "amina",
        t("2024-03-01T09:00:00+03:00"),
    )
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn create_names_and_collisions() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data").join("sessions");
    let s = sample("Camp A: protection review");
    let p1 = storage::create_session_file(&dir, &s).unwrap();
    let p2 = storage::create_session_file(&dir, &s).unwrap();
    let p3 = storage::create_session_file(&dir, &s).unwrap();
    assert_eq!(
        names_in(&dir),
        [
            "camp-a-protection-review-2024-03-01-2.json",
            "camp-a-protection-review-2024-03-01-3.json",
            "camp-a-protection-review-2024-03-01.json",
        ]
    );
    for p in [&p1, &p2, &p3] {
        assert_eq!(load_session(p).unwrap().session, s);
    }
    #[cfg(unix)]
    {
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&p1), 0o600);
    }
}

#[test]
fn hostile_titles_stay_in_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sessions");
    for title in [
        "../../etc/passwd",
        "/",
        "",
        "\0",
        "..",
        "a/../../b",
        "C:\\Windows\\x",
        "مخيم ٣",
        "🙂",
    ] {
        let p = storage::create_session_file(&dir, &sample(title)).unwrap();
        assert_eq!(p.parent().unwrap(), dir, "{title:?}");
    }
    assert!(names_in(tmp.path()) == ["sessions"]);
    assert!(
        names_in(&dir)
            .iter()
            .all(|n| n.ends_with(".json") && !n.starts_with('.'))
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Whatever the title, the file name is a slug (letters, digits and marks of any script, single
    /// dashes) and the date, inside the folder, with nothing Windows or a shell would trip on.
    #[test]
    fn names_never_escape(title in any::<String>()) {
        let name = storage::file_name_for(&sample(&title));
        prop_assert!(name.chars().count() <= storage::names::MAX_SLUG_LEN + 16);
        let stem = name.strip_suffix("-2024-03-01.json").unwrap();
        prop_assert!(!stem.is_empty());
        let plain = |c: char| {
            if c.is_ascii() {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
            } else {
                !c.is_whitespace() && !c.is_control()
            }
        };
        prop_assert!(stem.chars().all(plain), "{:?}", stem);
        prop_assert!(!stem.starts_with('-') && !stem.ends_with('-') && !stem.contains("--"));
        let joined = Path::new("/base").join(&name);
        prop_assert_eq!(joined.parent(), Some(Path::new("/base")));
    }
}

#[test]
fn save_is_atomic_private_and_leaves_no_temp() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    let mut s = sample("x");
    for i in 0..5 {
        s.set_answer(
            "a",
            "a.q",
            &format!("answer {i}"),
            t("2024-03-01T10:00:00+03:00"),
            "b",
        );
        save_session(&path, &s).unwrap();
    }
    assert_eq!(names_in(tmp.path()), ["s.json", "s.json.bak"]);
    assert_eq!(load_session(&path).unwrap().session, s);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("{\n  \"schema_version\": 2,") && text.ends_with("}\n"));
    #[cfg(unix)]
    {
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&backup_path(&path)), 0o600);
    }
}

#[test]
fn save_replaces_a_world_readable_file_with_a_private_one() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    fs::write(&path, "{}").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(
            storage::permission_warning(&path)
                .unwrap()
                .contains("chmod 600")
        );
    }
    save_session(&path, &sample("x")).unwrap();
    assert_eq!(storage::permission_warning(&path), None);
}

#[test]
fn backup_keeps_previous_good_version_and_restore_swaps() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    let bak = backup_path(&path);
    let mut v1 = sample("x");
    v1.set_answer("a", "a.q", "first", t("2024-03-01T10:00:00+03:00"), "b");
    save_session(&path, &v1).unwrap();
    assert!(!bak.exists(), "nothing to back up on the first save");
    let mut v2 = v1.clone();
    v2.set_answer("a", "a.q", "second", t("2024-03-01T11:00:00+03:00"), "b");
    save_session(&path, &v2).unwrap();
    assert_eq!(load_session(&bak).unwrap().session, v1);

    // Garbage on disk never replaces a good backup.
    fs::write(&path, b"{ truncated").unwrap();
    let mut v3 = v2.clone();
    v3.set_answer("a", "a.q", "third", t("2024-03-01T12:00:00+03:00"), "b");
    save_session(&path, &v3).unwrap();
    assert_eq!(load_session(&bak).unwrap().session, v1);

    // Restore brings the backup back, with a `restored` event; the replaced one becomes the backup.
    let r = restore_backup(&path).unwrap();
    assert_eq!(r.backup_updated, v1.updated);
    let now = load_session(&path).unwrap().session;
    assert_eq!(now.answer_text("a", "a.q"), "first");
    assert_eq!(now.timeline.last().unwrap().kind, TimelineKind::Restored);
    assert_eq!(load_session(&bak).unwrap().session, v3);
    // And again: reversible.
    restore_backup(&path).unwrap();
    assert_eq!(
        load_session(&path).unwrap().session.answer_text("a", "a.q"),
        "third"
    );
    assert_eq!(names_in(tmp.path()), ["s.json", "s.json.bak"]);
}

#[test]
fn restore_without_or_with_bad_backup_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    save_session(&path, &sample("x")).unwrap();
    let before = fs::read(&path).unwrap();
    let e = restore_backup(&path).unwrap_err();
    assert!(e.to_string().contains("no backup"), "{e}");
    fs::write(backup_path(&path), "not json").unwrap();
    let e = restore_backup(&path).unwrap_err();
    assert!(e.to_string().contains("not changed"), "{e}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn stale_temps_are_removed_but_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::write(d.join(".s.json.tmp-999999999-0"), "old text").unwrap();
    fs::write(d.join(".s.json.bak.tmp-999999998-3"), "old text").unwrap();
    let mine = format!(".s.json.tmp-{}-7", std::process::id());
    fs::write(d.join(&mine), "in progress").unwrap();
    for keep in ["s.json", ".hidden", "notes.tmp-1-1", ".s.json.tmp-abc-1"] {
        fs::write(d.join(keep), "x").unwrap();
    }
    let removed = storage::remove_stale_temps(d).unwrap();
    assert_eq!(removed.len(), 2);
    assert_eq!(
        names_in(d),
        [
            ".hidden",
            &mine,
            ".s.json.tmp-abc-1",
            "notes.tmp-1-1",
            "s.json"
        ]
    );
}

#[test]
fn save_into_missing_folder_fails_with_a_sentence() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("nope").join("s.json");
    let e = save_session(&path, &sample("x")).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("still in memory"), "{msg}");
}
