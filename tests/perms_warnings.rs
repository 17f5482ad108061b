//! `list` and the home screen say when the sessions folder or a session file can be read by other
//! users of the computer (Unix modes).
#![cfg(unix)]

mod support;

use std::fs;
use std::os::unix::fs::PermissionsExt;

use support::bin::{bin, stdout};
use support::pty::PtyApp;

#[test]
fn list_and_home_warn_about_a_folder_and_a_file_others_can_read() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let session = support::bin::new_session(&data, "full-process", "Open to all");
    let private = support::bin::new_session(&data, "full-process", "Private");
    let dir = session.parent().unwrap().to_path_buf();

    let list = || {
        stdout(
            &bin()
                .arg("--data-dir")
                .arg(&data)
                .arg("list")
                .output()
                .unwrap(),
        )
    };
    // All private: no word about it.
    let text = list();
    assert!(!text.contains("other users"), "{text}");

    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(&session, fs::Permissions::from_mode(0o644)).unwrap();
    let text = list();
    assert!(
        text.contains("this folder can be read by other users"),
        "{text}"
    );
    assert!(
        text.contains("this file can be read by other users"),
        "{text}"
    );
    assert!(
        text.contains("chmod 700") && text.contains("chmod 600"),
        "{text}"
    );
    // Only the loose file is named.
    assert_eq!(text.matches("this file can be read").count(), 1, "{text}");
    let _ = private;

    let mut app = PtyApp::spawn(&[], &data, 200, 30, &[]);
    app.wait_for("Open to all");
    app.wait_for("can be read by other users");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}
