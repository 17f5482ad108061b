//! End-to-end: the real binary in a real pseudo-terminal (issue: foundation).

mod support;

use support::pty::PtyApp;

#[test]
fn home_help_and_quit_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn(&[], dir.path(), 80, 24, &[]);
    app.wait_for("PIM Workshop › Home");
    app.wait_for("Reference library");
    app.wait_for("No sessions yet");
    assert!(
        app.alternate_screen(),
        "the program runs on the alternate screen"
    );

    app.send("?");
    app.wait_for("Keys for this screen");
    app.wait_for("close help");
    app.send("\x1b");
    app.wait_until("help to close", |s| !s.contains("Keys for this screen"));

    app.send("q");
    assert_eq!(app.wait_exit(), 0, "q quits with exit code 0");
    assert!(
        !app.alternate_screen(),
        "the alternate screen is left on exit"
    );
    let raw = app.raw.lock().unwrap();
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.contains("\x1b[?2004h"),
        "bracketed paste is switched on"
    );
    assert!(
        text.contains("\x1b[?2004l"),
        "bracketed paste is switched off again"
    );
}

/// The usual start, with no arguments (the parser is skipped and the built-in content is read while the
/// terminal is taken over): the home screen lists the sessions of the folder the variable names.
#[test]
fn no_arguments_open_home_on_the_folder_of_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    support::bin::new_session(dir.path(), "full-process", "Bare start");
    let mut app = PtyApp::spawn_bare(dir.path(), 80, 24);
    app.wait_for("PIM Workshop › Home");
    app.wait_for("Bare start");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn tiny_terminal_says_too_small_without_panicking() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn(&[], dir.path(), 20, 5, &[]);
    app.wait_for("Terminal too");
    app.wait_for("60×18");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn no_color_keeps_focus_visible() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn(&[], dir.path(), 80, 24, &[("NO_COLOR", "1")]);
    app.wait_for("Reference library");
    {
        let parser = app.parser.lock().unwrap();
        let screen = parser.screen();
        let contents = screen.contents();
        let row = contents
            .lines()
            .position(|l| l.contains("▶ New session"))
            .expect("focused entry on screen") as u16;
        let col = contents
            .lines()
            .nth(usize::from(row))
            .unwrap()
            .find('▶')
            .map(|b| {
                contents.lines().nth(usize::from(row)).unwrap()[..b]
                    .chars()
                    .count() as u16
            });
        let cell = screen.cell(row, col.unwrap() + 2).expect("cell");
        assert!(
            cell.bold() || cell.inverse(),
            "focused item is bold or reversed without colour"
        );
        assert_eq!(
            cell.fgcolor(),
            vt100::Color::Default,
            "no colour with NO_COLOR"
        );
        assert_eq!(
            cell.bgcolor(),
            vt100::Color::Default,
            "no colour with NO_COLOR"
        );
    }
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn sigterm_restores_the_terminal_and_exits() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn(&[], dir.path(), 80, 24, &[]);
    app.wait_for("Reference library");
    let pid = app.pid().expect("pid");
    let status = std::process::Command::new("kill")
        .arg("-TERM")
        .arg(pid.to_string())
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(app.wait_exit(), 0);
    assert!(!app.alternate_screen());
}

#[test]
fn panic_restores_the_terminal_then_prints_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn(
        &[],
        dir.path(),
        80,
        24,
        &[("PIM_WORKSHOP_PANIC_AFTER_FIRST_FRAME", "1")],
    );
    let code = app.wait_exit();
    assert_ne!(code, 0, "a panic exits with an error code");
    assert!(
        !app.alternate_screen(),
        "the alternate screen is left after a panic"
    );
    let raw = app.raw.lock().unwrap();
    let text = String::from_utf8_lossy(&raw);
    let left = text
        .find("\x1b[?1049l")
        .expect("leaves the alternate screen");
    let message = text.find("internal error").expect("prints what happened");
    assert!(
        left < message,
        "the message is printed after the terminal is restored"
    );
    assert!(
        text.contains("No session had been saved"),
        "says whether a session was saved"
    );
    assert!(
        text.contains("deliberate panic"),
        "the panic message itself is shown"
    );
}

#[test]
fn reference_library_opens_from_home_and_esc_returns() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn(&[], dir.path(), 80, 24, &[]);
    app.wait_for("Reference library");
    app.send("r");
    app.wait_for("Reference library › Process");
    app.send("\t\t");
    app.wait_for("Matrix › By category");
    app.send("m");
    app.wait_for("Matrix › By criterion");
    app.send("\x1b");
    app.wait_for("PIM Workshop › Home");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn new_without_no_open_opens_the_created_session_in_the_workshop() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn(
        &[
            "new",
            "--template",
            "pim-training",
            "--title",
            "Day one, Port Selin",
        ],
        dir.path(),
        80,
        24,
        &[],
    );
    app.wait_for("PIM Workshop › Day one, Port Selin");
    app.wait_for("sub-step 1 of 12");
    app.send("\x1b");
    // Esc asks before closing the session.
    app.wait_for("Close");
    app.send("y");
    app.wait_for("Sessions (1)");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let sessions: Vec<_> = std::fs::read_dir(dir.path().join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
}

#[test]
fn stale_temp_files_are_removed_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    // A temp file as an interrupted save leaves it, from a process that no longer exists, an hour old.
    let stale = sessions.join(".kalma-2026-11-21.json.tmp-999999999-0");
    std::fs::write(&stale, "{\"half\": \"written").unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let keep = sessions.join("notes.txt");
    std::fs::write(&keep, "not ours").unwrap();

    let mut app = PtyApp::spawn(&[], dir.path(), 80, 24, &[]);
    app.wait_for("Reference library");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert!(!stale.exists(), "the stale temp file is gone");
    assert!(keep.exists(), "other files are left alone");
}

#[test]
fn the_library_lists_hundreds_of_sessions_and_extra_folders() {
    use pim_workshop::session::{ContentRef, Session};
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    let now = chrono::Local::now().fixed_offset();
    for i in 0..300 {
        let s = Session::new(
            &format!("Session number {i:03}"),
            "full-process",
            ContentRef::default(),
            "Amina",
            now,
        );
        pim_workshop::storage::create_session_file(&sessions, &s).unwrap();
    }
    let shared = tempfile::tempdir().unwrap();
    std::fs::write(
        shared.path().join("from-a-colleague.json"),
        "{ \"schema_version\": 2, ",
    )
    .unwrap();
    let mut app = PtyApp::spawn(
        &["--dir", shared.path().to_str().unwrap()],
        dir.path(),
        100,
        30,
        &[],
    );
    app.wait_for("Sessions (301)");
    app.send("/");
    app.send("number 123");
    app.wait_for("Sessions (1 of 301)");
    app.wait_for("Session number 123");
    app.send("\x1b");
    // Esc with something typed asks before clearing the search.
    app.wait_for("Clear the search");
    app.send("y");
    app.wait_for("Sessions (301)");
    app.send("G");
    app.wait_for("from-a-colleague.json");
    app.wait_for("cannot be read");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}
