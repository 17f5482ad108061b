//! The landscape register in the reports: as text (the `show` summary and the review screen), as
//! Markdown and as HTML, where the operation's Matrix is drawn as a picture (categories down, areas
//! across, each cell naming the running systems, gaps shaded, possible duplication outlined).
//! Nothing is written for a session without a register.
//!
//! This is the walk's landscape section: it gathers what the formats show ([`LandscapeView`], in
//! [`super::model`]) and writes it through the report's writer ([`ReportWriter::landscape`]): by
//! default the register, the Matrix and possible duplication ([`plain`], in [`super::writer`]);
//! HTML draws its own picture.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::Session;

use super::format::Format;
use super::options::{ExportOptions, scoped};

use super::model::Report;
use super::text_writer::TextWriter;
use super::writer::ReportWriter;

pub use super::model::{LandscapeView, System};
pub use super::writer::{plain_landscape as plain, plain_matrix};

/// Whether the session has a register (the section is left out without one).
pub fn shown(r: &Report<'_>) -> bool {
    !r.session.landscape.is_empty()
}

/// The landscape section of the report.
pub fn write(r: &Report<'_>, w: &mut dyn ReportWriter) {
    w.landscape(&LandscapeView::new(r.session, r.pack));
}

/// The register and the operation's Matrix as plain text (empty without a register).
pub fn text(s: &Session, pack: &Pack) -> String {
    if s.landscape.is_empty() {
        return String::new();
    }
    // The register does not depend on the date.
    let r = Report {
        session: s,
        pack,
        today: NaiveDate::default(),
    };
    let mut w = TextWriter::default();
    write(&r, &mut w);
    w.finish()
}

/// The warning line for a landscape table widened past public systems (None otherwise).
pub fn sharing_warning(
    session: &Session,
    format: Format,
    options: &ExportOptions,
) -> Option<String> {
    format
        .is_landscape_table()
        .then(|| crate::landscape::shareable(&session.landscape, options.include).1)
        .flatten()
}

/// A landscape table as an .xlsx workbook with its HXL row (frozen under the header), filtered as
/// [`scoped`] filters it; None for a format that is not a landscape table.
pub fn xlsx(
    session: &Session,
    pack: &Pack,
    format: Format,
    options: &ExportOptions,
) -> Option<Result<Vec<u8>, String>> {
    let s = scoped(session, format.scope(), options);
    let rows = match format {
        Format::LandscapeCsv => crate::landscape::hxl::wide_rows(pack, &s.landscape),
        Format::LandscapeLong => {
            crate::landscape::long::long_rows(pack, &s.landscape, &s.landscape_areas)
        }
        _ => return None,
    };
    Some(crate::landscape::xlsx::write_workbook(
        "Landscape",
        &rows,
        2,
    ))
}
