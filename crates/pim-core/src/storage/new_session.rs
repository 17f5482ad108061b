//! Creating a session file from a template, as `pim-workshop new` and the plain front do it: the
//! template must be the pack's, the title must pass the title check, and the session speaks the
//! language of the moment.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::names::create_session_file;
use crate::content::Pack;
use crate::session::{MAX_TITLE_CHARS, Session, TitleProblem, check_title};
use crate::t;

/// Create the session in `<data_dir>/sessions/` and return its path; Err: the sentence saying what
/// to change.
pub fn create_new_session(
    pack: &Pack,
    data_dir: &Path,
    template: &str,
    title: &str,
    facilitator: &str,
    now: DateTime<FixedOffset>,
) -> Result<PathBuf, String> {
    if pack.template(template).is_none() {
        let known: Vec<&str> = pack
            .templates
            .templates
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        return Err(t!(
            "cli-new-no-template",
            template = format!("{template:?}"),
            known = known.join(", ")
        ));
    }
    let title = match check_title(title) {
        Ok(title) => title,
        Err(TitleProblem::Empty) => return Err(t!("cli-new-title-empty")),
        Err(TitleProblem::Invisible) => return Err(t!("cli-new-title-invisible")),
        Err(TitleProblem::TooLong) => {
            return Err(t!("cli-new-title-too-long", max = MAX_TITLE_CHARS));
        }
    };
    let mut session = Session::new(title, template, pack.content_ref(), facilitator.trim(), now);
    // The session speaks the language the program runs in (`--lang` or the environment's).
    session.language = crate::i18n::current().code().to_string();
    let dir = crate::paths::sessions_dir(data_dir);
    create_session_file(&dir, &session).map_err(|e| e.to_string())
}
