//! `pim-workshop new`: create a session file from a template.

use std::path::{Path, PathBuf};

use anyhow::bail;

use super::args::NewArgs;
use crate::content::Pack;
use crate::session::{MAX_TITLE_CHARS, Session, TitleProblem, check_title};
use crate::storage;

/// Create the session file in `<data_dir>/sessions/` and return its path.
pub fn create(pack: &Pack, data_dir: &Path, args: &NewArgs) -> anyhow::Result<PathBuf> {
    if pack.template(&args.template).is_none() {
        let known: Vec<&str> = pack
            .templates
            .templates
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        bail!(
            "there is no template {:?}. Choose one of: {}.",
            args.template,
            known.join(", ")
        );
    }
    let title = match check_title(&args.title) {
        Ok(title) => title,
        Err(TitleProblem::Empty) => bail!(
            "the title is empty. Give the session a title with --title, for example --title \"Kalma scoping\"."
        ),
        Err(TitleProblem::TooLong) => bail!(
            "the title is longer than {MAX_TITLE_CHARS} characters. Shorten it; details belong in the session's context."
        ),
    };
    let content = pack.content_ref();
    let now = chrono::Local::now().fixed_offset();
    let session = Session::new(title, &args.template, content, args.facilitator.trim(), now);
    let dir = crate::paths::sessions_dir(data_dir);
    Ok(storage::create_session_file(&dir, &session)?)
}
