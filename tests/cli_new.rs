//! `pim-workshop new`: creating session files from the command line.

mod support;

use support::bin::bin;

#[test]
fn new_no_open_creates_a_valid_private_file_and_prints_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "new",
            "--template",
            "needs-assessment-scoping",
            "--title",
            "Kalma scoping",
            "--facilitator",
            "Amina Haddad",
            "--no-open",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = std::path::PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    assert!(path.starts_with(dir.path().join("sessions")), "{path:?}");
    assert!(
        path.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("kalma-scoping-")
    );
    let session = pim_workshop::storage::load_session(&path).unwrap().session;
    assert_eq!(session.title, "Kalma scoping");
    assert_eq!(session.template, "needs-assessment-scoping");
    assert_eq!(session.facilitator, "Amina Haddad");
    assert_eq!(session.content.pack_id, "pim-core-en");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let dir_mode = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dir_mode, 0o700);
    }
    let check = bin().arg("check").arg(&path).output().unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn new_refuses_an_unknown_template_and_names_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["new", "--template", "survey", "--title", "x", "--no-open"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no template \"survey\""), "{err}");
    assert!(err.contains("needs-assessment-scoping"), "{err}");
    assert!(
        !dir.path().join("sessions").exists()
            || std::fs::read_dir(dir.path().join("sessions"))
                .unwrap()
                .count()
                == 0
    );
}

#[test]
fn new_refuses_an_empty_title() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "new",
            "--template",
            "full-process",
            "--title",
            "   ",
            "--no-open",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("title is empty"));
}

#[test]
fn hostile_titles_stay_inside_the_sessions_folder() {
    let dir = tempfile::tempdir().unwrap();
    for title in [
        "../../etc/passwd",
        "/",
        "a\u{1b}[31mred",
        "..",
        "تقييم الاحتياجات",
    ] {
        let path = support::bin::new_session(dir.path(), "full-process", title);
        assert_eq!(
            path.parent().unwrap(),
            dir.path().join("sessions"),
            "{title}"
        );
    }
    assert_eq!(
        std::fs::read_dir(dir.path().join("sessions"))
            .unwrap()
            .count(),
        5,
        "no name collided"
    );
}

#[test]
fn the_tui_without_a_terminal_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin().arg("--data-dir").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs an interactive terminal"));
}

#[test]
fn check_survives_a_closed_pipe() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    // Enough output to overflow the pipe buffer, so the program is still writing when the pipe closes.
    for i in 0..2000 {
        let p = dir.path().join(format!("s{i}.json"));
        std::fs::write(&p, "{").unwrap();
        paths.push(p);
    }
    let mut child = bin()
        .arg("check")
        .args(&paths)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe, as `| head -1` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        status.code(),
        Some(1),
        "the files are broken, so exit 1 — not a panic (101)"
    );
}
