//! The `check` and `restore` commands as library functions (the binary wires them into clap).

use std::fs;
use std::process::ExitCode;

use chrono::DateTime;
use pim_workshop::cli::session_cmds;
use pim_workshop::session::{ContentRef, Session};
use pim_workshop::storage::{SessionLock, backup_path, load_session, save_session};

fn session(answer: &str) -> Session {
    let t = DateTime::parse_from_rfc3339("2024-03-01T09:00:00+03:00").unwrap();
    let mut s = Session::new("x", "full", ContentRef::default(), "a", t);
    s.set_answer("a", "a.q", answer, t, "a");
    s
}

#[test]
fn check_exit_codes_and_no_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.json");
    save_session(&good, &session("one")).unwrap();
    assert_eq!(
        session_cmds::check(std::slice::from_ref(&good)),
        ExitCode::SUCCESS
    );
    let bad = tmp.path().join("bad.json");
    fs::write(&bad, "{").unwrap();
    assert_eq!(
        session_cmds::check(&[good.clone(), bad.clone()]),
        ExitCode::FAILURE
    );
    assert_eq!(
        session_cmds::check(&[tmp.path().join("missing.json")]),
        ExitCode::FAILURE
    );
    assert_eq!(session_cmds::check(&[]), ExitCode::FAILURE);
    let mut names: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["bad.json", "good.json"]);
}

#[test]
fn restore_swaps_and_refuses_when_locked() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    save_session(&path, &session("one")).unwrap();
    save_session(&path, &session("two")).unwrap();
    assert!(backup_path(&path).exists());

    let lock = SessionLock::acquire(&path).unwrap();
    assert_eq!(session_cmds::restore(&path).unwrap(), ExitCode::FAILURE);
    assert_eq!(
        load_session(&path).unwrap().session.answer_text("a", "a.q"),
        "two"
    );
    drop(lock);

    assert_eq!(session_cmds::restore(&path).unwrap(), ExitCode::SUCCESS);
    assert_eq!(
        load_session(&path).unwrap().session.answer_text("a", "a.q"),
        "one"
    );
    assert_eq!(
        load_session(&backup_path(&path))
            .unwrap()
            .session
            .answer_text("a", "a.q"),
        "two"
    );
}
