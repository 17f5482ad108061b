//! Export from a screen with one key: choose the format, see where the file goes, save.

use std::path::{Path, PathBuf};

use super::ctx::Ctx;
use super::facil::views::FacilScreen;
use super::form::{Field, FieldError, Form, FormPurpose};
use super::library::{Notice, NoticeKind};
use super::msg::Effect;
use super::open::OpenSession;
use super::screens::Screen;
use crate::export::{self, Format};
use crate::landscape::Include;
use crate::session::Session;
use crate::t;
use crate::tui::form::field_keys;

field_keys!(
    /// The fields of the export form.
    pub enum ExportField {
        Format => "format",
        Out => "out",
        Include => "include",
    }
);

/// The session on screen (the review's, or the open workshop's) and its file.
fn current<'a>(
    screen: &'a Screen,
    open: Option<&'a OpenSession>,
) -> Option<(&'a Session, &'a Path)> {
    if let Screen::Review(r) = screen
        && let Ok(session) = &r.loaded
    {
        return Some((session.as_ref(), r.path.as_path()));
    }
    open.map(|w| (w.session.as_ref(), w.path.as_path()))
}

/// Where exports go unless the person types another path: `<data folder>/exports/`.
pub fn exports_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("exports")
}

pub fn open(screen: &Screen, cx: &mut Ctx) -> Vec<Effect> {
    let Some((session, path)) = current(screen, cx.open.as_ref()) else {
        *cx.notice = Some(Notice {
            kind: NoticeKind::Info,
            text: t!("export-form-no-session"),
        });
        return Vec::new();
    };
    // The formats the core offers this session (`Format::offered`).
    let formats: Vec<(String, String)> = Format::offered(session, &cx.pack)
        .into_iter()
        .map(|f| (f.name().to_string(), f.label().to_string()))
        .collect();
    let preferred = match screen {
        Screen::Brief(_) => "brief",
        Screen::Landscape(_) | Screen::Matrix(_) => "landscape-csv",
        // The sign-in sheet from attendance, the whole-training report from the day's summary.
        Screen::Facil(f) if matches!(**f, FacilScreen::Attendance(_)) => "sign-in",
        Screen::Facil(f) if matches!(**f, FacilScreen::Summary(_)) => "training-report-html",
        _ => "html",
    };
    let preferred = if formats.iter().any(|(id, _)| id == preferred) {
        preferred
    } else {
        "html"
    };
    let base = export::default_file_name(session, Format::Html);
    let stem = base.trim_end_matches(".html").to_string();
    let dir = exports_dir(cx.data_dir);
    let landscape = Format::offered(session, &cx.pack)
        .iter()
        .any(|f| f.is_landscape_table());
    let mut fields = vec![
        Field::choice(
            ExportField::Format,
            &t!("export-form-format"),
            &t!("export-form-format-hint"),
            formats,
            preferred,
        ),
        Field::text(
            ExportField::Out,
            &t!("export-form-out"),
            &t!(
                "export-form-out-hint",
                dir = dir.display().to_string(),
                stem = stem
            ),
            "",
            false,
        ),
    ];
    // A landscape table's sharing level: the same choice as `--include` (the core's levels).
    if landscape {
        fields.push(Field::choice(
            ExportField::Include,
            &t!("export-form-include"),
            &t!("export-form-include-hint"),
            Include::ALL
                .iter()
                .map(|i| (i.name().to_string(), i.label()))
                .collect(),
            Include::default().name(),
        ));
    }
    *cx.form = Some(Form::new(
        &t!("export-form-title"),
        FormPurpose::Export {
            session_path: path.to_path_buf(),
        },
        fields,
    ));
    Vec::new()
}

/// The export form, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportDraft {
    pub format: Format,
    /// Where the file goes: the path typed, or the default name for the format.
    pub out: PathBuf,
    /// What a landscape table may hold (public systems when the form does not ask).
    pub options: export::ExportOptions,
}

/// Read the export form. `default_out` names the file when no path is typed; `session_path` is the
/// session's own file, which an export may not overwrite.
pub fn read_export(
    form: &Form,
    session_path: &Path,
    default_out: impl FnOnce(Format) -> PathBuf,
) -> Result<ExportDraft, FieldError<ExportField>> {
    let format = form
        .choice(ExportField::Format)
        .parse::<Format>()
        .map_err(|_| FieldError::new(ExportField::Format, t!("export-form-bad-format")))?;
    let typed = form.text(ExportField::Out);
    let out = if typed.is_empty() {
        default_out(format)
    } else {
        PathBuf::from(typed)
    };
    if out == session_path {
        return Err(FieldError::new(
            ExportField::Out,
            t!("export-form-is-session"),
        ));
    }
    let include = Include::named(&form.choice(ExportField::Include)).unwrap_or_default();
    Ok(ExportDraft {
        format,
        out,
        options: export::ExportOptions {
            include,
            ..Default::default()
        },
    })
}

