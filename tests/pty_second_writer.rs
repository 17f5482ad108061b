//! End-to-end: a session open in one pim-workshop is refused to a second one that reaches it through
//! a symlink or a hard link (it is offered read-only), and the first one saves through its own link.
#![cfg(unix)]

mod support;

use support::pty::PtyApp;

#[test]
fn a_second_instance_through_a_symlink_or_a_hard_link_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let real = support::bin::new_session(&data, "needs-assessment-scoping", "Linked");
    let link = tmp.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let hard = tmp.path().join("hard.json");
    std::fs::hard_link(&real, &hard).unwrap();

    // The first one opens the session through the symlink and types.
    let mut first = PtyApp::typing_in(&link, &data, tmp.path());
    first.send("through the link");
    first.wait_for("✓ saved");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let text = std::fs::read_to_string(&real).unwrap();
    assert!(text.contains("through the link"), "the real file was saved");

    // The real file is now a new file: the hard link made before still names the old one, so make
    // the hard link again to the file as it is.
    std::fs::remove_file(&hard).unwrap();
    std::fs::hard_link(&real, &hard).unwrap();
    for second_path in [&real, &hard] {
        let mut second = PtyApp::spawn(
            &["open", second_path.to_str().unwrap()],
            &data,
            120,
            30,
            &[],
        );
        second.wait_for("open in another pim-workshop");
        second.send("\x1b");
        second.kill();
    }
    first.send("\x03");
    assert_eq!(first.wait_exit(), 0);
}
