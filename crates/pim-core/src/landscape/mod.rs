//! The operation's PIM landscape read on the Matrix: which systems run in which category and area, where
//! there is no system (gaps) and where several produce the same output in the same area (possible
//! duplication); and the register as a CSV table with an HXL hashtag row, out and back in.
//!
//! The register itself lives in the session ([`crate::session::LandscapeEntry`]).

pub mod hxl;
pub mod matrix;

pub use hxl::{COLUMNS, ImportError, ImportReport, RowError, import_csv, parse_csv, to_csv};
pub use matrix::{Column, Duplicate, Gap, OperationMatrix, category_label, operation_matrix};
