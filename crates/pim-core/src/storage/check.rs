//! Checking session files without opening them for work: nothing is written, not even a backup.

use std::fmt;
use std::path::{Path, PathBuf};

use super::load;
use super::perms;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The file cannot be opened.
    Error,
    /// The file opens, but something should be looked at.
    Warning,
}

/// One problem found in a file; displays as one line, `path: problem` (or `path:line:column: problem`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub path: PathBuf,
    /// Error or warning.
    pub severity: Severity,
    /// The full line, starting with the path.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every problem in the session file at `path`; empty when it is fine. Never writes anything.
pub fn check_file(path: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut push = |severity, message: String| {
        problems.push(Problem {
            path: path.to_path_buf(),
            severity,
            message,
        })
    };
    let parsed = load::read_limited(path)
        .and_then(|bytes| load::parse_session(path, &bytes, chrono::Local::now().fixed_offset()));
    match parsed {
        Err(e) => push(Severity::Error, e.to_string()),
        Ok(p) => {
            if let Some(v) = p.migrated_from {
                push(
                    Severity::Warning,
                    crate::t!(
                        "storage-check-older-schema",
                        path = path.display().to_string(),
                        version = v,
                        backup = load::migration_backup_path(path, v).display().to_string()
                    ),
                );
            }
            for w in p.warnings {
                push(
                    Severity::Warning,
                    crate::t!(
                        "storage-check-warning",
                        path = path.display().to_string(),
                        warning = w
                    ),
                );
            }
            if let Some(w) = perms::permission_issue(path) {
                push(
                    Severity::Warning,
                    crate::t!(
                        "storage-check-warning",
                        path = path.display().to_string(),
                        warning = w
                    ),
                );
            }
        }
    }
    problems
}
