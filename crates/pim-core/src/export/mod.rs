//! Exports of a session for people outside the workshop: Markdown, HTML (print-ready), CSV and JSON,
//! and the plain-text summary printed by `pim-workshop show`.
//!
//! Session files are untrusted (they come from colleagues by email), so every format escapes every
//! value and none lets a control character, escape sequence or bidi override through (see
//! [`crate::display::sanitize`]); JSON keeps the exact data but writes such characters as `\u` escapes.
//! Rendering is pure: it takes the session, the content pack and `today` (for overdue actions) and
//! returns the text. [`write_file`] saves an export atomically, readable only by its owner.
//!
//! The TUI exports from a screen with:
//! ```no_run
//! # use pim_core::{content, export, session::Session};
//! # let (session, pack) = (Session::default(), content::load_embedded().unwrap());
//! let today = chrono::Local::now().date_naive();
//! let text = export::render(&session, &pack, export::Format::Html, today);
//! let path = std::path::Path::new("/tmp").join(export::default_file_name(&session, export::Format::Html));
//! export::write_file(&path, &text)?;
//! # Ok::<(), export::ExportError>(())
//! ```

pub mod brief;
pub mod coverage;
pub mod csv;
pub mod day_summary;
pub mod escape;
mod format;
pub mod groups;
pub mod html;
pub mod json;
mod labels;
pub mod landscape;
pub mod markdown;
pub mod model;
pub mod outline;
pub mod records;
pub mod report;
pub mod summary;
pub mod tables;
pub mod text;
pub mod text_writer;
pub mod writer;

use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::storage;

pub use coverage::{Coverage, CoverageCell, coverage};
pub use format::{Format, NotOffered, UnknownFormat, default_file_name, language_of, render};

/// An export that could not be written.
#[derive(Debug, Error)]
pub enum ExportError {
    /// Writing the file failed; nothing was replaced.
    #[error("{}", crate::t!("format-write-failed", path = path.display().to_string(), error = source.to_string()))]
    Write {
        /// The export file.
        path: PathBuf,
        /// The system error.
        #[source]
        source: io::Error,
    },
    /// The export would replace the session file it was made from.
    #[error("{}", crate::t!("format-would-replace-session", path = path.display().to_string()))]
    WouldReplaceSession {
        /// The session file.
        path: PathBuf,
    },
}

/// Writes an export to `path` atomically (temp file, fsync, rename): after a crash the file holds the
/// old or the new export, never a mix. The file is created readable only by its owner (0600).
pub fn write_file(path: &Path, contents: &str) -> Result<(), ExportError> {
    storage::write_atomic(path, contents.as_bytes()).map_err(|source| ExportError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Like [`write_file`], but refuses when `path` is the session file `session_path` itself (or a link
/// to it), so an export can never replace the session.
pub fn write_file_beside(
    path: &Path,
    session_path: &Path,
    contents: &str,
) -> Result<(), ExportError> {
    if same_file(path, session_path) {
        return Err(ExportError::WouldReplaceSession {
            path: path.to_path_buf(),
        });
    }
    write_file(path, contents)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{LandscapeEntry, Session};

    fn session(template: &str, systems: usize) -> Session {
        Session {
            template: template.into(),
            landscape: vec![LandscapeEntry::default(); systems],
            ..Session::default()
        }
    }

    #[test]
    fn the_brief_only_for_a_scoping_and_the_register_only_when_it_has_a_system() {
        let pack = crate::content::load_embedded().expect("the embedded pack loads");
        let all = Format::offered(&session("needs-assessment-scoping", 1), &pack);
        assert_eq!(all, Format::ALL);
        let training = session("pim-training", 0);
        assert_eq!(
            Format::offered(&training, &pack),
            [Format::Markdown, Format::Html, Format::Csv, Format::Json]
        );
        assert_eq!(
            Format::Brief.offer(&training, &pack),
            Err(NotOffered::NotScoping)
        );
        assert_eq!(
            Format::LandscapeCsv.offer(&training, &pack),
            Err(NotOffered::EmptyRegister)
        );
        assert!(NotOffered::EmptyRegister.can_still_write());
        assert!(!NotOffered::NotScoping.can_still_write());
    }

    #[test]
    fn every_format_is_found_by_its_name() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>(), Ok(f));
        }
    }
}
