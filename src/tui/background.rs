//! Work on a thread of its own whose messages the loop drains on each turn (the library scan, the
//! search inside sessions): dropping the handle tells the thread to stop.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

pub struct Background<M> {
    rx: Receiver<M>,
    cancel: Arc<AtomicBool>,
}

impl<M: Send + 'static> Background<M> {
    /// Runs `work` on a new thread with the sender of its messages and the flag that asks it to stop.
    pub fn start(work: impl FnOnce(Sender<M>, &AtomicBool) + Send + 'static) -> Background<M> {
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancel);
        std::thread::spawn(move || work(tx, &stop));
        Background { rx, cancel }
    }

    /// Everything the thread has sent since the last call.
    pub fn drain(&self) -> Vec<M> {
        self.rx.try_iter().collect()
    }
}

impl<M> Drop for Background<M> {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// When to send the next batch: the first result at once, the last one, and otherwise every `every`.
pub struct Batches {
    every: Duration,
    last: Option<Instant>,
}

impl Batches {
    pub fn every(every: Duration) -> Batches {
        Batches { every, last: None }
    }

    /// Whether the batch with `done` of `total` results goes now; if so, the clock starts again.
    pub fn due(&mut self, done: usize, total: usize) -> bool {
        let due = self.last.is_none_or(|t| t.elapsed() >= self.every) || done == total;
        if due {
            self.last = Some(Instant::now());
        }
        due
    }
}
