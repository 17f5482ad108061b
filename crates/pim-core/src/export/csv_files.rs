//! The CSV export as people use it: one tidy table per file (decisions, actions, risks, participants,
//! and the landscape register when it holds a system, filtered by sharing level), never one file
//! stacking tables with different headers. The TUI's export and the plain front's `export csv` both
//! write through [`write_tables`].

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::tables::{self, TableKind};
use crate::content::Pack;
use crate::session::Session;

/// Writes each table of `kinds` (every table the session has when empty) as its own CSV file in
/// `dir` (made private if need be), beside `session_path` and never over it. Ok: the tables written,
/// in order. Err: the sentence saying what went wrong (tables written before it stay written).
pub fn write_tables(
    session: &Session,
    pack: &Pack,
    kinds: &[TableKind],
    today: NaiveDate,
    dir: &Path,
    session_path: &Path,
) -> Result<Vec<(TableKind, PathBuf)>, String> {
    let kinds = if kinds.is_empty() {
        tables::csv_kinds(session)
    } else {
        kinds.to_vec()
    };
    crate::storage::create_private_dir(dir).map_err(|e| e.to_string())?;
    let mut written = Vec::new();
    for kind in kinds {
        let csv = tables::to_csv(&tables::shared_table(session, pack, kind, today));
        let out = dir.join(tables::csv_file_name(session, kind));
        super::write_file_beside(&out, session_path, csv, true).map_err(|e| e.to_string())?;
        written.push((kind, out));
    }
    Ok(written)
}

/// The sentence said after [`write_tables`]: how many tables, which, and the folder.
pub fn written_message(written: &[(TableKind, PathBuf)], dir: &Path) -> String {
    let names: Vec<&str> = written.iter().map(|(k, _)| k.name()).collect();
    crate::t!(
        "plain-exported-tables",
        count = written.len(),
        names = names.join(", "),
        dir = dir.display().to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_goes_to_its_own_file_with_its_own_header() {
        let pack = crate::content::load_embedded().expect("the embedded pack loads");
        let dir = tempfile::tempdir().unwrap();
        let session = Session {
            title: "Kalma scoping".into(),
            ..Session::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let written = write_tables(
            &session,
            &pack,
            &[],
            today,
            &dir.path().join("exports"),
            &dir.path().join("s.json"),
        )
        .unwrap();
        // No landscape system: the four other tables, each file one header row.
        assert_eq!(written.len(), 4);
        for (kind, path) in &written {
            let text = std::fs::read_to_string(path).unwrap();
            assert_eq!(text.lines().count(), 1, "{kind:?}: only its header");
            assert!(path.ends_with(tables::csv_file_name(&session, *kind)));
        }
        let message = written_message(&written, &dir.path().join("exports"));
        assert!(message.contains("4 tables"), "{message}");
    }
}
