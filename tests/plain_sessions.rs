//! Choosing and creating sessions in the plain front, with the TUI's save path and lock (issue #22).

mod support;

use std::path::Path;
use std::process::Output;

use support::bin::{bin, new_session};

fn run(data_dir: &Path, args: &[&str], input: &str) -> Output {
    let mut cmd = bin();
    cmd.arg("--data-dir").arg(data_dir).args(args);
    support::bin::with_input(&mut cmd, input)
}

#[test]
fn a_session_is_created_from_a_listed_template_where_the_tui_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    // 1: a new session; 3: the third template (Full PIM Process); a title; a facilitator.
    let input = "1\n3\nKalma full process\nAmina Haddad\nanswer 1\nFirst answer\n.\nquit\n";
    let out = run(dir.path(), &["--plain"], input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("1 of 1: Create a new session from a template"),
        "{said}"
    );
    assert!(
        said.contains("3 of 4: Full PIM Process"),
        "templates listed:\n{said}"
    );
    let files = support::fixtures::json_files(&dir.path().join("sessions"));
    assert_eq!(files.len(), 1, "{files:?}");
    let s = support::fixtures::read_session(&files[0]);
    assert_eq!(
        (s.title.as_str(), s.template.as_str()),
        ("Kalma full process", "full-process")
    );
    assert_eq!(s.facilitator, "Amina Haddad");
    assert_eq!(
        s.answer_text("define-purpose", "define-purpose.decisions"),
        "First answer"
    );

    // Listed the next time, and opened by its number.
    let out = run(dir.path(), &["--plain"], "2\nrecords\nquit\n");
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("2 of 2: Kalma full process — Full PIM Process"),
        "{said}"
    );
    assert!(said.contains("Session open: Kalma full process"), "{said}");
}

#[test]
fn a_session_another_instance_holds_is_read_only_and_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path(), "full-process", "Held");
    let before = std::fs::read(&path).unwrap();
    let _held = pim_workshop::storage::SessionLock::acquire(&path).unwrap();
    let out = run(
        dir.path(),
        &["--plain", "open", path.to_str().unwrap()],
        "answer 1\ndecide\ndone\nquit\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("open here for reading only"), "{said}");
    assert_eq!(said.matches("Nothing was changed:").count(), 3, "{said}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn review_reads_the_summary_first_and_takes_no_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path(), "full-process", "Reviewed");
    let _held = pim_workshop::storage::SessionLock::acquire(&path).unwrap();
    let out = run(
        dir.path(),
        &["--plain", "review", path.to_str().unwrap()],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    let summary = said.find("Reviewed").unwrap();
    let walk = said.find("Session open").unwrap();
    assert!(summary < walk, "the summary comes first:\n{said}");
}

#[test]
fn export_md_writes_where_the_workshop_writes_exports() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path(), "full-process", "Exported");
    let out = run(
        dir.path(),
        &["--plain", "open", path.to_str().unwrap()],
        "export md\nquit\n",
    );
    let said = String::from_utf8(out.stdout).unwrap();
    let exported = support::fixtures::only_file(&dir.path().join("exports"), "md");
    assert!(
        std::fs::read_to_string(&exported)
            .unwrap()
            .contains("Exported")
    );
    let name = exported.file_name().unwrap().to_string_lossy();
    let folder = exported.parent().unwrap().display().to_string();
    assert!(said.contains(&format!("Exported {name} as ")), "{said}");
    assert!(said.contains(&folder), "{said}");
}

#[test]
fn new_on_a_pipe_opens_the_session_in_the_plain_front() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "new",
            "--template",
            "impact-review",
            "--title",
            "Piped review",
        ],
        "answer 1\nFrom a script\n.\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("Session open: Piped review"), "{said}");
    let files = support::fixtures::json_files(&dir.path().join("sessions"));
    let s = support::fixtures::read_session(&files[0]);
    let first = s
        .substeps
        .values()
        .flat_map(|r| r.answers.values())
        .next()
        .unwrap();
    assert_eq!(first.text, "From a script");
}

#[test]
fn show_and_export_print_the_same_whatever_asks_for_the_plain_front() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path(), "full-process", "Unchanged");
    let p = path.to_str().unwrap();
    for args in [vec!["show", p], vec!["export", p, "--format", "md"]] {
        let mut usual = bin();
        usual.arg("--data-dir").arg(dir.path()).args(&args);
        let usual = support::bin::with_input(&mut usual, "");
        let mut plain = bin();
        plain
            .arg("--data-dir")
            .arg(dir.path())
            .args(&args)
            .env("TERM", "dumb")
            .env("PIM_WORKSHOP_PLAIN", "1");
        let plain = support::bin::with_input(&mut plain, "quit\n");
        assert!(usual.status.success() && plain.status.success());
        assert!(!usual.stdout.is_empty());
        assert_eq!(plain.stdout, usual.stdout, "{args:?}");
    }
}
