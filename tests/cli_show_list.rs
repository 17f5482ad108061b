//! `list`, `show` and `export` as a person runs them: the real binary, its stdout, exit status and the
//! files it leaves behind. None of them may write a session file or let file content drive a terminal.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use support::bin::bin;
use support::fixtures::{copy_into, kalma_path as kalma};

fn hostile(name: &str) -> PathBuf {
    support::fixtures::hostile_dir().join(name)
}

fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// No byte below 0x20 except LF, no DEL, and no C1 control (as UTF-8) in what reaches the terminal.
fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    for (i, b) in bytes.iter().enumerate() {
        assert!(
            *b == b'\n' || (*b >= 0x20 && *b != 0x7f),
            "{what}: byte {b:#04x} at {i}"
        );
    }
    let text = String::from_utf8_lossy(bytes);
    assert!(
        !text
            .chars()
            .any(|c| ('\u{80}'..='\u{9f}').contains(&c) || c == '\u{202e}'),
        "{what}: C1 control or bidi override"
    );
}

fn snapshot_dir(dir: &Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let meta = e.metadata().unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
                meta.modified().unwrap(),
            )
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

#[test]
fn show_prints_the_summary_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_into(dir.path(), &kalma());
    let before = snapshot_dir(dir.path());
    let out = run(&["show", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    assert!(text.starts_with("Kalma district: scoping"), "{text}");
    for needle in [
        "Step 1. Assess the information landscape",
        "Decisions (6)",
        "D-2 -> D-5 (last: agreed)",
        "Principles coverage",
        "Risk map",
        "Parking lot (2)",
    ] {
        assert!(text.contains(needle), "show lacks {needle:?}");
    }
    assert_terminal_safe("show", &out.stdout);
    assert_eq!(snapshot_dir(dir.path()), before, "show changed the folder");
}

#[test]
fn show_and_export_of_hostile_files_reach_the_terminal_inert() {
    for name in [
        "everything.json",
        "terminal-escapes.json",
        "markup.json",
        "formulas.json",
        "deep-nesting.json",
    ] {
        let path = hostile(name);
        let p = path.to_str().unwrap();
        let out = run(&["show", p]);
        assert!(out.status.success(), "show {name}");
        assert_terminal_safe(&format!("show {name}"), &out.stdout);
        assert_terminal_safe(&format!("show {name} (stderr)"), &out.stderr);
        for format in ["md", "html", "json"] {
            let out = run(&["export", p, "--format", format]);
            assert!(out.status.success(), "export {name} {format}");
            assert_terminal_safe(&format!("export {name} {format}"), &out.stdout);
        }
        let out = run(&["export", p, "--format", "csv"]);
        assert!(out.status.success());
        let csv = String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n");
        assert_terminal_safe(&format!("export {name} csv"), csv.as_bytes());
    }
}

#[test]
fn show_of_a_missing_or_broken_file_fails_with_a_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.json");
    let out = run(&["show", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not read the file"), "{err}");
    let broken = dir.path().join("broken\u{1b}[31m.json");
    fs::write(&broken, "{\"schema_version\": 2, \"title\": ").unwrap();
    let out = run(&["show", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_terminal_safe("show broken (stderr)", &out.stderr);
    assert!(out.stdout.is_empty());
}

#[test]
fn list_shows_broken_files_with_their_error_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    copy_into(dir.path(), &kalma());
    copy_into(dir.path(), &hostile("everything.json"));
    fs::write(dir.path().join("broken.json"), "{ not json").unwrap();
    fs::write(dir.path().join("notes.txt"), "not a session").unwrap();
    let before = snapshot_dir(dir.path());
    let out = run(&["list", "--dir", dir.path().to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    assert_terminal_safe("list", &out.stdout);
    assert!(text.contains("3 session files in"), "{text}");
    assert!(text.contains("(1 cannot be opened)"), "{text}");
    assert!(text.contains("CANNOT BE OPENED: "), "{text}");
    assert!(text.contains("broken.json"), "{text}");
    assert!(text.contains("Error: "), "{text}");
    assert!(text.contains("Kalma district: scoping"), "{text}");
    assert!(
        text.contains("Kind: Scoping a request with a manager"),
        "{text}"
    );
    assert!(
        text.contains("Progress: 4 of 4 sub-steps finished"),
        "{text}"
    );
    assert!(text.contains("Decisions: 6"), "{text}");
    assert!(!text.contains("notes.txt"), "{text}");
    assert_eq!(snapshot_dir(dir.path()), before, "list changed the folder");
}

#[test]
fn list_json_parses() {
    let dir = tempfile::tempdir().unwrap();
    copy_into(dir.path(), &kalma());
    copy_into(dir.path(), &hostile("terminal-escapes.json"));
    fs::write(dir.path().join("broken.json"), "[]").unwrap();
    let out = run(&["list", "--dir", dir.path().to_str().unwrap(), "--json"]);
    assert!(out.status.success());
    assert_terminal_safe("list --json", &out.stdout);
    let value: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("list --json is JSON");
    let items = value.as_array().expect("an array");
    assert_eq!(items.len(), 3);
    let broken: Vec<_> = items.iter().filter(|i| i["ok"] == false).collect();
    assert_eq!(broken.len(), 1);
    assert!(broken[0]["file"].as_str().unwrap().ends_with("broken.json"));
    assert!(!broken[0]["error"].as_str().unwrap().is_empty());
    let kalma = items
        .iter()
        .find(|i| i["template"] == "needs-assessment-scoping" && i["decisions"] == 6)
        .expect("the Kalma session is listed");
    assert_eq!(kalma["progress"]["finished"], 4);
    assert_eq!(kalma["progress"]["total"], 4);
    assert_eq!(kalma["facilitator"], "Amina Haddad");
    // The escapes are kept as data, written as \u escapes.
    let escapes = items
        .iter()
        .find(|i| {
            i["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("terminal escapes"))
        })
        .unwrap();
    assert!(escapes["title"].as_str().unwrap().contains('\u{1b}'));
}

#[test]
fn list_uses_the_data_folder_and_copes_with_a_missing_one() {
    let data = tempfile::tempdir().unwrap();
    let out = run(&["--data-dir", data.path().to_str().unwrap(), "list"]);
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("No session files in"),
        "{}",
        stdout(&out)
    );
    let out = run(&[
        "--data-dir",
        data.path().to_str().unwrap(),
        "list",
        "--json",
    ]);
    assert_eq!(stdout(&out).trim(), "[]");
    fs::create_dir(data.path().join("sessions")).unwrap();
    copy_into(&data.path().join("sessions"), &kalma());
    let out = run(&["--data-dir", data.path().to_str().unwrap(), "list"]);
    assert!(
        stdout(&out).contains("1 session file in"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn export_writes_a_private_file_atomically_and_never_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let session = copy_into(dir.path(), &kalma());
    let original = fs::read(&session).unwrap();
    for format in ["md", "html", "csv", "json"] {
        let out_path = dir.path().join(format!("export.{format}"));
        let out = run(&[
            "export",
            session.to_str().unwrap(),
            "--format",
            format,
            "--out",
            out_path.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout(&out).contains("Exported"), "{}", stdout(&out));
        let text = fs::read_to_string(&out_path).unwrap();
        let needle = if format == "csv" {
            "decision,D-1,agreed,"
        } else {
            "Kalma district"
        };
        assert!(text.contains(needle), "{format}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&out_path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{format} export mode");
        }
    }
    // Exporting again is refused without --force, and replaces the export with it.
    let md_out = dir.path().join("export.md");
    let again_args = [
        "export",
        session.to_str().unwrap(),
        "--format",
        "md",
        "--out",
        md_out.to_str().unwrap(),
    ];
    assert_eq!(run(&again_args).status.code(), Some(1));
    let again = run(&[&again_args[..], &["--force"]].concat());
    assert!(again.status.success());
    // The session file itself is refused as a target.
    let out = run(&[
        "export",
        session.to_str().unwrap(),
        "--format",
        "md",
        "--out",
        session.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("session file itself"));
    assert_eq!(
        fs::read(&session).unwrap(),
        original,
        "the session was not changed"
    );
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "export.csv",
            "export.html",
            "export.json",
            "export.md",
            "kalma-needs-assessment-scoping.json"
        ],
        "no temp, lock or backup files are left"
    );
}

#[test]
fn export_to_stdout_and_bad_arguments() {
    let out = run(&["export", kalma().to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success());
    assert_eq!(
        out.stdout,
        fs::read(kalma()).unwrap(),
        "JSON export is the model"
    );
    let out = run(&["export", kalma().to_str().unwrap(), "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2), "clap refuses an unknown format");
    let dir = tempfile::tempdir().unwrap();
    let out = run(&[
        "export",
        kalma().to_str().unwrap(),
        "--format",
        "md",
        "--out",
        dir.path().join("no/such/folder/x.md").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Could not write the export"), "{err}");
}

#[test]
fn show_survives_a_closed_pipe() {
    use std::io::Read;
    use std::process::Stdio;
    // Output far larger than a pipe buffer, so the write fails once the reader is gone.
    let dir = tempfile::tempdir().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_slice(&fs::read(hostile("everything.json")).unwrap()).unwrap();
    value["context"]["notes"] = serde_json::Value::String("line of notes\n".repeat(100_000));
    let big = dir.path().join("big.json");
    fs::write(&big, serde_json::to_vec(&value).unwrap()).unwrap();
    let mut child = bin()
        .args(["show", big.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.status.success(), "a closed pipe is not an error: {err}");
}
