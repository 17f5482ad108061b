//! The operation's PIM landscape read on the Matrix: which systems run in which category and area, where
//! there is no system (gaps) and where several produce the same output in the same area (possible
//! duplication); and the register as a CSV table with an HXL hashtag row, out and back in.
//!
//! The register itself lives in the session ([`crate::session::LandscapeEntry`]); [`entry`] holds the
//! checks of an entry that the workshop's form and the table import share, [`table_file`] the reading
//! of a table file.

pub mod entry;
pub mod hxl;
pub mod matrix;
pub mod table_file;

pub use entry::{EntryProblem, looks_personal};
pub use hxl::{COLUMNS, ImportError, ImportReport, RowError, import_csv, parse_csv, to_csv};
pub use matrix::{Column, Duplicate, Gap, OperationMatrix, category_label, operation_matrix};
pub use table_file::{MAX_TABLE_BYTES, TableReadError, read_table};
