//! The export formats, listed once. Each row of `formats!` names a format and says everything the
//! CLI, the TUI and the writers need of it: its command-line names, extension, file-name suffix,
//! label, which sessions are offered it, and the function that writes it. A new format is its
//! writer's file plus one row here.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use crate::content::Pack;
use crate::i18n::Lang;
use crate::session::Session;

use super::options::scoped;
pub use super::options::{ExportOptions, Scope};

/// Which sessions a format is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Any session.
    Any,
    /// A scoping session (one whose template records the outputs needed).
    Scoping,
    /// A session whose landscape register holds a system.
    Register,
    /// A training: a session with an agenda or attendance.
    Training,
}

/// A function that writes a session in one format. `today` decides which actions are marked
/// overdue; formats that do not date anything ignore it.
type Writer = fn(&Session, &Pack, NaiveDate) -> String;

macro_rules! formats {
    ($( $(#[$doc:meta])* $variant:ident: $name:literal $(| $alias:literal)*, ext $ext:literal,
        suffix $suffix:literal, $needs:ident, $write:path, $label:literal; )*) => {
        /// An export format.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Format {
            $( $(#[$doc])* $variant, )*
        }

        impl Format {
            /// Every format, in the order menus list them.
            pub const ALL: [Format; [$( Format::$variant, )*].len()] = [ $( Format::$variant, )* ];

            /// The name used on the command line (`md`, `html`, `brief-html`…).
            pub fn name(self) -> &'static str {
                match self { $( Format::$variant => $name, )* }
            }

            /// The file extension (without the dot).
            pub fn extension(self) -> &'static str {
                match self { $( Format::$variant => $ext, )* }
            }

            /// What a default file name of this format adds to the session's slug (`-brief`).
            fn suffix(self) -> &'static str {
                match self { $( Format::$variant => $suffix, )* }
            }

            /// A short description for menus in the current language, e.g. "HTML (print-ready)" (the
            /// row names its message in the catalogue).
            pub fn label(self) -> String {
                crate::i18n::tr(self.label_id())
            }

            /// The catalogue id of [`Format::label`].
            fn label_id(self) -> &'static str {
                match self { $( Format::$variant => $label, )* }
            }

            fn needs(self) -> Needs {
                match self { $( Format::$variant => Needs::$needs, )* }
            }

            fn writer(self) -> Writer {
                match self { $( Format::$variant => $write, )* }
            }

            /// The format a command-line name (or one of its aliases) stands for, any case.
            fn named(name: &str) -> Option<Format> {
                match name.to_ascii_lowercase().as_str() {
                    $( $name $(| $alias)* => Some(Format::$variant), )*
                    _ => None,
                }
            }
        }
    };
}

