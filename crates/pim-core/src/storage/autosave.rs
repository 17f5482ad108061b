//! Saving in the background while people type. The UI hands over snapshots (`submit`: the session
//! serialised on the caller's thread, never a copy of it, and never waiting on the disk);
//! a thread coalesces bursts and saves ~300 ms after the last change (and at least once a second during
//! continuous typing), then reports the result on a channel the UI polls (`try_status`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};

use crate::session::Session;

use super::problem::SaveProblem;
use super::save::{save_bytes, to_json_bytes_sized};
use super::writer::{SessionWriter, Written};

/// The outcome of one background save.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveReport {
    /// The snapshot with this generation (see [`Autosaver::submit`]) is on disk.
    Saved {
        /// When the save finished.
        at: DateTime<FixedOffset>,
        /// The generation saved; everything submitted up to it is on disk.
        generation: u64,
    },
    /// The file had been changed by someone else (see [`Written::KeptBoth`]): it was left as they
    /// wrote it, the snapshot went to `to`, and the saver saves there from now on.
    Moved {
        /// When the save finished.
        at: DateTime<FixedOffset>,
        /// The generation saved.
        generation: u64,
        /// The file someone else changed (untouched).
        from: PathBuf,
        /// The new file holding the snapshot.
        to: PathBuf,
    },
    /// The save failed; the message is a sentence for the user. The snapshot is kept and saved again
    /// with the next snapshot, on [`Autosaver::retry`], or after the timing's `retry`.
    Failed {
        /// What went wrong and what to do.
        message: String,
        /// Why, in the header's words.
        problem: SaveProblem,
    },
}

/// When `<file>.bak` is refreshed by background saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BackupPolicy {
    /// Before every save the previous version becomes the backup (like [`save_session`](super::save_session)).
    #[default]
    EverySave,
    /// Only the first save of this autosaver keeps a backup: the `.bak` then holds the file as it was when
    /// the session was opened, for the whole sitting.
    FirstSaveOnly,
}

/// How long the autosaver waits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AutosaveTiming {
    /// Save this long after the last submitted snapshot.
    pub quiet: Duration,
    /// But no later than this after the first unsaved snapshot.
    pub max_delay: Duration,
    /// After a failure, try again after this long.
    pub retry: Duration,
}

impl Default for AutosaveTiming {
    fn default() -> Self {
        AutosaveTiming {
            quiet: Duration::from_millis(300),
            max_delay: Duration::from_secs(1),
            retry: Duration::from_secs(2),
        }
    }
}

enum Msg {
    Submit(Vec<u8>, u64),
    Retry,
    Flush(Sender<Option<SaveReport>>),
    Stop(Sender<(Option<SaveReport>, Option<Vec<u8>>)>),
}

/// A cheap, clonable handle to an [`Autosaver`] that other threads (a signal thread) can use.
#[derive(Debug, Clone)]
pub struct AutosaverHandle {
    tx: Sender<Msg>,
    generation: Arc<AtomicU64>,
    /// The size of the last snapshot: the next one is serialised into a buffer that size, and some.
    last_size: Arc<AtomicUsize>,
}

impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Msg::Submit(..) => "Submit",
            Msg::Retry => "Retry",
            Msg::Flush(_) => "Flush",
            Msg::Stop(_) => "Stop",
        })
    }
}

impl AutosaverHandle {
    /// Serialises the session (on this thread) and hands the bytes to the saver; returns their
    /// generation (1, 2, …). Never waits on the disk.
    ///
    /// The saver is given the bytes the file will hold, not a copy of the session: a copy of a large
    /// session is three times the size of its file, and it was most of a sitting's peak memory
    /// (BENCHMARKS.md, memory).
    pub fn submit(&self, session: &Session) -> u64 {
        let last = self.last_size.load(Ordering::Relaxed);
        let bytes = to_json_bytes_sized(session, last + last / 16 + 4096);
        self.last_size.store(bytes.len(), Ordering::Relaxed);
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let _ = self.tx.send(Msg::Submit(bytes, generation));
        generation
    }

    /// Blocks until every snapshot submitted so far is saved, and returns the result of the last save
    /// (`None` when nothing was ever saved or the saver has stopped).
    pub fn flush(&self) -> Option<SaveReport> {
        let (ack, done) = mpsc::channel();
        self.tx.send(Msg::Flush(ack)).ok()?;
        done.recv().ok().flatten()
    }

