//! End-to-end, in a pseudo-terminal: live groups over a shared folder. A group saves its file and the
//! plenary's screen shows the new answer within 2 s, titled "Group 2 · updated …" — with the
//! system's file-change notification and with polling alone — without the plenary ever locking or
//! writing the group's file. And a read-only instance (lock screen → `o`, the co-facilitator's
//! screen) follows the session as the other instance changes it.
#![cfg(unix)]

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pim_workshop::session::group_plan;
use pim_workshop::storage;
use support::pty::PtyApp;

/// The first sub-step and prompt a new training session opens on.
fn first_prompt() -> (String, String) {
    let pack = support::fixtures::pack();
    let sub = pack.template_substeps("pim-training")[0].to_string();
    let prompt = pack.prompts_for("pim-training", &sub)[0].id.to_string();
    (sub, prompt)
}

/// A plenary and two group files split from it for its first sub-step.
fn plenary_with_groups(data: &Path) -> (PathBuf, Vec<PathBuf>) {
    let plenary = support::bin::new_session(data, "pim-training", "Live training");
    let (sub, _) = first_prompt();
    let plan = group_plan::plan(2, &[], Vec::new(), &[], "");
    let now = chrono::Local::now().fixed_offset();
    let groups = storage::groups::split_files(&plenary, &plan, &[sub], now, "Fac").unwrap();
    (plenary, groups)
}

/// The group writes its answer and saves, as its own pim-workshop would; returns when it was saved.
fn group_answers(path: &Path, text: &str) -> Instant {
    let (sub, prompt) = first_prompt();
    let mut g = storage::load_session(path).unwrap().session;
    g.set_answer(
        &sub,
        &prompt,
        text,
        chrono::Local::now().fixed_offset(),
        "Group 2",
    );
    storage::save_session(path, &g).unwrap();
    Instant::now()
}

/// `pim-workshop open PATH` in a `cols`×`rows` terminal, with `env`.
fn open(
    path: &Path,
    data: &Path,
    home: &Path,
    (cols, rows): (u16, u16),
    env: &[(&str, &str)],
) -> PtyApp {
    let mut env = env.to_vec();
    env.push(("HOME", home.to_str().unwrap()));
    PtyApp::spawn(&["open", path.to_str().unwrap()], data, cols, rows, &env)
}

/// Waits (up to 2 s after `since`) for the screen to show `text`; returns how long it took.
fn shown_within_2s(app: &PtyApp, text: &str, since: Instant) -> Duration {
    loop {
        let screen = app.screen_text();
        if screen.contains(text) {
            return since.elapsed();
        }
        assert!(
            since.elapsed() < Duration::from_secs(2),
            "{text:?} not shown within 2 s; screen was:\n{screen}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn live_answer_reaches_the_plenary(env: &[(&str, &str)]) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let (plenary, groups) = plenary_with_groups(&data);
    let mut app = open(&plenary, &data, tmp.path(), (140, 40), env);
    app.wait_for("sub-step 1 of");
    // Let the first read of the folder go by, then the group saves.
    std::thread::sleep(Duration::from_millis(300));
    let saved = group_answers(&groups[1], "Shelter winterisation first");
    let took = shown_within_2s(&app, "Shelter winterisation first", saved);
    let screen = app.screen_text();
    assert!(screen.contains("Group 2 · updated"), "{screen}");
    eprintln!("live answer shown {took:?} after the save ({env:?})");

    // A second change comes through too, in place of the first.
    let saved = group_answers(&groups[1], "Cash for winter, then shelter");
    shown_within_2s(&app, "Cash for winter, then shelter", saved);
    app.wait_until("the old answer to go", |s| {
        !s.contains("Shelter winterisation first")
    });

    // The plenary never locked or wrote the group's file.
    let before = std::fs::read(&groups[1]).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(std::fs::read(&groups[1]).unwrap(), before);
    assert!(
        !storage::lock_path(&groups[1]).exists(),
        "no lock beside the group file"
    );
    let p = storage::load_session(&plenary).unwrap().session;
    assert!(p.breakout.answers.is_empty(), "shown, not merged: J merges");
    app.send("\x03");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn a_group_answer_saved_on_disk_shows_in_the_plenary_within_2_s() {
    live_answer_reaches_the_plenary(&[]);
}

#[test]
fn polling_alone_brings_it_within_2_s_too() {
    live_answer_reaches_the_plenary(&[("PIM_WORKSHOP_WATCH", "poll")]);
}

#[test]
fn a_read_only_instance_follows_the_session_as_it_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let path = support::bin::new_session(&data, "needs-assessment-scoping", "Followed");
    // The first instance opens it and starts typing in the second prompt.
    let mut first = PtyApp::typing_in(&path, &data, tmp.path());
    // The co-facilitator's screen: the lock screen, then o.
    let mut second = open(&path, &data, tmp.path(), (160, 30), &[]);
    second.wait_for("open in another pim-workshop");
    second.send("o");
    second.wait_for("sub-step 1 of");
    second.send("j");
    first.send("Decided by the cluster lead");
    first.wait_for("✓ saved");
    let saved = Instant::now();
    shown_within_2s(&second, "Decided by the cluster lead", saved);
    // And again: it keeps following.
    first.send(", on Monday");
    first.wait_until("the save", |s| s.contains("✓ saved"));
    second.wait_for("cluster lead, on Monday");
    first.send("\x1b");
    first.send("\x03");
    assert_eq!(first.wait_exit(), 0);
    second.send("\x03");
    assert_eq!(second.wait_exit(), 0);
}
