//! Whole-process figures (issue #10): time to the first frame against the floor, the library on the home
//! screen, opening the large session, and peak memory.
//!
//! ```text
//! cargo build --release --bin pim-workshop --example floor --example startup
//! target/release/examples/startup [RUNS]          # RUNS per figure, default 40
//! ```
//!
//! Each program runs in a fresh 80×24 pseudo-terminal; the time is taken from spawning it to the moment
//! its screen (parsed with vt100 as the bytes arrive) first shows a known text. The floor
//! (`examples/floor.rs`, the smallest ratatui program) and pim-workshop run alternately in the same loop,
//! so both see the same machine. Peak memory is the maximum resident set size reported by
//! `/usr/bin/time -v` for a sitting on the large session: open it, type a line, wait for the autosave,
//! quit.
//!
//! The binaries are looked up beside this one (`target/release/`); pass `--pim PATH` and `--floor PATH`
//! to measure others.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const COLS: u16 = 80;
const ROWS: u16 = 24;
const TIMEOUT: Duration = Duration::from_secs(20);

/// A program running in a pseudo-terminal whose screen is watched for texts.
struct Run {
    started: Instant,
    /// (text, when it first showed) for each awaited text, in order.
    seen: mpsc::Receiver<(usize, Instant)>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

/// What to wait for on the screen: a text that must be there, and texts that must not.
#[derive(Clone)]
struct Wait {
    contains: &'static str,
    absent: &'static [&'static str],
}

fn wait(contains: &'static str) -> Wait {
    Wait {
        contains,
        absent: &[],
    }
}

impl Run {
    /// Spawns `cmd` and watches its screen for `waits`, in order.
    fn spawn(cmd: CommandBuilder, waits: Vec<Wait>) -> Run {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (tx, seen) = mpsc::channel();
        // The reader starts before the child so no byte waits in the pty.
        std::thread::spawn(move || {
            let size = |n: u16| std::num::NonZeroU16::new(n).expect("a non-zero size");
            let mut parser = vt100::Parser::new(size(ROWS), size(COLS), 0);
            let mut buf = [0u8; 65536];
            let mut next = 0;
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => n,
                };
                parser.process(&buf[..n]);
                while let Some(w) = waits.get(next) {
                    let screen = parser.screen().contents();
                    if screen.contains(w.contains) && !w.absent.iter().any(|a| screen.contains(a)) {
                        if tx.send((next, Instant::now())).is_err() {
                            return;
                        }
                        next += 1;
                    } else {
                        break;
                    }
                }
            }
        });
        let started = Instant::now();
        let child = pair.slave.spawn_command(cmd).expect("the program starts");
        drop(pair.slave);
        Run {
            started,
            seen,
            writer,
            child,
            _master: pair.master,
        }
    }

    /// Time from spawning to when wait number `index` showed.
    fn until(&self, index: usize) -> Duration {
        loop {
            match self.seen.recv_timeout(TIMEOUT) {
                Ok((i, at)) if i == index => return at - self.started,
                Ok(_) => continue,
                Err(_) => panic!("the screen never showed what was awaited (wait {index})"),
            }
        }
    }

    fn keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("keys sent");
        self.writer.flush().expect("keys sent");
    }

    /// Sends `q` and waits for the program to leave.
    fn quit(mut self) {
        self.keys(b"q");
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the program did not leave on q");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

fn command(program: &Path, args: &[&str], data_dir: &Path) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(program);
    for a in args {
        cmd.arg(a);
    }
    cmd.env("TERM", "xterm-256color");
    cmd.env("PIM_WORKSHOP_DATA_DIR", data_dir);
    cmd.env_remove("NO_COLOR");
    cmd
}

/// Median, minimum and maximum in milliseconds.
struct Stats {
    median: f64,
    min: f64,
    max: f64,
}

fn stats(mut d: Vec<Duration>) -> Stats {
    d.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = if d.len() % 2 == 1 {
        ms(d[d.len() / 2])
    } else {
        (ms(d[d.len() / 2 - 1]) + ms(d[d.len() / 2])) / 2.0
    };
    Stats {
        median,
        min: ms(d[0]),
        max: ms(d[d.len() - 1]),
    }
}

fn report(name: &str, s: &Stats, runs: usize) {
    println!(
        "{name:<44} median {:>8.2} ms   min {:>8.2}   max {:>8.2}   ({runs} runs)",
        s.median, s.min, s.max
    );
}

/// Maximum resident set size in kB from `/usr/bin/time -v`, for one sitting driven by `drive`.
fn peak_rss(
    program: &Path,
    args: &[&str],
    data_dir: &Path,
    waits: Vec<Wait>,
    drive: fn(&mut Run),
) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return None;
    }
    let out = data_dir.join("time.txt");
    let mut cmd = CommandBuilder::new(time);
    cmd.args(["-v", "-o"]);
    cmd.arg(&out);
    cmd.arg(program);
    for a in args {
        cmd.arg(a);
    }
    cmd.env("TERM", "xterm-256color");
    cmd.env("PIM_WORKSHOP_DATA_DIR", data_dir);
    let mut run = Run::spawn(cmd, waits);
    run.until(0);
    drive(&mut run);
    run.quit();
    // time writes its report after the child has gone.
    std::thread::sleep(Duration::from_millis(100));
    let text = std::fs::read_to_string(&out).ok()?;
    text.lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok())
}

