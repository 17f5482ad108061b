//! Conflict copies that sync engines leave when two machines changed the same file: Dropbox and
//! Nextcloud's `name (conflicted copy …).json`, Syncthing's `name.sync-conflict-….json`, ownCloud's
//! `name_conflict-….json` and OneDrive's `name-HOSTNAME.json`. Recognised by name only (pure): a
//! OneDrive copy only when the original is beside it, since a name ending in a dash and capitals
//! could be anything else (this program's own names are lower case).

use std::path::Path;

/// Which sync engine's naming a conflict copy follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// `… (conflicted copy …)` (Dropbox, Nextcloud).
    ConflictedCopy,
    /// `.sync-conflict-…` (Syncthing).
    Syncthing,
    /// `_conflict-…` (ownCloud).
    OwnCloud,
    /// `-HOSTNAME` (OneDrive), with the original beside it.
    OneDrive,
}

/// A file name recognised as a conflict copy: the name of the file it is a copy of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictCopy {
    pub original: String,
    pub engine: Engine,
}

/// `name`'s stem and extension (`.json`), or the whole name and "".
fn split_ext(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(i) if i > 0 => name.split_at(i),
        _ => (name, ""),
    }
}

/// Whether `name` is a conflict copy and of which file; `exists` says whether a file name is in
/// the same folder (asked only for OneDrive's naming).
pub fn conflict_copy_of(name: &str, exists: impl Fn(&str) -> bool) -> Option<ConflictCopy> {
    let (stem, ext) = split_ext(name);
    let found = |original: String, engine| Some(ConflictCopy { original, engine });
    // Dropbox / Nextcloud: a parenthesis holding "conflicted copy", anywhere in the stem.
    if let Some(open) = stem.rfind(" (")
        && stem.ends_with(')')
        && stem[open..].to_lowercase().contains("conflicted copy")
    {
        return found(format!("{}{ext}", &stem[..open]), Engine::ConflictedCopy);
    }
    if let Some(i) = stem.find(".sync-conflict-") {
        return found(format!("{}{ext}", &stem[..i]), Engine::Syncthing);
    }
    if let Some(i) = stem.rfind("_conflict-") {
        let rest = &stem[i + "_conflict-".len()..];
        if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '-') {
            return found(format!("{}{ext}", &stem[..i]), Engine::OwnCloud);
        }
    }
    // OneDrive: "-" then a computer name (capitals, digits, dashes; 15 characters at most), with
    // the original file beside it.
    let mut cut = stem.len();
    while let Some(i) = stem[..cut].rfind('-') {
        let host = &stem[i + 1..];
        let plausible = (1..=15).contains(&host.len())
            && host.chars().any(|c| c.is_ascii_uppercase())
            && host
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
        if !plausible {
            break;
        }
        let original = format!("{}{ext}", &stem[..i]);
        if i > 0 && exists(&original) {
            return found(original, Engine::OneDrive);
        }
        cut = i;
    }
    None
}

/// The file at `path` as a conflict copy, asking its folder whether the original is there.
pub fn conflict_copy(path: &Path) -> Option<ConflictCopy> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let dir = path.parent()?;
    conflict_copy_of(&name, |original| dir.join(original).is_file())
}

/// What the library says on a conflict copy's row: whose copy it is and what to do.
pub fn library_warning(path: &Path) -> Option<String> {
    let copy = conflict_copy(path)?;
    Some(crate::t!(
        "groups-conflict-copy-warning",
        original = crate::display::one_line(&copy.original)
    ))
}
