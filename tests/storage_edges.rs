//! Storage at the edges: one writer per file however it is reached (symlink, hard link, deleted lock),
//! saving through a symlink, names at the 255-byte limit, and never losing text someone else saved.

mod support;

use std::fs;
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use pim_workshop::session::Session;
use pim_workshop::storage::{
    self, AutosaveTiming, Autosaver, BackupPolicy, LockError, MAX_NAME_BYTES, SaveReport,
    SessionLock, SessionWriter, Written, backup_path, load_session, lock_path, restore_backup,
    save_session,
};

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn sample(title: &str) -> Session {
    support::fixtures::fresh_session(
        title,
        "full-process",
        "amina",
        t("2024-03-01T09:00:00+03:00"),
    )
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[cfg(unix)]
#[test]
fn a_symlink_leads_to_the_same_lock_and_saving_through_it_updates_the_target() {
    let tmp = tempfile::tempdir().unwrap();
    let real_dir = tmp.path().join("encrypted");
    fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("camp.json");
    save_session(&real, &sample("Camp")).unwrap();
    let link = tmp.path().join("camp-link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    let held = SessionLock::acquire(&real).unwrap();
    assert!(
        matches!(SessionLock::acquire(&link), Err(LockError::Held(_))),
        "a second writer through the link must be refused"
    );
    assert_eq!(lock_path(&link), lock_path(&real));
    assert_eq!(
        lock_path(&real).parent().unwrap(),
        real_dir.canonicalize().unwrap()
    );
    drop(held);

    // Saving through the link: the target gets the text, the link stays a link.
    let _lock = SessionLock::acquire(&link).unwrap();
    save_session(&link, &sample("Camp, through the link")).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        load_session(&real).unwrap().session.title,
        "Camp, through the link"
    );
    // The backup sits beside the real file, where restoring through the link finds it.
    assert!(backup_path(&real).exists());
    assert_eq!(backup_path(&link), backup_path(&real));
    let restored = restore_backup(&link).unwrap();
    assert_eq!(restored.session.title, "Camp");
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // Nothing was written in the link's folder but the link itself.
    assert_eq!(names(tmp.path()), ["camp-link.json", "encrypted"]);
}

#[cfg(unix)]
#[test]
fn a_hard_link_is_the_same_file_and_its_second_writer_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a.json");
    save_session(&a, &sample("A")).unwrap();
    let other_dir = tmp.path().join("other");
    fs::create_dir(&other_dir).unwrap();
    let b = other_dir.join("b.json");
    fs::hard_link(&a, &b).unwrap();

    let lock = SessionLock::acquire(&a).unwrap();
    assert!(
        matches!(SessionLock::acquire(&b), Err(LockError::Held(_))),
        "a second writer through a hard link must be refused"
    );
    // After a save (a new file replaces the old), a hard link made to the new file is refused too.
    let mut writer = SessionWriter::new(lock);
    assert_eq!(writer.save(&sample("A2"), true).unwrap(), Written::InPlace);
    let c = other_dir.join("c.json");
    fs::hard_link(&a, &c).unwrap();
    assert!(matches!(SessionLock::acquire(&c), Err(LockError::Held(_))));
    drop(writer);
    SessionLock::acquire(&c).unwrap();
}

#[test]
fn a_deleted_lock_is_taken_again_and_nobody_else_gets_in() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    save_session(&path, &sample("S")).unwrap();
    let mut writer = SessionWriter::new(SessionLock::acquire(&path).unwrap());
    fs::remove_file(lock_path(&path)).unwrap();
    // Another instance now finds no lock file; on Unix the file itself is still held.
    #[cfg(unix)]
    assert!(matches!(
        SessionLock::acquire(&path),
        Err(LockError::Held(_))
    ));
    // The holder's next save re-creates its lock and saves in place (nobody else wrote).
    assert_eq!(writer.save(&sample("S2"), false).unwrap(), Written::InPlace);
    assert!(lock_path(&path).exists());
    assert!(matches!(
        SessionLock::acquire(&path),
        Err(LockError::Held(_))
    ));
    assert_eq!(load_session(&path).unwrap().session.title, "S2");
}

