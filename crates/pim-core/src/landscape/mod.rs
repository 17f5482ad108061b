//! The operation's PIM landscape read on the Matrix: which systems run in which category and area, where
//! there is no system (gaps) and where several produce the same output in the same area (possible
//! duplication); and the register as a table with an HXL hashtag row, out (wide or long, CSV or .xlsx,
//! filtered by sharing level) and back in (CSV or a spreadsheet, read by HXL's rules).
//!
//! The register itself lives in the session ([`crate::session::LandscapeEntry`]); [`entry`] holds the
//! checks of an entry that the workshop's form and the table import share, [`table_file`] the reading
//! of a table file, [`import`] the reading of its rows.

pub mod entry;
pub mod hxl;
pub mod hxl_tags;
pub mod import;
pub mod import_columns;
pub mod import_report;
pub mod long;
pub mod matrix;
pub mod merge;
mod raw_csv;
pub mod sharing;
pub mod table;
pub mod table_cells;
pub mod table_file;
pub mod vocab;
pub mod xlsx;

pub use entry::{EntryProblem, looks_personal};
pub use hxl::{COLUMNS, to_csv};
pub use import::{import_csv, import_table, parse_csv, parse_table};
pub use import_report::{ImportError, ImportReport, RowError};
pub use matrix::{Column, Duplicate, Gap, OperationMatrix, category_label, operation_matrix};
pub use sharing::{Include, shareable};
pub use table_file::{MAX_TABLE_BYTES, RawRow, RawTable, TableProblem, TableReadError, read_table};
