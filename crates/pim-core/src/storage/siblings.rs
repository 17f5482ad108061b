//! The files beside a session file: the folder it is in, its backup, its lock and its temp files, with
//! names that never pass the file system's name limit; and the real file a path leads to (through
//! symlinks), which is where every one of them lives. Path arithmetic and `canonicalize`, so saving,
//! loading, locking and restoring can all use it without using each other.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The longest file name, in bytes, on the file systems people use (ext4, APFS, NTFS in UTF-16 units,
/// FAT's long names): a name derived from a session's never passes it.
pub const MAX_NAME_BYTES: usize = 255;

/// The folder holding `path` (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The file `path` leads to: symlinks followed and the folder made absolute (`canonicalize`); for a
/// file that does not exist yet, its folder's real path and its name; `path` itself when even the
/// folder cannot be resolved. Saves write here, and the lock and backup sit beside it, so every way of
/// reaching a file (a link, `..`, another spelling) is the same file.
pub fn real_path(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return plain(real);
    }
    match (std::fs::canonicalize(parent_dir(path)), path.file_name()) {
        (Ok(dir), Some(name)) => plain(dir).join(name),
        _ => path.to_path_buf(),
    }
}

/// Windows' canonical paths start with `\\?\` (`\\?\C:\Users\…`); a drive path is shown and used
/// without it, as people write it. Other platforms' paths are unchanged.
fn plain(path: PathBuf) -> PathBuf {
    #[cfg(windows)]
    {
        let text = path.to_string_lossy();
        if let Some(rest) = text.strip_prefix(r"\\?\")
            && rest.as_bytes().get(1) == Some(&b':')
        {
            return PathBuf::from(rest);
        }
    }
    path
}

/// `prefix + name + suffix` as a file name of at most [`MAX_NAME_BYTES`] bytes. When it would be
/// longer, the end of `name` is replaced by `~` and eight hex digits of a hash of the whole name, so
/// two long names that share a beginning still get different siblings, and the same name always gets
/// the same one.
pub fn sibling_name(name: &std::ffi::OsStr, prefix: &str, suffix: &str) -> OsString {
    let bytes = name.as_encoded_bytes();
    if prefix.len() + bytes.len() + suffix.len() <= MAX_NAME_BYTES {
        let mut out = OsString::from(prefix);
        out.push(name);
        out.push(suffix);
        return out;
    }
    let tag = format!("~{:08x}", fnv1a(bytes) as u32);
    let room = MAX_NAME_BYTES.saturating_sub(prefix.len() + suffix.len() + tag.len());
    let text = name.to_string_lossy();
    let mut cut = room.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    OsString::from(format!("{prefix}{}{tag}{suffix}", &text[..cut]))
}

/// FNV-1a: a hash written out here so that every build of the program (whatever its Rust version)
/// derives the same lock name from the same session name.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `path` with its file name turned into `prefix + name + suffix` (see [`sibling_name`]).
pub fn sibling(path: &Path, prefix: &str, suffix: &str) -> PathBuf {
    let name = sibling_name(path.file_name().unwrap_or_default(), prefix, suffix);
    parent_dir(path).join(name)
}

/// The backup of a session file: `<file>.bak` beside the real file (hash-shortened at the name limit).
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(&real_path(path), "", ".bak")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_shortened_with_a_hash_and_stay_distinct() {
        let a = "é".repeat(127); // 254 bytes
        let b = format!("{}x", "é".repeat(127));
        let na = sibling_name(a.as_ref(), ".", ".tmp-4242-7");
        let nb = sibling_name(b.as_ref(), ".", ".tmp-4242-7");
        assert!(na.len() <= MAX_NAME_BYTES && nb.len() <= MAX_NAME_BYTES);
        assert_ne!(na, nb);
        assert_eq!(na, sibling_name(a.as_ref(), ".", ".tmp-4242-7"));
        assert!(na.to_str().unwrap().ends_with(".tmp-4242-7"));
        assert_eq!(sibling_name("s.json".as_ref(), "", ".bak"), "s.json.bak");
    }
}
