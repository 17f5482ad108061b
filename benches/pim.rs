//! Performance budgets (issue #10): keystroke → frame, save, load, library, exports, content.
//!
//! ```text
//! cargo bench --bench pim                 # everything
//! cargo bench --bench pim -- key_frame    # only the keystroke benchmarks (divan filters by name)
//! ```
//!
//! The data comes from `pim_sample`: the large session (2,000 decisions, 500 actions,
//! 300 landscape entries, 5,000 timeline events, every sub-step answered at length, ~2.95 MB) and a
//! folder of 1,000 ordinary sessions. Figures and budgets are in BENCHMARKS.md.
//!
//! Keystroke benchmarks take 1,000 samples of one key each, so divan's `slowest` column is the worst of
//! 1,000 and `median` the median. One key is what the program's loop (src/tui/run.rs) does between
//! reading it and showing its frame: `update`, the effects, and a full `Terminal::draw` through the
//! crossterm backend into a sink (diff and escape sequences included). As in the loop, the snapshot for
//! the saver is taken after the frame, when no key is waiting, and handed to a real background
//! autosaver writing to a temp file; it is timed separately (`key_cycle`).

use std::cell::RefCell;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use divan::Bencher;
use pim_workshop::content::{self, Pack};
use pim_workshop::export::{self, Format};

use pim_workshop::session::Session;
use pim_workshop::storage::{self, AutosaveTiming, Autosaver, BackupPolicy};
use pim_workshop::tui::app::{App, Screen};
use pim_workshop::tui::scanner::{ScanMsg, Scanner};
use pim_workshop::tui::theme::Theme;
use pim_workshop::tui::update::{Action, Effect, update};
use pim_workshop::tui::view;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

fn main() {
    divan::main();
}

// ------------------------------------------------------------------------------------------ fixtures

static PACK: LazyLock<Arc<Pack>> =
    LazyLock::new(|| Arc::new(content::load_embedded().expect("the built-in pack loads")));

static LARGE: LazyLock<Session> = LazyLock::new(|| pim_sample::large_session(&PACK));

/// A folder for files written by the benchmarks: the large session and the library.
static DIR: LazyLock<tempfile::TempDir> =
    LazyLock::new(|| tempfile::tempdir().expect("a temp folder"));

/// The large session on disk, as a save writes it.
static LARGE_FILE: LazyLock<PathBuf> = LazyLock::new(|| {
    let path = DIR.path().join("large.json");
    storage::save_session_with(&path, &LARGE, false).expect("the large session is written");
    path
});

/// 1,000 ordinary sessions in one folder.
static LIBRARY: LazyLock<PathBuf> = LazyLock::new(|| {
    let dir = DIR.path().join("library");
    pim_sample::write_library(&PACK, &dir, 1_000).expect("the library is written");
    dir
});

