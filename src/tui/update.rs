//! Pure state updates: `update(app, action) -> effects`. Nothing here touches the terminal or the disk;
//! the loop in `run.rs` carries out the effects.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use std::path::PathBuf;

use super::app::{App, HelpState, HomeItem, Notice, NoticeKind, ReviewState, Screen, StartEntry};
use super::keys::{self, Command};
use super::open::{Clock, OpenSession};
use super::records;
use super::reference::{self, RefState, Section};
use super::workshop_update;

/// Something that happened: a key, a paste, a resize, a signal.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Key(KeyEvent),
    Paste(String),
    Resize(u16, u16),
    /// SIGTERM or SIGHUP: save and leave.
    Terminate,
    /// The session list was (re)read from disk.
    SessionsScanned(Vec<super::app::SessionRow>),
    /// A library scan began and found this many files.
    ScanStarted(usize),
    /// More rows of the library scan; `done` files read so far.
    ScanRows {
        rows: Vec<super::app::SessionRow>,
        done: usize,
    },
    /// A session was read for the read-only overview.
    ReviewLoaded(Box<ReviewState>),
    /// A session was opened for the workshop (`read_only` says why it is read-only, if it is).
    SessionOpened {
        path: PathBuf,
        session: Box<crate::session::Session>,
        read_only: Option<String>,
        warnings: Vec<String>,
    },
    /// Another instance has the session open.
    LockHeld {
        path: PathBuf,
        message: String,
    },
    /// A session could not be opened (the message is a sentence).
    OpenFailed(String),
    /// A landscape table was read for import (or could not be: the error is a sentence).
    LandscapeFile {
        path: PathBuf,
        text: Result<String, String>,
    },
    /// The saver took the snapshot with this generation.
    SaveQueued(u64),
    /// The saver reported.
    SaveReport(crate::storage::SaveReport),
    /// The clock, on every turn of the loop (timers are a function of it).
    Tick(chrono::DateTime<chrono::FixedOffset>),
    /// The loop ran one of the facilitator toolkit's effects.
    Facil(super::facil::FacilAction),
}

/// Work the loop must do for `update`.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Quit,
    ScanSessions,
    /// Read a session file (read-only) for the overview.
    LoadReview(PathBuf),
    /// Open a session for the workshop: take its lock, or read it read-only.
    OpenSession {
        path: PathBuf,
        read_only: bool,
    },
    /// The open session changed: hand a snapshot to the saver. The loop does it once the frame is drawn
    /// and no key is waiting, so copying a large session never comes between a key and its frame.
    SubmitSave,
    /// Hand this session to the saver now: the workshop was left with changes not yet handed over.
    SaveSnapshot(Box<crate::session::Session>),
    /// Save what is pending, release the lock.
    CloseSession,
    /// Write a new session file (from the wizard), then open it.
    CreateSession(Box<crate::session::Session>),
    /// Write an export of a session.
    Export {
        session: Box<crate::session::Session>,
        session_path: PathBuf,
        format: crate::export::Format,
        out: PathBuf,
    },
    /// Read a landscape table (CSV) to import into the open session.
    ReadLandscapeFile(PathBuf),
    /// Files and the bell for the facilitator's toolkit.
    Facil(super::facil::FacilEffect),
}

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Key(ev) => {
            if ev.kind != KeyEventKind::Press {
                return Vec::new();
            }
            app.notice = None;
            on_key(app, ev)
        }
        Action::Paste(text) => {
            if let Some(form) = &mut app.form {
                form.paste(&text);
                return Vec::new();
            }
            if matches!(&app.screen, Screen::Workshop(w) if w.editor.is_some()) {
                return workshop_update::editor_paste(app, &text);
            }
            if let Some(query) = typed_query(app) {
                query.push_str(&text.replace(['\n', '\r'], " "));
                query_changed(app);
            }
            Vec::new()
        }
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
        } => {
            if let Screen::LockHeld { .. } = app.screen {
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
                notes.insert(0, format!("Opened read-only: {reason}"));
            }
            if !notes.is_empty() {
                app.notice = Some(Notice {
                    kind: NoticeKind::Warning,
                    text: notes.join(" "),
                });
            }
            Vec::new()
        }
        Action::LockHeld { path, message } => {
            app.push_screen(Screen::LockHeld { path, message });
            Vec::new()
        }
        Action::OpenFailed(message) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: message,
            });
            Vec::new()
        }
        Action::LandscapeFile { path, text } => super::landscape::file_read(app, path, text),
        Action::SaveQueued(generation) => {
            if let Some(w) = app.open.as_mut() {
                w.save.submitted = w.save.submitted.max(generation);
                w.save.dirty = false;
            }
            Vec::new()
        }
        Action::SaveReport(report) => {
            if let Some(w) = app.open.as_mut() {
                match report {
                    crate::storage::SaveReport::Saved { at, generation } => {
                        w.save.saved = Some((generation, at));
                        w.save.failed = None;
                    }
                    crate::storage::SaveReport::Failed { message } => w.save.failed = Some(message),
                }
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
            app.home.scanning = match app.home.scanning {
                Some((_, total)) if done < total => Some((done, total)),
                _ => None,
            };
            Vec::new()
        }
        Action::Tick(now) => {
            app.clock = Clock::at(now);
            super::facil::tick(app)
        }
        Action::Facil(action) => super::facil::on_action(app, action),
        Action::SessionsScanned(rows) => {
            app.sessions = rows;
            let len = app.home_items().len();
            app.home.cursor = app.home.cursor.min(len.saturating_sub(1));
            Vec::new()
        }
    }
}

