//! The thin loop: read events, turn them into actions, `update`, carry out the effects, draw.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use crossterm::event::{self, Event};

use super::app::App;
use super::session_io;
use super::terminal::TerminalGuard;
use super::theme::Theme;
use super::update::{Action, Effect, update};
use super::view;
use crate::content::Pack;
use crate::t;

/// What the TUI needs to start.
pub struct Options {
    pub data_dir: PathBuf,
    /// The content pack, or how to get it: it is asked for once the terminal is taken over, so a pack
    /// still being read on another thread overlaps the terminal's set-up (BENCHMARKS.md, startup).
    pub content: PackSource,
    /// What to show first.
    pub start: Start,
    /// More folders whose sessions the library lists.
    pub extra_dirs: Vec<PathBuf>,
    /// The pack is an adapted one (`--content`): a session in another language keeps it.
    pub adapted_content: bool,
}

/// Where the content pack comes from.
pub enum PackSource {
    /// Already loaded.
    Ready(Arc<Pack>),
    /// Being read on another thread; the error is a sentence.
    Loading(std::thread::JoinHandle<Result<Pack, String>>),
    /// The built-in pack of this language (English when it has none), read when first needed.
    Builtin(crate::i18n::Lang),
}

impl From<Pack> for PackSource {
    fn from(pack: Pack) -> Self {
        PackSource::Ready(Arc::new(pack))
    }
}

impl PackSource {
    fn get(self) -> anyhow::Result<Arc<Pack>> {
        match self {
            PackSource::Ready(pack) => Ok(pack),
            PackSource::Loading(handle) => match handle.join() {
                Ok(Ok(pack)) => Ok(Arc::new(pack)),
                Ok(Err(message)) => Err(anyhow::anyhow!(message)),
                Err(_) => Err(anyhow::anyhow!(t!("run-pack-failed"))),
            },
            PackSource::Builtin(lang) => crate::content::load_embedded_or_english(lang.code())
                .map(Arc::new)
                .map_err(|e| anyhow::anyhow!(e.to_string())),
        }
    }
}

/// The first screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    Home,
    /// A session in the workshop (`open`, `new`).
    Open(PathBuf),
    /// A session read-only (`review`).
    Review(PathBuf),
}

/// Set this variable to make the program panic after its first frame: the end-to-end tests use it to
/// check that a panic restores the terminal and prints its message.
pub const PANIC_TEST_ENV: &str = "PIM_WORKSHOP_PANIC_AFTER_FIRST_FRAME";

/// How often the loop wakes without input, to notice signals.
const TICK: Duration = Duration::from_millis(200);

/// How often the loop wakes while the library is being read, so rows show as soon as they arrive.
const SCAN_TICK: Duration = Duration::from_millis(10);

/// The longest a change waits to be handed to the saver while keys keep arriving (see `hand_over`).
const MAX_UNSAVED: Duration = Duration::from_millis(500);

/// A change is handed to the saver once no key has come for this long (or after `MAX_UNSAVED`).
/// Handing over serialises the session (about 6 ms for the large one, BENCHMARKS.md): done after
/// every key it cost more CPU than the keys themselves, and the saver keeps only the last anyway.
const HAND_OVER_QUIET: Duration = Duration::from_millis(120);