fn main() {
    let mut args = std::env::args().skip(1);
    let here = std::env::current_exe().expect("own path");
    let examples = here.parent().expect("examples folder").to_path_buf();
    let mut pim = examples.join("../pim-workshop");
    let mut floor = examples.join("floor");
    let mut runs = 40;
    let mut home_only = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            // Only the floor and the bare home screen (for profiling the start).
            "--home-only" => home_only = true,
            "--pim" => pim = PathBuf::from(args.next().expect("--pim PATH")),
            "--floor" => floor = PathBuf::from(args.next().expect("--floor PATH")),
            n => runs = n.parse().expect("RUNS must be a number"),
        }
    }
    for p in [&pim, &floor] {
        assert!(
            p.exists(),
            "{} is missing: cargo build --release --bin pim-workshop --example floor",
            p.display()
        );
    }

    let pack = pim_workshop::content::load_embedded().expect("the built-in pack");
    let empty = tempfile::tempdir().expect("a temp folder");
    let library = tempfile::tempdir().expect("a temp folder");
    pim_sample::write_library(&pack, &library.path().join("sessions"), 1_000)
        .expect("the library is written");
    let large_dir = tempfile::tempdir().expect("a temp folder");
    let large = large_dir.path().join("large.json");
    pim_workshop::storage::save_session_with(&large, &pim_sample::large_session(&pack), false)
        .expect("the large session is written");
    let large_arg = large.to_str().expect("a UTF-8 temp path");

    println!(
        "{} in a {COLS}x{ROWS} pseudo-terminal, {runs} runs each, alternating\n",
        pim.display()
    );

    // Warm-up: the first start of each reads its binary from disk.
    for _ in 0..3 {
        let run = Run::spawn(
            command(&floor, &[], empty.path()),
            vec![wait("floor: first frame")],
        );
        run.until(0);
        run.quit();
        let run = Run::spawn(command(&pim, &[], empty.path()), vec![wait("New session")]);
        run.until(0);
        run.quit();
    }

    let (mut t_floor, mut t_pim, mut t_first, mut t_all, mut t_open) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let run = Run::spawn(
            command(&floor, &[], empty.path()),
            vec![wait("floor: first frame")],
        );
        t_floor.push(run.until(0));
        run.quit();

        let run = Run::spawn(command(&pim, &[], empty.path()), vec![wait("New session")]);
        t_pim.push(run.until(0));
        run.quit();
        if home_only {
            continue;
        }

        // The home screen on 1,000 sessions: the first rows, then all of them.
        let run = Run::spawn(
            command(&pim, &[], library.path()),
            vec![
                Wait {
                    contains: "Sessions (",
                    absent: &["Sessions (0"],
                },
                Wait {
                    contains: "Sessions (1000)",
                    absent: &["reading"],
                },
            ],
        );
        t_first.push(run.until(0));
        t_all.push(run.until(1));
        run.quit();

        let run = Run::spawn(
            command(&pim, &["open", large_arg], empty.path()),
            vec![wait("sub-step 1 of 12")],
        );
        t_open.push(run.until(0));
        run.quit();
    }

    let floor_s = stats(t_floor);
    let pim_s = stats(t_pim);
    report("floor (examples/floor.rs): first frame", &floor_s, runs);
    report("pim-workshop (home): first frame", &pim_s, runs);
    println!(
        "{:<44} {:.2}× the floor (medians)\n",
        "startup ratio",
        pim_s.median / floor_s.median
    );
    if home_only {
        return;
    }
    report(
        "home on 1,000 sessions: first rows shown",
        &stats(t_first),
        runs,
    );
    report(
        "home on 1,000 sessions: all rows shown",
        &stats(t_all),
        runs,
    );
    report("open the large session: first frame", &stats(t_open), runs);

    println!();
    let sitting: fn(&mut Run) = |run| {
        // Edit the first answer, type a line, leave the editor, wait for the autosave.
        run.keys(b"\r");
        for c in b"The team agreed to meet again on Thursday. " {
            run.keys(&[*c]);
            std::thread::sleep(Duration::from_millis(5));
        }
        run.keys(b"\x1b");
        std::thread::sleep(Duration::from_millis(1500));
    };
    match peak_rss(
        &pim,
        &["open", large_arg],
        large_dir.path(),
        vec![wait("sub-step 1 of 12")],
        sitting,
    ) {
        Some(kb) => println!(
            "{:<44} {:.1} MB ({kb} kB)",
            "peak memory: a sitting on the large session",
            kb as f64 / 1024.0
        ),
        None => println!("peak memory: /usr/bin/time is missing (apt-get install time)"),
    }
    if let Some(kb) = peak_rss(
        &floor,
        &[],
        large_dir.path(),
        vec![wait("floor: first frame")],
        |_| {},
    ) {
        println!(
            "{:<44} {:.1} MB ({kb} kB)",
            "peak memory: the floor",
            kb as f64 / 1024.0
        );
    }
}
