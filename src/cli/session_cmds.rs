//! `check` and `restore`: session-file commands on the command line.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use super::failure::{Failure, exit_code, report};
use crate::storage::{self, LockError, SessionLock, Severity};

/// Checks session files without changing them. Prints `path: ok` for a good file, else one line per
/// problem (warnings included). Exit status 0 when every file can be opened, 1 otherwise.
pub fn check_files(paths: &[PathBuf]) -> Result<ExitCode> {
    if paths.is_empty() {
        return Err(report(
            "No session file given: name one or more .json files to check.",
        ));
    }
    let mut failed = false;
    let code = |failed: bool| {
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    };
    // Write through a locked stdout and stop quietly when the reader goes away (`check … | head`).
    let mut out = std::io::stdout().lock();
    for path in paths {
        let problems = storage::check_file(path);
        let mut lines = Vec::new();
        if problems.is_empty() {
            lines.push(format!("{}: ok", path.display()));
        } else if problems.iter().any(|p| p.severity == Severity::Error) {
            failed = true;
        } else {
            lines.push(format!("{}: ok (with warnings)", path.display()));
        }
        lines.extend(problems.into_iter().map(|p| p.message));
        for line in lines {
            if writeln!(out, "{}", one_line(&line)).is_err() {
                return Ok(code(failed));
            }
        }
    }
    Ok(code(failed))
}

/// [`check_files`] as a library function: prints why it failed as the command line does, and gives
/// the exit status.
pub fn check(paths: &[PathBuf]) -> ExitCode {
    exit_code(check_files(paths))
}

/// Puts the backup `<file>.bak` back in place of the session file; the replaced version becomes the
/// backup, so running it again undoes it. Refuses while another pim-workshop has the session open.
pub fn restore_file(path: &Path) -> Result<ExitCode> {
    let _lock = match SessionLock::acquire(path) {
        Ok(lock) => lock,
        Err(e @ LockError::Held(_)) => {
            return Err(report(one_line(&format!("{e} Nothing was restored."))));
        }
        Err(e) => return Err(e.into()),
    };
    let r = storage::restore_backup(path).map_err(|e| report(one_line(&e.to_string())))?;
    println!(
        "{}",
        one_line(&format!(
            "Restored {} from its backup (the version last changed {}). The version it replaced is now {}; run restore again to undo.",
            path.display(),
            r.backup_updated.format("%Y-%m-%d %H:%M"),
            r.backup.display(),
        ))
    );
    Ok(ExitCode::SUCCESS)
}

/// [`restore_file`] as a library function: a refusal (the session is open elsewhere, no usable
/// backup) is printed as the command line prints it and gives exit status 1; other errors (the lock
/// could not be taken) are returned.
pub fn restore(path: &Path) -> Result<ExitCode> {
    match restore_file(path) {
        Err(e) if e.is::<Failure>() => Ok(exit_code(Err(e))),
        other => other,
    }
}

/// Messages can quote file content: keep each on one line and without control characters.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}