pub fn run(options: Options) -> anyhow::Result<()> {
    let mut guard = TerminalGuard::enter().with_context(|| t!("run-no-terminal"))?;
    // The home screen's first frame needs nothing from the content pack (the sessions it lists come
    // after it), so a pack still being read is waited for after that frame; any other start needs it
    // before.
    let (content, pending) = match (options.content, &options.start) {
        (source @ (PackSource::Loading(_) | PackSource::Builtin(_)), Start::Home) => {
            (Arc::new(Pack::default()), Some(source))
        }
        (source, _) => (source.get()?, None),
    };
    let size = guard
        .terminal
        .size()
        .map(|s| (s.width, s.height))
        .unwrap_or((0, 0));
    let start = options.start.clone();
    let mut app = new_app(options.data_dir, options.extra_dirs, content, size);
    app.adapted_content = options.adapted_content;
    let mut rt = Runtime {
        open: None,
        scanner: None,
        finder: None,
        unsaved_since: None,
        last_input: Instant::now(),
        rescue: None,
        live: None,
    };
    run_effects(&mut app, &mut rt, first_effects(start));

    // The first frame goes out before the work that can wait a few milliseconds (BENCHMARKS.md,
    // startup): reading the library (its rows follow within milliseconds), watching for signals, and
    // clearing stale temp files.
    let _ = guard.terminal.draw(|frame| view::render(&app, frame));
    if let Some(source) = pending {
        app.content = source.get()?;
    }
    run_effects(&mut app, &mut rt, vec![Effect::ScanSessions]);
    let terminated = watch_signals()?;
    // Temp files left by a save that was cut off hold session text: remove them (only ours, only stale).
    let _ = crate::storage::remove_stale_temps(&crate::paths::sessions_dir(&app.data_dir));

    event_loop(&mut app, &mut rt, &mut guard, &terminated);
    // Whatever way we leave, the open session's last changes go to disk before the terminal is restored.
    hand_over(&mut app, &mut rt);
    let path = rt.open.as_ref().map(|o| o.path.clone());
    let failure = rt.open.take().and_then(session_io::close);
    if let Some(failed) = &failure
        && app.unsaved.exit == super::save_failure::Exit::Saved
        && let Some(path) = path
    {
        // Leaving without the question (a signal, the terminal gone): the rescue copy gets the
        // last changes.
        let session = failed
            .unsaved
            .as_ref()
            .or(app.open.as_ref().map(|w| &*w.session));
        if let Some(session) = session
            && let Ok(copy) = session_io::save_copy(session, &path, None, &mut rt.rescue)
        {
            app.unsaved.rescue = Some(copy);
        }
    }
    drop(guard);
    match super::save_failure::exit_report(&app, failure.is_some()) {
        Some(text) => Err(super::save_failure::Left {
            text,
            code: super::save_failure::exit_code(&app),
        }
        .into()),
        None => Ok(()),
    }
}

/// The app as the loop starts it: time and the environment come into the state as data here (the loop
/// reads them; `update` never does).
fn new_app(
    data_dir: PathBuf,
    extra_dirs: Vec<PathBuf>,
    content: Arc<Pack>,
    size: (u16, u16),
) -> App {
    let mut app = App::new(data_dir, content, Theme::from_env(), size);
    app.extra_dirs = extra_dirs;
    app.clock = super::open::Clock::at(chrono::Local::now().fixed_offset());
    app.user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default();
    app.unsaved.home = directories::BaseDirs::new()
        .map(|d| d.home_dir().to_path_buf())
        .unwrap_or_default();
    app
}

/// What the first screen asks for.
fn first_effects(start: Start) -> Vec<Effect> {
    match start {
        Start::Home => Vec::new(),
        Start::Open(path) => vec![Effect::OpenSession {
            path,
            read_only: false,
        }],
        Start::Review(path) => vec![Effect::LoadReview(path)],
    }
}

