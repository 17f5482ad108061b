//! Searching inside the library's sessions in the background (`search::search_files`, on every core),
//! the matches sent in batches with progress, so the first ones show while the rest are searched.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use crate::search::{self, FileOutcome, Query, SessionHits};
use crate::storage::library;

pub enum FindMsg {
    Started {
        total: usize,
    },
    Found {
        sessions: Vec<SessionHits>,
        /// Files that may hold the query but could not be read.
        unreadable: usize,
        done: usize,
    },
}

pub struct Finder {
    rx: Receiver<FindMsg>,
    cancel: Arc<AtomicBool>,
}

/// Send a batch at least this often.
const BATCH_TIME: Duration = Duration::from_millis(40);

impl Finder {
    /// Search the session files of `dirs` for `query`.
    pub fn start(dirs: Vec<PathBuf>, query: Query) -> Finder {
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancel);
        std::thread::spawn(move || {
            let files: Vec<PathBuf> = dirs
                .iter()
                .flat_map(|d| library::session_files(d))
                .collect();
            let total = files.len();
            if tx.send(FindMsg::Started { total }).is_err() {
                return;
            }
            let mut sessions = Vec::new();
            let mut unreadable = 0;
            let mut last = Instant::now();
            search::search_files(&files, &query, &stop, |done, outcome| {
                match outcome {
                    FileOutcome::Hits(h) => sessions.push(h),
                    FileOutcome::Unreadable { .. } => unreadable += 1,
                    FileOutcome::NoMatch => {}
                }
                if last.elapsed() >= BATCH_TIME || done == total {
                    let batch = FindMsg::Found {
                        sessions: std::mem::take(&mut sessions),
                        unreadable: std::mem::take(&mut unreadable),
                        done,
                    };
                    if tx.send(batch).is_err() {
                        return false;
                    }
                    last = Instant::now();
                }
                true
            });
        });
        Finder { rx, cancel }
    }

    /// Everything the search has sent since the last call.
    pub fn drain(&self) -> Vec<FindMsg> {
        self.rx.try_iter().collect()
    }
}

impl Drop for Finder {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}
