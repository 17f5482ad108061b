//! A save that failed, as a state the user sees and resolves: the header says why (see
//! `view/chrome.rs`), the saver is asked to try again with a growing wait (the clock comes in as data
//! on `Action::Tick`; the loop runs `Effect::RetrySave`), a rescue copy goes to a second place when the
//! session file keeps failing, and leaving with unsaved changes asks: try again, save a copy elsewhere
//! (a folder typed, the home folder by default), or leave and lose them.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{App, Notice, NoticeKind};
use super::keys::Command;
use super::msg::Effect;
pub use super::save_trouble::{Exit, QuitDialog, SaveTrouble};
use crate::storage::SaveReport;
use crate::t;

/// After this many failed saves in a row, a rescue copy is written elsewhere (and refreshed on each
/// failure after that).
pub const RESCUE_AFTER: u32 = 3;

/// The longest wait between two tries.
const MAX_BACKOFF_SECS: i64 = 60;

/// How long to wait before the next try after `failures` failures in a row: 2 s, 4 s, 8 s… up to a
/// minute.
pub fn backoff(failures: u32) -> chrono::Duration {
    let secs = 2i64
        .saturating_pow(failures.clamp(1, 10))
        .min(MAX_BACKOFF_SECS);
    chrono::Duration::seconds(secs)
}

/// The saver reported: note it, plan the next try or the rescue copy.
pub fn reported(app: &mut App, report: SaveReport) -> Vec<Effect> {
    let now = app.clock.now;
    let Some(w) = app.open.as_mut() else {
        return Vec::new();
    };
    let mut effects = Vec::new();
    match &report {
        SaveReport::Failed { .. } => {
            let t = &mut app.unsaved;
            t.failures += 1;
            t.retry_at = Some(now + backoff(t.failures));
            if let Some(d) = &mut t.dialog {
                d.retrying = false;
            }
            if t.failures >= RESCUE_AFTER && !t.rescue_pending {
                t.rescue_pending = true;
                effects.push(Effect::SaveCopy {
                    session: w.session.clone(),
                    dir: None,
                });
            }
        }
        SaveReport::Saved { .. } | SaveReport::Moved { .. } => {
            let t = &mut app.unsaved;
            t.failures = 0;
            t.retry_at = None;
            if let SaveReport::Moved { from, to, .. } = &report {
                w.path = to.clone();
                app.notice = Some(Notice {
                    kind: NoticeKind::Warning,
                    text: t!(
                        "unsaved-kept-both",
                        theirs = from.display().to_string(),
                        ours = to.display().to_string()
                    ),
                });
            }
        }
    }
    w.save.reported(report);
    // A retry asked from the question worked: leave now.
    if w.save.all_saved() && app.unsaved.dialog.as_ref().is_some_and(|d| d.retrying) {
        app.unsaved.dialog = None;
        app.quitting = true;
        effects.push(Effect::Quit);
    }
    effects
}

/// The clock moved: ask for the next try when its time has come.
pub fn tick(app: &mut App) -> Vec<Effect> {
    let t = &mut app.unsaved;
    match t.retry_at {
        Some(at)
            if app.clock.now >= at
                && app.open.as_ref().is_some_and(|w| w.save.failed.is_some()) =>
        {
            t.retry_at = None;
            vec![Effect::RetrySave]
        }
        _ => Vec::new(),
    }
}

/// The loop is about to leave (`app.quitting`), after a last save: whether it may. With changes
/// that could not be saved it may not: the question is asked instead and `quitting` cleared.
pub fn may_leave(app: &mut App) -> bool {
    if app.unsaved.exit != Exit::Saved {
        return true;
    }
    let failed = app.open.as_ref().is_some_and(|w| w.save.failed.is_some());
    if !failed {
        return true;
    }
    app.quitting = false;
    app.unsaved.dialog = Some(QuitDialog::default());
    false
}

