//! `--out` never replaces what it should not: an existing file only with `--force`, and never a
//! session file, its `.bak` or its lock (after which `restore` would have nothing to restore).

mod support;

use std::fs;
use std::path::Path;

use support::bin::{bin, stderr};

fn export(data: &Path, session: &Path, out: &Path, force: bool) -> std::process::Output {
    let mut cmd = bin();
    cmd.arg("--data-dir").arg(data).arg("export").arg(session);
    cmd.args(["--format", "md", "--out"]).arg(out);
    if force {
        cmd.arg("--force");
    }
    cmd.output().unwrap()
}

#[test]
fn out_refuses_existing_files_and_never_replaces_sessions_backups_or_locks() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let session = support::bin::new_session(&data, "needs-assessment-scoping", "Out");
    let other = support::bin::new_session(&data, "full-process", "Other");

    // A new file is written; the same again is refused, and with --force replaced.
    let out = tmp.path().join("report.md");
    assert!(export(&data, &session, &out, false).status.success());
    fs::write(&out, "my notes").unwrap();
    let o = export(&data, &session, &out, false);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("already exists") && stderr(&o).contains("--force"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "my notes");
    assert!(export(&data, &session, &out, true).status.success());
    assert_ne!(fs::read_to_string(&out).unwrap(), "my notes");

    // The session's backup: make one (a restore of nothing fails; a second save makes it).
    let bak = pim_workshop::storage::backup_path(&session);
    fs::copy(&session, &bak).unwrap();
    let lock = pim_workshop::storage::lock_path(&session);
    fs::write(&lock, "").unwrap();
    for (what, target) in [
        ("the session", session.as_path()),
        ("its backup", bak.as_path()),
        ("its lock", lock.as_path()),
        ("another session", other.as_path()),
    ] {
        let before = fs::read(target).unwrap();
        let o = export(&data, &session, target, true);
        assert_eq!(o.status.code(), Some(1), "{what}: {}", stderr(&o));
        assert_eq!(fs::read(target).unwrap(), before, "{what} was changed");
        assert!(
            stderr(&o).contains("never replaces") || stderr(&o).contains("session file"),
            "{what}: {}",
            stderr(&o)
        );
    }
    // The backup is still good: restore works.
    let o = bin().arg("restore").arg(&session).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}
