//! A file *name* holding escape sequences (set the window title, write the clipboard), bidi overrides
//! and zero-width characters never reaches the terminal raw: not through any command's output or
//! error (`check`, `list`, `show`, `export`, `restore`'s lock error, `open` of a broken file), and not
//! through the screens' exit report. Checked on the raw bytes the programs wrote. (Unix: Windows
//! refuses control characters in file names.)
#![cfg(unix)]

mod support;

use std::path::{Path, PathBuf};

use support::bin::{bin, stderr, stdout};
use support::pty::PtyApp;

/// The hostile part of the names: OSC 0 (window title), OSC 52 (clipboard), CSI, a bidi override,
/// a zero-width space and a stray tag character.
const EVIL: &str =
    "ev\u{1b}]0;PWNED\u{7}\u{1b}]52;c;SGVsbG8=\u{7}\u{1b}[2J\u{202e}il\u{200b}\u{e0041}";

/// Whether `bytes` hold anything of `EVIL` raw.
fn raw_evil(bytes: &[u8]) -> Option<&'static str> {
    let text = String::from_utf8_lossy(bytes);
    [
        ("OSC 0", "\u{1b}]0;PWNED"),
        ("OSC 52", "\u{1b}]52;"),
        ("clear screen", "\u{1b}[2J"),
        ("bidi override", "\u{202e}"),
        // (A zero-width space is left out of the check: Thai, Khmer and Burmese text use it, and the
        // screens' sanitiser may keep it; the messages show it as the screens do.)
        ("tag character", "\u{e0041}"),
    ]
    .into_iter()
    .find(|(_, s)| text.contains(s))
    .map(|(what, _)| what)
}

fn evil_session(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let made = support::bin::new_session(&data, "needs-assessment-scoping", "Names");
    let evil = made.with_file_name(format!("{EVIL}.json"));
    std::fs::rename(&made, &evil).unwrap();
    evil
}

#[test]
fn no_command_prints_an_escape_from_a_file_name() {
    let tmp = tempfile::tempdir().unwrap();
    let evil = evil_session(tmp.path());
    let dir = evil.parent().unwrap().to_path_buf();
    let broken = dir.join(format!("{EVIL}-broken.json"));
    std::fs::write(&broken, "{ not json").unwrap();
    let out_file = tmp.path().join(format!("{EVIL}.md"));
    // restore's lock error: a folder where the lock file should be.
    std::fs::create_dir(pim_workshop::storage::lock_path(&broken)).unwrap();

    let runs: Vec<(&str, Vec<std::ffi::OsString>)> = vec![
        (
            "check",
            vec!["check".into(), evil.clone().into(), broken.clone().into()],
        ),
        (
            "list",
            vec!["list".into(), "--dir".into(), dir.clone().into()],
        ),
        ("show", vec!["show".into(), broken.clone().into()]),
        (
            "export",
            vec![
                "export".into(),
                evil.clone().into(),
                "--format".into(),
                "md".into(),
                "--out".into(),
                out_file.clone().into(),
            ],
        ),
        ("restore", vec!["restore".into(), broken.clone().into()]),
        (
            "restore (no backup)",
            vec!["restore".into(), evil.clone().into()],
        ),
    ];
    for (what, args) in runs {
        let o = bin()
            .arg("--data-dir")
            .arg(tmp.path().join("data"))
            .args(&args)
            .output()
            .unwrap();
        for (stream, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
            assert_eq!(
                raw_evil(bytes),
                None,
                "{what} wrote a raw escape on {stream}:\n{}{}",
                stdout(&o),
                stderr(&o)
            );
        }
        // Each one did say something about the file (as visible marks).
        let all = stdout(&o) + &stderr(&o);
        assert!(
            all.contains("␛]0;PWNED"),
            "{what} did not name the file:\n{all}"
        );
    }
}

#[test]
fn the_screens_exit_report_shows_a_hostile_name_as_marks() {
    let tmp = tempfile::tempdir().unwrap();
    let evil = evil_session(tmp.path());
    // Its folder goes away while it is open: the save fails, and leaving reports it by name.
    let folder = tmp.path().join("gone");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join(evil.file_name().unwrap());
    std::fs::rename(&evil, &path).unwrap();
    let mut app = PtyApp::typing_in(&path, &tmp.path().join("data"), tmp.path());
    std::fs::remove_dir_all(&folder).unwrap();
    app.send("words");
    app.wait_for("NOT SAVED");
    app.send("\x03");
    app.wait_for("Changes not saved");
    app.send("l");
    let code = app.wait_exit();
    assert_eq!(code, 3, "exit status 3: changes lost, as chosen");
    let raw = app.raw.lock().unwrap().clone();
    assert_eq!(raw_evil(&raw), None, "a raw escape reached the terminal");
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.contains("␛]0;PWNED"),
        "the report names the file:\n{text}"
    );
}

#[test]
fn check_shows_hostile_values_it_quotes_as_marks() {
    let tmp = tempfile::tempdir().unwrap();
    let kalma = support::fixtures::kalma_path();
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(kalma).unwrap()).unwrap();
    // Two decisions with the same hostile id: check quotes the id in its warning.
    let id = format!("D{EVIL}");
    let decisions = doc["decisions"].as_array_mut().unwrap();
    decisions[0]["id"] = id.clone().into();
    decisions[1]["id"] = id.into();
    let path = tmp.path().join("values.json");
    std::fs::write(&path, serde_json::to_string(&doc).unwrap()).unwrap();
    let o = bin().arg("check").arg(&path).output().unwrap();
    assert_eq!(raw_evil(&o.stdout), None, "{}", stdout(&o));
    assert_eq!(raw_evil(&o.stderr), None, "{}", stderr(&o));
    assert!(stdout(&o).contains("⟨U+202E⟩"), "{}", stdout(&o));
}