/// Read events, update, run the effects, draw — until the app quits, the terminal goes or a signal
/// comes.
fn event_loop(app: &mut App, rt: &mut Runtime, guard: &mut TerminalGuard, terminated: &AtomicBool) {
    loop {
        poll_saver(app, rt);
        poll_scanner(app, rt);
        super::live_io::poll(rt.live.as_ref(), app);
        poll_finder(app, rt);
        // The clock for timers; the poll below wakes at least every TICK, so a running timer redraws.
        let effects = update(app, Action::Tick(chrono::Local::now().fixed_offset()));
        run_effects(app, rt, effects);
        if guard
            .terminal
            .draw(|frame| view::render(app, frame))
            .is_err()
        {
            // The terminal is gone: save and leave, never spin.
            update(app, Action::Terminate);
            break;
        }
        if app.quitting && may_leave(app, rt, terminated) {
            break;
        }
        if std::env::var_os(PANIC_TEST_ENV).is_some() {
            // Lets the end-to-end tests check that a panic restores the terminal.
            panic!("deliberate panic requested by {PANIC_TEST_ENV}");
        }
        if terminated.load(Ordering::Relaxed) {
            let effects = update(app, Action::Terminate);
            run_effects(app, rt, effects);
            break;
        }
        // Serialising a large session for the saver takes a few milliseconds: do it once this frame
        // is drawn and no key has come for HAND_OVER_QUIET, so it never delays a frame and a burst of
        // typing is serialised once. A steady stream of keys still hands one over every MAX_UNSAVED.
        let quiet = rt.last_input.elapsed();
        if rt.unsaved_since.is_some_and(|since| {
            since.elapsed() >= MAX_UNSAVED
                || (quiet >= HAND_OVER_QUIET && !matches!(event::poll(Duration::ZERO), Ok(true)))
        }) {
            hand_over(app, rt);
        }
        let mut tick = if rt.scanner.is_some() || rt.finder.is_some() {
            SCAN_TICK
        } else {
            TICK
        };
        if rt.unsaved_since.is_some() {
            // Wake when the change is due to be handed over.
            tick = tick.min(
                HAND_OVER_QUIET
                    .saturating_sub(quiet)
                    .max(Duration::from_millis(1)),
            );
        }
        let action = match event::poll(tick) {
            Ok(false) => continue,
            Ok(true) => match event::read().inspect(|_| rt.last_input = Instant::now()) {
                Ok(Event::Key(key)) => Action::Key(key),
                Ok(Event::Paste(text)) => Action::Paste(text),
                Ok(Event::Resize(w, h)) => Action::Resize(w, h),
                Ok(_) => continue,
                Err(_) => Action::Terminate,
            },
            Err(_) => Action::Terminate,
        };
        let effects = update(app, action);
        run_effects(app, rt, effects);
    }
}

/// How long the loop gets to leave by itself after SIGTERM or SIGHUP before the signal thread saves and
/// ends the process.
#[cfg(unix)]
const SIGNAL_GRACE: Duration = Duration::from_millis(800);

/// SIGTERM and SIGHUP set the returned flag, which the loop checks on every tick. When the terminal has
/// gone away, crossterm's input reader can spin without returning (crossterm #793) and the loop never
/// sees the flag; so a signal thread waits a moment, then flushes the open session's saver, restores
/// the terminal and ends the process itself.
#[cfg(unix)]
fn watch_signals() -> anyhow::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let terminated = Arc::new(AtomicBool::new(false));
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])
        .with_context(|| t!("run-no-signals"))?;
    let flag = Arc::clone(&terminated);
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if signals.forever().next().is_some() {
                flag.store(true, Ordering::SeqCst);
                std::thread::sleep(SIGNAL_GRACE);
                // Still running: the loop is stuck. Everything typed up to the last frame drawn was
                // handed to the saver already (see `hand_over`).
                session_io::flush_active();
                super::terminal::restore();
                std::process::exit(0);
            }
        })
        .with_context(|| t!("run-no-signal-thread"))?;
    Ok(terminated)
}

/// Windows has no SIGHUP or SIGTERM: closing the console window, logging off or Ctrl+Break reach a
/// console handler instead, which saves the open session before the system ends the process
/// (`console_close`). Ctrl+C reaches the program as a key in raw mode, and leaves like `q`. The flag
/// is never set.
#[cfg(windows)]
fn watch_signals() -> anyhow::Result<Arc<AtomicBool>> {
    // Refused (rare): the program runs without it, saving as it always does while typing.
    let _ = super::console_close::watch();
    Ok(Arc::new(AtomicBool::new(false)))
}

/// Neither Unix nor Windows: nothing to watch; the flag is never set.
#[cfg(not(any(unix, windows)))]
fn watch_signals() -> anyhow::Result<Arc<AtomicBool>> {
    Ok(Arc::new(AtomicBool::new(false)))
}