formats! {
    /// Markdown (CommonMark with GitHub tables), every value escaped.
    Markdown: "md" | "markdown", ext "md", suffix "", Any, super::markdown::render, "format-markdown";
    /// One self-contained, print-ready HTML file: no scripts, no remote resources, a strict CSP.
    Html: "html" | "htm", ext "html", suffix "", Any, super::html::render, "format-html";
    /// Decisions, actions and participants as RFC 4180 CSV, UTF-8 with a BOM.
    Csv: "csv", ext "csv", suffix "", Any, super::csv::render, "format-csv";
    /// The session itself, pretty-printed: exactly the model.
    Json: "json", ext "json", suffix "", Any, super::json::export, "format-json";
    /// The scoping brief for the manager, as Markdown.
    Brief: "brief" | "brief-md", ext "md", suffix "-brief", Scoping, super::brief::markdown, "format-brief";
    /// The scoping brief as one print-ready HTML page.
    BriefHtml: "brief-html", ext "html", suffix "-brief", Scoping, super::brief::html, "format-brief-html";
    /// The landscape register as CSV with an HXL hashtag row.
    LandscapeCsv: "landscape-csv" | "landscape", ext "csv", suffix "-landscape", Register, landscape_csv, "format-landscape-csv";
    /// The landscape register as a long CSV table: one row per system and area, areas by admin level.
    /// A data-sharing agreement draft from the register, as Markdown.
    SharingAgreement: "sharing-agreement" | "sharing-agreement-md", ext "md", suffix "-sharing-agreement", Register, super::agreement::markdown, "format-sharing-agreement";
    /// The data-sharing agreement draft as one print-ready HTML page.
    SharingAgreementHtml: "sharing-agreement-html", ext "html", suffix "-sharing-agreement", Register, super::agreement::html_page, "format-sharing-agreement-html";
    /// The data-sharing agreement draft as a Word document (.docx), to edit with the other party.
    SharingAgreementDocx: "sharing-agreement-docx", ext "docx", suffix "-sharing-agreement", Register, super::agreement::markdown, "format-sharing-agreement-docx";
    LandscapeLong: "landscape-long", ext "csv", suffix "-landscape-long", Register, landscape_long, "format-landscape-long";
    // Documents for Word and Excel (#19): binary files, written by `export_bytes` (their text is the
    // same content as Markdown or CSV, for a pipe).
    /// The report as a Word document (.docx).
    Docx: "docx" | "word", ext "docx", suffix "", Any, super::markdown::render, "format-docx";
    /// The scoping brief as a Word document (.docx).
    BriefDocx: "brief-docx", ext "docx", suffix "-brief", Scoping, super::brief::markdown, "format-brief-docx";
    /// The records as an Excel workbook (.xlsx), one sheet per table.
    Xlsx: "xlsx" | "excel", ext "xlsx", suffix "", Any, super::csv::render, "format-xlsx";
    /// Who attended which training day, as Markdown.
    SignIn: "sign-in" | "sign-in-md", ext "md", suffix "-sign-in", Training, super::attendance::sign_in_markdown, "format-sign-in";
    /// The sign-in sheet as CSV.
    SignInCsv: "sign-in-csv", ext "csv", suffix "-sign-in", Training, super::attendance::sign_in_csv, "format-sign-in-csv";
    /// Who attended enough to be certified, and the rule, as Markdown.
    Certificates: "certificates" | "certificates-md", ext "md", suffix "-certificates", Training, super::attendance::certificates_markdown, "format-certificates";
    /// The certificate list as CSV.
    CertificatesCsv: "certificates-csv", ext "csv", suffix "-certificates", Training, super::attendance::certificates_csv, "format-certificates-csv";
    /// The whole-training report (attendance, modules, votes, groups, decisions, actions) as Markdown.
    TrainingReport: "training-report" | "training-report-md", ext "md", suffix "-training-report", Training, super::training_report::markdown, "format-training-report";
    /// The whole-training report as one print-ready HTML page.
    TrainingReportHtml: "training-report-html", ext "html", suffix "-training-report", Training, super::training_report::html, "format-training-report-html";
}

#[cfg(test)]
#[test]
fn every_label_is_in_the_catalogue() {
    for f in Format::ALL {
        assert!(
            crate::i18n::has_message(crate::i18n::Lang::EN, f.label_id()),
            "{f:?}"
        );
    }
}

/// The landscape register's CSV (written by `landscape::to_csv`), as the table's writer.
fn landscape_csv(session: &Session, pack: &Pack, _today: NaiveDate) -> String {
    crate::landscape::to_csv(pack, &session.landscape)
}

impl Format {
    /// Whether the format is a binary document (Word, Excel) rather than text.
    pub fn is_binary(self) -> bool {
        matches!(
            self,
            Format::Docx | Format::BriefDocx | Format::Xlsx | Format::SharingAgreementDocx
        )
    }

    /// Whether the format is a landscape table, filtered by sharing level ([`ExportOptions::include`]).
    pub fn is_landscape_table(self) -> bool {
        matches!(self, Format::LandscapeCsv | Format::LandscapeLong)
    }

    /// Whether the format is the data-sharing agreement draft (for the systems
    /// [`ExportOptions::systems`] names).
    pub fn is_sharing_agreement(self) -> bool {
        matches!(
            self,
            Format::SharingAgreement | Format::SharingAgreementHtml | Format::SharingAgreementDocx
        )
    }

