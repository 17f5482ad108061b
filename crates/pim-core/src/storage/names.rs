//! Session file names: `<slug of the title>-<YYYY-MM-DD>.json`, never outside the sessions folder.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::session::Session;

use super::perms;
use super::save::SaveError;

/// Longest slug kept from a title (in ASCII characters).
pub const MAX_SLUG_LEN: usize = 50;

/// How many `-2`, `-3`… suffixes are tried before giving up.
const MAX_COLLISIONS: u32 = 10_000;

/// The file-name form of a title, readable in the title's own script: its letters and digits in any
/// script (lower case; common accented Latin letters lose their accent, so French names stay ASCII),
/// the marks that belong to them (Arabic vowels, Indic viramas…), single dashes for everything else;
/// at most [`MAX_SLUG_LEN`] characters; `session` when nothing is left. Never a path separator, a
/// dot, a character Windows forbids or a name Windows reserves (`con`, `nul`, `com1`…: `-session`
/// is added). Joiners (ZWJ, ZWNJ) are dropped without a dash, so a Persian word stays one word.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let (mut dash, mut len) = (false, 0usize);
    for c in title.chars() {
        if matches!(c, '\u{200C}' | '\u{200D}') {
            continue;
        }
        for f in fold(c).chars() {
            // A mark belongs to the letter before it: alone (after a dash, or first) it is dropped.
            let lone_mark = !f.is_alphanumeric() && (dash || out.is_empty());
            if keep(f) && !lone_mark {
                if dash && !out.is_empty() {
                    out.push('-');
                    len += 1;
                }
                dash = false;
                for l in f.to_lowercase() {
                    out.push(l);
                    len += 1;
                }
            } else {
                dash = true;
            }
        }
        if len >= MAX_SLUG_LEN {
            break;
        }
    }
    let mut out: String = out.chars().take(MAX_SLUG_LEN).collect();
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        return "session".to_string();
    }
    if is_reserved_on_windows(&out) {
        out.push_str("-session");
    }
    out
}

