//! When the terminal goes away (the window is closed, the SSH link drops), the program saves and
//! leaves: it must never keep running. A pseudo-terminal the test holds cannot really go away, so this
//! test uses tmux (on its own socket) and kills its server. Skipped, with a notice, where tmux is missing.

#![cfg(target_os = "linux")] // the check reads /proc

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

fn tmux(socket: &str, args: &[&str]) -> std::process::Output {
    Command::new("tmux")
        .arg("-L")
        .arg(socket)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn closing_the_terminal_saves_and_ends_the_program() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux is not installed: skipping the terminal hang-up test");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = support::bin::new_session(dir.path(), "full-process", "Hang up");
    let socket = format!("pim-hangup-{}", std::process::id());
    let cmd = format!(
        "env -u NO_COLOR TERM=xterm-256color {} --data-dir {} open {}",
        support::bin::PATH,
        dir.path().display(),
        path.display()
    );
    assert!(
        tmux(
            &socket,
            &["new-session", "-d", "-x", "80", "-y", "24", &cmd]
        )
        .status
        .success()
    );
    let screen =
        || String::from_utf8_lossy(&tmux(&socket, &["capture-pane", "-p"]).stdout).into_owned();
    let wait_for = |text: &str| {
        let start = Instant::now();
        while !screen().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "waiting for {text:?}:\n{}",
                screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    wait_for("sub-step 1 of 12");
    tmux(&socket, &["send-keys", "Enter"]);
    wait_for("typing: Esc when done");
    tmux(&socket, &["send-keys", "-l", "typed before the hang-up"]);
    wait_for("✓ saved");
    let lock = std::fs::read_to_string(pim_workshop::storage::lock_path(&path)).unwrap_or_default();
    let pid: u32 = serde_json::from_str::<serde_json::Value>(&lock).unwrap()["pid"]
        .as_u64()
        .unwrap() as u32;

    tmux(&socket, &["kill-server"]);
    let start = Instant::now();
    while std::path::Path::new(&format!("/proc/{pid}")).exists() {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "pim-workshop (pid {pid}) still runs after its terminal went away"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let s = pim_workshop::storage::load_session(&path).unwrap().session;
    assert_eq!(
        s.answer_text("define-purpose", "define-purpose.decisions"),
        "typed before the hang-up"
    );
}
