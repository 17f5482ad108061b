//! Work on many files spread over the machine's cores, the results handed back one at a time on the
//! calling thread as they are ready (so a screen can show them as they come). Memory stays bounded:
//! a worker holds one file at a time, and at most a few results wait to be taken.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

/// How many results may wait for the calling thread before the workers pause.
const WAITING: usize = 64;

/// Runs `work(i)` for every `i` in `0..n`, on as many threads as there are cores, and gives each
/// result to `each(done, result)` on the calling thread, in the order they finish (`done` counts the
/// results given so far, this one included). `each` returning `false`, or `stop` becoming true, ends
/// the run early: no new work starts, work under way is dropped.
pub fn for_each<T: Send>(
    n: usize,
    stop: &AtomicBool,
    work: impl Fn(usize) -> T + Sync,
    mut each: impl FnMut(usize, T) -> bool,
) {
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(n);
    if workers <= 1 {
        for i in 0..n {
            if stop.load(Ordering::Relaxed) || !each(i + 1, work(i)) {
                return;
            }
        }
        return;
    }
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<T>(WAITING);
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n || stop.load(Ordering::Relaxed) {
                        return;
                    }
                    if tx.send(work(i)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        let mut done = 0;
        for result in rx.iter() {
            done += 1;
            if stop.load(Ordering::Relaxed) || !each(done, result) {
                stop.store(true, Ordering::Relaxed);
                break;
            }
        }
        // Dropping the receiver makes any worker waiting to send give up.
        drop(rx);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_given_once_and_counted() {
        let stop = AtomicBool::new(false);
        let mut seen = Vec::new();
        let mut counts = Vec::new();
        for_each(
            1000,
            &stop,
            |i| i * 2,
            |done, v| {
                counts.push(done);
                seen.push(v);
                true
            },
        );
        seen.sort_unstable();
        assert_eq!(seen, (0..1000).map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(counts, (1..=1000).collect::<Vec<_>>());
    }

    #[test]
    fn stopping_early_gives_no_more() {
        let stop = AtomicBool::new(false);
        let mut seen = 0;
        for_each(
            10_000,
            &stop,
            |i| i,
            |_, _| {
                seen += 1;
                seen < 5
            },
        );
        assert_eq!(seen, 5);
        let stopped = AtomicBool::new(true);
        let mut any = false;
        for_each(
            10,
            &stopped,
            |i| i,
            |_, _| {
                any = true;
                true
            },
        );
        assert!(!any);
    }
}
