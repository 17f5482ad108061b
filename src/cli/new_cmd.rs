//! `pim-workshop new`: create a session file from a template.

use std::path::{Path, PathBuf};

use anyhow::bail;

use super::args::NewArgs;
use crate::content::Pack;
use crate::session::{MAX_TITLE_CHARS, Session, TitleProblem, check_title};
use crate::storage;
use crate::t;

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
            "{}",
            t!(
                "cli-new-no-template",
                template = format!("{:?}", args.template),
                known = known.join(", ")
            )
        );
    }
    let title = match check_title(&args.title) {
        Ok(title) => title,
        Err(TitleProblem::Empty) => bail!("{}", t!("cli-new-title-empty")),
        Err(TitleProblem::Invisible) => bail!("{}", t!("cli-new-title-invisible")),
        Err(TitleProblem::TooLong) => {
            bail!("{}", t!("cli-new-title-too-long", max = MAX_TITLE_CHARS))
        }
    };
    let content = pack.content_ref();
    let now = chrono::Local::now().fixed_offset();
    let mut session = Session::new(title, &args.template, content, args.facilitator.trim(), now);
    // The session speaks the language the command ran in (`--lang` or the environment's).
    session.language = crate::i18n::current().code().to_string();
    let dir = crate::paths::sessions_dir(data_dir);
    Ok(storage::create_session_file(&dir, &session)?)
}
