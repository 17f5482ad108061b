//! Third-party tools a test reads its output back with (a Python with some modules, LibreOffice):
//! found, or skipped with a word — unless they are required (CI installs them in `.ci/run`), when
//! their absence fails the test.

use std::process::Command;

/// Whether `program args…` runs and succeeds here. When it does not: panics if `required` (saying
/// `missing` and that CI installs it), else prints that the test is skipped and gives false.
pub fn available(program: &str, args: &[&str], missing: &str, required: bool) -> bool {
    let ok = Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok && required {
        panic!("{missing}; CI installs it in .ci/run");
    }
    if !ok {
        println!("skipped: {missing}");
    }
    ok
}

/// The Python named by the environment variable `var` (else `python3`) when it imports `modules`
/// (`"docx, openpyxl"`).
pub fn python(var: &str, modules: &str, required: bool) -> Option<String> {
    let python = std::env::var(var).unwrap_or_else(|_| "python3".into());
    let import = format!("import {modules}");
    let missing =
        format!("{modules} cannot be imported with {python} (set {var} to a Python that has it)");
    available(&python, &["-c", &import], &missing, required).then_some(python)
}

/// Whether this run is CI's (`CI=true`), where every reader must be there.
pub fn on_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Runs `cmd` and fails the test, with what it wrote on stderr, unless it succeeds.
pub fn run_ok(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().expect("the program starts");
    assert!(
        out.status.success(),
        "{:?}: {}",
        cmd.get_program(),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}
