//! Pure state updates: `update(app, action) -> effects`. Nothing here touches the terminal or the disk;
//! the loop in `run.rs` carries out the effects. Keys go through the context's key table to a command;
//! the overlays (help, a form) take it first, then the screen's own handler, which gets the context
//! ([`Ctx`]) and never the screen stack.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{App, HelpState, Notice, NoticeKind, Screen};
use super::ctx::{Ctx, QueryEdit};
use super::keys::{self, Command};
pub use super::msg::{Action, Effect};
use super::open::{Clock, OpenSession};
use super::reference::{RefState, Section};
use super::workshop_update;
use crate::t;

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Key(ev) => {
            if ev.kind != KeyEventKind::Press {
                return Vec::new();
            }
            app.notice = None;
            on_key(app, ev)
        }
        Action::Paste(text) => on_paste(app, text),
        Action::Resize(w, h) => {
            app.size = (w, h);
            Vec::new()
        }
        Action::Terminate => {
            app.quitting = true;
            vec![Effect::Quit]
        }
        Action::SessionOpened {
            path,
            session,
            read_only,
            warnings,
        } => session_opened(app, path, session, read_only, warnings),
        Action::LockHeld { path, message } => {
            app.push_screen(Screen::LockHeld(super::screens::LockHeld { path, message }));
            Vec::new()
        }
        Action::OpenFailed(message) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: message,
            });
            Vec::new()
        }
        Action::LandscapeFile { path, text } => {
            on_screen(app, |_, cx| super::landscape::file_read(cx, path, text))
        }
        Action::SaveQueued(generation) => {
            if let Some(w) = app.open.as_mut() {
                w.save.queued(generation);
            }
            Vec::new()
        }
        Action::SaveReport(report) => {
            if let Some(w) = app.open.as_mut() {
                w.save.reported(report);
            }
            Vec::new()
        }
        Action::ReviewLoaded(state) => {
            app.push_screen(Screen::Review(state));
            Vec::new()
        }
        Action::ScanStarted(total) => {
            app.sessions.clear();
            app.home.scanning = (total > 0).then_some((0, total));
            Vec::new()
        }
        Action::ScanRows { rows, done } => {
            app.sessions.extend(rows);
            app.home.scan_progress(done);
            Vec::new()
        }
        Action::Tick(now) => {
            app.clock = Clock::at(now);
            on_screen(app, |_, cx| super::facil::tick(cx))
        }
        Action::Facil(action) => on_screen(app, |_, cx| super::facil::on_action(cx, action)),
        Action::SessionsScanned(rows) => {
            app.sessions = rows;
            let len = app.home_items().len();
            app.home.cursor = app.home.cursor.min(len.saturating_sub(1));
            Vec::new()
        }
    }
}

/// Run a handler on the current screen with its context, then go where it asked.
fn on_screen(app: &mut App, f: impl FnOnce(&mut Screen, &mut Ctx) -> Vec<Effect>) -> Vec<Effect> {
    let (screen, mut cx) = app.split();
    let mut effects = f(screen, &mut cx);
    let nav = std::mem::take(&mut cx.nav);
    effects.extend(app.navigate(nav));
    effects
}

fn session_opened(
    app: &mut App,
    path: PathBuf,
    session: Box<crate::session::Session>,
    read_only: Option<String>,
    warnings: Vec<String>,
) -> Vec<Effect> {
    if let Screen::LockHeld(_) = app.screen {
        app.pop_screen();
    }
    app.open = Some(OpenSession::new(
        &app.content,
        path,
        *session,
        read_only.clone(),
        &app.user,
    ));
    app.push_screen(Screen::Workshop(Box::default()));
    let mut notes = warnings;
    if let Some(reason) = read_only {
        notes.insert(0, t!("session-opened-read-only", reason = reason));
    }
    if !notes.is_empty() {
        app.notice = Some(Notice {
            kind: NoticeKind::Warning,
            text: notes.join(" "),
        });
    }
    Vec::new()
}

