//! `pim-workshop review` in a real pseudo-terminal: read-only, no lock, and untrusted text never drives
//! the terminal.

mod support;

use support::pty::PtyApp;

#[test]
fn review_never_writes_and_takes_no_lock() {
    let dir = tempfile::tempdir().unwrap();
    let src = support::fixtures::kalma_path();
    let path = dir.path().join("kalma.json");
    std::fs::copy(&src, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut app = PtyApp::spawn(&["review", path.to_str().unwrap()], dir.path(), 80, 24, &[]);
    app.wait_for("Review › Kalma district");
    app.send("\t");
    app.send("/");
    app.send("Kestrel");
    app.wait_for("Search: Kestrel");
    app.send("\r");
    app.send("G");
    app.wait_for("Timeline of changes");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is unchanged"
    );
    let others: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "kalma.json" && n != "sessions")
        .collect();
    assert!(
        others.is_empty(),
        "no lock, backup or temp file: {others:?}"
    );
}

#[test]
fn hostile_sessions_never_drive_the_terminal() {
    let files = support::fixtures::hostile_files();
    assert!(!files.is_empty(), "the hostile corpus is there");
    for file in files {
        let dir = tempfile::tempdir().unwrap();
        let mut app = PtyApp::spawn(
            &["review", file.to_str().unwrap()],
            dir.path(),
            100,
            30,
            &[("NO_COLOR", "1")],
        );
        app.wait_for("Read-only");
        for _ in 0..6 {
            app.send("\t");
        }
        app.send("G");
        app.send("q");
        assert_eq!(app.wait_exit(), 0, "{}", file.display());
        let raw = app.raw.lock().unwrap().clone();
        let text = String::from_utf8_lossy(&raw);
        let name = file.display();
        assert!(
            !text.contains("\u{1b}]"),
            "{name}: an OSC sequence (title, clipboard) reached the terminal"
        );
        assert!(
            !text.contains('\u{7}'),
            "{name}: a BEL reached the terminal"
        );
        assert!(
            !text.contains('\u{0}'),
            "{name}: a NUL reached the terminal"
        );
        for c in ['\u{202e}', '\u{202d}', '\u{2066}', '\u{2067}', '\u{200b}'] {
            assert!(
                !text.contains(c),
                "{name}: U+{:04X} reached the terminal",
                c as u32
            );
        }
        // Where the data holds an ESC, the person sees the visible mark instead.
        let source = std::fs::read_to_string(&file).unwrap();
        if source.contains("\\u001b") {
            assert!(
                text.contains('␛'),
                "{name}: the escape character is shown as ␛"
            );
        }
    }
}

/// The Kalma example read on the review screen (data in a temp folder), its export form open.
fn export_form_on_the_review() -> (tempfile::TempDir, PtyApp) {
    let dir = tempfile::tempdir().unwrap();
    let src = support::fixtures::kalma_path();
    let mut app = PtyApp::spawn(&["review", src.to_str().unwrap()], dir.path(), 80, 24, &[]);
    app.wait_for("Review › Kalma district");
    app.send("x");
    app.wait_for("Export the session");
    (dir, app)
}

#[test]
fn x_exports_from_the_review_screen() {
    let (dir, mut app) = export_form_on_the_review();
    // Ctrl+S saves a form from any field (Enter goes to the next field).
    app.send("\x13");
    app.wait_for(".html as HTML");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let exports: Vec<_> = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(exports.len(), 1, "{exports:?}");
    assert_eq!(exports[0].extension().unwrap(), "html");
    let html = std::fs::read_to_string(&exports[0]).unwrap();
    assert!(html.contains("Content-Security-Policy"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&exports[0]).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "exports are readable by their owner only");
    }
}

/// CSV from the TUI: one tidy table per file, each with its own header, never tables stacked in one.
#[test]
fn csv_from_the_review_screen_is_one_file_per_table() {
    let (dir, mut app) = export_form_on_the_review();
    // The review's form starts at HTML: → CSV.
    app.send("\x1b[C");
    app.wait_for("one file per table");
    app.send("\x13");
    app.wait_for("tables as CSV, one file each");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for table in ["actions", "decisions", "landscape", "participants", "risks"] {
        assert!(
            names.iter().any(|n| n.ends_with(&format!("-{table}.csv"))),
            "{table}: {names:?}"
        );
    }
    for name in &names {
        let text = std::fs::read_to_string(dir.path().join("exports").join(name)).unwrap();
        let header = text.lines().next().unwrap_or_default().to_string();
        assert_eq!(
            text.lines().filter(|l| *l == header).count(),
            1,
            "{name}: one header, one table"
        );
    }
}