/// 10,000 ordinary sessions in one folder (about 600 MB): an organisation's shared drive (#24).
static LIBRARY_10K: LazyLock<PathBuf> = LazyLock::new(|| {
    let dir = DIR.path().join("library-10k");
    pim_sample::write_library(&PACK, &dir, 10_000).expect("the library is written");
    dir
});

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn code(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// The program's loop, minus the terminal's input: an app on the large session, its autosaver and a
/// terminal that draws through crossterm into a sink.
struct Rig {
    app: App,
    terminal: Terminal<CrosstermBackend<io::Sink>>,
    autosaver: Autosaver,
    /// Changes not yet handed to the saver (the loop's `unsaved_since`).
    unsaved: bool,
    _dir: tempfile::TempDir,
}

impl Rig {
    fn large((w, h): (u16, u16)) -> Rig {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("large.json");
        std::fs::copy(&*LARGE_FILE, &path).expect("the large session is copied");
        let mut app = App::new(
            dir.path().to_path_buf(),
            Arc::clone(&PACK),
            Theme::colour(),
            (w, h),
        );
        update(
            &mut app,
            Action::SessionOpened {
                path: path.clone(),
                session: Box::new(LARGE.clone()),
                read_only: None,
                warnings: Vec::new(),
            },
        );
        // As `session_io::open` starts it.
        let autosaver = Autosaver::with_options(
            &path,
            BackupPolicy::FirstSaveOnly,
            AutosaveTiming::default(),
        );
        let terminal = Terminal::with_options(
            CrosstermBackend::new(io::sink()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
            },
        )
        .expect("a terminal on a sink");
        let mut rig = Rig {
            app,
            terminal,
            autosaver,
            unsaved: false,
            _dir: dir,
        };
        rig.frame();
        rig
    }

    /// One key as the loop handles it: update, effects, draw.
    fn key(&mut self, ev: KeyEvent) {
        let effects = update(&mut self.app, Action::Key(ev));
        for effect in effects {
            // The only effect these keys produce; the loop notes it and hands over a snapshot later.
            if effect == Effect::SubmitSave {
                self.unsaved = true;
            }
        }
        self.frame();
    }

    /// What the loop does after a frame when no key is waiting: the snapshot for the saver (run.rs,
    /// `hand_over`).
    fn hand_over(&mut self) {
        if std::mem::take(&mut self.unsaved)
            && let Some(w) = self.app.open.as_ref()
        {
            let generation = self.autosaver.submit(&w.session);
            update(&mut self.app, Action::SaveQueued(generation));
        }
    }

    fn frame(&mut self) {
        let app = &self.app;
        self.terminal
            .draw(|f| view::render(app, f))
            .expect("drawing into a sink");
    }

    fn workshop_screen(&self) -> bool {
        matches!(self.app.screen, Screen::Workshop(_))
    }
}

// ------------------------------------------------------------------------------------------ keys

/// Keystroke → frame on the large session: update, effects and a full draw, 1,000 single-key samples.
#[divan::bench_group(sample_count = 1000, sample_size = 1)]
mod key_frame {
    use super::*;

    /// The rig with the editor open on the first prompt's long answer.
    pub(super) fn editing(size: (u16, u16)) -> Rig {
        let mut rig = Rig::large(size);
        rig.key(code(KeyCode::Enter));
        assert!(
            matches!(&rig.app.screen, Screen::Workshop(w) if w.editor.is_some()),
            "the editor is open"
        );
        rig
    }

    const LETTERS: &str = "the team agreed ";

    /// A character typed into a long answer. The previous key's snapshot is handed to the saver
    /// between samples, untimed, as the loop does it between keys.
    #[divan::bench(args = SIZES)]
    fn type_char(bencher: Bencher, size: (u16, u16)) {
        let rig = RefCell::new(editing(size));
        let mut letters = LETTERS.chars().cycle();
        bencher
            .with_inputs(|| rig.borrow_mut().hand_over())
            .bench_local_values(|()| {
                let c = letters.next().unwrap_or('a');
                rig.borrow_mut().key(key(c));
            });
    }

    /// Next or previous sub-step (`n` / `p`), back and forth over the whole process (each move also
    /// stores the position, which asks for a save).
    #[divan::bench(args = SIZES)]
    fn move_substep(bencher: Bencher, size: (u16, u16)) {
        let rig = RefCell::new(Rig::large(size));
        let substeps = rig
            .borrow()
            .app
            .open
            .as_ref()
            .map_or(0, |w| w.substeps.len());
        let mut i = 0;
        bencher
            .with_inputs(|| rig.borrow_mut().hand_over())
            .bench_local_values(|()| {
                let forward = (i / (substeps - 1)).is_multiple_of(2);
                rig.borrow_mut().key(key(if forward { 'n' } else { 'p' }));
                i += 1;
            });
    }

    /// Opening the decisions list (`D`, 2,000 decisions); Esc back to the workshop is not timed.
    #[divan::bench(args = SIZES)]
    fn open_decisions(bencher: Bencher, size: (u16, u16)) {
        let rig = RefCell::new(Rig::large(size));
        bencher
            .with_inputs(|| {
                let mut rig = rig.borrow_mut();
                if !rig.workshop_screen() {
                    rig.key(code(KeyCode::Esc));
                }
                assert!(rig.workshop_screen());
            })
            .bench_local_values(|()| rig.borrow_mut().key(key('D')));
    }

    /// Scrolling the decisions list one row down (`j`), from the top towards the 2,000th.
    #[divan::bench(args = SIZES)]
    fn scroll_decisions(bencher: Bencher, size: (u16, u16)) {
        let mut rig = Rig::large(size);
        rig.key(key('D'));
        bencher.bench_local(|| rig.key(key('j')));
    }
}

/// The whole of the loop's work for a typed character followed by a pause: key, frame, and the
/// snapshot handed to the saver (serialised after the frame once no key has come for 120 ms, so a burst
/// of typing pays it once). This is the CPU such a keystroke costs, not its latency.
#[divan::bench_group(sample_count = 1000, sample_size = 1)]
mod key_cycle {
    use super::*;

    #[divan::bench(args = SIZES)]
    fn type_char_and_snapshot(bencher: Bencher, size: (u16, u16)) {
        let mut rig = key_frame::editing(size);
        let mut letters = "the team agreed ".chars().cycle();
        bencher.bench_local(|| {
            rig.key(key(letters.next().unwrap_or('a')));
            rig.hand_over();
        });
    }
}

/// The parts of a keystroke, to see where its time goes: a draw with nothing changed, and the snapshot.
#[divan::bench_group(sample_count = 1000, sample_size = 1)]
mod key_parts {
    use super::*;

    /// ratatui's own cost for a frame: one short paragraph drawn again (no view code of ours).
    #[divan::bench(args = SIZES)]
    fn draw_floor(bencher: Bencher, (w, h): (u16, u16)) {
        let mut terminal = Terminal::with_options(
            CrosstermBackend::new(io::sink()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
            },
        )
        .expect("a terminal on a sink");
        bencher.bench_local(|| {
            terminal
                .draw(|f| {
                    f.render_widget(ratatui::widgets::Paragraph::new("floor"), f.area());
                })
                .expect("drawn");
        });
    }

    /// Drawing the workshop screen again (no key): the view and ratatui's diff.
    #[divan::bench(args = SIZES)]
    fn draw_workshop(bencher: Bencher, size: (u16, u16)) {
        let mut rig = Rig::large(size);
        bencher.bench_local(|| rig.frame());
    }

    /// Drawing the decisions list again (no key).
    #[divan::bench(args = SIZES)]
    fn draw_decisions(bencher: Bencher, size: (u16, u16)) {
        let mut rig = Rig::large(size);
        rig.key(key('D'));
        bencher.bench_local(|| rig.frame());
    }

    /// `update` alone for a typed character (no effects, no draw).
    #[divan::bench]
    fn update_type_char(bencher: Bencher) {
        let mut rig = key_frame::editing((80, 24));
        bencher.bench_local(|| update(&mut rig.app, Action::Key(key('a'))));
    }

    /// Cloning the large session (what a snapshot for the saver cost before it was handed bytes).
    #[divan::bench]
    fn clone_session() -> Session {
        LARGE.clone()
    }
}

// ------------------------------------------------------------------------------------------ saving

mod save {
    use super::*;

    /// What an autosave does after the first: serialise, write a temp file, fsync, rename, fsync the
    /// folder.
    #[divan::bench(sample_count = 100)]
    fn save_large(bencher: Bencher) {
        let path = DIR.path().join("save.json");
        bencher.bench(|| storage::save_session_with(&path, &LARGE, false).expect("saved"));
    }

    /// The first save of a sitting: as above, after keeping the file on disk as `<file>.bak` (read,
    /// parse, compare, write).
    #[divan::bench(sample_count = 50)]
    fn save_large_with_backup(bencher: Bencher) {
        let path = DIR.path().join("save-backup.json");
        storage::save_session_with(&path, &LARGE, false).expect("saved");
        bencher.bench(|| storage::save_session(&path, &LARGE).expect("saved"));
    }

    /// Serialising alone (pretty JSON), no disk.
    #[divan::bench(sample_count = 100)]
    fn serialise_large() -> usize {
        storage::save::to_json_bytes(&LARGE).len()
    }

    /// What the loop pays for saving, after a frame: serialising the session and handing the bytes
    /// to the autosaver, whose thread then writes them (before #24 it copied the session instead).
    #[divan::bench(sample_count = 1000)]
    fn snapshot_and_submit(bencher: Bencher) {
        let path = DIR.path().join("submit.json");
        let saver = Autosaver::with_options(
            &path,
            BackupPolicy::FirstSaveOnly,
            AutosaveTiming::default(),
        );
        bencher.bench_local(|| saver.submit(&LARGE));
    }
}

// ------------------------------------------------------------------------------------------ loading

mod load {
    use super::*;

    /// Opening the large session: read, size check, parse, migrate if needed, sanitise and validate.
    #[divan::bench(sample_count = 100)]
    fn load_large(bencher: Bencher) {
        let path = &*LARGE_FILE;
        bencher.bench(|| storage::load_session(path).expect("loads"));
    }

    /// Parsing and validating the bytes alone, no disk.
    #[divan::bench(sample_count = 100)]
    fn parse_large(bencher: Bencher) {
        let bytes = std::fs::read(&*LARGE_FILE).expect("read");
        let now = chrono::Local::now().fixed_offset();
        bencher.bench(|| storage::parse_session(Path::new("large.json"), &bytes, now).expect("ok"));
    }
}

// ------------------------------------------------------------------------------------------ library

mod library {
    use super::*;

    /// `scan_dir` over 1,000 sessions (what `pim-workshop list` does).
    #[divan::bench(sample_count = 20)]
    fn scan_1000(bencher: Bencher) {
        let dir = &*LIBRARY;
        bencher.bench(|| {
            let entries = storage::scan_dir(dir);
            assert_eq!(entries.len(), 1_000);
            entries
        });
    }

    /// The list of 1,000 sessions the way it was read before #24, for comparison in the same run:
    /// every file parsed whole, one after the other.
    #[divan::bench(sample_count = 10)]
    fn scan_1000_full_parse(bencher: Bencher) {
        let dir = &*LIBRARY;
        let now = chrono::Local::now().fixed_offset();
        bencher.bench(|| {
            let files = storage::library::session_files(dir);
            let parsed = files
                .iter()
                .filter(|p| {
                    storage::read_limited(p)
                        .and_then(|b| storage::parse_session(p, &b, now))
                        .is_ok()
                })
                .count();
            assert_eq!(parsed, 1_000);
            parsed
        });
    }

    /// The home screen's background scan of 1,000 sessions, until its first rows arrive.
    #[divan::bench(sample_count = 20)]
    fn home_first_rows(bencher: Bencher) {
        let dir = &*LIBRARY;
        bencher.bench(|| scan_until(dir, 1_000, true));
    }

    /// The home screen's background scan of 1,000 sessions, until all rows have arrived.
    #[divan::bench(sample_count = 20)]
    fn home_all_rows(bencher: Bencher) {
        let dir = &*LIBRARY;
        bencher.bench(|| scan_until(dir, 1_000, false));
    }

    /// Runs the TUI's scanner on `dir` (`total` files) until its first batch of rows (or all of
    /// them) arrived.
    pub(super) fn scan_until(dir: &Path, total: usize, first: bool) -> usize {
        let scanner = Scanner::start(vec![dir.to_path_buf()], Arc::clone(&PACK));
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut rows = 0;
        loop {
            for msg in scanner.drain() {
                if let ScanMsg::Rows { rows: batch, done } = msg {
                    rows += batch.len();
                    if first || done == total {
                        return rows;
                    }
                }
            }
            assert!(Instant::now() < deadline, "the scan did not finish");
            std::thread::sleep(Duration::from_micros(200));
        }
    }
}

// ---------------------------------------------------------------------------- library of 10,000 (#24)

mod library_10k {
    use super::*;
    use pim_workshop::search::{self, Query};

    /// The floor: reading every file's bytes, nothing parsed (one thread).
    #[divan::bench(sample_count = 5)]
    fn floor_read_bytes(bencher: Bencher) {
        let dir = &*LIBRARY_10K;
        bencher.bench(|| {
            let files = storage::library::session_files(dir);
            let bytes: usize = files
                .iter()
                .map(|p| std::fs::read(p).map_or(0, |b| b.len()))
                .sum();
            assert!(bytes > 100_000_000);
            bytes
        });
    }

    /// `pim-workshop list`: every row, on every core (`scan_dir_with`).
    #[divan::bench(sample_count = 5)]
    fn list_all(bencher: Bencher) {
        let dir = &*LIBRARY_10K;
        bencher.bench(|| {
            let entries = storage::scan_dir_with(dir, Some(&PACK));
            assert_eq!(entries.len(), 10_000);
            entries.len()
        });
    }

    /// The home screen's scanner until its first rows arrive.
    #[divan::bench(sample_count = 10)]
    fn home_first_rows(bencher: Bencher) {
        let dir = &*LIBRARY_10K;
        bencher.bench(|| super::library::scan_until(dir, 10_000, true));
    }

    /// The home screen's scanner until all 10,000 rows have arrived.
    #[divan::bench(sample_count = 5)]
    fn home_all_rows(bencher: Bencher) {
        let dir = &*LIBRARY_10K;
        bencher.bench(|| super::library::scan_until(dir, 10_000, false));
    }

    /// A search of all 10,000: a place in some sessions (typed without its accent), a word in none (the raw look
    /// alone), and one in nearly every session (nearly every file parsed for its places).
    #[divan::bench(sample_count = 5, args = ["tillaberi", "zzqx", "Goma"])]
    fn search_all(bencher: Bencher, query: &str) {
        let dir = &*LIBRARY_10K;
        let query = Query::new(query).expect("a query");
        bencher.bench(|| {
            let files = storage::library::session_files(dir);
            let found = search::search_all(&files, &query);
            assert_eq!(found.searched, 10_000);
            found.sessions.len()
        });
    }
}

// ------------------------------------------------------------------------------------------ exports

mod exports {
    use super::*;

    const FORMATS: [Format; Format::ALL.len()] = Format::ALL;

    /// Each export format of the large session (rendering the text; writing it is one `write_atomic`).
    #[divan::bench(args = FORMATS, sample_count = 50)]
    fn export_large(format: Format) -> usize {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 4, 1).expect("a date");
        export::render(&LARGE, &PACK, format, today).len()
    }
}

// ------------------------------------------------------------------------------------------ content

mod content_pack {
    use super::*;

    /// Parsing the built-in content pack (done at every start).
    #[divan::bench(sample_count = 100)]
    fn load_embedded() -> Pack {
        content::load_embedded().expect("loads")
    }

    /// Validating it (done at every start, before the first frame).
    #[divan::bench(sample_count = 100)]
    fn validate(bencher: Bencher) {
        let pack = content::load_embedded().expect("loads");
        bencher.bench(|| content::validate::check(&pack));
    }

    /// Both, as `pim-workshop` does before its first frame (`pack_for_run`).
    #[divan::bench(sample_count = 100)]
    fn pack_for_run() -> Pack {
        pim_workshop::cli::content_cmd::pack_for_run(None).expect("valid")
    }
}
