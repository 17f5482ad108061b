//! Export from a screen with one key: choose the format, see where the file goes, save.

use std::path::{Path, PathBuf};

use super::ctx::Ctx;
use super::form::{Field, Form, FormPurpose};
use super::library::{Notice, NoticeKind};
use super::msg::Effect;
use super::open::OpenSession;
use super::screens::Screen;
use crate::export::{self, Format};
use crate::session::Session;
use crate::tui::form::field_keys;

field_keys!(
    /// The fields of the export form.
    pub enum ExportField {
        Format => "format",
        Out => "out",
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
            text: "Open or review a session first; then x exports it.".into(),
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
    *cx.form = Some(Form::new(
        "Export the session",
        FormPurpose::Export {
            session_path: path.to_path_buf(),
        },
        vec![
            Field::choice(
                ExportField::Format,
                "Format",
                "←→ or Space to choose the format.",
                formats,
                preferred,
            ),
            Field::text(
                ExportField::Out,
                "Save as",
                &format!(
                    "Empty: {}/{stem}.<format>. The file is readable by you only.",
                    dir.display()
                ),
                "",
                false,
            ),
        ],
    ));
    Vec::new()
}

/// Validate the export form and ask the loop to write the file.
pub fn submit(screen: &Screen, mut form: Form, cx: &mut Ctx) -> Vec<Effect> {
    let FormPurpose::Export { session_path } = form.purpose.clone() else {
        return Vec::new();
    };
    let Ok(format) = form.choice(ExportField::Format).parse::<Format>() else {
        return Vec::new();
    };
    let Some((session, _)) = current(screen, cx.open.as_ref()) else {
        return Vec::new();
    };
    let typed = form.text(ExportField::Out);
    let out = if typed.is_empty() {
        exports_dir(cx.data_dir).join(export::default_file_name(session, format))
    } else {
        PathBuf::from(typed)
    };
    if out == session_path {
        form.set_error(
            ExportField::Out,
            "That is the session file itself: choose another name.".into(),
        );
        *cx.form = Some(form);
        return Vec::new();
    }
    vec![Effect::Export {
        session: Box::new(session.clone()),
        session_path,
        format,
        out,
    }]
}
