//! The plain front in a real pseudo-terminal with TERM=dumb (issue #22): chosen without --plain,
//! long texts paged to the terminal's rows, an answer typed and saved, Ctrl+D saves and leaves; not one escape byte.

mod support;

use std::thread;
use std::time::{Duration, Instant};

use support::bin::new_session;
use support::pty::{DEFAULT_WAIT, PtyApp};

/// Wait until the program has written `text` `times` times in all (the screen scrolls; the raw
/// bytes keep everything).
fn wait_written(app: &PtyApp, text: &str, times: usize) {
    let start = Instant::now();
    loop {
        let raw = String::from_utf8_lossy(&app.raw.lock().unwrap()).into_owned();
        if raw.matches(text).count() >= times {
            return;
        }
        if start.elapsed() > DEFAULT_WAIT {
            panic!("timed out waiting for {text:?} ×{times}; output was:\n{raw}");
        }
        thread::sleep(Duration::from_millis(30));
    }
}

/// Type `line` (if any), then read on (Enter at every "more?") until `text` has been written
/// `times` times; returns how many pages were turned.
fn read_until(app: &mut PtyApp, line: &str, text: &str, times: usize) -> usize {
    let mut turned = 0;
    let before = String::from_utf8_lossy(&app.raw.lock().unwrap())
        .matches(MORE)
        .count();
    if !line.is_empty() {
        app.send(line);
    }
    let start = Instant::now();
    loop {
        let raw = String::from_utf8_lossy(&app.raw.lock().unwrap()).into_owned();
        if raw.matches(text).count() >= times {
            return turned;
        }
        if raw.matches(MORE).count() > before + turned {
            turned += 1;
            app.send("\r");
            continue;
        }
        if start.elapsed() > DEFAULT_WAIT {
            panic!("timed out waiting for {text:?} ×{times}; output was:\n{raw}");
        }
        thread::sleep(Duration::from_millis(30));
    }
}

const MORE: &str = "more? Press Enter for more";

#[test]
fn a_dumb_terminal_gets_plain_lines_paged_and_ctrl_d_saves_and_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path(), "needs-assessment-scoping", "Kalma scoping");
    let mut app = PtyApp::spawn(
        &["open", path.to_str().unwrap()],
        dir.path(),
        80,
        24,
        &[("TERM", "dumb")],
    );
    // The first sub-step has 17 prompts: more than one page of 24 rows.
    assert!(read_until(&mut app, "", "Type a command (help lists them).", 1) >= 1);
    // Twenty commands and a heading: more than a page too.
    let turned = read_until(&mut app, "help\r", "quit (q): save and leave", 1);
    assert!(turned >= 1, "help is paged: {turned}");
    wait_written(&app, "Type a command (help lists them).", 2);
    app.send("answer 2\r");
    wait_written(&app, "end it with a line holding only a full stop", 1);
    app.send("Typed in a terminal\r.\r");
    wait_written(&app, "saved", 1);
    wait_written(&app, "Type a command (help lists them).", 3);
    app.send("\u{4}");
    assert_eq!(app.wait_exit(), 0);
    let raw = app.raw.lock().unwrap().clone();
    assert!(
        !raw.contains(&0x1b),
        "an escape byte was written:\n{}",
        String::from_utf8_lossy(&raw)
    );
    assert!(String::from_utf8_lossy(&raw).contains("Session closed"));
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        file["substeps"]["define-purpose"]["answers"]["define-purpose.scoping-request-as-stated"]["text"],
        "Typed in a terminal"
    );
}
