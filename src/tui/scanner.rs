//! Reading the session library in the background: the newest files first, on every core, in batches,
//! with progress, so the first rows show at once even with thousands of files.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use super::library::SessionRow;
use crate::storage::library;

pub enum ScanMsg {
    Started { total: usize },
    Rows { rows: Vec<SessionRow>, done: usize },
}

pub struct Scanner {
    rx: Receiver<ScanMsg>,
    cancel: Arc<AtomicBool>,
}

/// Send a batch at least this often, so rows appear while the rest are read.
const BATCH_TIME: Duration = Duration::from_millis(40);

impl Scanner {
    /// Scan `dirs`; with the content pack, each row's progress is over all its template's sub-steps.
    pub fn start(dirs: Vec<PathBuf>, pack: Arc<crate::content::Pack>) -> Scanner {
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancel);
        std::thread::spawn(move || {
            let files: Vec<PathBuf> = dirs
                .iter()
                .flat_map(|d| library::session_files(d))
                .collect();
            if tx.send(ScanMsg::Started { total: files.len() }).is_err() {
                return;
            }
            let now = chrono::Local::now().fixed_offset();
            let mut batch = Vec::new();
            // The first row goes at once; then a batch at least every BATCH_TIME.
            let mut last: Option<Instant> = None;
            let total = files.len();
            library::for_each_entry(&files, now, Some(&pack), &stop, |done, entry| {
                batch.push(super::sessions::row(entry));
                if last.is_none_or(|t| t.elapsed() >= BATCH_TIME) || done == total {
                    let rows = std::mem::take(&mut batch);
                    if tx.send(ScanMsg::Rows { rows, done }).is_err() {
                        return false;
                    }
                    last = Some(Instant::now());
                }
                true
            });
        });
        Scanner { rx, cancel }
    }

    /// Everything the scan has sent since the last call.
    pub fn drain(&self) -> Vec<ScanMsg> {
        self.rx.try_iter().collect()
    }
}

impl Drop for Scanner {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}
