//! The thin loop: read events, turn them into actions, `update`, carry out the effects, draw.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context as _;
use crossterm::event::{self, Event};

use super::app::App;
use super::session_io;
use super::terminal::TerminalGuard;
use super::theme::Theme;
use super::update::{Action, Effect, update};
use super::view;
use crate::content::Pack;

/// What the TUI needs to start.
pub struct Options {
    pub data_dir: PathBuf,
    pub content: Arc<Pack>,
    /// What to show first.
    pub start: Start,
    /// More folders whose sessions the library lists.
    pub extra_dirs: Vec<PathBuf>,
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

pub fn run(options: Options) -> anyhow::Result<()> {
    let terminated = watch_signals()?;

    // Temp files left by a save that was cut off hold session text: remove them (only ours, only stale).
    let _ = crate::storage::remove_stale_temps(&crate::paths::sessions_dir(&options.data_dir));

    let mut guard = TerminalGuard::enter()
        .context("cannot take over the terminal (is this an interactive terminal?)")?;
    let size = guard
        .terminal
        .size()
        .map(|s| (s.width, s.height))
        .unwrap_or((0, 0));
    let mut app = App::new(
        options.data_dir,
        Arc::clone(&options.content),
        Theme::from_env(),
        size,
    );
    app.extra_dirs = options.extra_dirs.clone();
    let mut rt = Runtime {
        open: None,
        scanner: None,
    };
    let mut first = vec![Effect::ScanSessions];
    match options.start {
        Start::Home => {}
        Start::Open(path) => first.push(Effect::OpenSession {
            path,
            read_only: false,
        }),
        Start::Review(path) => first.push(Effect::LoadReview(path)),
    }
    run_effects(&mut app, &mut rt, first);

    loop {
        poll_saver(&mut app, &mut rt);
        poll_scanner(&mut app, &mut rt);
        // The clock for timers; the poll below wakes at least every TICK, so a running timer redraws.
        let effects = update(&mut app, Action::Tick(chrono::Local::now().fixed_offset()));
        run_effects(&mut app, &mut rt, effects);
        if guard
            .terminal
            .draw(|frame| view::render(&app, frame))
            .is_err()
        {
            // The terminal is gone: save and leave, never spin.
            update(&mut app, Action::Terminate);
            break;
        }
        if app.quitting {
            break;
        }
        if std::env::var_os(PANIC_TEST_ENV).is_some() {
            // Lets the end-to-end tests check that a panic restores the terminal.
            panic!("deliberate panic requested by {PANIC_TEST_ENV}");
        }
        if terminated.load(Ordering::Relaxed) {
            let effects = update(&mut app, Action::Terminate);
            run_effects(&mut app, &mut rt, effects);
            break;
        }
        let action = match event::poll(TICK) {
            Ok(false) => continue,
            Ok(true) => match event::read() {
                Ok(Event::Key(key)) => Action::Key(key),
                Ok(Event::Paste(text)) => Action::Paste(text),
                Ok(Event::Resize(w, h)) => Action::Resize(w, h),
                Ok(_) => continue,
                Err(_) => Action::Terminate,
            },
            Err(_) => Action::Terminate,
        };
        let effects = update(&mut app, action);
        run_effects(&mut app, &mut rt, effects);
    }
    // Whatever way we leave, the open session's last changes go to disk before the terminal is restored.
    let failure = rt.open.take().and_then(session_io::close);
    drop(guard);
    if let Some(message) = failure {
        anyhow::bail!("the last changes could not be saved: {message}");
    }
    Ok(())
}

/// How long the loop gets to leave by itself after SIGTERM or SIGHUP before the signal thread saves and
/// ends the process.
const SIGNAL_GRACE: Duration = Duration::from_millis(800);

/// SIGTERM and SIGHUP set the returned flag, which the loop checks on every tick. When the terminal has
/// gone away, crossterm's input reader can spin without returning (crossterm #793) and the loop never
/// sees the flag; so a signal thread waits a moment, then flushes the open session's saver, restores
/// the terminal and ends the process itself.
fn watch_signals() -> anyhow::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let terminated = Arc::new(AtomicBool::new(false));
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])
        .context("cannot watch for SIGTERM")?;
    let flag = Arc::clone(&terminated);
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if signals.forever().next().is_some() {
                flag.store(true, Ordering::SeqCst);
                std::thread::sleep(SIGNAL_GRACE);
                // Still running: the loop is stuck. Everything typed was handed to the saver already.
                session_io::flush_active();
                super::terminal::restore();
                std::process::exit(0);
            }
        })
        .context("cannot start the signal thread")?;
    Ok(terminated)
}