/// Whether a character stays in a file name: ASCII letters and digits, and outside ASCII the letters,
/// digits and combining marks of every script.
fn keep(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks that are part of a word but not `char::is_alphanumeric` (vowel points, viramas,
/// tone marks…), by block.
fn is_mark(c: char) -> bool {
    let u = u32::from(c);
    matches!(u,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E8 | 0x06EA..=0x06ED | 0x0711 | 0x0730..=0x074A
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0EB1..=0x0EBC | 0x0EC8..=0x0ECD
        | 0x102B..=0x103E | 0x1056..=0x1059 | 0x135D..=0x135F | 0x17B4..=0x17D3 | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0x302A..=0x302F | 0x3099..=0x309A | 0xFE20..=0xFE2F)
        // Indic scripts: their vowel signs and viramas, not their punctuation (dandas).
        || ((0x0900..=0x0DFF).contains(&u) && !matches!(u, 0x0964 | 0x0965 | 0x0970))
}

/// The device names Windows refuses as a file's name, whatever the extension.
fn is_reserved_on_windows(name: &str) -> bool {
    const NAMES: [&str; 4] = ["con", "prn", "aux", "nul"];
    let numbered = ["com", "lpt"].iter().any(|p| {
        name.strip_prefix(p)
            .is_some_and(|n| n.len() == 1 && n.chars().all(|c| c.is_ascii_digit() && c != '0'))
    });
    NAMES.contains(&name) || numbered
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

/// Longest name, in bytes, this program gives a new file: room is left for the `-2` of a collision
/// and for the `.bak`, `.lock` and temp names beside it.
pub const MAX_NEW_NAME_BYTES: usize = 200;

/// The preferred file name for a session: slug of the title, the creation date, `.json`. A group file
/// always keeps its group's name at the end, however long the plenary's title.
pub fn file_name_for(session: &Session) -> String {
    let name = match &session.breakout.origin {
        Some(origin) => {
            let tail = slug(&origin.group);
            let room = MAX_SLUG_LEN.saturating_sub(tail.chars().count() + 1).max(1);
            let head: String = slug(&origin.plenary_title).chars().take(room).collect();
            format!("{}-{tail}", head.trim_end_matches('-'))
        }
        None => slug(&session.title),
    };
    format!(
        "{name}-{}.json",
        session.created.date_naive().format("%Y-%m-%d")
    )
}

/// `name` cut (at a character boundary, before its extension) so it is at most [`MAX_NEW_NAME_BYTES`].
pub fn shorten_name(name: &str) -> String {
    if name.len() <= MAX_NEW_NAME_BYTES {
        return name.to_string();
    }
    let (stem, ext) = match name.rfind('.') {
        Some(i) if name.len() - i <= 16 => name.split_at(i),
        _ => (name, ""),
    };
    let mut cut = MAX_NEW_NAME_BYTES.saturating_sub(ext.len());
    while !stem.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}{ext}", stem[..cut].trim_end_matches('-'))
}

/// Creates a new session file in `dir` (creating the folder, 0700, if needed) under a name no other file
/// has (`name.json`, `name-2.json`, …), writes the session into it atomically, and returns its path.
pub fn create_session_file(dir: &Path, session: &Session) -> Result<PathBuf, SaveError> {
    create_named(dir, &file_name_for(session), session)
}

/// Like [`create_session_file`], under `base` (shortened to [`MAX_NEW_NAME_BYTES`]) or `base-2`, ….
pub fn create_named(dir: &Path, base: &str, session: &Session) -> Result<PathBuf, SaveError> {
    create_named_bytes(dir, base, &super::save::to_json_bytes(session))
}

/// Like [`create_named`], with the session already serialised.
pub(crate) fn create_named_bytes(
    dir: &Path,
    base: &str,
    bytes: &[u8],
) -> Result<PathBuf, SaveError> {
    perms::create_private_dir(dir).map_err(|e| SaveError::io("create-folder", dir, e))?;
    let base = shorten_name(base);
    let (stem, ext) = match base.rfind('.') {
        Some(i) if i > 0 => base.split_at(i),
        _ => (base.as_str(), ""),
    };
    for n in 1..=MAX_COLLISIONS {
        let name = if n == 1 {
            base.clone()
        } else {
            format!("{stem}-{n}{ext}")
        };
        let path = dir.join(&name);
        debug_assert_eq!(path.parent(), Some(dir));
        match perms::private_create_new().open(&path) {
            Ok(mut f) => {
                // Reserve the name, then write through the atomic path.
                f.flush().ok();
                drop(f);
                if let Err(e) = super::save::save_bytes(&path, bytes, false) {
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
        let long = slug(&"ab ".repeat(100));
        assert!(long.chars().count() <= MAX_SLUG_LEN && !long.ends_with('-'));
    }

    #[test]
    fn titles_in_any_script_keep_their_letters() {
        assert_eq!(slug("مخيم الأمل"), "مخيم-الأمل");
        assert_eq!(slug("卡尔马 评估"), "卡尔马-评估");
        assert_ne!(slug("مخيم الأمل"), slug("卡尔马 评估"));
        assert_eq!(slug("Оценка потребностей"), "оценка-потребностей");
        // Persian: the non-joiner is dropped, the word stays whole.
        assert_eq!(slug("ارزیابی\u{200C}ها"), "ارزیابیها");
        // Hindi: the virama stays with its letters.
        assert_eq!(slug("हिन्दी"), "हिन्दी");
        // Arabic vowel points stay, punctuation becomes a dash.
        assert_eq!(slug("مُخَيَّم، ١"), "مُخَيَّم-١");
        assert_eq!(slug("👩‍👩‍👧 Kalma"), "kalma");
        let long = slug(&"مخيم ".repeat(40));
        assert!(long.chars().count() <= MAX_SLUG_LEN && !long.ends_with('-'));
    }

    #[test]
    fn never_a_name_windows_refuses_or_a_way_out_of_the_folder() {
        for title in ["CON", "nul", "Com1", "LPT9", "aux"] {
            assert!(
                slug(title).ends_with("-session"),
                "{title}: {}",
                slug(title)
            );
        }
        assert_eq!(slug("com10"), "com10");
        for title in ["a<b>c:d\"e|f?g*h", "..", "x. ", "a/../b", "C:\\Windows"] {
            let s = slug(title);
            assert!(
                !s.contains(['<', '>', ':', '"', '/', '\\', '|', '?', '*', '.'])
                    && !s.ends_with(' '),
                "{title}: {s}"
            );
        }
    }
}