/// The app asked to leave: save what is pending first; with changes that could not be saved, ask
/// (`save_failure::may_leave`) — unless a signal says to go.
fn may_leave(app: &mut App, rt: &mut Runtime, terminated: &AtomicBool) -> bool {
    if terminated.load(Ordering::Relaxed) {
        return true;
    }
    hand_over(app, rt);
    if let Some(report) = rt.open.as_ref().and_then(|o| o.autosaver.flush()) {
        let effects = update(app, Action::SaveReport(report));
        run_effects(app, rt, effects);
    }
    super::save_failure::may_leave(app)
}

/// What the loop owns besides the app state: the open session's lock and saver.
struct Runtime {
    open: Option<session_io::OpenSession>,
    /// The library scan in progress, if any.
    scanner: Option<super::scanner::Scanner>,
    /// The search inside the library's sessions in progress, if any.
    finder: Option<super::finder::Finder>,
    /// Since when the open session has changes the saver has not been handed yet.
    unsaved_since: Option<Instant>,
    /// When the last key (or paste, or resize) came.
    last_input: Instant,
    /// The rescue copy of the open session, once written.
    rescue: Option<PathBuf>,
    /// The open session's folder, followed for live groups and a read-only view.
    live: Option<super::live_io::FolderWatch>,
}

/// Hand the saver a snapshot of the open session if it has changes the saver has not seen.
fn hand_over(app: &mut App, rt: &mut Runtime) {
    if rt.unsaved_since.take().is_none() {
        return;
    }
    if let (Some(open), Some(w)) = (&rt.open, app.open.as_ref())
        && w.read_only.is_none()
    {
        let generation = open.autosaver.submit(&w.session);
        update(app, Action::SaveQueued(generation));
    }
}

/// Turn what the library scan found into actions.
fn poll_scanner(app: &mut App, rt: &mut Runtime) {
    let Some(scanner) = &rt.scanner else {
        return;
    };
    let mut finished = false;
    for msg in scanner.drain() {
        match msg {
            super::scanner::ScanMsg::Started { total } => {
                finished = total == 0;
                update(app, Action::ScanStarted(total));
            }
            super::scanner::ScanMsg::Rows { rows, done } => {
                update(app, Action::ScanRows { rows, done });
                // The last batch ends the scan.
                finished = app.home.scanning.is_none();
            }
        }
    }
    if finished {
        // The thread has ended; drop the handle (which also stops the loop's quick ticks). Only a
        // message from this scan ends it: the rows of a previous scan do not cancel a new one.
        rt.scanner = None;
        if app.notice.is_none() && matches!(app.screen, super::app::Screen::Home(_)) {
            let mut dirs = vec![crate::paths::sessions_dir(&app.data_dir)];
            dirs.extend(app.extra_dirs.iter().cloned());
            app.notice = super::perms_notice::home_notice(&dirs, &app.sessions);
        }
    }
}

/// The search inside sessions: start it, or open a match read-only.
fn find_effect(app: &mut App, rt: &mut Runtime, effect: Effect) {
    match effect {
        Effect::LoadReviewAt {
            path,
            query,
            anchor,
        } => {
            let state = super::sessions::load_review(&path, &app.content, app.clock.today());
            let state = super::find::at_match(state, &query, &anchor);
            let more = update(app, Action::ReviewLoaded(Box::new(state)));
            run_effects(app, rt, more);
        }
        Effect::SearchLibrary(query) => {
            let mut dirs = vec![crate::paths::sessions_dir(&app.data_dir)];
            dirs.extend(app.extra_dirs.iter().cloned());
            rt.finder =
                crate::search::Query::new(&query).map(|q| super::finder::Finder::start(dirs, q));
        }
        _ => {}
    }
}

/// Turn what the library search found into actions; the last batch ends it.
fn poll_finder(app: &mut App, rt: &mut Runtime) {
    let Some(finder) = &rt.finder else {
        return;
    };
    let mut finished = false;
    for msg in finder.drain() {
        match msg {
            super::finder::FindMsg::Started { total } => {
                finished = total == 0;
                update(app, Action::FindStarted(total));
            }
            super::finder::FindMsg::Found {
                sessions,
                unreadable,
                done,
            } => {
                update(
                    app,
                    Action::FindHits {
                        sessions,
                        unreadable,
                        done,
                    },
                );
                finished =
                    !matches!(&app.screen, super::app::Screen::Find(f) if f.progress.is_some());
            }
        }
    }
    if finished {
        rt.finder = None;
    }
}

