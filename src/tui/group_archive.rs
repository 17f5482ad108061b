//! Archiving a merged group file from the home list: `A` asks the loop whether the file may go
//! (`storage::archive::check`), a question confirms, and the loop moves it into the `archive` folder
//! beside it. Part of `update`: pure.

use std::path::{Path, PathBuf};

use super::ctx::Ctx;
use super::form::{Confirmation, Form};
use super::library::{Notice, NoticeKind};
use super::msg::{Effect, FacilEffect};
use crate::storage::archive::Archivable;
use crate::t;

/// `A` on a session row: first find out whether it may be archived.
pub fn ask(path: &Path) -> Vec<Effect> {
    vec![Effect::Facil(FacilEffect::CheckArchive(path.to_path_buf()))]
}

/// The answer: the question before archiving, or the sentence why not.
pub fn checked(cx: &mut Ctx, checked: Result<Archivable, String>) -> Vec<Effect> {
    match checked {
        Ok(a) => {
            let question = t!(
                "groups-archive-question",
                group = crate::display::one_line(&a.group),
                plenary = crate::display::one_line(&a.plenary_title)
            );
            *cx.form = Some(Form::question(
                &question,
                Confirmation::ArchiveGroup(a.path),
            ));
        }
        Err(why) => {
            *cx.notice = Some(Notice {
                kind: NoticeKind::Warning,
                text: why,
            });
        }
    }
    Vec::new()
}

/// The file was moved (the list is read again), or why not.
pub fn archived(cx: &mut Ctx, result: Result<(PathBuf, PathBuf), String>) -> Vec<Effect> {
    let (kind, text, effects) = match result {
        Ok((from, to)) => (
            NoticeKind::Info,
            t!(
                "groups-archived",
                file = from
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                path = to.display().to_string()
            ),
            vec![Effect::ScanSessions],
        ),
        Err(error) => (
            NoticeKind::Error,
            t!("groups-archive-failed", error = error),
            Vec::new(),
        ),
    };
    *cx.notice = Some(Notice { kind, text });
    effects
}
