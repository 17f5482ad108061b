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
        Action::SaveReport(report) => super::save_failure::reported(app, report),
        Action::CopySaved { asked, result } => super::save_failure::copy_saved(app, asked, result),
        Action::ReviewLoaded(state) => {
            app.push_screen(Screen::Review(state));
            Vec::new()
        }
        a @ (Action::FindStarted(_) | Action::FindHits { .. }) => find_action(app, a),
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
            let mut effects = super::save_failure::tick(app);
            effects.extend(on_screen(app, |_, cx| super::facil::tick(cx)));
            effects
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

/// The search inside sessions' progress and matches, for its screen if it is still the one shown.
fn find_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Screen::Find(f) = &mut app.screen else {
        return Vec::new();
    };
    match action {
        Action::FindStarted(total) => f.started(total),
        Action::FindHits {
            sessions,
            unreadable,
            done,
        } => f.found(sessions, unreadable, done, &app.content),
        _ => {}
    }
    Vec::new()
}

/// Run a handler on the current screen with its context, then go where it asked.
pub(super) fn on_screen(
    app: &mut App,
    f: impl FnOnce(&mut Screen, &mut Ctx) -> Vec<Effect>,
) -> Vec<Effect> {
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
    let training = !super::facil::agenda(&app.content, app.open.as_ref()).is_empty();
    app.push_screen(Screen::Workshop(Box::new(super::workshop::WorkshopState {
        training,
        ..Default::default()
    })));
    if let Some(w) = app.open.as_ref() {
        app.form = super::facil::timer_close::question_on_open(
            &app.content,
            &w.session,
            w.read_only.is_some(),
            app.clock.now,
        );
    }
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
    let mut command = keys::lookup(ctx, &ev);
    if ctx == keys::Context::Confirm && app.form.is_none() {
        // A question on a screen: any key but yes (or Ctrl+C) is no.
        command = command.or(Some(Command::No));
    }

    // Typing into a search (home filter, reference library, review): the search's text field takes
    // every key the search table does not claim.
    if ctx == keys::Context::Search {
        if let Some(effects) = search_key(app, command, &ev) {
            return effects;
        }
    } else {
        app.search = None;
    }
    if ctx == keys::Context::Editor && command.is_none() {
        return on_screen(app, |screen, cx| match screen {
            Screen::Workshop(w) => workshop_update::editor_key(w, ev, cx),
            _ => Vec::new(),
        });
    }
    if app.form.is_some() && app.help.is_none() {
        return match super::form_keys::on_form(app, command, ev) {
            super::form_keys::FormStep::Effects(effects) => effects,
            super::form_keys::FormStep::Save(form) => {
                on_screen(app, |screen, cx| submit_form(screen, form, cx))
            }
        };
    }
    if ctx == keys::Context::Unsaved {
        return super::save_failure::key(app, command, ev);
    }
    let Some(command) = command else {
        return Vec::new();
    };
    match command {
        Command::Quit if ctx != keys::Context::Editor => {
            if let Some(w) = app.open.as_ref()
                && let Some(q) = super::facil::timer_close::question_on_quit(
                    &app.content,
                    &w.session,
                    w.read_only.is_some(),
                )
            {
                app.form = Some(q);
                return Vec::new();
            }
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
            Command::PageUp => help.scroll = help.scroll.saturating_sub(10),
            Command::PageDown => help.scroll = help.scroll.saturating_add(10),
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

/// Save a form: the screen family its purpose belongs to applies it.
fn submit_form(screen: &Screen, form: super::form::Form, cx: &mut Ctx) -> Vec<Effect> {
    use super::form::FormPurpose;
    match form.purpose {
        FormPurpose::NewSession => super::wizard::submit(cx, form),
        FormPurpose::Confirm(what) => super::confirm::apply(what, cx),
        FormPurpose::Export { .. } => super::export_form::submit(screen, form, cx),
        FormPurpose::SplitGroups
        | FormPurpose::MergeGroups
        | FormPurpose::NewVote
        | FormPurpose::NewParticipants => super::facil::submit(cx, form),
        FormPurpose::FreeTimer | FormPurpose::CountDots { .. } => {
            super::facil::submit_present(cx, form)
        }
        FormPurpose::DayStart(_) | FormPurpose::AgendaAdd { .. } | FormPurpose::AgendaItem(_) => {
            super::facil::agenda_submit(cx, form)
        }
        FormPurpose::NewLandscape
        | FormPurpose::EditLandscape(_)
        | FormPurpose::LandscapeSharing(_)
        | FormPurpose::ImportLandscape => super::landscape::submit(cx, form),
        FormPurpose::RequestKind { .. } | FormPurpose::Approach { .. } => {
            super::scoping::submit(cx, form)
        }
        FormPurpose::BriefApproval => super::brief::submit(cx, form),
        FormPurpose::LandscapeAreas(ref id) => {
            let id = id.to_string();
            super::landscape_areas::submit(cx, form, &id)
        }
        _ => super::records::submit(cx, form),
    }
}

/// A key in a search: typed into its field (whose whole text becomes the query), or None when the
/// search table's own command (keep, clear, next match) is for the screen.
fn search_key(app: &mut App, command: Option<Command>, ev: &KeyEvent) -> Option<Vec<Effect>> {
    use super::text_field::{Edit, TextField};
    if std::mem::take(&mut app.search_clearing) {
        // "Clear the search?": y clears it (Esc's own command goes on to the screen), any other
        // key goes back to typing.
        return if matches!(ev.code, KeyCode::Char('y' | 'Y')) {
            app.search = None;
            Some(on_screen(app, |screen, cx| {
                on_command(screen, Command::ClearSearch, cx)
            }))
        } else {
            Some(Vec::new())
        };
    }
    let field = app.search.get_or_insert_with(|| TextField::line(""));
    if command == Some(Command::ClearSearch) && !field.is_empty() {
        // Esc with something typed asks first, as in every form.
        let typed = crate::display::one_line(&field.text());
        app.search_clearing = true;
        app.notice = Some(Notice {
            kind: NoticeKind::Warning,
            text: t!("edit-clear-search", query = typed),
        });
        return Some(Vec::new());
    }
    let edit = match command {
        None => match ev.code {
            KeyCode::Char(c)
                if !ev
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                field.insert_char(c)
            }
            _ => Edit::Ignored,
        },
        Some(c) if super::text_field::is_typing(c) => match field.command(c) {
            // Ctrl+J and Alt+Enter keep the search, as Enter does.
            Edit::LineEnd => return Some(keep_search(app)),
            edit => edit,
        },
        Some(_) => return None,
    };
    if edit != Edit::Changed {
        return Some(Vec::new());
    }
    let text = field.text();
    Some(on_screen(app, |screen, cx| {
        screen.type_query(QueryEdit::Set(text), cx);
        Vec::new()
    }))
}

/// Enter in a search: keep it and go back to the list.
fn keep_search(app: &mut App) -> Vec<Effect> {
    app.search = None;
    on_screen(app, |screen, cx| on_command(screen, Command::Back, cx))
}

/// Pasted text: into the form, the answer being typed, or the search being typed.
fn on_paste(app: &mut App, text: String) -> Vec<Effect> {
    if let Some(form) = &mut app.form {
        form.paste(&text);
        return Vec::new();
    }
    if app.context() == keys::Context::Search {
        return paste_search(app, &text);
    }
    on_screen(app, |screen, cx| match screen {
        Screen::Workshop(w) if w.editor.is_some() => workshop_update::editor_paste(w, &text, cx),
        _ => {
            screen.type_query(QueryEdit::Paste(text), cx);
            Vec::new()
        }
    })
}

/// Pasted text into the search being typed, through its field.
fn paste_search(app: &mut App, text: &str) -> Vec<Effect> {
    let field = app
        .search
        .get_or_insert_with(|| super::text_field::TextField::line(""));
    if field.paste(text) != super::text_field::Edit::Changed {
        return Vec::new();
    }
    let text = field.text();
    on_screen(app, |screen, cx| {
        screen.type_query(QueryEdit::Set(text), cx);
        Vec::new()
    })
}