/// Turn the saver's reports into actions.
fn poll_saver(app: &mut App, rt: &mut Runtime) {
    let Some(open) = rt.open.as_mut() else {
        return;
    };
    let mut reports = Vec::new();
    while let Some(report) = open.autosaver.try_status() {
        match &report {
            crate::storage::SaveReport::Saved { .. } => {
                super::terminal::note_saved(open.path.clone());
            }
            crate::storage::SaveReport::Moved { to, .. } => open.path = to.clone(),
            crate::storage::SaveReport::Failed { .. } => {}
        }
        reports.push(report);
    }
    for report in reports {
        let effects = update(app, Action::SaveReport(report));
        run_effects(app, rt, effects);
    }
}

fn run_effects(app: &mut App, rt: &mut Runtime, effects: Vec<Effect>) {
    for effect in effects {
        match effect {
            Effect::Quit => app.quitting = true,
            Effect::LoadReview(path) => {
                let state = super::sessions::load_review(&path, &app.content, app.clock.today());
                let more = update(app, Action::ReviewLoaded(Box::new(state)));
                run_effects(app, rt, more);
            }
            e @ (Effect::LoadReviewAt { .. } | Effect::SearchLibrary(_)) => find_effect(app, rt, e),
            Effect::ScanSessions => {
                let mut dirs = vec![crate::paths::sessions_dir(&app.data_dir)];
                dirs.extend(app.extra_dirs.iter().cloned());
                let pack = Arc::clone(&app.content);
                rt.scanner = Some(super::scanner::Scanner::start(dirs, pack));
            }
            Effect::OpenSession { path, read_only } => {
                hand_over(app, rt);
                if let Some(previous) = rt.open.take() {
                    session_io::close(previous);
                }
                let (action, open) = session_io::open(&path, read_only);
                if let Action::SessionOpened { session, .. } = &action {
                    super::language::speak_session(app, session);
                }
                rt.open = open;
                let more = update(app, action);
                rt.live = super::live_io::follow_open(app);
                run_effects(app, rt, more);
            }
            Effect::SubmitSave => {
                rt.unsaved_since.get_or_insert_with(Instant::now);
            }
            Effect::SaveSnapshot(session) => {
                rt.unsaved_since = None;
                if let Some(open) = &rt.open {
                    open.autosaver.submit(&session);
                }
            }
            Effect::CreateSession(session) => create_session(app, rt, &session),
            Effect::Export {
                session,
                session_path,
                format,
                out,
                options,
            } => {
                app.notice = Some(export(
                    app,
                    &session,
                    &session_path,
                    (format, &options),
                    &out,
                ))
            }
            Effect::ReadLandscapeFile(path) => {
                let text = read_table(&path);
                let effects = update(app, Action::LandscapeFile { path, text });
                run_effects(app, rt, effects);
            }
            Effect::Facil(effect) => {
                if let Some(action) = super::facil_io::run(effect) {
                    let more = update(app, Action::Facil(action));
                    run_effects(app, rt, more);
                }
            }
            Effect::RetrySave => {
                if let Some(open) = &rt.open {
                    open.autosaver.retry();
                }
            }
            Effect::SaveCopy { session, dir } => save_copy(app, rt, &session, dir),
            Effect::CloseSession => close_session(app, rt),
        }
    }
}

/// Write a copy of the session (the rescue copy, or the one asked for when leaving) and tell `update`.
fn save_copy(
    app: &mut App,
    rt: &mut Runtime,
    session: &crate::session::Session,
    dir: Option<PathBuf>,
) {
    let asked = dir.is_some();
    let path = rt.open.as_ref().map(|o| o.path.clone()).unwrap_or_default();
    let result = session_io::save_copy(session, &path, dir.as_deref(), &mut rt.rescue);
    let more = update(app, Action::CopySaved { asked, result });
    run_effects(app, rt, more);
}

