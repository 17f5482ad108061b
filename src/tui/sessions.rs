//! The session rows the home screen lists, read from the data folder's library scan.

use std::path::Path;

use super::library::{ReviewState, SessionRow};
use crate::storage::library::LibraryEntry;
use crate::t;

/// The home screen's row for a library entry.
pub fn row(entry: LibraryEntry) -> SessionRow {
    match entry {
        LibraryEntry::Ok(summary) => SessionRow {
            operation: summary.operation,
            facilitator: summary.facilitator,
            progress: format!("{}/{}", summary.done, summary.total_known),
            decisions: summary.decisions,
            open_actions: summary.open_actions,
            sort_key: summary.updated.to_rfc3339(),
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
            ..SessionRow::default()
        },
    }
}

/// Read a session for review: no lock taken, nothing written. The text is the same summary
/// `pim-workshop show` prints (so the screen and the command never disagree), warnings first.
/// `today` dates what is overdue (the caller's clock: time comes in as data).
pub fn load_review(
    path: &Path,
    pack: &crate::content::Pack,
    today: chrono::NaiveDate,
) -> ReviewState {
    let mut warnings = Vec::new();
    if let Some(w) = crate::storage::permission_warning(path) {
        warnings.push(w);
    }
    let (loaded, mut lines) = match crate::storage::read_session_read_only(path) {
        Ok(parsed) => {
            warnings.extend(parsed.warnings);
            let text = crate::export::text::render(&parsed.session, pack, today);
            let lines: Vec<String> = text.lines().map(str::to_string).collect();
            (Ok(Box::new(parsed.session)), lines)
        }
        Err(e) => (
            Err(e.to_string()),
            vec![t!("review-unreadable"), String::new(), e.to_string()],
        ),
    };
    if !warnings.is_empty() {
        let title = t!("review-warnings");
        let underline = "-".repeat(crate::display::width(&title));
        let mut head = vec![title, underline];
        head.extend(warnings.iter().map(|w| format!("! {w}")));
        head.push(String::new());
        head.append(&mut lines);
        lines = head;
    }
    // A section is a line underlined with - or =.
    let sections = lines
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| {
            !pair[0].trim().is_empty()
                && !pair[1].is_empty()
                && pair[1].chars().all(|c| c == '-' || c == '=')
        })
        .map(|(i, pair)| (pair[0].clone(), i))
        .collect();
    ReviewState {
        path: path.to_path_buf(),
        loaded,
        warnings,
        lines,
        sections,
        scroll: 0,
        query: String::new(),
        searching: false,
    }
}
