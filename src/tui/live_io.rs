//! The loop's side of live groups: a thread that follows the session's folder and reads, read-only,
//! each file that changes there — the group files split from the open plenary, and the open session
//! itself when it is read-only (a co-facilitator's screen). Reading never takes a lock and never
//! writes; the program opens no network connection (a shared folder is the sync engine's business).
//!
//! Changes are noticed with the system's file-change notification (`notify`), and by polling every
//! [`POLL`] as a fallback (file times and sizes only; a file is read when one moved): network drives
//! and some sync engines send no notification. Set `PIM_WORKSHOP_WATCH=poll` to poll only.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant, SystemTime};

use notify::Watcher as _;

use super::app::App;
use super::msg::{Action, FacilAction, LiveFile};

/// How often the folder is polled (the fallback).
pub const POLL: Duration = Duration::from_millis(1000);

/// Set to `poll` to use polling only.
pub const WATCH_ENV: &str = "PIM_WORKSHOP_WATCH";

/// What to follow in a folder.
#[derive(Clone, Debug)]
pub struct Follow {
    pub dir: PathBuf,
    /// The open session's file.
    pub own: PathBuf,
    /// Report changes to the open session's own file (it is read-only here).
    pub follow_own: bool,
    /// The open session's id: group files split from it are reported.
    pub plenary_id: String,
}

/// A folder being followed; dropping it stops the thread.
pub struct FolderWatch {
    rx: Receiver<LiveFile>,
    /// The system's notification, when it could watch the folder.
    _watcher: Option<notify::RecommendedWatcher>,
    /// Held so the thread runs (polling) until the watch is dropped, with or without notification.
    _events: Sender<notify::Result<notify::Event>>,
}

impl FolderWatch {
    /// Start following (an initial read of the folder is reported first). `None` when the folder
    /// cannot be found.
    pub fn start(mut follow: Follow) -> Option<FolderWatch> {
        // Events name files under the folder as it was watched: compare against the same spelling.
        follow.dir = follow.dir.canonicalize().ok()?;
        follow.own = follow.dir.join(follow.own.file_name()?);
        let (events_tx, events_rx) = mpsc::channel::<notify::Result<notify::Event>>();
        let poll_only = std::env::var(WATCH_ENV).is_ok_and(|v| v == "poll");
        let watcher = if poll_only {
            None
        } else {
            notify::recommended_watcher(events_tx.clone())
                .ok()
                .and_then(|mut w| {
                    w.watch(&follow.dir, notify::RecursiveMode::NonRecursive)
                        .ok()
                        .map(|()| w)
                })
        };
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("live-groups".into())
            .spawn(move || follow_folder(&follow, &events_rx, &tx))
            .ok()?;
        Some(FolderWatch {
            rx,
            _watcher: watcher,
            _events: events_tx,
        })
    }

    /// What was read since the last call.
    pub fn drain(&self) -> Vec<LiveFile> {
        self.rx.try_iter().collect()
    }
}

/// A file's modification time and size as last seen: a change to either is read again (some file
/// systems keep times to the second or two only).
type Stamp = (SystemTime, u64);

/// The thread: read the folder once, then each file an event names, and every [`POLL`] each file
/// whose time or size moved (the fallback), until the watch is dropped.
fn follow_folder(
    follow: &Follow,
    events: &Receiver<notify::Result<notify::Event>>,
    out: &Sender<LiveFile>,
) {
    let mut seen: HashMap<PathBuf, Stamp> = HashMap::new();
    let mut scanned = Instant::now();
    if scan(follow, &mut seen, out).is_err() {
        return;
    }
    loop {
        let paths = match events.recv_timeout(POLL) {
            Ok(Ok(event)) => event.paths,
            Ok(Err(_)) | Err(RecvTimeoutError::Timeout) => Vec::new(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        for path in paths {
            if read_if_changed(follow, &path, &mut seen, out).is_err() {
                return;
            }
        }
        if scanned.elapsed() >= POLL {
            scanned = Instant::now();
            if scan(follow, &mut seen, out).is_err() {
                return;
            }
        }
    }
}

/// Every session file of the folder whose time or size moved.
fn scan(
    follow: &Follow,
    seen: &mut HashMap<PathBuf, Stamp>,
    out: &Sender<LiveFile>,
) -> Result<(), ()> {
    for path in crate::storage::library::session_files(&follow.dir) {
        read_if_changed(follow, &path, seen, out)?;
    }
    Ok(())
}

/// A session file (`*.json`, not hidden) other than our own unless it is followed.
fn wanted(follow: &Follow, path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.starts_with('.') || !name.ends_with(".json") {
        return false;
    }
    follow.follow_own || path != follow.own
}

/// Reads `path` when its modification time moved, and reports it if it is ours to follow. `Err` when
/// the loop has gone.
fn read_if_changed(
    follow: &Follow,
    path: &Path,
    seen: &mut HashMap<PathBuf, Stamp>,
    out: &Sender<LiveFile>,
) -> Result<(), ()> {
    if !wanted(follow, path) {
        return Ok(());
    }
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    let Ok(modified) = meta.modified() else {
        return Ok(());
    };
    let stamp = (modified, meta.len());
    if seen.get(path) == Some(&stamp) {
        return Ok(());
    }
    seen.insert(path.to_path_buf(), stamp);
    let Ok(parsed) = crate::storage::read_session_read_only(path) else {
        // Half-synced or broken: the next change is read again.
        seen.remove(path);
        return Ok(());
    };
    let session = parsed.session;
    let own = path == follow.own;
    let group = session
        .breakout
        .origin
        .as_ref()
        .is_some_and(|o| o.plenary_id == follow.plenary_id);
    if !own && !group {
        return Ok(());
    }
    let modified = chrono::DateTime::<chrono::Local>::from(modified).fixed_offset();
    out.send(LiveFile {
        path: path.to_path_buf(),
        session: Box::new(session),
        modified,
    })
    .map_err(|_| ())
}

/// Follow the folder of the session the app has open (its group files; its own file when it is
/// read-only). `None` when no session is open or the folder cannot be watched.
pub fn follow_open(app: &App) -> Option<FolderWatch> {
    let w = app.open.as_ref()?;
    FolderWatch::start(Follow {
        dir: crate::storage::save::parent_dir(&w.path),
        own: w.path.clone(),
        follow_own: w.read_only.is_some(),
        plenary_id: w.session.id.clone(),
    })
}

/// Hand what the watch read to `update` (its changes are to the app state only: nothing to run).
pub fn poll(watch: Option<&FolderWatch>, app: &mut App) {
    let Some(watch) = watch else {
        return;
    };
    for file in watch.drain() {
        let _ = super::update::update(app, Action::Facil(FacilAction::Live(file)));
    }
}