fn on_key(app: &mut App, ev: KeyEvent) -> Vec<Effect> {
    let ctx = app.context();
    let command = keys::lookup(ctx, &ev);

    // Typing into a search (home filter, reference library, review): every key the search table does
    // not claim edits the query.
    if ctx == keys::Context::Search && command.is_none() {
        let changed = match typed_query(app) {
            Some(query) => match ev.code {
                KeyCode::Char(c) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
                    query.push(c);
                    true
                }
                KeyCode::Backspace => query.pop().is_some(),
                _ => false,
            },
            None => false,
        };
        if changed {
            query_changed(app);
        }
        return Vec::new();
    }

    if ctx == keys::Context::Editor && command.is_none() {
        return workshop_update::editor_key(app, ev);
    }
    if ctx == keys::Context::Form {
        return on_form(app, command, ev);
    }

    let Some(command) = command else {
        return Vec::new();
    };

    match command {
        Command::Quit if ctx == keys::Context::Editor => {
            return workshop_update::on_workshop(app, command);
        }
        Command::Quit => {
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

    if let Some(effects) = super::facil::on_command(app, command) {
        return effects;
    }
    if command == Command::Export {
        return super::export_form::open(app);
    }
    if command == Command::RecordDecision {
        return workshop_update::open_form(app, command);
    }
    if command == Command::Reference {
        if !matches!(app.screen, Screen::Reference(_)) {
            app.push_screen(Screen::Reference(RefState::new(Section::Process)));
        }
        return Vec::new();
    }

    match &mut app.screen {
        Screen::Home => on_home(app, command),
        Screen::Reference(_) => on_reference(app, command),
        Screen::Review(_) => on_review(app, command),
        Screen::Workshop(_) => workshop_update::on_workshop(app, command),
        Screen::LockHeld { .. } => on_lock_held(app, command),
        Screen::Records(_) => records::on_records(app, command),
        Screen::Facil(_) => super::facil::on_facil(app, command),
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
            let form = app.form.take().expect("form open");
            return match form.purpose {
                super::form::FormPurpose::NewSession => super::wizard::submit(app, form),
                super::form::FormPurpose::Export { .. } => super::export_form::submit(app, form),
                super::form::FormPurpose::SplitGroups
                | super::form::FormPurpose::MergeGroups
                | super::form::FormPurpose::NewVote
                | super::form::FormPurpose::NewParticipants
                | super::form::FormPurpose::DayStart => super::facil::submit(app, form),
                _ => records::submit(app, form),
            };
        }
        _ => form.key(ev),
    }
    Vec::new()
}

/// The search query being typed on the current screen, if one is.
fn typed_query(app: &mut App) -> Option<&mut String> {
    match &mut app.screen {
        Screen::Home if app.home.filtering => Some(&mut app.home.filter),
        Screen::Reference(r) if r.searching => Some(&mut r.query),
        Screen::Review(r) if r.searching => Some(&mut r.query),
        _ => None,
    }
}

/// After a query changed: the home list and the library go to their first match, the review scrolls
/// to the first line holding it.
fn query_changed(app: &mut App) {
    match &mut app.screen {
        Screen::Home => {
            // The first matching session comes after the two start entries.
            let len = app.home_items().len();
            app.home.cursor = if len > 2 { 2 } else { len.saturating_sub(1) };
        }
        Screen::Reference(r) => r.cursor = 0,
        Screen::Review(r) => {
            let q = r.query.to_lowercase();
            if let Some(line) = r
                .lines
                .iter()
                .position(|l| !q.is_empty() && l.to_lowercase().contains(&q))
            {
                r.scroll = line;
            }
        }
        _ => {}
    }
}

fn on_lock_held(app: &mut App, command: Command) -> Vec<Effect> {
    let Screen::LockHeld { path, .. } = &app.screen else {
        return Vec::new();
    };
    match command {
        Command::OpenReadOnly => vec![Effect::OpenSession {
            path: path.clone(),
            read_only: true,
        }],
        Command::Back => go_back(app),
        _ => Vec::new(),
    }
}

