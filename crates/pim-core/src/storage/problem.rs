//! Why a save failed, in the words the header shows: a full disk (with the free bytes and the place),
//! a refused permission, or the system's own error.

use std::io;
use std::path::{Path, PathBuf};

use super::save::SaveError;
use super::siblings::parent_dir;

/// The reason of a failed save, short enough for the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveProblem {
    /// No space left: `free` bytes (when the platform says) on `place` (the mount point, else the folder).
    DiskFull { free: Option<u64>, place: PathBuf },
    /// The folder or the file may not be written by this user.
    PermissionDenied { place: PathBuf },
    /// Anything else (the message says it).
    Other,
}

impl SaveProblem {
    /// The reason of `error`, looking at the disk it was saving to.
    pub fn of(error: &SaveError) -> SaveProblem {
        let dir = parent_dir(&error.path);
        match classify(&error.source) {
            Kind::Full => SaveProblem::DiskFull {
                free: free_bytes(&dir),
                place: mount_point(&dir),
            },
            Kind::Denied => SaveProblem::PermissionDenied { place: dir },
            Kind::Other => SaveProblem::Other,
        }
    }

    /// The header's words: "disk full — 0 bytes free on /media/usb", "permission denied in …".
    /// Paths are shown as the screens show any text (sanitised).
    pub fn short(&self) -> String {
        match self {
            SaveProblem::DiskFull { free, place } => {
                let place = crate::display::one_line(&place.display().to_string());
                match free {
                    Some(free) => crate::t!("save-problem-disk-full", free = *free, place = place),
                    None => crate::t!("save-problem-disk-full-unknown", place = place),
                }
            }
            SaveProblem::PermissionDenied { place } => crate::t!(
                "save-problem-permission",
                place = crate::display::one_line(&place.display().to_string())
            ),
            SaveProblem::Other => crate::t!("save-problem-other"),
        }
    }
}

enum Kind {
    Full,
    Denied,
    Other,
}

fn classify(e: &io::Error) -> Kind {
    match e.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => Kind::Full,
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => Kind::Denied,
        _ => Kind::Other,
    }
}

/// Bytes free for this user on the file system holding `dir` (Unix; `None` elsewhere or on error).
pub fn free_bytes(dir: &Path) -> Option<u64> {
    #[cfg(unix)]
    {
        let st = rustix::fs::statvfs(dir).ok()?;
        Some(st.f_bavail.saturating_mul(st.f_frsize))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// The mount point holding `dir` (Linux, from `/proc/self/mounts`); the folder itself elsewhere.
pub fn mount_point(dir: &Path) -> PathBuf {
    let real = super::siblings::real_path(dir);
    let Ok(mounts) = std::fs::read_to_string("/proc/self/mounts") else {
        return real;
    };
    mounts
        .lines()
        .filter_map(|l| l.split(' ').nth(1))
        // Spaces in mount points are written as \040.
        .map(|m| PathBuf::from(m.replace("\\040", " ")))
        .filter(|m| real.starts_with(m))
        .max_by_key(|m| m.as_os_str().len())
        .unwrap_or(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        let full = SaveError::io(
            "save",
            Path::new("/x/s.json"),
            io::Error::from_raw_os_error(28),
        );
        assert!(matches!(
            SaveProblem::of(&full),
            SaveProblem::DiskFull { .. }
        ));
        let denied = SaveError::io(
            "save",
            Path::new("/x/s.json"),
            io::Error::from(io::ErrorKind::PermissionDenied),
        );
        assert_eq!(
            SaveProblem::of(&denied),
            SaveProblem::PermissionDenied {
                place: PathBuf::from("/x")
            }
        );
        assert!(mount_point(Path::new("/tmp")).starts_with("/"));
    }
}
