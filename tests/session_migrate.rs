//! Migration of the v1 fixture: in memory, with the original kept as `<file>.v1.bak` and never rewritten.

use std::fs;
use std::path::{Path, PathBuf};

use pim_workshop::session::{SCHEMA_VERSION, SubstepStatus, TimelineKind};
use pim_workshop::storage::{load_session, save_session};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions/v1-session.json")
}

fn fixture_bytes() -> Vec<u8> {
    fs::read(fixture()).unwrap()
}

#[test]
fn v1_fixture_migrates_with_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("camp.json");
    let original = fixture_bytes();
    fs::write(&path, &original).unwrap();

    let loaded = load_session(&path).unwrap();
    assert_eq!(loaded.migrated_from, Some(1));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let s = &loaded.session;
    assert_eq!(s.schema_version, SCHEMA_VERSION);
    let names: Vec<&str> = s.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Amina Yusuf", "Jean-Baptiste Kalonji", "Sara Haddad"]
    );
    let a = &s.substeps["define-purpose"].answers["define-purpose.target-group"];
    assert!(a.text.starts_with("Displaced families"));
    assert_eq!(a.at, s.updated);
    assert_eq!(a.by, "");
    assert_eq!(s.substeps["define-purpose"].status, SubstepStatus::Done);
    assert_eq!(
        s.substeps["data-review"].status,
        SubstepStatus::Skipped {
            reason: "Secondary data review done last month.".into()
        }
    );
    assert!(s.position.is_none());
    assert_eq!(s.timeline.last().unwrap().kind, TimelineKind::Migrated);

    // The original is kept, byte for byte, privately; the file itself is untouched.
    let backup = loaded.migration_backup.clone().unwrap();
    assert_eq!(backup, tmp.path().join("camp.json.v1.bak"));
    assert_eq!(fs::read(&backup).unwrap(), original);
    assert_eq!(fs::read(&path).unwrap(), original);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&backup).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    // Loading again reuses the same backup rather than piling up copies.
    let again = load_session(&path).unwrap();
    assert_eq!(again.migration_backup.as_deref(), Some(backup.as_path()));

    // Once saved, it is a current file and the v1 backup is still there.
    save_session(&path, &loaded.session).unwrap();
    let reloaded = load_session(&path).unwrap();
    assert_eq!(reloaded.migrated_from, None);
    assert_eq!(reloaded.session, loaded.session);
    assert_eq!(fs::read(&backup).unwrap(), original);
}

#[test]
fn a_different_original_gets_its_own_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("camp.json");
    fs::write(tmp.path().join("camp.json.v1.bak"), "something else").unwrap();
    fs::write(&path, fixture_bytes()).unwrap();
    let loaded = load_session(&path).unwrap();
    let backup = loaded.migration_backup.unwrap();
    assert_eq!(backup, tmp.path().join("camp.json.v1-2.bak"));
    assert_eq!(
        fs::read(tmp.path().join("camp.json.v1.bak")).unwrap(),
        b"something else"
    );
}

#[cfg(unix)]
#[test]
fn unwritable_folder_refuses_to_migrate() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ro");
    fs::create_dir(&dir).unwrap();
    let path = dir.join("camp.json");
    fs::write(&path, fixture_bytes()).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
    let result = load_session(&path);
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
    // Root can write anyway; only check the refusal when the folder really was read-only.
    if let Err(e) = result {
        let msg = e.to_string();
        assert!(
            msg.contains("could not keep a copy") && msg.contains("not changed"),
            "{msg}"
        );
    }
    assert_eq!(fs::read(&path).unwrap(), fixture_bytes());
}
