//! Reading a landscape table from a file for import: at most [`MAX_TABLE_BYTES`], UTF-8. The
//! workshop's import and `pim-workshop import-landscape` read the file through [`read_table`].

use std::path::Path;

use crate::storage::{CappedReadError, read_capped};

/// The largest table accepted for import: 16 MiB, as for a session file (a register of thousands of
/// systems is far smaller).
pub const MAX_TABLE_BYTES: u64 = 16 * 1024 * 1024;

/// Why a table file could not be read. Its `Display` is the reason, to follow "could not read FILE: ".
#[derive(Debug, thiserror::Error)]
pub enum TableReadError {
    /// The system could not read it (missing, no permission…).
    #[error("{0}")]
    Io(std::io::Error),
    /// A folder, a device…
    #[error("{}", crate::t!("landscape-table-not-a-file"))]
    NotAFile,
    /// Larger than [`MAX_TABLE_BYTES`].
    #[error("{}", crate::t!("landscape-table-too-large", size = *size, limit = *limit))]
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Not UTF-8 text.
    #[error("{}", crate::t!("landscape-table-not-utf8"))]
    NotUtf8,
}

/// The text of a table file: refused when it is not a file, larger than [`MAX_TABLE_BYTES`] or not
/// UTF-8.
pub fn read_table(path: &Path) -> Result<String, TableReadError> {
    let bytes = read_capped(path, MAX_TABLE_BYTES).map_err(|e| match e {
        CappedReadError::Io(e) => TableReadError::Io(e),
        CappedReadError::NotAFile => TableReadError::NotAFile,
        CappedReadError::TooLarge { size, limit } => TableReadError::TooLarge { size, limit },
    })?;
    String::from_utf8(bytes).map_err(|_| TableReadError::NotUtf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_read_as_utf8_within_the_limit() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let good = dir.path().join("good.csv");
        std::fs::write(&good, "name\nA\n").expect("written");
        assert_eq!(read_table(&good).expect("read"), "name\nA\n");
        let latin1 = dir.path().join("latin1.csv");
        std::fs::write(&latin1, b"name\n\xe9t\xe9\n").expect("written");
        assert!(matches!(read_table(&latin1), Err(TableReadError::NotUtf8)));
        assert!(matches!(
            read_table(dir.path()),
            Err(TableReadError::NotAFile)
        ));
        let missing = read_table(&dir.path().join("missing.csv"));
        assert!(matches!(missing, Err(TableReadError::Io(_))));
        let big = dir.path().join("big.csv");
        let f = std::fs::File::create(&big).expect("created");
        f.set_len(MAX_TABLE_BYTES + 1).expect("sized");
        let e = read_table(&big).expect_err("too large");
        assert!(matches!(e, TableReadError::TooLarge { .. }));
        assert!(e.to_string().contains("16 MiB"), "{e}");
    }
}
