//! `pim-workshop new`: create a session file from a template.

use std::path::{Path, PathBuf};

use super::args::NewArgs;
use crate::content::Pack;
use crate::storage;

/// Create the session file in `<data_dir>/sessions/` and return its path.
pub fn create(pack: &Pack, data_dir: &Path, args: &NewArgs) -> anyhow::Result<PathBuf> {
    let now = chrono::Local::now().fixed_offset();
    storage::create_new_session(
        pack,
        data_dir,
        &args.template,
        &args.title,
        &args.facilitator,
        now,
    )
    .map_err(anyhow::Error::msg)
}
