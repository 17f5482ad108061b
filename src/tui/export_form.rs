//! Export from a screen with one key: choose the format, see where the file goes, save.

use std::path::{Path, PathBuf};

use super::app::{App, Notice, NoticeKind, Screen};
use super::form::{Field, Form, FormPurpose};
use super::update::Effect;
use crate::export::{self, Format};
use crate::session::Session;

/// The session on screen (the review's, or the open workshop's) and its file.
fn current(app: &App) -> Option<(&Session, &Path)> {
    if let Screen::Review(r) = &app.screen
        && let Ok(session) = &r.loaded
    {
        return Some((session.as_ref(), r.path.as_path()));
    }
    app.workshop()
        .map(|w| (w.session.as_ref(), w.path.as_path()))
}

/// Where exports go unless the person types another path: `<data folder>/exports/`.
pub fn exports_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("exports")
}

pub fn open(app: &mut App) -> Vec<Effect> {
    let Some((session, path)) = current(app) else {
        app.notice = Some(Notice {
            kind: NoticeKind::Info,
            text: "Open or review a session first; then x exports it.".into(),
        });
        return Vec::new();
    };
    // The formats the core offers this session (`Format::offered`).
    let formats: Vec<(String, String)> = Format::offered(session, &app.content)
        .into_iter()
        .map(|f| (f.name().to_string(), f.label().to_string()))
        .collect();
    let preferred = match &app.screen {
        Screen::Records(r) if r.kind == super::records::RecordKind::Brief => "brief",
        Screen::Records(r)
            if matches!(
                r.kind,
                super::records::RecordKind::Landscape | super::records::RecordKind::Matrix
            ) =>
        {
            "landscape-csv"
        }
        _ => "html",
    };
    let preferred = if formats.iter().any(|(id, _)| id == preferred) {
        preferred
    } else {
        "html"
    };
    let base = export::default_file_name(session, Format::Html);
    let stem = base.trim_end_matches(".html").to_string();
    let dir = exports_dir(&app.data_dir);
    app.form = Some(Form::new(
        "Export the session",
        FormPurpose::Export {
            session_path: path.to_path_buf(),
        },
        vec![
            Field::choice(
                "format",
                "Format",
                "←→ or Space to choose the format.",
                formats,
                preferred,
            ),
            Field::text(
                "out",
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
pub fn submit(app: &mut App, mut form: Form) -> Vec<Effect> {
    let FormPurpose::Export { session_path } = form.purpose.clone() else {
        return Vec::new();
    };
    let Ok(format) = form.choice("format").parse::<Format>() else {
        return Vec::new();
    };
    let Some((session, _)) = current(app) else {
        return Vec::new();
    };
    let typed = form.text("out");
    let out = if typed.is_empty() {
        exports_dir(&app.data_dir).join(export::default_file_name(session, format))
    } else {
        PathBuf::from(typed)
    };
    if out == session_path {
        form.set_error(
            "out",
            "That is the session file itself: choose another name.".into(),
        );
        app.form = Some(form);
        return Vec::new();
    }
    vec![Effect::Export {
        session: Box::new(session.clone()),
        session_path,
        format,
        out,
    }]
}