/// A key while the question is on screen.
pub fn key(app: &mut App, command: Option<Command>, ev: KeyEvent) -> Vec<Effect> {
    let Some(dialog) = app.unsaved.dialog.as_mut() else {
        return Vec::new();
    };
    if let Some(prompt) = dialog.prompt.as_mut() {
        match ev.code {
            KeyCode::Enter => {
                let dir = PathBuf::from(prompt.trim());
                dialog.prompt = None;
                return match app.open.as_ref() {
                    Some(w) => vec![Effect::SaveCopy {
                        session: w.session.clone(),
                        dir: Some(dir),
                    }],
                    None => Vec::new(),
                };
            }
            KeyCode::Esc => dialog.prompt = None,
            KeyCode::Backspace => {
                prompt.pop();
            }
            KeyCode::Char(c) if !ev.modifiers.contains(KeyModifiers::CONTROL) => prompt.push(c),
            _ => {}
        }
        return Vec::new();
    }
    match command {
        Some(Command::RetrySave) => {
            dialog.retrying = true;
            dialog.error = None;
            vec![Effect::RetrySave]
        }
        Some(Command::SaveCopyElsewhere) => {
            dialog.error = None;
            dialog.prompt = Some(app.unsaved.home.display().to_string());
            Vec::new()
        }
        Some(Command::QuitLosing) => {
            app.unsaved.dialog = None;
            app.unsaved.exit = Exit::Lost;
            app.quitting = true;
            vec![Effect::Quit]
        }
        Some(Command::Back) => {
            app.unsaved.dialog = None;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// A copy was written (or not): the rescue copy (`dir` was `None`), or the one asked for when leaving.
pub fn copy_saved(app: &mut App, asked: bool, result: Result<PathBuf, String>) -> Vec<Effect> {
    if !asked {
        app.unsaved.rescue_pending = false;
        match result {
            Ok(path) => {
                if app.unsaved.rescue.is_none() {
                    app.notice = Some(Notice {
                        kind: NoticeKind::Warning,
                        text: t!("unsaved-rescued", path = path.display().to_string()),
                    });
                }
                app.unsaved.rescue = Some(path);
            }
            Err(error) => {
                app.notice = Some(Notice {
                    kind: NoticeKind::Error,
                    text: t!("unsaved-rescue-failed", error = error),
                });
            }
        }
        return Vec::new();
    }
    match result {
        Ok(path) => {
            app.unsaved.dialog = None;
            app.unsaved.exit = Exit::CopyOnly(path);
            app.quitting = true;
            vec![Effect::Quit]
        }
        Err(error) => {
            if let Some(d) = app.unsaved.dialog.as_mut() {
                d.error = Some(t!("unsaved-copy-failed", error = error));
            }
            Vec::new()
        }
    }
}

/// A footer description, true to the save state: "quit (the answer is saved)" no longer claims it
/// when the last save failed.
pub fn footer_description(app: &App, description: &str) -> String {
    let failed = app.open.as_ref().is_some_and(|w| w.save.failed.is_some());
    let quit_saved = crate::i18n::tr("key-quit-saved");
    let short = quit_saved.split(':').next().unwrap_or_default().trim_end();
    if failed && description == short {
        return t!("unsaved-footer-quit");
    }
    description.to_string()
}

/// Why the last save failed, in the header's words (empty when it did not).
pub fn why(app: &App) -> String {
    app.open
        .as_ref()
        .and_then(|w| w.save.problem.as_ref())
        .map(|p| p.short())
        .unwrap_or_default()
}

/// The sentence printed on leaving when the changes are not all in the session file (`failed`: the
/// last save failed), if they are not.
pub fn exit_report(app: &App, failed: bool) -> Option<String> {
    let file = app
        .open
        .as_ref()
        .map(|w| w.path.display().to_string())
        .unwrap_or_default();
    let why = why(app);
    let rescue = app.unsaved.rescue.as_ref().map(|r| r.display().to_string());
    match (&app.unsaved.exit, rescue) {
        (Exit::CopyOnly(path), _) => Some(t!(
            "unsaved-exit-copy",
            file = file,
            path = path.display().to_string()
        )),
        (Exit::Lost, Some(r)) => Some(t!("unsaved-exit-lost-rescued", file = file, path = r)),
        (Exit::Lost, None) => Some(t!("unsaved-exit-lost", file = file)),
        (Exit::Saved, _) if !failed => None,
        (Exit::Saved, Some(r)) => Some(t!(
            "unsaved-exit-failed-rescued",
            file = file,
            why = why,
            path = r
        )),
        (Exit::Saved, None) => Some(t!("unsaved-exit-failed", file = file, why = why)),
    }
}

/// The exit status of a program leaving as `app` says (README, "Exit status"): 3 when changes were
/// not saved (lost as chosen, or the last save failed with no rescue copy), 4 when they are only in a
/// copy (the one asked for, or the rescue copy of a last save that failed).
pub fn exit_code(app: &App) -> u8 {
    match (&app.unsaved.exit, &app.unsaved.rescue) {
        (Exit::CopyOnly(_), _) => 4,
        (Exit::Lost, _) => 3,
        (Exit::Saved, Some(_)) => 4,
        (Exit::Saved, None) => 3,
    }
}

/// Leaving the screens with changes not in the session file: the sentence printed and the exit status
/// (README, "Exit status"); `cli::failure::exit_code` prints it.
#[derive(Debug)]
pub struct Left {
    pub text: String,
    pub code: u8,
}

impl std::fmt::Display for Left {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::error::Error for Left {}
