//! Session files on disk: atomic saves, locks, backups, loading and checking.
//!
//! - [`names`]: file names from titles, new files that never collide or leave the folder;
//! - [`save`]: atomic saves that keep the previous good version as `<file>.bak`;
//! - [`autosave`]: the background saver the TUI feeds;
//! - [`load`]: reading untrusted files (size limit, BOM, positions in errors, migration);
//! - [`backup`]: the `.bak` file and restoring it;
//! - [`lock`]: one writer per session (`<file>.lock` beside the real file, and the file itself);
//! - [`writer`]: the holder's saves, which never replace text someone else wrote;
//! - [`perms`]: 0600 files, 0700 folder, stale temp clean-up;
//! - [`library`]: the list of sessions in a folder, read by [`skim`] (a row's fields only) on every
//!   core ([`parallel`]);
//! - [`check`]: problems in a file, for `pim-workshop check`.

pub mod archive;
pub mod autosave;
pub mod backup;
pub mod check;
pub mod conflict_copies;
pub mod groups;
pub mod library;
pub mod load;
pub mod lock;
pub mod names;
pub mod new_session;
pub mod open;
pub mod parallel;
pub mod perms;
pub mod problem;
pub mod save;
mod siblings;
pub mod skim;
pub mod writer;

pub use autosave::{AutosaveTiming, Autosaver, AutosaverHandle, BackupPolicy, SaveReport};
pub use backup::{RestoreError, Restored, backup_path, read_backup, restore_backup};
pub use check::{Problem, Severity, check_file};
pub use library::{LibraryEntry, SessionSummary, scan_dir, scan_dir_with, session_progress};
pub use load::{
    CappedReadError, LoadError, Loaded, MAX_FILE_SIZE, Parsed, load_session, parse_session,
    read_capped, read_limited, read_session_read_only,
};
pub use lock::{HolderInfo, LockCheck, LockError, SessionLock, lock_path};
pub use names::{create_session_file, file_name_for, slug};
pub use new_session::create_new_session;
pub use open::{OpenError, Opened, holder_sentence, open_for_writing};
pub use perms::{create_private_dir, permission_issue, permission_warning, remove_stale_temps};
pub use problem::SaveProblem;
pub use save::{SaveError, save_session, save_session_with, write_atomic};
pub use siblings::{MAX_NAME_BYTES, real_path};
pub use writer::{SessionWriter, Written, save_copy_in};
