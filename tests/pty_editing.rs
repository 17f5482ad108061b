//! End-to-end in a pseudo-terminal: a line feed (Ctrl+J) in an answer is a new line that reaches the
//! file; a form field is corrected in the middle; Esc on a form with something typed asks first.

mod support;

use support::pty::PtyApp;

fn session(dir: &std::path::Path) -> std::path::PathBuf {
    support::bin::new_session(dir, "full-process", "Kalma scoping")
}

#[test]
fn ctrl_j_in_an_answer_is_a_new_line_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = session(dir.path());
    let mut app = PtyApp::spawn(&["open", path.to_str().unwrap()], dir.path(), 100, 30, &[]);
    app.wait_for("Enter to write");
    app.send("\r");
    app.wait_for("typing: Esc when done");
    app.send("abc");
    app.send("\n"); // Ctrl+J: a line feed
    app.send("def");
    app.wait_for("def");
    app.send("\x1b");
    app.wait_for("Enter to write");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let s = pim_workshop::storage::load_session(&path).unwrap().session;
    assert_eq!(
        s.answer_text("define-purpose", "define-purpose.decisions"),
        "abc\ndef"
    );
}

#[test]
fn a_form_field_is_corrected_in_the_middle_and_esc_asks_before_discarding() {
    let dir = tempfile::tempdir().unwrap();
    let path = session(dir.path());
    let mut app = PtyApp::spawn(&["open", path.to_str().unwrap()], dir.path(), 100, 30, &[]);
    app.wait_for("Enter to write");

    // Esc on a form with something typed asks; n goes back with the text whole.
    app.send("a");
    app.wait_for("Add an action");
    app.send("Half typed");
    app.send("\x1b");
    app.wait_for("Discard what you typed");
    app.send("n");
    app.wait_until("the question gone", |s| {
        !s.contains("Discard what you typed")
    });
    assert!(app.screen_text().contains("Half typed"));
    app.send("\x1b");
    app.wait_for("Discard what you typed");
    app.send("y");
    app.wait_until("the form closed", |s| !s.contains("Add an action"));

    // A typo in the middle of a decision's title, fixed with ← and typing.
    app.send("d");
    app.wait_for("Record a decision");
    app.send("Run a 12-site survy");
    app.send("\x1b[D"); // ←
    app.send("e");
    app.wait_for("survey");
    app.send("\x13"); // Ctrl+S saves
    app.wait_for("Decision D-1 recorded");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let s = pim_workshop::storage::load_session(&path).unwrap().session;
    assert_eq!(s.decisions[0].title, "Run a 12-site survey");
    assert!(s.actions.is_empty(), "the discarded action is not recorded");
}
