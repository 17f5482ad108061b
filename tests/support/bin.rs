//! The built `pim-workshop` binary: its path, a `Command` for it, and reading what it printed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The path of the binary Cargo built for these tests.
pub const PATH: &str = env!("CARGO_BIN_EXE_pim-workshop");

/// A command for the binary, with the data-folder variable removed so the tester's environment cannot
/// reach the test.
pub fn bin() -> Command {
    let mut cmd = Command::new(PATH);
    cmd.env_remove(pim_workshop::paths::DATA_DIR_ENV);
    cmd
}

/// What the program printed on stdout (lossy UTF-8).
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What the program printed on stderr (lossy UTF-8).
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Create a session with `pim-workshop new --no-open` in `data_dir`; returns the path it printed.
pub fn new_session(data_dir: &Path, template: &str, title: &str) -> PathBuf {
    let out = bin()
        .arg("--data-dir")
        .arg(data_dir)
        .args(["new", "--template", template, "--title", title, "--no-open"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{title}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

/// `pim-workshop content check <dir>`: its exit code (-1 if killed) and stdout then stderr.
pub fn content_check(dir: &Path) -> (i32, String) {
    let out = bin().args(["content", "check"]).arg(dir).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        stdout(&out) + &stderr(&out),
    )
}

/// Run `cmd` with `input` on its stdin (then closed: the end of the input), its output captured.
pub fn with_input(cmd: &mut Command, input: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
