//! The background saver: bursts coalesce into one save, continuous typing still saves, and
//! `flush_and_stop` leaves the last snapshot on disk.

use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant};

use chrono::DateTime;
use pim_workshop::session::{ContentRef, Session};
use pim_workshop::storage::{
    AutosaveTiming, Autosaver, BackupPolicy, SaveReport, backup_path, load_session,
};

fn session() -> Session {
    let t = DateTime::parse_from_rfc3339("2024-03-01T09:00:00+03:00").unwrap();
    Session::new("x", "full", ContentRef::default(), "a", t)
}

fn typed(s: &mut Session, i: usize) {
    let t = DateTime::parse_from_rfc3339("2024-03-01T10:00:00+03:00").unwrap();
    s.set_answer("a", "a.q", &"x".repeat(i + 1), t, "a");
}

fn wait_for_report(saver: &Autosaver, within: Duration) -> Option<SaveReport> {
    let end = Instant::now() + within;
    while Instant::now() < end {
        if let Some(r) = saver.try_status() {
            return Some(r);
        }
        sleep(Duration::from_millis(10));
    }
    None
}

#[test]
fn burst_coalesces_into_one_save() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    let saver = Autosaver::start(&path);
    let mut s = session();
    let mut last = 0;
    for i in 0..50 {
        typed(&mut s, i);
        last = saver.submit(&s);
    }
    assert_eq!(last, 50);
    match wait_for_report(&saver, Duration::from_secs(10)) {
        Some(SaveReport::Saved { generation, .. }) => assert_eq!(generation, 50),
        other => panic!("{other:?}"),
    }
    assert_eq!(load_session(&path).unwrap().session, s);
    // One save only: a second save would have backed up the first one.
    assert!(!backup_path(&path).exists());
    assert_eq!(saver.try_status(), None);
    drop(saver);
}

#[test]
fn continuous_typing_still_saves() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    let timing = AutosaveTiming {
        quiet: Duration::from_millis(300),
        max_delay: Duration::from_millis(500),
        retry: Duration::from_secs(2),
    };
    let saver = Autosaver::with_options(&path, BackupPolicy::EverySave, timing);
    let mut s = session();
    let mut saw_save = false;
    let start = Instant::now();
    let mut i = 0;
    // Keystrokes every 50 ms (never a 300 ms pause) for up to 5 s.
    while start.elapsed() < Duration::from_secs(5) && !saw_save {
        typed(&mut s, i);
        saver.submit(&s);
        i += 1;
        sleep(Duration::from_millis(50));
        saw_save = matches!(saver.try_status(), Some(SaveReport::Saved { .. }));
    }
    assert!(saw_save, "no save during continuous typing");
    let last = saver.flush_and_stop();
    assert!(matches!(last, Some(SaveReport::Saved { generation, .. }) if generation == i as u64));
    assert_eq!(load_session(&path).unwrap().session, s);
}

#[test]
fn flush_and_stop_writes_the_last_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    let slow = AutosaveTiming {
        quiet: Duration::from_secs(60),
        max_delay: Duration::from_secs(60),
        retry: Duration::from_secs(60),
    };
    let saver = Autosaver::with_options(&path, BackupPolicy::FirstSaveOnly, slow);
    let mut s = session();
    for i in 0..10 {
        typed(&mut s, i);
        saver.submit(&s);
    }
    let handle = saver.handle();
    assert_eq!(handle.last_generation(), 10);
    let flushed = handle.flush();
    assert!(matches!(
        flushed,
        Some(SaveReport::Saved { generation: 10, .. })
    ));
    typed(&mut s, 99);
    saver.submit(&s);
    let report = saver.flush_and_stop();
    assert!(
        matches!(report, Some(SaveReport::Saved { generation: 11, .. })),
        "{report:?}"
    );
    assert_eq!(load_session(&path).unwrap().session, s);
    // FirstSaveOnly: the second save did not refresh the backup... there was none to keep at first.
    assert!(!backup_path(&path).exists());
    // The handle outlives the saver harmlessly.
    assert_eq!(handle.flush(), None);
}

#[test]
fn dropping_the_saver_saves_pending_work() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.json");
    let slow = AutosaveTiming {
        quiet: Duration::from_secs(60),
        max_delay: Duration::from_secs(60),
        retry: Duration::from_secs(60),
    };
    let saver = Autosaver::with_options(&path, BackupPolicy::EverySave, slow);
    let mut s = session();
    typed(&mut s, 3);
    saver.submit(&s);
    drop(saver);
    assert_eq!(load_session(&path).unwrap().session, s);
}

#[test]
fn failures_are_reported_as_sentences() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("missing-folder").join("s.json");
    let saver = Autosaver::start(&path);
    saver.submit(&session());
    match saver.flush() {
        Some(SaveReport::Failed { message, .. }) => {
            assert!(message.contains("still in memory"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        saver.try_status(),
        Some(SaveReport::Failed { .. })
    ));
    // Once the folder exists, the retry on stop succeeds.
    std::fs::create_dir(path.parent().unwrap()).unwrap();
    assert!(matches!(
        saver.flush_and_stop(),
        Some(SaveReport::Saved { generation: 1, .. })
    ));
    assert!(Path::new(&path).exists());
}
