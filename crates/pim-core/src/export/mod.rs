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

pub mod agreement;
pub mod attendance;
pub mod brief;
pub mod coverage;
pub mod csv;
pub mod csv_files;
pub mod day_extras;
pub mod day_summary;
pub mod docx;
pub mod escape;
mod format;
pub mod groups;
pub mod html;
pub mod json;
mod labels;
pub mod landscape;
pub mod markdown;
pub mod model;
pub mod names;
pub mod options;
pub mod outline;
pub mod records;
pub mod report;
pub mod summary;
pub mod tables;
pub mod text;
pub mod text_writer;
pub mod training_plan;
pub mod training_report;
pub mod vote_outcome;
pub mod workbook;
pub mod writer;

use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::storage;

pub use coverage::{Coverage, CoverageCell, coverage};
pub use format::{
    ExportOptions, Format, NotOffered, UnknownFormat, default_file_name, language_of, render,
    render_with,
};

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
    /// The export would replace a session file, a backup or a lock (never done, whatever is asked).
    #[error("{}", crate::t!("export-refused-protected", path = path.display().to_string()))]
    Protected {
        /// The file that was kept.
        path: PathBuf,
    },
    /// The file exists and replacing it was not asked for (`--force`).
    #[error("{}", crate::t!("export-refused-exists", path = path.display().to_string()))]
    Exists {
        /// The file that was kept.
        path: PathBuf,
    },
}

/// Writes an export to `path` atomically (temp file, fsync, rename): after a crash the file holds the
/// old or the new export, never a mix. The file is created readable only by its owner (0600).
pub fn write_file(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), ExportError> {
    storage::write_atomic(path, contents.as_ref()).map_err(|source| ExportError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Like [`write_file`], but refuses when `path` is the session file `session_path` itself (or a link
/// to it), so an export can never replace the session; and never replaces another session file, a
/// backup (`.bak`, itself a session) or a lock. An existing file of any other kind is replaced only
/// with `overwrite` (the command line's `--force`; the screens re-export over their own file).
pub fn write_file_beside(
    path: &Path,
    session_path: &Path,
    contents: impl AsRef<[u8]>,
    overwrite: bool,
) -> Result<(), ExportError> {
    if same_file(path, session_path) {
        return Err(ExportError::WouldReplaceSession {
            path: path.to_path_buf(),
        });
    }
    if std::fs::symlink_metadata(path).is_ok() {
        if is_protected(path, session_path) {
            return Err(ExportError::Protected {
                path: path.to_path_buf(),
            });
        }
        if !overwrite {
            return Err(ExportError::Exists {
                path: path.to_path_buf(),
            });
        }
    }
    write_file(path, contents)
}

/// Whether an existing `path` is one no export may replace: the session's backup or lock, any file
/// that reads as a session (another session, any backup), or the lock of a file beside it.
fn is_protected(path: &Path, session_path: &Path) -> bool {
    let real = storage::real_path(path);
    if real == storage::backup_path(session_path) || real == storage::lock_path(session_path) {
        return true;
    }
    let is_session = storage::read_limited(path).is_ok_and(|bytes| {
        storage::parse_session(path, &bytes, chrono::Local::now().fixed_offset()).is_ok()
    });
    let is_lock = real
        .to_str()
        .and_then(|p| p.strip_suffix(".lock"))
        .is_some_and(|locked| Path::new(locked).exists());
    is_session || is_lock
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// What a file of `format` written to `out` holds: a Word or Excel document for those formats; an Excel
/// workbook when `out` ends in `.xlsx` and the format is a landscape table; the format's text otherwise (`options` narrow what a landscape export
/// holds). Err: the sentence saying what went wrong.
pub fn export_bytes(
    session: &crate::session::Session,
    pack: &crate::content::Pack,
    format: Format,
    today: chrono::NaiveDate,
    options: &ExportOptions,
    out: &Path,
) -> Result<Vec<u8>, String> {
    if let Some(document) = document_bytes(session, pack, format, today, options) {
        return document;
    }
    let xlsx = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    match landscape::xlsx(session, pack, format, options) {
        Some(book) if xlsx => book,
        _ => Ok(render_with(session, pack, format, today, options).into_bytes()),
    }
}

/// The bytes of a Word or Excel format ([`Format::is_binary`]), in the session's language; None for a
/// text format.
fn document_bytes(
    session: &crate::session::Session,
    pack: &crate::content::Pack,
    format: Format,
    today: chrono::NaiveDate,
    options: &ExportOptions,
) -> Option<Result<Vec<u8>, String>> {
    let write = || match format {
        Format::Docx => Some(docx::report(session, pack, today)),
        Format::BriefDocx => Some(docx::brief(session, pack, today)),
        Format::Xlsx => Some(workbook::workbook(session, pack, today, options)),
        Format::SharingAgreementDocx => Some(docx::agreement(
            options::scoped(session, format.scope(), options).as_ref(),
            pack,
        )),
        _ => None,
    };
    crate::i18n::with_lang(language_of(session, pack), write)
}

/// Write `session` in `format` to `out` (made beside the session's data, never over `session_path`;
/// an existing file of another kind only with `overwrite`). Err: the sentence saying what went wrong.
pub fn export_to(
    session: &crate::session::Session,
    pack: &crate::content::Pack,
    (format, options): (Format, &ExportOptions),
    today: chrono::NaiveDate,
    out: &Path,
    session_path: &Path,
    overwrite: bool,
) -> Result<(), String> {
    let bytes = export_bytes(session, pack, format, today, options, out)?;
    if let Some(dir) = out.parent()
        && !dir.as_os_str().is_empty()
        && !dir.exists()
    {
        storage::create_private_dir(dir).map_err(|e| e.to_string())?;
    }
    write_file_beside(out, session_path, &bytes, overwrite).map_err(|e| e.to_string())
}

/// The sentence said after an export: the file's name first (what a person attaches to an email), then
/// the format, then the folder, so a narrow notice line cuts the folder rather than the name.
pub fn exported_message(format: Format, out: &Path) -> String {
    let file = out.file_name().map_or_else(
        || out.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let folder = out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(|| ".".to_string(), |d| d.display().to_string());
    crate::t!(
        "run-exported",
        file = file,
        format = format.label(),
        folder = folder
    )
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
        let trainings = [
            Format::SignIn,
            Format::SignInCsv,
            Format::Certificates,
            Format::CertificatesCsv,
            Format::TrainingReport,
            Format::TrainingReportHtml,
        ];
        let not_training: Vec<Format> = Format::ALL
            .into_iter()
            .filter(|f| !trainings.contains(f))
            .collect();
        assert_eq!(all, not_training);
        let training = session("pim-training", 0);
        let mut wanted = vec![
            Format::Markdown,
            Format::Html,
            Format::Csv,
            Format::Json,
            Format::Docx,
            Format::Xlsx,
        ];
        wanted.extend(trainings);
        assert_eq!(Format::offered(&training, &pack), wanted);
        assert_eq!(
            Format::SignIn.offer(&session("needs-assessment-scoping", 0), &pack),
            Err(NotOffered::NotTraining)
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
        assert!(NotOffered::NotTraining.can_still_write());
        assert!(!NotOffered::NotScoping.can_still_write());
    }

    #[test]
    fn every_format_is_found_by_its_name() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>(), Ok(f));
        }
    }
}
