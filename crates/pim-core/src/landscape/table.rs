//! A table as the import reads it, whatever its file: rows of text cells that know their line, and
//! why a table file could not be read.

use crate::t;

/// One row of a table: the line (CSV) or row number (sheet) it starts on, and its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    pub line: u64,
    pub cells: Vec<String>,
}

/// A table as read from its file: its rows, and what reading it had to say (Latin-1, the sheet used).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawTable {
    pub rows: Vec<RawRow>,
    pub notes: Vec<String>,
}

/// What is wrong with the text of a CSV table, with the line where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableProblem {
    /// A quoted cell that opens on this line and is never closed.
    #[error("{}", t!("landscape-csv-unterminated", line = *line))]
    UnterminatedQuote { line: u64 },
    /// A quote inside a cell that did not start with one.
    #[error("{}", t!("landscape-csv-stray-quote", line = *line))]
    StrayQuote { line: u64 },
}

/// Why a table file could not be read. Its `Display` is the reason, to follow "could not read FILE: ".
#[derive(Debug, thiserror::Error)]
pub enum TableReadError {
    /// The system could not read it (missing, no permission…).
    #[error("{0}")]
    Io(std::io::Error),
    /// A folder, a device…
    #[error("{}", t!("landscape-table-not-a-file"))]
    NotAFile,
    /// Larger than [`MAX_TABLE_BYTES`].
    #[error("{}", t!("landscape-table-too-large", size = *size, limit = *limit))]
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Nothing in it (no byte, or only blank lines).
    #[error("{}", t!("landscape-table-empty"))]
    Empty,
    /// CSV that cannot be read as a table.
    #[error("{0}")]
    Csv(TableProblem),
    /// A spreadsheet that cannot be opened.
    #[error("{}", t!("landscape-sheet-unreadable", error = .0.as_str()))]
    Workbook(String),
    /// The sheet asked for is not in the workbook.
    #[error("{}", t!("landscape-sheet-missing", sheet = .sheet.as_str(), sheets = .sheets.join(", ")))]
    NoSuchSheet { sheet: String, sheets: Vec<String> },
}
