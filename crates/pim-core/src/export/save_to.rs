//! Writing an export to a file, as every front does it: the folder made (private) when missing, and
//! never over the session file itself.

use std::path::Path;

use chrono::NaiveDate;

use super::format::{Format, render};
use crate::content::Pack;
use crate::session::Session;

/// Write `session` in `format` to `out` (made beside the session's data, never over `session_path`).
/// Err: the sentence saying what went wrong.
pub fn export_to(
    session: &Session,
    pack: &Pack,
    format: Format,
    today: NaiveDate,
    out: &Path,
    session_path: &Path,
) -> Result<(), String> {
    let text = render(session, pack, format, today);
    if let Some(dir) = out.parent()
        && !dir.as_os_str().is_empty()
        && !dir.exists()
    {
        crate::storage::create_private_dir(dir).map_err(|e| e.to_string())?;
    }
    super::write_file_beside(out, session_path, &text).map_err(|e| e.to_string())
}
