//! Reading a landscape table from a file for import: CSV (UTF-8, or Latin-1 said so) or a spreadsheet
//! (.xlsx, .xls, .ods; one sheet), at most [`MAX_TABLE_BYTES`] whatever its kind. The workshop's
//! import and `pim-workshop import-landscape` read the file through [`read_table`], so both have the
//! same cap and the same errors. A table is rows of text cells, each row with the line (or the sheet's
//! row number) it starts on.

use std::path::Path;

pub use super::table::{RawRow, RawTable, TableProblem, TableReadError};
use crate::storage::{CappedReadError, read_capped};
use crate::t;

/// The largest table accepted for import: 16 MiB, as for a session file (a register of thousands of
/// systems is far smaller).
pub const MAX_TABLE_BYTES: u64 = 16 * 1024 * 1024;

/// Whether the file is a spreadsheet (by its extension), read with [`super::xlsx::read_sheet`].
pub fn is_spreadsheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xlsx", "xlsm", "xls", "ods"].contains(&e.to_ascii_lowercase().as_str()))
}

/// The table in a file: a spreadsheet by its extension (the sheet named, or the first), otherwise
/// CSV. Refused when it is not a file, larger than [`MAX_TABLE_BYTES`], empty or malformed.
pub fn read_table(path: &Path, sheet: Option<&str>) -> Result<RawTable, TableReadError> {
    let bytes = read_capped(path, MAX_TABLE_BYTES).map_err(|e| match e {
        CappedReadError::Io(e) => TableReadError::Io(e),
        CappedReadError::NotAFile => TableReadError::NotAFile,
        CappedReadError::TooLarge { size, limit } => TableReadError::TooLarge { size, limit },
    })?;
    let table = if is_spreadsheet(path) {
        super::xlsx::read_sheet(bytes, sheet)?
    } else {
        csv_table(&bytes)?
    };
    if table
        .rows
        .iter()
        .all(|r| r.cells.iter().all(|c| c.trim().is_empty()))
    {
        return Err(TableReadError::Empty);
    }
    Ok(table)
}

/// A CSV table from its bytes (UTF-8, or Latin-1 with a note).
pub fn csv_table(bytes: &[u8]) -> Result<RawTable, TableReadError> {
    let (text, latin1) = super::raw_csv::decode(bytes);
    let rows = super::raw_csv::parse(&text).map_err(TableReadError::Csv)?;
    let notes = if latin1 {
        vec![t!("landscape-read-latin1")]
    } else {
        Vec::new()
    };
    Ok(RawTable { rows, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_read_within_the_limit_and_latin1_is_said() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let good = dir.path().join("good.csv");
        std::fs::write(&good, "name\nA\n").expect("written");
        let table = read_table(&good, None).expect("read");
        assert_eq!(table.rows[1].cells, ["A"]);
        assert!(table.notes.is_empty());
        let latin1 = dir.path().join("latin1.csv");
        std::fs::write(&latin1, b"name\n\xe9t\xe9\n").expect("written");
        let table = read_table(&latin1, None).expect("read as Latin-1");
        assert_eq!(table.rows[1].cells, ["été"]);
        assert_eq!(table.notes.len(), 1);
        assert!(matches!(
            read_table(dir.path(), None),
            Err(TableReadError::NotAFile)
        ));
        let missing = read_table(&dir.path().join("missing.csv"), None);
        assert!(matches!(missing, Err(TableReadError::Io(_))));
        let empty = dir.path().join("empty.csv");
        std::fs::write(&empty, "\u{feff}\r\n\r\n").expect("written");
        assert!(matches!(
            read_table(&empty, None),
            Err(TableReadError::Empty)
        ));
        let big = dir.path().join("big.csv");
        let f = std::fs::File::create(&big).expect("created");
        f.set_len(MAX_TABLE_BYTES + 1).expect("sized");
        let e = read_table(&big, None).expect_err("too large");
        assert!(matches!(e, TableReadError::TooLarge { .. }));
        assert!(e.to_string().contains("16 MiB"), "{e}");
    }
}
