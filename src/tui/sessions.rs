//! The session rows the home screen lists, read from the data folder's library scan.

use std::path::Path;

use super::app::{OverviewState, SessionRow};
use crate::storage::library::{self, LibraryEntry};

/// Every session file in `dir`, newest first; broken files are listed with their error.
pub fn scan(dir: &Path) -> Vec<SessionRow> {
    library::scan_dir(dir).into_iter().map(row).collect()
}

fn row(entry: LibraryEntry) -> SessionRow {
    match entry {
        LibraryEntry::Ok(summary) => SessionRow {
            title: summary.title,
            kind: summary.template,
            changed: summary.updated.format("%Y-%m-%d %H:%M").to_string(),
            path: summary.path,
            error: None,
        },
        LibraryEntry::Err { path, message } => SessionRow {
            title: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            kind: String::new(),
            changed: String::new(),
            path,
            error: Some(message),
        },
    }
}

/// Read a session for the read-only overview: no lock taken, nothing written.
pub fn load_overview(path: &Path) -> OverviewState {
    let mut warnings = Vec::new();
    if let Some(w) = crate::storage::permission_warning(path) {
        warnings.push(w);
    }
    let loaded = match crate::storage::read_session_read_only(path) {
        Ok(parsed) => {
            warnings.extend(parsed.warnings);
            Ok(Box::new(parsed.session))
        }
        Err(e) => Err(e.to_string()),
    };
    OverviewState {
        path: path.to_path_buf(),
        loaded,
        warnings,
        scroll: 0,
    }
}
