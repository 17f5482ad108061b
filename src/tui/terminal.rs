//! Entering and leaving the terminal's full-screen mode, on every path out: normal exit, error, panic.

use crate::t;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Mutex;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The path of the last session file saved in this run, for the panic message.
static LAST_SAVED: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Remember where the last save went (called by the loop after each successful save).
pub fn note_saved(path: PathBuf) {
    if let Ok(mut slot) = LAST_SAVED.lock() {
        *slot = Some(path);
    }
}

fn last_saved() -> Option<PathBuf> {
    LAST_SAVED.lock().ok().and_then(|slot| slot.clone())
}

pub type Term = Terminal<CrosstermBackend<io::Stdout>>;

/// Restores the terminal when dropped.
pub struct TerminalGuard {
    pub terminal: Term,
}

impl TerminalGuard {
    /// Raw mode, alternate screen, bracketed paste; and a panic hook that undoes them first.
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        terminal::enable_raw_mode()?;
        let mut stdout = io::stdout();
        if let Err(e) = execute!(
            stdout,
            EnterAlternateScreen,
            EnableBracketedPaste,
            cursor::Hide
        ) {
            restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(stdout)) {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Put the terminal back as it was. Safe to call more than once; errors are ignored (the terminal may
/// be gone).
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let mut stdout = io::stdout();
    let _ = execute!(
        stdout,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = stdout.flush();
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(move |info| {
        restore();
        eprintln!("{}", t!("panic-intro"));
        // The path and the panic's message can quote a file name or a value: shown as the screens
        // show text (escape sequences and invisible characters as visible marks).
        let shown = |text: String| crate::display::sanitize(&text, true).into_owned();
        match last_saved() {
            Some(path) => eprintln!(
                "{} {}",
                t!("panic-last-saved"),
                shown(path.display().to_string())
            ),
            None => eprintln!("{}", t!("panic-nothing-saved")),
        }
        eprintln!("{}", shown(info.to_string()));
        // RUST_BACKTRACE still gives a backtrace (the default hook is replaced, not chained: its
        // message would reach the terminal raw).
        let trace = std::backtrace::Backtrace::capture();
        if trace.status() == std::backtrace::BacktraceStatus::Captured {
            eprintln!("{}", shown(trace.to_string()));
        }
    }));
}