#[test]
fn text_someone_else_saved_after_the_lock_went_is_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    save_session(&path, &sample("S")).unwrap();
    let lock = SessionLock::acquire(&path).unwrap();
    let mut mine = sample("S");
    mine.title = "first writer's acknowledged text".into();
    let saver = Autosaver::for_writer(
        SessionWriter::new(lock),
        BackupPolicy::EverySave,
        AutosaveTiming::default(),
    );
    saver.submit(&mine);
    assert!(matches!(saver.flush(), Some(SaveReport::Saved { .. })));

    // The lock file is deleted and another program writes the file.
    fs::remove_file(lock_path(&path)).unwrap();
    let mut theirs = sample("S");
    theirs.title = "second writer's text".into();
    fs::write(&path, storage::save::to_json_bytes(&theirs)).unwrap();

    mine.title = "first writer's acknowledged text, and more".into();
    saver.submit(&mine);
    let Some(SaveReport::Moved { from, to, .. }) = saver.flush() else {
        panic!("the first writer must keep both versions");
    };
    assert_eq!(from, storage::real_path(&path));
    // Theirs stays, ours is in the new file, and later saves go there.
    assert_eq!(
        load_session(&path).unwrap().session.title,
        "second writer's text"
    );
    assert_eq!(load_session(&to).unwrap().session.title, mine.title);
    mine.title = "still more".into();
    saver.submit(&mine);
    assert!(matches!(saver.flush(), Some(SaveReport::Saved { .. })));
    assert_eq!(load_session(&to).unwrap().session.title, "still more");
    assert_eq!(
        load_session(&path).unwrap().session.title,
        "second writer's text"
    );
    // The first writer's acknowledged text is in the backup of its own file, never lost.
    let bak = load_session(&backup_path(&to)).unwrap().session.title;
    assert!(bak.starts_with("first writer's acknowledged text"), "{bak}");
}

#[test]
fn names_of_255_bytes_save_back_up_lock_and_restore() {
    let tmp = tempfile::tempdir().unwrap();
    // 250 bytes of two-byte letters, then ".json": 255 bytes, the longest name there is.
    let name = format!("{}.json", "é".repeat(125));
    assert_eq!(name.len(), MAX_NAME_BYTES);
    let path = tmp.path().join(&name);
    save_session(&path, &sample("Long")).unwrap();
    let lock = SessionLock::acquire(&path).unwrap();
    assert!(lock.path().file_name().unwrap().len() <= MAX_NAME_BYTES);
    assert!(matches!(
        SessionLock::acquire(&path),
        Err(LockError::Held(_))
    ));
    let mut writer = SessionWriter::new(lock);
    writer.save(&sample("Long, again"), true).unwrap();
    assert_eq!(load_session(&path).unwrap().session.title, "Long, again");
    let bak = backup_path(&path);
    assert!(bak.exists() && bak.file_name().unwrap().len() <= MAX_NAME_BYTES);
    assert_eq!(restore_backup(&path).unwrap().session.title, "Long");
    for n in names(tmp.path()) {
        assert!(n.len() <= MAX_NAME_BYTES, "{n}");
        assert!(!n.contains(".tmp-"), "temp left: {n}");
    }
    // Two long names sharing their first 250 bytes get different locks.
    let other = tmp.path().join(format!("{}x.json", "é".repeat(124)));
    save_session(&other, &sample("Other")).unwrap();
    assert_ne!(lock_path(&other), lock_path(&path));
    SessionLock::acquire(&other).unwrap();
}

#[test]
fn a_too_long_name_is_shortened_at_creation() {
    let tmp = tempfile::tempdir().unwrap();
    let long = format!("{}.json", "ب".repeat(200)); // 405 bytes
    let p = storage::names::create_named(tmp.path(), &long, &sample("B")).unwrap();
    let n = p.file_name().unwrap().to_str().unwrap();
    assert!(
        n.len() <= storage::names::MAX_NEW_NAME_BYTES && n.ends_with(".json"),
        "{n}"
    );
    let again = storage::names::create_named(tmp.path(), &long, &sample("B")).unwrap();
    assert_ne!(p, again);
    assert!(again.to_str().unwrap().ends_with("-2.json"));
}