fn on_key(app: &mut App, ev: KeyEvent) -> Vec<Effect> {
    let ctx = app.context();
    let command = keys::lookup(ctx, &ev);

    // Typing into a search (home filter, reference library, review): every key the search table does
    // not claim edits the query.
    if ctx == keys::Context::Search && command.is_none() {
        let edit = match ev.code {
            KeyCode::Char(c) if !ev.modifiers.contains(KeyModifiers::CONTROL) => QueryEdit::Push(c),
            KeyCode::Backspace => QueryEdit::Pop,
            _ => return Vec::new(),
        };
        return on_screen(app, |screen, cx| {
            screen.type_query(edit, cx);
            Vec::new()
        });
    }
    if ctx == keys::Context::Editor && command.is_none() {
        return on_screen(app, |screen, cx| match screen {
            Screen::Workshop(w) => workshop_update::editor_key(w, ev, cx),
            _ => Vec::new(),
        });
    }
    if ctx == keys::Context::Form {
        return on_form(app, command, ev);
    }
    let Some(command) = command else {
        return Vec::new();
    };
    match command {
        Command::Quit if ctx != keys::Context::Editor => {
            app.quitting = true;
            return vec![Effect::Quit];
        }
        Command::Help if app.help.is_none() => {
            app.help = Some(HelpState::default());
            return Vec::new();
        }
        _ => {}
    }
    if let Some(help) = &mut app.help {
        match command {
            Command::Back | Command::Help => app.help = None,
            Command::ScrollUp => help.scroll = help.scroll.saturating_sub(1),
            Command::ScrollDown => help.scroll = help.scroll.saturating_add(1),
            _ => {}
        }
        return Vec::new();
    }
    on_screen(app, |screen, cx| on_command(screen, command, cx))
}

/// A command for the screen: the keys that work on several screens first, then the screen's own.
fn on_command(screen: &mut Screen, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    if let Some(effects) = super::facil::on_command(screen, command, cx) {
        return effects;
    }
    match command {
        Command::Export => super::export_form::open(screen, cx),
        Command::RecordDecision => workshop_update::open_form(cx, command),
        Command::Reference => {
            if !matches!(screen, Screen::Reference(_)) {
                cx.push(Screen::Reference(RefState::new(Section::Process)));
            }
            Vec::new()
        }
        _ => screen.handle(command, cx),
    }
}

/// Keys while a form is open: its table first, everything else types into the focused field.
fn on_form(app: &mut App, command: Option<Command>, ev: KeyEvent) -> Vec<Effect> {
    let Some(form) = &mut app.form else {
        return Vec::new();
    };
    match command {
        Some(Command::FocusNext) => form.move_focus(true),
        Some(Command::PrevTab) => form.move_focus(false),
        Some(Command::ChangeLeft) => form.change(false),
        Some(Command::ChangeRight) => form.change(true),
        Some(Command::Cancel) => app.form = None,
        Some(Command::Save) => {
            let Some(form) = app.form.take() else {
                return Vec::new();
            };
            return on_screen(app, |screen, cx| submit_form(screen, form, cx));
        }
        _ => form.key(ev),
    }
    Vec::new()
}

/// Save a form: the screen family its purpose belongs to applies it.
fn submit_form(screen: &Screen, form: super::form::Form, cx: &mut Ctx) -> Vec<Effect> {
    use super::form::FormPurpose;
    match form.purpose {
        FormPurpose::NewSession => super::wizard::submit(cx, form),
        FormPurpose::Export { .. } => super::export_form::submit(screen, form, cx),
        FormPurpose::SplitGroups
        | FormPurpose::MergeGroups
        | FormPurpose::NewVote
        | FormPurpose::NewParticipants
        | FormPurpose::DayStart => super::facil::submit(cx, form),
        FormPurpose::NewLandscape
        | FormPurpose::EditLandscape(_)
        | FormPurpose::LandscapeSharing(_)
        | FormPurpose::ImportLandscape => super::landscape::submit(cx, form),
        FormPurpose::RequestKind { .. } | FormPurpose::Approach { .. } => {
            super::scoping::submit(cx, form)
        }
        FormPurpose::BriefApproval => super::brief::submit(cx, form),
        _ => super::records::submit(cx, form),
    }
}

/// Pasted text: into the form, the answer being typed, or the search being typed.
fn on_paste(app: &mut App, text: String) -> Vec<Effect> {
    if let Some(form) = &mut app.form {
        form.paste(&text);
        return Vec::new();
    }
    on_screen(app, |screen, cx| match screen {
        Screen::Workshop(w) if w.editor.is_some() => workshop_update::editor_paste(w, &text, cx),
        _ => {
            screen.type_query(QueryEdit::Paste(text), cx);
            Vec::new()
        }
    })
}