    /// Tries the snapshot that failed to save again, now (nothing when there is none).
    pub fn retry(&self) {
        let _ = self.tx.send(Msg::Retry);
    }

    /// The generation of the last snapshot submitted (0 before any).
    pub fn last_generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }
}

/// The background saver of one session file.
#[derive(Debug)]
pub struct Autosaver {
    handle: AutosaverHandle,
    reports: Receiver<SaveReport>,
    /// Snapshots the saver is done with, sent back to be freed on the owner's thread.
    spent: Receiver<Vec<u8>>,
    thread: Option<JoinHandle<()>>,
    path: PathBuf,
}

impl Autosaver {
    /// Starts saving snapshots to `path` with the default timing and a backup before every save.
    pub fn start(path: &Path) -> Autosaver {
        Autosaver::with_options(path, BackupPolicy::default(), AutosaveTiming::default())
    }

    /// Starts saving snapshots to `path` with the given backup policy and timing.
    pub fn with_options(path: &Path, backup: BackupPolicy, timing: AutosaveTiming) -> Autosaver {
        Autosaver::spawn(Target::Path(path.to_path_buf()), backup, timing)
    }

    /// Starts saving snapshots through `writer`, the holder of the session's lock (which the saver then
    /// owns, and releases when it stops): it saves to the real file and never replaces text someone
    /// else wrote there meanwhile ([`SaveReport::Moved`]).
    pub fn for_writer(
        writer: SessionWriter,
        backup: BackupPolicy,
        timing: AutosaveTiming,
    ) -> Autosaver {
        Autosaver::spawn(Target::Writer(Box::new(writer)), backup, timing)
    }

    fn spawn(target: Target, backup: BackupPolicy, timing: AutosaveTiming) -> Autosaver {
        let path = match &target {
            Target::Path(p) => p.clone(),
            Target::Writer(w) => w.path().to_path_buf(),
        };
        let (tx, rx) = mpsc::channel();
        let (report_tx, reports) = mpsc::channel();
        let (spent_tx, spent) = mpsc::channel();
        let worker = Worker {
            target,
            backup,
            timing,
            reports: report_tx,
            spent: spent_tx,
            backed_up: false,
            last: None,
        };
        let thread = std::thread::Builder::new()
            .name("autosave".into())
            .spawn(move || worker.run(rx))
            .ok();
        Autosaver {
            handle: AutosaverHandle {
                tx,
                generation: Arc::new(AtomicU64::new(0)),
                last_size: Arc::new(AtomicUsize::new(0)),
            },
            reports,
            spent,
            thread,
            path,
        }
    }

    /// The file being saved to.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Serialises the session and hands the bytes to the saver ([`AutosaverHandle::submit`]);
    /// returns their generation. Never touches the disk.
    ///
    /// The snapshots the saver is done with come back and are freed here, on the caller's thread,
    /// before the new one is made: freed on the saver's thread, the memory went back to the allocator
    /// arena of the thread that made it, and the two threads waited on each other's allocator lock
    /// (a keystroke at 200×60 on the large session took twice as long; BENCHMARKS.md).
    pub fn submit(&self, session: &Session) -> u64 {
        self.reclaim();
        self.handle.submit(session)
    }

    /// Frees the snapshots the saver has finished with; returns how many there were.
    pub fn reclaim(&self) -> usize {
        self.spent.try_iter().count()
    }

    /// The latest save result since the last call, if any (never blocks).
    pub fn try_status(&self) -> Option<SaveReport> {
        self.reports.try_iter().last()
    }

    /// Tries the snapshot that failed to save again, now.
    pub fn retry(&self) {
        self.handle.retry();
    }

    /// Blocks until every snapshot submitted so far is saved; returns the last save's result.
    pub fn flush(&self) -> Option<SaveReport> {
        self.handle.flush()
    }

    /// A handle for other threads (for example the one that saves on SIGTERM).
    pub fn handle(&self) -> AutosaverHandle {
        self.handle.clone()
    }

    /// Saves the last snapshot, stops the thread, and returns the last save's result. Use on quit.
    pub fn flush_and_stop(mut self) -> Option<SaveReport> {
        self.stop().0
    }

    /// Like [`Autosaver::flush_and_stop`], and gives back the snapshot that could not be saved, if the
    /// last save failed, so it can still be written somewhere else.
    pub fn stop_keeping_unsaved(mut self) -> (Option<SaveReport>, Option<Session>) {
        let (report, unsaved) = self.stop();
        // The bytes were made from a session a moment ago; read back, they are that session.
        let now = chrono::Local::now().fixed_offset();
        let unsaved = unsaved
            .and_then(|bytes| super::load::parse_session(&self.path, &bytes, now).ok())
            .map(|parsed| parsed.session);
        (report, unsaved)
    }