/// Validate the export form and ask the loop to write the file.
pub fn submit(screen: &Screen, mut form: Form, cx: &mut Ctx) -> Vec<Effect> {
    let FormPurpose::Export { session_path } = form.purpose.clone() else {
        return Vec::new();
    };
    let Some((session, _)) = current(screen, cx.open.as_ref()) else {
        return Vec::new();
    };
    let dir = exports_dir(cx.data_dir);
    let read = read_export(&form, &session_path, |format| {
        dir.join(export::default_file_name(session, format))
    });
    match read {
        Ok(ExportDraft {
            format,
            out,
            options,
        }) => vec![Effect::Export {
            session: Box::new(session.clone()),
            session_path,
            format,
            out,
            options,
        }],
        Err(error) => {
            form.refuse(error);
            *cx.form = Some(form);
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SESSION: &str = "/data/sessions/kalma.json";

    /// The export form with `format` chosen (among html, csv and `format`) and `out` typed.
    fn form(format: &str, out: &str) -> Form {
        let options = ["html", "csv", format]
            .iter()
            .map(|id| (id.to_string(), id.to_uppercase()))
            .collect();
        Form::new(
            "Export the session",
            FormPurpose::Export {
                session_path: PathBuf::from(SESSION),
            },
            vec![
                Field::choice(ExportField::Format, "Format", "", options, format),
                Field::text(ExportField::Out, "Save as", "", out, false),
            ],
        )
    }

    fn default_out(format: Format) -> PathBuf {
        PathBuf::from(format!("/data/exports/kalma.{}", format.extension()))
    }

    fn read(form: &Form) -> Result<ExportDraft, FieldError<ExportField>> {
        read_export(form, Path::new(SESSION), default_out)
    }

    #[test]
    fn an_empty_path_takes_the_default_name_for_the_format() {
        let draft = read(&form("csv", "")).expect("reads");
        assert_eq!(draft.format, Format::Csv);
        assert_eq!(draft.out, PathBuf::from("/data/exports/kalma.csv"));
    }

    #[test]
    fn the_sharing_level_is_read_and_defaults_to_public() {
        let draft = read(&form("landscape-csv", "")).expect("reads");
        assert_eq!(draft.options.include, Include::Public);
        let mut f = form("landscape-long", "");
        let levels = Include::ALL
            .iter()
            .map(|i| (i.name().to_string(), i.label()))
            .collect();
        f.fields.push(Field::choice(
            ExportField::Include,
            "Systems shared",
            "",
            levels,
            "protection-actors",
        ));
        let draft = read(&f).expect("reads");
        assert_eq!(draft.format, Format::LandscapeLong);
        assert_eq!(draft.options.include, Include::ProtectionActors);
    }

    #[test]
    fn a_typed_path_is_kept() {
        let draft = read(&form("landscape-csv", "  /tmp/register.csv ")).expect("reads");
        assert_eq!(draft.format, Format::LandscapeCsv);
        assert_eq!(draft.out, PathBuf::from("/tmp/register.csv"));
    }

    #[test]
    fn a_format_the_core_does_not_know_is_refused_on_the_format() {
        let error = read(&form("pdf", "")).expect_err("refused");
        assert_eq!(error.field, ExportField::Format);
        assert!(
            error.message.contains("formats listed"),
            "{}",
            error.message
        );
    }

    #[test]
    fn the_session_file_itself_is_refused_on_the_path() {
        let mut f = form("json", SESSION);
        let error = read(&f).expect_err("refused");
        assert_eq!(error.field, ExportField::Out);
        assert_eq!(
            error.message,
            "That is the session file itself: choose another name."
        );
        f.refuse(error);
        assert_eq!(f.focus, 1, "the focus goes to the path");
    }

    #[test]
    fn a_default_name_that_is_the_session_file_is_refused_too() {
        let error = read_export(&form("json", ""), Path::new(SESSION), |_| {
            PathBuf::from(SESSION)
        })
        .expect_err("refused");
        assert_eq!(error.field, ExportField::Out);
    }
}
