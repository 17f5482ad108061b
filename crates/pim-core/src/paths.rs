//! Where data lives: the data directory and the sessions folder inside it.

use std::path::{Path, PathBuf};

/// Environment variable that overrides the data directory (the `--data-dir` flag wins over it).
pub const DATA_DIR_ENV: &str = "PIM_WORKSHOP_DATA_DIR";

/// The platform data directory (for example `~/.local/share/pim-workshop` on Linux),
/// or `None` when the platform gives no home directory.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "pim-workshop", "pim-workshop")
        .map(|dirs| dirs.data_dir().to_path_buf())
}

/// The data directory to use: the explicit one if given, else the platform default,
/// else a `pim-workshop-data` folder in the current directory.
pub fn resolve_data_dir(explicit: Option<&Path>) -> PathBuf {
    explicit
        .map(Path::to_path_buf)
        .or_else(default_data_dir)
        .unwrap_or_else(|| PathBuf::from("pim-workshop-data"))
}

/// The folder holding session files inside a data directory.
pub fn sessions_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("sessions")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_dir_wins() {
        let dir = resolve_data_dir(Some(Path::new("/tmp/x")));
        assert_eq!(dir, PathBuf::from("/tmp/x"));
        assert_eq!(sessions_dir(&dir), PathBuf::from("/tmp/x/sessions"));
    }
}
