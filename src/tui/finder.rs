//! Searching inside the library's sessions in the background (`search::search_files`, on every core),
//! the matches sent in batches with progress, so the first ones show while the rest are searched.

use std::path::PathBuf;
use std::time::Duration;

use super::background::{Background, Batches};
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

pub struct Finder(Background<FindMsg>);

/// Send a batch at least this often.
const BATCH_TIME: Duration = Duration::from_millis(40);

impl Finder {
    /// Search the session files of `dirs` for `query`.
    pub fn start(dirs: Vec<PathBuf>, query: Query) -> Finder {
        Finder(Background::start(move |tx, stop| {
            let files: Vec<PathBuf> = dirs
                .iter()
                .flat_map(|d| library::session_files(d))
                .collect();
            let total = files.len();
            if tx.send(FindMsg::Started { total }).is_err() {
                return;
            }
            let (mut sessions, mut unreadable) = (Vec::new(), 0);
            let mut batches = Batches::every(BATCH_TIME);
            search::search_files(&files, &query, stop, |done, outcome| {
                match outcome {
                    FileOutcome::Hits(h) => sessions.push(h),
                    FileOutcome::Unreadable { .. } => unreadable += 1,
                    FileOutcome::NoMatch => {}
                }
                if batches.due(done, total) {
                    let batch = FindMsg::Found {
                        sessions: std::mem::take(&mut sessions),
                        unreadable: std::mem::take(&mut unreadable),
                        done,
                    };
                    return tx.send(batch).is_ok();
                }
                true
            });
        }))
    }

    /// Everything the search has sent since the last call.
    pub fn drain(&self) -> Vec<FindMsg> {
        self.0.drain()
    }
}