#[test]
fn titles_need_a_visible_character() {
    use pim_workshop::session::{TitleProblem, check_title};
    for title in [
        "\u{feff}",
        "\u{200b}\u{200b}",
        " \u{feff} \u{200d} ",
        "\u{2066}\u{2069}\u{200e}",
        "\u{e0041}\u{fe0f}",
    ] {
        assert_eq!(
            check_title(title),
            Err(TitleProblem::Invisible),
            "{title:?}"
        );
    }
    assert_eq!(check_title("   "), Err(TitleProblem::Empty));
    assert_eq!(check_title(" \u{feff}Kalma "), Ok("\u{feff}Kalma"));
    assert_eq!(check_title("كلمة"), Ok("كلمة"));
    // The command line says so in a sentence and creates nothing.
    let tmp = tempfile::tempdir().unwrap();
    let o = support::bin::bin()
        .arg("--data-dir")
        .arg(tmp.path())
        .args([
            "new",
            "--template",
            "full-process",
            "--title",
            "\u{feff}\u{200b}",
            "--no-open",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no visible letter"), "{err}");
    assert!(
        !tmp.path().join("sessions").exists() || names(&tmp.path().join("sessions")).is_empty()
    );
}

#[test]
fn group_file_names_always_keep_their_group_number() {
    let plenary = sample(&"A very long plenary title about Kalma ".repeat(6));
    let groups = pim_workshop::session::breakout::split(
        &plenary,
        12,
        &[],
        t("2024-03-01T09:00:00+03:00"),
        "amina",
    );
    let names: Vec<String> = groups.iter().map(storage::file_name_for).collect();
    for (n, name) in names.iter().enumerate() {
        assert!(
            name.contains(&format!("group-{}-2024-03-01", n + 1)),
            "{name}"
        );
        assert!(name.starts_with("a-very-long-plenary"), "{name}");
    }
    let distinct: std::collections::BTreeSet<&String> = names.iter().collect();
    assert_eq!(distinct.len(), 12);
}

#[test]
fn stale_temps_beside_a_session_anywhere_go_when_it_is_opened() {
    let tmp = tempfile::tempdir().unwrap();
    let elsewhere = tmp.path().join("usb-stick");
    fs::create_dir(&elsewhere).unwrap();
    let path = elsewhere.join("s.json");
    save_session(&path, &sample("S")).unwrap();
    // Left by a crashed save (its process is gone), and someone's notes that only look alike.
    fs::write(elsewhere.join(".s.json.tmp-999999999-0"), "text").unwrap();
    fs::write(elsewhere.join("s.json.tmp-1-1"), "notes").unwrap();
    let _lock = SessionLock::acquire(&path).unwrap();
    assert_eq!(
        names(&elsewhere),
        ["s.json", "s.json.lock", "s.json.tmp-1-1"]
    );
}

#[test]
fn a_saver_that_stops_on_a_failure_gives_back_what_it_could_not_save() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("gone").join("s.json");
    let saver = Autosaver::start(&path);
    saver.submit(&sample("typed but not saved"));
    let (report, unsaved) = saver.stop_keeping_unsaved();
    assert!(
        matches!(report, Some(SaveReport::Failed { .. })),
        "{report:?}"
    );
    assert_eq!(unsaved.unwrap().title, "typed but not saved");
}

/// The first background save of a sitting keeps the file exactly as it was opened as `.bak` (copied
/// as it is, not read whole and checked again), and later saves leave that backup alone.
#[test]
fn the_first_save_through_the_writer_keeps_the_file_as_opened() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    save_session(&path, &sample("as opened")).unwrap();
    let opened = fs::read(&path).unwrap();
    let saver = Autosaver::for_writer(
        SessionWriter::new(SessionLock::acquire(&path).unwrap()),
        BackupPolicy::FirstSaveOnly,
        AutosaveTiming::default(),
    );
    for title in ["typed once", "typed twice"] {
        saver.submit(&sample(title));
        assert!(matches!(saver.flush(), Some(SaveReport::Saved { .. })));
        assert_eq!(fs::read(backup_path(&path)).unwrap(), opened);
        assert_eq!(load_session(&path).unwrap().session.title, title);
    }
}