/// Leave the current screen; coming back home re-reads the session list.
fn go_back(app: &mut App) -> Vec<Effect> {
    app.pop_screen();
    if matches!(app.screen, Screen::Home) {
        vec![Effect::ScanSessions]
    } else {
        Vec::new()
    }
}

fn on_review(app: &mut App, command: Command) -> Vec<Effect> {
    let page = usize::from(app.size.1.saturating_sub(6)).max(1);
    let Screen::Review(r) = &mut app.screen else {
        return Vec::new();
    };
    let last = r.lines.len().saturating_sub(1);
    match command {
        Command::ScrollUp => r.scroll = r.scroll.saturating_sub(1),
        Command::ScrollDown => r.scroll = (r.scroll + 1).min(last),
        Command::PageUp => r.scroll = r.scroll.saturating_sub(page),
        Command::PageDown => r.scroll = (r.scroll + page).min(last),
        Command::First => r.scroll = 0,
        Command::Last => r.scroll = last.saturating_sub(page / 2),
        Command::NextTab => {
            if let Some((_, line)) = r.sections.iter().find(|(_, line)| *line > r.scroll) {
                r.scroll = *line;
            }
        }
        Command::PrevTab => {
            if let Some((_, line)) = r.sections.iter().rev().find(|(_, line)| *line < r.scroll) {
                r.scroll = *line;
            }
        }
        Command::Search => r.searching = true,
        Command::ClearSearch => {
            r.query.clear();
            r.searching = false;
        }
        Command::Back if r.searching => r.searching = false,
        // n/N, and ↑/↓ while typing a search, jump between matches.
        Command::NextMatch | Command::Down | Command::PrevMatch | Command::Up => {
            let forward = matches!(command, Command::NextMatch | Command::Down);
            if let Some(line) = r.find(forward) {
                r.scroll = line;
            }
        }
        Command::Back => return go_back(app),
        _ => {}
    }
    Vec::new()
}

fn on_home(app: &mut App, command: Command) -> Vec<Effect> {
    let items = app.home_items();
    let len = items.len();
    let page = usize::from(app.size.1.saturating_sub(8)).max(1);
    let cursor = &mut app.home.cursor;
    match command {
        Command::Up => *cursor = cursor.saturating_sub(1),
        Command::Down => *cursor = (*cursor + 1).min(len.saturating_sub(1)),
        Command::PageUp => *cursor = cursor.saturating_sub(page),
        Command::PageDown => *cursor = (*cursor + page).min(len.saturating_sub(1)),
        Command::First => *cursor = 0,
        Command::Search => app.home.filtering = true,
        Command::Back | Command::ClearSearch if app.home.filtering => {
            app.home.filtering = false;
            if command == Command::ClearSearch {
                app.home.filter.clear();
            }
        }
        Command::Back if !app.home.filter.is_empty() => app.home.filter.clear(),
        Command::Sort => app.home.sort = app.home.sort.next(),
        Command::View => {
            if let Some(HomeItem::Session(i)) = items.get(*cursor)
                && let Some(row) = app.sessions.get(*i)
            {
                return vec![Effect::LoadReview(row.path.clone())];
            }
        }
        Command::Last => *cursor = len.saturating_sub(1),
        Command::Open => match items.get(*cursor) {
            Some(HomeItem::Start(StartEntry::NewSession)) => {
                app.form = Some(super::wizard::form(&app.content));
            }
            Some(HomeItem::Start(StartEntry::Reference)) => {
                app.push_screen(Screen::Reference(RefState::new(Section::Process)));
            }
            Some(HomeItem::Session(i)) => {
                if let Some(row) = app.sessions.get(*i) {
                    return vec![Effect::OpenSession {
                        path: row.path.clone(),
                        read_only: false,
                    }];
                }
            }
            None => {}
        },
        _ => {}
    }
    Vec::new()
}

fn on_reference(app: &mut App, command: Command) -> Vec<Effect> {
    let Screen::Reference(r) = &mut app.screen else {
        return Vec::new();
    };
    let len = reference::entries(&app.content, r).len();
    match command {
        Command::Up => r.move_cursor(-1, len),
        Command::Down => r.move_cursor(1, len),
        Command::First => r.move_cursor(-(len as isize), len),
        Command::Last => r.move_cursor(len as isize, len),
        Command::NextTab => r.next_section(true),
        Command::PrevTab => r.next_section(false),
        Command::NextMode => r.next_matrix_mode(),
        Command::ScrollDown => r.scroll = r.scroll.saturating_add(5),
        Command::ScrollUp => r.scroll = r.scroll.saturating_sub(5),
        Command::Search => {
            r.searching = true;
            r.cursor = 0;
        }
        Command::ClearSearch => {
            r.query.clear();
            r.searching = false;
            r.reset_position();
        }
        Command::Back if r.searching => r.searching = false,
        Command::Back if !r.query.is_empty() => {
            r.query.clear();
            r.reset_position();
        }
        Command::Back => return go_back(app),
        _ => {}
    }
    Vec::new()
}