/// What the loop owns besides the app state: the open session's lock and saver.
struct Runtime {
    open: Option<session_io::OpenSession>,
    /// The library scan in progress, if any.
    scanner: Option<super::scanner::Scanner>,
}

/// Turn what the library scan found into actions.
fn poll_scanner(app: &mut App, rt: &mut Runtime) {
    let Some(scanner) = &rt.scanner else {
        return;
    };
    for msg in scanner.drain() {
        let action = match msg {
            super::scanner::ScanMsg::Started { total } => Action::ScanStarted(total),
            super::scanner::ScanMsg::Rows { rows, done } => Action::ScanRows { rows, done },
        };
        update(app, action);
    }
    if app.home.scanning.is_none() && !app.sessions.is_empty() {
        // Finished: the thread has ended; drop the handle.
        rt.scanner = None;
    }
}

/// Turn the saver's reports into actions.
fn poll_saver(app: &mut App, rt: &mut Runtime) {
    let Some(open) = &rt.open else {
        return;
    };
    while let Some(report) = open.autosaver.try_status() {
        if matches!(report, crate::storage::SaveReport::Saved { .. }) {
            super::terminal::note_saved(open.path.clone());
        }
        update(app, Action::SaveReport(report));
    }
}

fn run_effects(app: &mut App, rt: &mut Runtime, effects: Vec<Effect>) {
    for effect in effects {
        match effect {
            Effect::Quit => app.quitting = true,
            Effect::LoadReview(path) => {
                let state = super::sessions::load_review(&path, &app.content);
                let more = update(app, Action::ReviewLoaded(Box::new(state)));
                run_effects(app, rt, more);
            }
            Effect::ScanSessions => {
                let mut dirs = vec![crate::paths::sessions_dir(&app.data_dir)];
                dirs.extend(app.extra_dirs.iter().cloned());
                rt.scanner = Some(super::scanner::Scanner::start(dirs));
            }
            Effect::OpenSession { path, read_only } => {
                if let Some(previous) = rt.open.take() {
                    session_io::close(previous);
                }
                let (action, open) = session_io::open(&path, read_only);
                rt.open = open;
                let more = update(app, action);
                run_effects(app, rt, more);
            }
            Effect::SubmitSave => {
                if let (Some(open), Some(w)) = (&rt.open, app.workshop())
                    && w.read_only.is_none()
                {
                    let generation = open.autosaver.submit((*w.session).clone());
                    update(app, Action::SaveQueued(generation));
                }
            }
            Effect::CreateSession(session) => {
                let dir = crate::paths::sessions_dir(&app.data_dir);
                match crate::storage::create_session_file(&dir, &session) {
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
                            Action::OpenFailed(format!("The session could not be created: {e}")),
                        );
                    }
                }
            }
            Effect::Export {
                session,
                session_path,
                format,
                out,
            } => {
                let text = crate::export::render(
                    &session,
                    &app.content,
                    format,
                    chrono::Local::now().date_naive(),
                );
                let made_dir = match out.parent() {
                    Some(dir) if !dir.as_os_str().is_empty() && !dir.exists() => {
                        crate::storage::create_private_dir(dir).map_err(|e| e.to_string())
                    }
                    _ => Ok(()),
                };
                let result = made_dir.and_then(|()| {
                    crate::export::write_file_beside(&out, &session_path, &text)
                        .map_err(|e| e.to_string())
                });
                let notice = match result {
                    Ok(()) => super::app::Notice {
                        kind: super::app::NoticeKind::Info,
                        text: format!("Exported {} to {}", format.label(), out.display()),
                    },
                    Err(e) => super::app::Notice {
                        kind: super::app::NoticeKind::Error,
                        text: format!("The export was not written: {e}"),
                    },
                };
                app.notice = Some(notice);
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
            Effect::CloseSession => {
                if let Some(open) = rt.open.take()
                    && let Some(message) = session_io::close(open)
                {
                    update(
                        app,
                        Action::OpenFailed(format!(
                            "The last changes could not be saved: {message}"
                        )),
                    );
                }
            }
        }
    }
}

/// A CSV table for import: at most 16 MiB, UTF-8.
fn read_table(path: &std::path::Path) -> Result<String, String> {
    let bytes = crate::storage::read_limited(path).map_err(|e| e.to_string())?;
    String::from_utf8(bytes)
        .map_err(|_| "it is not UTF-8 text; save the table as \"CSV UTF-8\"".to_string())
}