    fn stop(&mut self) -> (Option<SaveReport>, Option<Vec<u8>>) {
        let Some(thread) = self.thread.take() else {
            return (None, None);
        };
        let (ack, done) = mpsc::channel();
        let result = match self.handle.tx.send(Msg::Stop(ack)) {
            Ok(()) => done.recv().unwrap_or((None, None)),
            Err(_) => (None, None),
        };
        let _ = thread.join();
        result
    }
}

impl Drop for Autosaver {
    /// Dropping saves what is pending, like [`Autosaver::flush_and_stop`].
    fn drop(&mut self) {
        self.stop();
    }
}

/// Where the worker saves: a path as given, or through the lock holder's writer.
enum Target {
    Path(PathBuf),
    Writer(Box<SessionWriter>),
}

struct Worker {
    target: Target,
    backup: BackupPolicy,
    timing: AutosaveTiming,
    reports: Sender<SaveReport>,
    spent: Sender<Vec<u8>>,
    backed_up: bool,
    last: Option<SaveReport>,
}

struct Pending {
    /// The snapshot: the bytes the file is to hold.
    bytes: Vec<u8>,
    generation: u64,
    first: Instant,
    due: Instant,
}

impl Worker {
    fn run(mut self, rx: Receiver<Msg>) {
        let mut pending: Option<Pending> = None;
        loop {
            let msg = match &pending {
                None => match rx.recv() {
                    Ok(m) => m,
                    Err(_) => return,
                },
                Some(p) => match rx.recv_timeout(p.due.saturating_duration_since(Instant::now())) {
                    Ok(m) => m,
                    Err(RecvTimeoutError::Timeout) => {
                        self.save(&mut pending);
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => {
                        self.save(&mut pending);
                        return;
                    }
                },
            };
            match msg {
                Msg::Submit(bytes, generation) => {
                    let now = Instant::now();
                    let first = pending.as_ref().map_or(now, |p| p.first);
                    let due = (now + self.timing.quiet).min(first + self.timing.max_delay);
                    let replaced = pending.replace(Pending {
                        bytes,
                        generation,
                        first,
                        due,
                    });
                    if let Some(old) = replaced {
                        self.give_back(old.bytes);
                    }
                }
                Msg::Retry => self.save(&mut pending),
                Msg::Flush(ack) => {
                    self.save(&mut pending);
                    let _ = ack.send(self.last.clone());
                }
                Msg::Stop(ack) => {
                    self.save(&mut pending);
                    let _ = ack.send((self.last.clone(), pending.take().map(|p| p.bytes)));
                    return;
                }
            }
        }
    }

    /// Sends a finished snapshot back to be freed by the owner (dropped here if the owner is gone).
    fn give_back(&self, bytes: Vec<u8>) {
        let _ = self.spent.send(bytes);
    }

    /// Saves the pending snapshot, if any; on failure keeps it for a retry.
    fn save(&mut self, pending: &mut Option<Pending>) {
        let Some(p) = pending.take() else { return };
        let backup = match self.backup {
            BackupPolicy::EverySave => true,
            BackupPolicy::FirstSaveOnly => !self.backed_up,
        };
        let result = match &mut self.target {
            Target::Path(path) => save_bytes(path, &p.bytes, backup).map(|()| Written::InPlace),
            Target::Writer(w) => w.save_bytes(&p.bytes, backup),
        };
        let report = match result {
            Ok(written) => {
                self.backed_up = true;
                let generation = p.generation;
                self.give_back(p.bytes);
                let at = chrono::Local::now().fixed_offset();
                match written {
                    Written::InPlace => SaveReport::Saved { at, generation },
                    Written::KeptBoth { theirs, ours } => SaveReport::Moved {
                        at,
                        generation,
                        from: theirs,
                        to: ours,
                    },
                }
            }
            Err(e) => {
                let now = Instant::now();
                *pending = Some(Pending {
                    first: now,
                    due: now + self.timing.retry,
                    ..p
                });
                SaveReport::Failed {
                    message: e.to_string(),
                    problem: SaveProblem::of(&e),
                }
            }
        };
        self.last = Some(report.clone());
        let _ = self.reports.send(report);
    }
}
