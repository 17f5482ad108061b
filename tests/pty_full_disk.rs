//! End-to-end on a disk that fills up: the real binary on a small tmpfs this test mounts (as root;
//! skipped with a message otherwise). Type, fill the disk, see the reason in the header and the footer
//! stop claiming "saved", free space, see it saved by the background retry; fill it again and quitting
//! asks what to do with the unsaved changes, and a copy elsewhere keeps them (exit status 4).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::pty::PtyApp;

/// A tmpfs mounted for the test, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, size: &str) -> Option<Tmpfs> {
        let root = Command::new("id").arg("-u").output();
        if !root.is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0") {
            println!("skipped: mounting a small file system for the full-disk test needs root");
            return None;
        }
        std::fs::create_dir_all(at).ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            println!("skipped: could not mount a tmpfs at {}", at.display());
            return None;
        }
        Some(Tmpfs(at.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Fills the file system holding `dir` (the write stops at "no space left").
fn fill(dir: &Path) -> PathBuf {
    let filler = dir.join("filler");
    let _ = std::fs::write(&filler, vec![0u8; 64 << 20]);
    filler
}

#[test]
fn a_full_disk_is_shown_with_its_reason_retried_and_asked_about_on_quit() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("usb");
    let Some(_fs) = Tmpfs::mount(&mnt, "2m") else {
        return;
    };
    let data = mnt.join("data");
    let path = support::bin::new_session(&data, "needs-assessment-scoping", "Full disk");
    let mut app = PtyApp::typing_in(&path, &data, tmp.path());
    app.send("first words");
    app.wait_for("✓ saved");

    // The disk fills: the header says why and where, the footer stops saying "saved".
    let filler = fill(&mnt);
    app.send(" then more");
    app.wait_for("NOT SAVED");
    app.wait_for("disk full");
    let screen = app.screen_text();
    assert!(screen.contains("bytes free on"), "{screen}");
    assert!(
        screen.contains("usb"),
        "the mount point is named:\n{screen}"
    );
    assert!(!screen.contains("the answer is saved"), "{screen}");
    assert!(screen.contains("changes NOT saved"), "{screen}");

    // Space comes back: the background retry saves without a key.
    std::fs::remove_file(&filler).unwrap();
    app.wait_for("✓ saved");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("first words then more"), "{text}");

    // Full again, then quit: the program asks instead of leaving.
    let filler = fill(&mnt);
    app.send(" and the last");
    app.wait_for("disk full");
    app.send("\x03"); // Ctrl+C in the editor quits
    app.wait_for("Changes not saved");
    let screen = app.screen_text();
    assert!(screen.contains("try the save again"), "{screen}");
    assert!(screen.contains("save a copy elsewhere"), "{screen}");
    assert!(screen.contains("lose the unsaved changes"), "{screen}");
    // Retrying on a full disk keeps the question.
    app.send("r");
    app.wait_for("Changes not saved");
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(app.screen_text().contains("Changes not saved"));

    // A copy elsewhere: the prompt starts at the home folder; the copy is written there.
    app.send("c");
    app.wait_for(tmp.path().to_str().unwrap());
    app.send("\r");
    let code = app.wait_exit();
    assert_eq!(code, 4, "exit status 4: the changes are only in a copy");
    let copy = support::fixtures::only_file(tmp.path(), "json");
    let text = std::fs::read_to_string(&copy).unwrap();
    assert!(
        text.contains("first words then more and the last"),
        "{text}"
    );
    drop(filler);
}