/// Leave the open session: save what is pending and release the lock; what could not be saved goes
/// to a rescue copy rather than away.
fn close_session(app: &mut App, rt: &mut Runtime) {
    super::language::speak(app, app.start_lang);
    let path = rt.open.as_ref().map(|o| o.path.clone()).unwrap_or_default();
    rt.live = None;
    if let Some(open) = rt.open.take()
        && let Some(failed) = session_io::close(open)
    {
        // The changes that could not be saved go to a rescue copy rather than away.
        let rescued = failed
            .unsaved
            .as_ref()
            .and_then(|s| session_io::save_copy(s, &path, None, &mut rt.rescue).ok());
        let text = match rescued {
            Some(copy) => t!(
                "unsaved-closed-rescued",
                why = failed.problem.short(),
                path = copy.display().to_string()
            ),
            None => t!("run-close-save-failed", message = failed.message),
        };
        update(app, Action::OpenFailed(text));
    }
    // The next session starts with no trouble (the home folder stays).
    rt.rescue = None;
    app.unsaved = super::save_failure::SaveTrouble {
        home: std::mem::take(&mut app.unsaved.home),
        ..Default::default()
    };
}

/// Write a new session file (from the wizard), then open it.
fn create_session(app: &mut App, rt: &mut Runtime, session: &crate::session::Session) {
    let dir = crate::paths::sessions_dir(&app.data_dir);
    match crate::storage::create_session_file(&dir, session) {
        Ok(path) => run_effects(
            app,
            rt,
            vec![Effect::OpenSession {
                path,
                read_only: false,
            }],
        ),
        Err(e) => {
            update(
                app,
                Action::OpenFailed(t!("run-create-failed", error = e.to_string())),
            );
        }
    }
}

/// Write an export beside the session (its folder made if need be); the notice says how it went.
fn export(
    app: &App,
    session: &crate::session::Session,
    session_path: &std::path::Path,
    (format, options): (crate::export::Format, &crate::export::ExportOptions),
    out: &std::path::Path,
) -> super::library::Notice {
    if format == crate::export::Format::Csv {
        return csv_tables(app, session, session_path, out);
    }
    let result = crate::export::export_to(
        session,
        &app.content,
        (format, options),
        app.clock.today(),
        out,
        session_path,
        // The screens re-export over their own file (never a session, backup or lock).
        true,
    );
    let warning = crate::export::landscape::sharing_warning(session, format, options);
    match result {
        Ok(()) => super::library::Notice {
            kind: if warning.is_some() {
                super::library::NoticeKind::Error
            } else {
                super::library::NoticeKind::Info
            },
            text: [
                crate::export::exported_message(format, out),
                warning.unwrap_or_default(),
            ]
            .join(" ")
            .trim_end()
            .to_string(),
        },
        Err(e) => super::library::Notice {
            kind: super::library::NoticeKind::Error,
            text: t!("run-export-failed", error = e),
        },
    }
}

/// CSV from the TUI: one tidy table per file, in the folder of the path the form names (the plain
/// front's rule, `export::csv_files`).
fn csv_tables(
    app: &App,
    session: &crate::session::Session,
    session_path: &std::path::Path,
    out: &std::path::Path,
) -> super::library::Notice {
    use crate::export::csv_files;
    let dir = out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let today = app.clock.today();
    match csv_files::write_tables(session, &app.content, &[], today, dir, session_path) {
        Ok(written) => super::library::Notice {
            kind: super::library::NoticeKind::Info,
            text: csv_files::written_message(&written, dir),
        },
        Err(e) => super::library::Notice {
            kind: super::library::NoticeKind::Error,
            text: t!("run-export-failed", error = e),
        },
    }
}

/// A CSV table for import, read by the register's own rule (at most 16 MiB, UTF-8).
fn read_table(path: &std::path::Path) -> Result<crate::landscape::RawTable, String> {
    crate::landscape::read_table(path, None).map_err(|e| e.to_string())
}