    /// Which export options the format heeds.
    pub fn scope(self) -> Scope {
        if self.is_landscape_table() {
            Scope::Table
        } else if self.is_sharing_agreement() {
            Scope::Agreement
        } else {
            Scope::Whole
        }
    }
}

/// The long landscape table as CSV (one row per system and area).
fn landscape_long(session: &Session, pack: &Pack, _today: NaiveDate) -> String {
    crate::landscape::hxl::grid_csv(&crate::landscape::long::long_rows(
        pack,
        &session.landscape,
        &session.landscape_areas,
    ))
}

/// Why a session is not offered a format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotOffered {
    /// The brief is written from a scoping session (one whose template records the outputs
    /// needed); this session is not one.
    NotScoping,
    /// The landscape register is empty: the table would hold its header and HXL rows only.
    EmptyRegister,
    /// The session has no agenda and no attendance: the attendance files and the training report
    /// would be empty of what they are for.
    NotTraining,
}

impl NotOffered {
    /// Whether the export can still be written when it is asked for by name (on the command line):
    /// an empty register's table is still a valid template to fill in, and so is a sign-in sheet of a
    /// session without an agenda; a brief without a scoping session is not.
    pub fn can_still_write(self) -> bool {
        matches!(self, NotOffered::EmptyRegister | NotOffered::NotTraining)
    }
}

impl Format {
    /// Whether the format is made for a scoping session (the brief).
    pub fn is_brief(self) -> bool {
        self.needs() == Needs::Scoping
    }

    /// Whether `session` is offered this format: the brief only for a scoping session, the
    /// landscape table only when the register holds a system.
    pub fn offer(self, session: &Session, pack: &Pack) -> Result<(), NotOffered> {
        match self.needs() {
            Needs::Scoping if !crate::scoping::is_scoping(pack, session) => {
                Err(NotOffered::NotScoping)
            }
            Needs::Register if session.landscape.is_empty() => Err(NotOffered::EmptyRegister),
            Needs::Training if super::training_plan::plan(session, pack).days == 0 => {
                Err(NotOffered::NotTraining)
            }
            _ => Ok(()),
        }
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        let (last, rest) = names.split_last().map_or(("", &[][..]), |(l, r)| (*l, r));
        f.write_str(&crate::t!(
            "format-unknown",
            name = format!("{:?}", self.0),
            names = rest.join(", "),
            last = last
        ))
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::named(s).ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// The session in `format`. `today` decides which actions are marked overdue (pass the local date;
/// tests pass a fixed one). JSON does not depend on `pack` or `today`.
/// The export is written in the session's language (see [`language_of`]).
/// A landscape table holds only what its sharing level allows: the default, public systems without
/// diagnoses ([`render_with`] widens it).
pub fn render(session: &Session, pack: &Pack, format: Format, today: NaiveDate) -> String {
    render_with(session, pack, format, today, &ExportOptions::default())
}

/// [`render`] with options: a landscape table holds the systems `options.include` allows.
pub fn render_with(
    session: &Session,
    pack: &Pack,
    format: Format,
    today: NaiveDate,
    options: &ExportOptions,
) -> String {
    let scoped = scoped(session, format.scope(), options);
    let session = scoped.as_ref();
    crate::i18n::with_lang(language_of(session, pack), || {
        (format.writer())(session, pack, today)
    })
}

/// The language a session speaks: the one it records, else its content pack's, else the thread's.
pub fn language_of(session: &Session, pack: &Pack) -> Lang {
    Lang::parse(&session.language)
        .filter(|l| *l != Lang::PSEUDO || crate::i18n::current() == Lang::PSEUDO)
        .or_else(|| Lang::parse(&pack.info.language))
        .unwrap_or_else(crate::i18n::current)
}

/// A file name for an export of this session: the title's slug and the format's extension, e.g.
/// `kalma-district-scoping.html`. Never contains a path separator.
pub fn default_file_name(session: &Session, format: Format) -> String {
    format!(
        "{}{}.{}",
        crate::storage::slug(&session.title),
        format.suffix(),
        format.extension()
    )
}
