//! Session file names: `<slug of the title>-<YYYY-MM-DD>.json`, never outside the sessions folder.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::session::Session;

use super::perms;
use super::save::{SaveError, save_session_with};

/// Longest slug kept from a title (in ASCII characters).
pub const MAX_SLUG_LEN: usize = 50;

/// How many `-2`, `-3`… suffixes are tried before giving up.
const MAX_COLLISIONS: u32 = 10_000;

/// The file-name form of a title: ASCII lowercase letters, digits and single dashes, at most
/// [`MAX_SLUG_LEN`] characters; common accented Latin letters lose their accent; `session` when nothing is left.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in title.chars() {
        let folded = fold(c);
        for f in folded.chars() {
            if f.is_ascii_alphanumeric() {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(f.to_ascii_lowercase());
            } else {
                dash = true;
            }
        }
        if out.len() >= MAX_SLUG_LEN {
            break;
        }
    }
    out.truncate(MAX_SLUG_LEN);
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "session".to_string()
    } else {
        out
    }
}

/// Accented Latin letters to plain ASCII; anything else unchanged (and later dropped if not ASCII).
fn fold(c: char) -> String {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => return c.to_string(),
    };
    s.to_string()
}

/// The preferred file name for a session: slug of the title, the creation date, `.json`.
pub fn file_name_for(session: &Session) -> String {
    format!(
        "{}-{}.json",
        slug(&session.title),
        session.created.date_naive().format("%Y-%m-%d")
    )
}

/// Creates a new session file in `dir` (creating the folder, 0700, if needed) under a name no other file
/// has (`name.json`, `name-2.json`, …), writes the session into it atomically, and returns its path.
pub fn create_session_file(dir: &Path, session: &Session) -> Result<PathBuf, SaveError> {
    perms::create_private_dir(dir).map_err(|e| SaveError::io("create-folder", dir, e))?;
    let base = file_name_for(session);
    let stem = base.trim_end_matches(".json");
    for n in 1..=MAX_COLLISIONS {
        let name = if n == 1 {
            base.clone()
        } else {
            format!("{stem}-{n}.json")
        };
        let path = dir.join(&name);
        debug_assert_eq!(path.parent(), Some(dir));
        match perms::private_create_new().open(&path) {
            Ok(mut f) => {
                // Reserve the name, then write through the atomic path.
                f.flush().ok();
                drop(f);
                if let Err(e) = save_session_with(&path, session, false) {
                    let _ = std::fs::remove_file(&path);
                    return Err(e);
                }
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(SaveError::io("create-file", &path, e)),
        }
    }
    Err(SaveError::io(
        "find-name",
        &dir.join(base),
        io::Error::other(crate::t!("storage-too-many-sessions")),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Camp A – Protection review!"),
            "camp-a-protection-review"
        );
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("/"), "session");
        assert_eq!(slug(""), "session");
        assert_eq!(slug("\0\0"), "session");
        assert_eq!(slug("Évaluation à Goma"), "evaluation-a-goma");
        assert_eq!(slug("مخيم"), "session");
        let long = slug(&"ab ".repeat(100));
        assert!(long.len() <= MAX_SLUG_LEN && !long.ends_with('-'));
    }
}
