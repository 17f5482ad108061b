//! `check` and `restore`: session-file commands on the command line.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use super::failure::{Failure, exit_code, report};
use crate::display::one_line;
use crate::storage::{self, LockError, SessionLock, Severity};
use crate::t;

/// Checks session files without changing them. Prints `path: ok` for a good file, else one line per
/// problem (warnings included). Exit status 0 when every file can be opened, 1 otherwise.
pub fn check_files(paths: &[PathBuf]) -> Result<ExitCode> {
    if paths.is_empty() {
        return Err(report(t!("cli-check-no-file")));
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
            lines.push(t!("cli-check-ok", path = path.display().to_string()));
        } else if problems.iter().any(|p| p.severity == Severity::Error) {
            failed = true;
        } else {
            lines.push(t!(
                "cli-check-ok-warnings",
                path = path.display().to_string()
            ));
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
            let refused = t!("cli-restore-refused", error = e.to_string());
            return Err(report(one_line(&refused)));
        }
        Err(e) => return Err(e.into()),
    };
    let r = storage::restore_backup(path).map_err(|e| report(one_line(&e.to_string())))?;
    println!(
        "{}",
        one_line(&t!(
            "cli-restored",
            path = path.display().to_string(),
            changed = r.backup_updated.format("%Y-%m-%d %H:%M").to_string(),
            backup = r.backup.display().to_string()
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
