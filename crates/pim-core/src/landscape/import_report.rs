//! What an import says: the report of a table brought in (systems added, updated, unchanged, left to
//! classify, and every note: merges, columns left out, values dropped), or why nothing was imported.

use thiserror::Error;

use super::table::TableProblem;
use crate::t;

/// A problem with one row (or the header) of an imported table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line in the file (or the sheet's row) where the row starts (1-based).
    pub line: u64,
    pub message: String,
}

/// Why a table could not be imported. Nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("{}", t!("landscape-import-no-name-column"))]
    NoNameColumn,
    #[error("{}", t!("landscape-table-empty"))]
    Empty,
    #[error("{}", t!("landscape-import-not-csv", problem = .0.to_string()))]
    Csv(TableProblem),
    #[error("{}", describe_rows(.0))]
    Rows(Vec<RowError>),
}

fn describe_rows(errors: &[RowError]) -> String {
    let mut lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    lines.dedup();
    let mut s = t!(
        "landscape-import-nothing",
        problems = errors.len(),
        rows = lines.len()
    );
    for e in errors.iter().take(50) {
        s.push_str("\n  ");
        s.push_str(&t!(
            "landscape-import-line",
            line = e.line,
            message = e.message.as_str()
        ));
    }
    if errors.len() > 50 {
        s.push_str("\n  ");
        s.push_str(&t!("landscape-import-more", count = errors.len() - 50));
    }
    s
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    pub added: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: Vec<String>,
    /// Systems brought in without a PIM category (to classify on the classification screen).
    pub to_classify: usize,
    /// What else the import has to say, one sentence each.
    pub notes: Vec<String>,
}

impl std::fmt::Display for ImportReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "landscape-imported",
            added = self.added.len(),
            updated = self.updated.len(),
            unchanged = self.unchanged.len()
        ))?;
        if self.to_classify > 0 {
            write!(
                f,
                " {}",
                t!("landscape-import-to-classify", count = self.to_classify)
            )?;
        }
        for n in &self.notes {
            write!(f, "\n  {n}")?;
        }
        Ok(())
    }
}

/// Items joined for a sentence: `a, b, c`.
pub fn join(items: Vec<String>) -> String {
    items.join(", ")
}
