//! The thin loop: read events, turn them into actions, `update`, carry out the effects, draw.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context as _;
use crossterm::event::{self, Event};

use super::app::{App, SessionRow};
use super::terminal::TerminalGuard;
use super::theme::Theme;
use super::update::{Action, Effect, update};
use super::view;
use crate::content::Pack;

/// What the TUI needs to start.
pub struct Options {
    pub data_dir: PathBuf,
    pub content: Arc<Pack>,
    /// A session to show at start (for example one just created with `new`).
    pub open: Option<PathBuf>,
}

/// Set this variable to make the program panic after its first frame: the end-to-end tests use it to
/// check that a panic restores the terminal and prints its message.
pub const PANIC_TEST_ENV: &str = "PIM_WORKSHOP_PANIC_AFTER_FIRST_FRAME";

/// How often the loop wakes without input, to notice signals.
const TICK: Duration = Duration::from_millis(200);

pub fn run(options: Options) -> anyhow::Result<()> {
    let terminated = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&terminated))
            .context("cannot watch for SIGTERM")?;
    }

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
    let mut start = vec![Effect::ScanSessions];
    start.extend(options.open.map(Effect::LoadOverview));
    run_effects(&mut app, start);

    loop {
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
            run_effects(&mut app, effects);
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
        run_effects(&mut app, effects);
    }
    drop(guard);
    Ok(())
}

fn run_effects(app: &mut App, effects: Vec<Effect>) {
    for effect in effects {
        match effect {
            Effect::Quit => app.quitting = true,
            Effect::LoadOverview(path) => {
                let state = super::sessions::load_overview(&path);
                let more = update(app, Action::OverviewLoaded(Box::new(state)));
                run_effects(app, more);
            }
            Effect::ScanSessions => {
                let rows = scan_sessions(app);
                let more = update(app, Action::SessionsScanned(rows));
                run_effects(app, more);
            }
        }
    }
}

fn scan_sessions(app: &App) -> Vec<SessionRow> {
    super::sessions::scan(&crate::paths::sessions_dir(&app.data_dir))
}
