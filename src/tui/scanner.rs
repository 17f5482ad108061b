//! Reading the session library in the background: the newest files first, on every core, in batches,
//! with progress, so the first rows show at once even with thousands of files.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::background::{Background, Batches};
use super::library::SessionRow;
use crate::storage::library;

pub enum ScanMsg {
    Started { total: usize },
    Rows { rows: Vec<SessionRow>, done: usize },
}

pub struct Scanner(Background<ScanMsg>);

/// Send a batch at least this often, so rows appear while the rest are read.
const BATCH_TIME: Duration = Duration::from_millis(40);

impl Scanner {
    /// Scan `dirs`; with the content pack, each row's progress is over all its template's sub-steps.
    pub fn start(dirs: Vec<PathBuf>, pack: Arc<crate::content::Pack>) -> Scanner {
        Scanner(Background::start(move |tx, stop| {
            let files: Vec<PathBuf> = dirs
                .iter()
                .flat_map(|d| library::session_files(d))
                .collect();
            let total = files.len();
            if tx.send(ScanMsg::Started { total }).is_err() {
                return;
            }
            let now = chrono::Local::now().fixed_offset();
            let mut batch = Vec::new();
            let mut batches = Batches::every(BATCH_TIME);
            library::for_each_entry(&files, now, Some(&pack), stop, |done, entry| {
                batch.push(super::sessions::row(entry));
                if batches.due(done, total) {
                    let rows = std::mem::take(&mut batch);
                    return tx.send(ScanMsg::Rows { rows, done }).is_ok();
                }
                true
            });
        }))
    }

    /// Everything the scan has sent since the last call.
    pub fn drain(&self) -> Vec<ScanMsg> {
        self.0.drain()
    }
}
