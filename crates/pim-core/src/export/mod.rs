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
pub mod text;
pub mod text_writer;
pub mod writer;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use thiserror::Error;

use crate::content::Pack;
use crate::session::Session;
use crate::storage;

pub use coverage::{Coverage, CoverageCell, coverage};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Markdown (CommonMark with GitHub tables), every value escaped.
    Markdown,
    /// One self-contained, print-ready HTML file: no scripts, no remote resources, a strict CSP.
    Html,
    /// Decisions, actions and participants as RFC 4180 CSV, UTF-8 with a BOM.
    Csv,
    /// The session itself, pretty-printed: exactly the model.
    Json,
    /// The scoping brief for the manager, as Markdown.
    Brief,
    /// The scoping brief as one print-ready HTML page.
    BriefHtml,
    /// The landscape register as CSV with an HXL hashtag row.
    LandscapeCsv,
}

impl Format {
    /// Every format, in the order menus list them.
    pub const ALL: [Format; 7] = [
        Format::Markdown,
        Format::Html,
        Format::Csv,
        Format::Json,
        Format::Brief,
        Format::BriefHtml,
        Format::LandscapeCsv,
    ];

    /// The name used on the command line: `md`, `html`, `csv`, `json`, `brief`, `brief-html`,
    /// `landscape-csv`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Brief => "brief",
            Format::BriefHtml => "brief-html",
            Format::LandscapeCsv => "landscape-csv",
        }
    }

    /// The file extension (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown | Format::Brief => "md",
            Format::Html | Format::BriefHtml => "html",
            Format::Csv | Format::LandscapeCsv => "csv",
            Format::Json => "json",
        }
    }

    /// Whether the format is made for a scoping session (the brief).
    pub fn is_brief(self) -> bool {
        matches!(self, Format::Brief | Format::BriefHtml)
    }

    /// A short description for menus, e.g. "HTML (print-ready)".
    pub fn label(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown",
            Format::Html => "HTML (print-ready)",
            Format::Csv => "CSV (decisions, actions, participants)",
            Format::Json => "JSON (the session data)",
            Format::Brief => "Scoping brief (Markdown)",
            Format::BriefHtml => "Scoping brief (HTML, print-ready)",
            Format::LandscapeCsv => "Landscape register (CSV with HXL tags)",
        }
    }
}

/// Why a session is not offered a format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotOffered {
    /// The brief is written from a scoping session (one whose template records the outputs
    /// needed); this session is not one.
    NotScoping,
    /// The landscape register is empty: the table would hold its header and HXL rows only.
    EmptyRegister,
}

impl NotOffered {
    /// Whether the export can still be written when it is asked for by name (on the command line):
    /// an empty register's table is still a valid template to fill in; a brief without a scoping
    /// session is not.
    pub fn can_still_write(self) -> bool {
        matches!(self, NotOffered::EmptyRegister)
    }
}

impl Format {
    /// Whether `session` is offered this format: the brief only for a scoping session, the
    /// landscape table only when the register holds a system.
    pub fn offer(self, session: &Session, pack: &Pack) -> Result<(), NotOffered> {
        if self.is_brief() && !crate::scoping::is_scoping(pack, session) {
            return Err(NotOffered::NotScoping);
        }
        if self == Format::LandscapeCsv && session.landscape.is_empty() {
            return Err(NotOffered::EmptyRegister);
        }
        Ok(())
    }

    /// The formats `session` is offered, in the order of [`Format::ALL`] (what menus list).
    pub fn offered(session: &Session, pack: &Pack) -> Vec<Format> {
        Format::ALL
            .into_iter()
            .filter(|f| f.offer(session, pack).is_ok())
            .collect()
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A format name that is not one of [`Format::name`]'s.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "unknown export format {0:?}: choose md, html, csv, json, brief, brief-html or landscape-csv"
)]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            "brief" | "brief-md" => Ok(Format::Brief),
            "brief-html" => Ok(Format::BriefHtml),
            "landscape-csv" | "landscape" => Ok(Format::LandscapeCsv),
            _ => Err(UnknownFormat(s.to_string())),
        }
    }
}

/// The session in `format`. `today` decides which actions are marked overdue (pass the local date;
/// tests pass a fixed one). JSON does not depend on `pack` or `today`.
pub fn render(session: &Session, pack: &Pack, format: Format, today: NaiveDate) -> String {
    match format {
        Format::Markdown => markdown::render(session, pack, today),
        Format::Html => html::render(session, pack, today),
        Format::Csv => csv::render(session, pack, today),
        Format::Json => json::render(session),
        Format::Brief => brief::markdown(session, pack, today),
        Format::BriefHtml => brief::html(session, pack, today),
        Format::LandscapeCsv => crate::landscape::to_csv(pack, &session.landscape),
    }
}

/// An export that could not be written.
#[derive(Debug, Error)]
pub enum ExportError {
    /// Writing the file failed; nothing was replaced.
    #[error(
        "Could not write the export to {}: {source}. Check that the folder exists and that you may write to it, or choose another place.",
        path.display()
    )]
    Write {
        /// The export file.
        path: PathBuf,
        /// The system error.
        #[source]
        source: io::Error,
    },
    /// The export would replace the session file it was made from.
    #[error(
        "{} is the session file itself; exporting over it would replace the session. Choose another file name for the export.",
        path.display()
    )]
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

/// A file name for an export of this session: the title's slug and the format's extension, e.g.
/// `kalma-district-scoping.html`. Never contains a path separator.
pub fn default_file_name(session: &Session, format: Format) -> String {
    let suffix = match format {
        Format::Brief | Format::BriefHtml => "-brief",
        Format::LandscapeCsv => "-landscape",
        _ => "",
    };
    format!(
        "{}{suffix}.{}",
        storage::slug(&session.title),
        format.extension()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::LandscapeEntry;

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
