//! Choosing a session to work on, or creating one from a template: the sessions of the data folder
//! (as the home screen lists them, `storage::scan_dir`) and the pack's templates, numbered.

use std::path::{Path, PathBuf};

use super::prompt::{Choice, Io};
use crate::content::Pack;
use crate::storage::{LibraryEntry, scan_dir};
use crate::t;

/// The session chosen or made; None when the person leaves (or the input ends).
pub fn choose(pack: &Pack, data_dir: &Path, io: &mut Io) -> Option<PathBuf> {
    let sessions: Vec<LibraryEntry> = scan_dir(&crate::paths::sessions_dir(data_dir));
    let mut items = vec![t!("plain-new-session")];
    items.extend(sessions.iter().map(|e| match e {
        LibraryEntry::Ok(s) => t!(
            "plain-session-line",
            title = crate::display::one_line(&s.title),
            template = pack
                .template(&s.template)
                .map_or(s.template.clone(), |t| t.title.clone()),
            done = s.done,
            decisions = s.decisions
        ),
        LibraryEntry::Err { path, message } => t!(
            "plain-session-unreadable",
            file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            message = message.as_str()
        ),
    }));
    loop {
        match io.choose(&items, &t!("plain-ask-session")) {
            Choice::Picked(0) => {
                if let Some(path) = create(pack, data_dir, io) {
                    return Some(path);
                }
            }
            Choice::Picked(i) => return Some(sessions[i - 1].path().to_path_buf()),
            Choice::Keep | Choice::Ended => return None,
        }
    }
}

/// A new session: its template (numbered, with what each is for) and its title, made as
/// `pim-workshop new` makes it (`storage::create_new_session`).
fn create(pack: &Pack, data_dir: &Path, io: &mut Io) -> Option<PathBuf> {
    let templates = &pack.templates.templates;
    let items: Vec<String> = templates
        .iter()
        .map(|t| format!("{} — {}", t.title, t.summary))
        .collect();
    let Choice::Picked(i) = io.choose(&items, &t!("plain-ask-template")) else {
        return None;
    };
    loop {
        let title = io.ask(&t!("plain-ask-title"))?;
        let facilitator = io.ask(&t!("plain-ask-facilitator"))?;
        let template = &templates[i].id;
        let now = super::workshop::now();
        match crate::storage::create_new_session(
            pack,
            data_dir,
            template,
            &title,
            &facilitator,
            now,
        ) {
            Ok(path) => {
                io.say(&t!("plain-created", path = path.display().to_string()));
                return Some(path);
            }
            Err(e) => io.say(&e),
        }
    }
}
