//! The session lock: held in this process, held by another process (which is then killed: the kernel
//! releases the lock), and released on drop.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use pim_workshop::storage::{LockError, SessionLock, lock_path};

const HELPER_ENV: &str = "PIM_WORKSHOP_LOCK_HELPER";

#[test]
fn second_acquire_fails_with_holder_then_succeeds_after_drop() {
    let tmp = tempfile::tempdir().unwrap();
    let session = tmp.path().join("s.json");
    let lock = SessionLock::acquire(&session).unwrap();
    assert_eq!(lock.path(), lock_path(&session));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(lock.path()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    match SessionLock::acquire(&session) {
        Err(LockError::Held(info)) => {
            assert_eq!(info.pid, std::process::id());
            let msg = LockError::Held(info).to_string();
            assert!(
                msg.starts_with("This session is open in another pim-workshop ("),
                "{msg}"
            );
            assert!(
                msg.contains(&format!("pid {}", std::process::id())),
                "{msg}"
            );
            assert!(msg.contains("since "), "{msg}");
        }
        other => panic!("expected Held, got {other:?}"),
    }
    assert_eq!(
        SessionLock::holder(&session).unwrap().pid,
        std::process::id()
    );
    drop(lock);
    assert_eq!(SessionLock::holder(&session), None);
    let again = SessionLock::acquire(&session).unwrap();
    drop(again);
}

/// Not a real test: the body run by the child process of `lock_released_when_holder_is_killed`.
#[test]
#[ignore = "helper run as a child process"]
fn lock_helper_child() {
    let Ok(path) = std::env::var(HELPER_ENV) else {
        return;
    };
    let _lock = SessionLock::acquire(Path::new(&path)).unwrap();
    println!("LOCKED");
    std::thread::sleep(std::time::Duration::from_secs(120));
}

#[test]
fn lock_released_when_holder_is_killed() {
    let tmp = tempfile::tempdir().unwrap();
    let session = tmp.path().join("s.json");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "lock_helper_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HELPER_ENV, &session)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        if out.read_line(&mut line).unwrap() == 0 {
            let _ = child.kill();
            panic!("helper ended without locking");
        }
        if line.contains("LOCKED") {
            break;
        }
    }
    match SessionLock::acquire(&session) {
        Err(LockError::Held(info)) => assert_eq!(info.pid, child.id()),
        other => {
            let _ = child.kill();
            panic!("expected Held by the child, got {other:?}");
        }
    }
    child.kill().unwrap(); // SIGKILL: no clean-up in the child
    child.wait().unwrap();
    let lock = SessionLock::acquire(&session).expect("a killed holder must not block");
    drop(lock);
}
