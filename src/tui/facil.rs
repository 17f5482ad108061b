//! The facilitator's toolkit in the TUI: the agenda with its timers, the presenter view, breakout groups
//! (split and merge), dot votes, attendance and the end-of-day summary.
//!
//! Part of `update`: every function here is a pure change of the app state that returns effects. Time
//! comes from [`FacilUi::now`], which the loop sets with `Action::Tick` on every turn; nothing here reads
//! a clock.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use super::app::{App, Notice, NoticeKind, Screen};
use super::form::{Field, Form, FormPurpose};
use super::keys::{Command, Context};
use super::update::Effect;
use crate::content::{AgendaModule, Exercise, Pack};
use crate::export::day_summary;
use crate::session::Session;
use crate::session::agenda::{TimerPhase, TimerView};
use crate::storage::groups::{self, GroupOutcome};

/// How much "extend" adds.
pub const EXTEND_SECS: u64 = 5 * 60;

pub use super::facil_forms::{answer_lines, submit};

/// The facilitator's view state that is not part of the session.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FacilUi {
    /// The time, as the loop last said.
    pub now: DateTime<FixedOffset>,
    /// The projector layout is on.
    pub presenter: bool,
    /// The module whose time-up was already signalled (so the bell rings once).
    pub alerted: Option<String>,
}

/// The facilitator's screens.
#[derive(Clone, Debug, PartialEq)]
pub enum FacilScreen {
    Agenda(AgendaView),
    Vote(VoteView),
    Attendance(AttendanceView),
    Summary(SummaryView),
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AgendaView {
    /// Index into the agenda.
    pub cursor: usize,
    pub scroll: u16,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct VoteView {
    /// The vote's id.
    pub vote: String,
    pub option: usize,
    pub voter: usize,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AttendanceView {
    pub day: u8,
    pub cursor: usize,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct SummaryView {
    pub day: u8,
    pub scroll: usize,
}

impl FacilScreen {
    pub fn context(&self) -> Context {
        match self {
            FacilScreen::Agenda(_) => Context::Agenda,
            FacilScreen::Vote(_) => Context::Vote,
            FacilScreen::Attendance(_) => Context::Attendance,
            FacilScreen::Summary(_) => Context::DaySummary,
        }
    }

    pub fn title(&self) -> &'static str {
        match self {
            FacilScreen::Agenda(_) => "Agenda",
            FacilScreen::Vote(_) => "Dot vote",
            FacilScreen::Attendance(_) => "Attendance",
            FacilScreen::Summary(_) => "End-of-day summary",
        }
    }
}

/// Work for the loop (files); see `facil_io`.
#[derive(Clone, Debug, PartialEq)]
pub enum FacilEffect {
    /// Ring the terminal bell.
    Bell,
    /// Write these group sessions as new files in `dir`.
    WriteGroups { dir: PathBuf, groups: Vec<Session> },
    /// Read these group files (untrusted, read-only).
    ReadGroups(Vec<PathBuf>),
    /// List the group files in `dir` split from the plenary `plenary_id`.
    FindGroups { dir: PathBuf, plenary_id: String },
    /// Write a text file (never over the session file).
    WriteText {
        out: PathBuf,
        session_path: PathBuf,
        text: String,
    },
}

/// What the loop reports back.
#[derive(Clone, Debug, PartialEq)]
pub enum FacilAction {
    /// A text file was written (or why not).
    Written(Result<PathBuf, String>),
    GroupsFound(Vec<PathBuf>),
    GroupsWritten(Result<Vec<PathBuf>, String>),
    GroupsRead(Vec<(PathBuf, Result<Session, String>)>),
}

pub(super) fn notice(app: &mut App, kind: NoticeKind, text: impl Into<String>) {
    app.notice = Some(Notice {
        kind,
        text: text.into(),
    });
}

/// The agenda of the open session's template (empty when none is open or it has none).
pub fn agenda(app: &App) -> &[AgendaModule] {
    match app.workshop() {
        Some(w) => app.content.agenda(&w.session.template),
        None => &[],
    }
}

/// The current module and its timer at `now`, when the open session has one.
pub fn current_timer<'a>(
    pack: &'a Pack,
    session: &Session,
    now: DateTime<FixedOffset>,
) -> Option<(&'a AgendaModule, TimerView)> {
    let id = session.facilitation.agenda.current.as_deref()?;
    let module = pack.agenda(&session.template).iter().find(|m| m.id == id)?;
    let record = session
        .facilitation
        .agenda
        .modules
        .get(id)
        .cloned()
        .unwrap_or_default();
    Some((module, record.timer(module.minutes, now)))
}

/// The timer in front: the current exercise's when one is timed, else the current module's.
#[derive(Clone, Debug, PartialEq)]
pub struct ActiveTimer<'a> {
    pub module: &'a AgendaModule,
    pub exercise: Option<&'a Exercise>,
    pub timer: TimerView,
}

impl ActiveTimer<'_> {
    /// What is timed: the exercise's title, else the module's.
    pub fn title(&self) -> &str {
        self.exercise.map_or(&self.module.title, |e| &e.title)
    }

    /// A key for the alert: `module` or `module/exercise`.
    fn key(&self) -> String {
        match self.exercise {
            Some(e) => format!("{}/{}", self.module.id, e.id),
            None => self.module.id.clone(),
        }
    }
}

pub fn active_timer<'a>(
    pack: &'a Pack,
    session: &Session,
    now: DateTime<FixedOffset>,
) -> Option<ActiveTimer<'a>> {
    let (module, module_timer) = current_timer(pack, session, now)?;
    let agenda = &session.facilitation.agenda;
    let exercise = agenda
        .exercise
        .as_deref()
        .and_then(|id| pack.exercise(&session.template, id))
        .filter(|e| module.exercises.contains(&e.id));
    let timer = match exercise {
        Some(e) => agenda
            .exercises
            .get(&e.id)
            .cloned()
            .unwrap_or_default()
            .timer(e.minutes, now),
        None => module_timer,
    };
    Some(ActiveTimer {
        module,
        exercise,
        timer,
    })
}

/// A new clock reading: remember it, and signal (once per timer) when the timer in front runs out.
pub fn tick(app: &mut App, now: DateTime<FixedOffset>) -> Vec<Effect> {
    app.facil.now = now;
    let Some(w) = app.workshop() else {
        // The session was closed: the next one opens in the ordinary layout.
        app.facil.presenter = false;
        app.facil.alerted = None;
        return Vec::new();
    };
    let Some(active) = active_timer(&app.content, &w.session, now) else {
        app.facil.alerted = None;
        return Vec::new();
    };
    let key = active.key();
    let time_up = matches!(active.timer.phase, TimerPhase::TimeUp { running: true });
    if !time_up {
        if app.facil.alerted.as_deref() == Some(key.as_str()) {
            // Extended or reset: the next time-up signals again.
            app.facil.alerted = None;
        }
        return Vec::new();
    }
    if app.facil.alerted.as_deref() == Some(key.as_str()) {
        return Vec::new();
    }
    let (id, title) = (key, active.title().to_string());
    let bell = w.session.facilitation.agenda.bell;
    app.facil.alerted = Some(id);
    notice(
        app,
        NoticeKind::Warning,
        format!("Time is up for {title}: + extends by 5 minutes, m marks it finished."),
    );
    if bell {
        vec![Effect::Facil(FacilEffect::Bell)]
    } else {
        Vec::new()
    }
}

/// Keys of the toolkit that work from the workshop and the toolkit's screens. `None`: not ours.
pub fn on_command(app: &mut App, command: Command) -> Option<Vec<Effect>> {
    let here = matches!(app.screen, Screen::Workshop(_) | Screen::Facil(_));
    if !here {
        return None;
    }
    let effects = match command {
        Command::Agenda => open_agenda(app),
        Command::Presenter => {
            app.facil.presenter = !app.facil.presenter;
            Vec::new()
        }
        Command::TimerToggle => toggle_timer(app),
        Command::SplitGroups => super::facil_forms::split_form(app),
        Command::MergeGroups => super::facil_forms::merge_form(app),
        Command::DotVote => super::facil_forms::vote_form(app),
        _ => return None,
    };
    Some(effects)
}

/// Save after a change to the session.
pub(super) fn changed(app: &mut App) -> Vec<Effect> {
    if let Some(w) = app.workshop_mut() {
        w.save.dirty = true;
    }
    vec![Effect::SubmitSave]
}

/// True (with a notice) when the open session cannot be changed.
pub(super) fn read_only(app: &mut App) -> bool {
    let reason = app.workshop().and_then(|w| w.read_only.clone());
    match reason {
        Some(reason) => {
            notice(app, NoticeKind::Warning, format!("Read-only: {reason}"));
            true
        }
        None => false,
    }
}

fn open_agenda(app: &mut App) -> Vec<Effect> {
    if matches!(&app.screen, Screen::Facil(f) if matches!(f.as_ref(), FacilScreen::Agenda(_))) {
        return Vec::new();
    }
    if agenda(app).is_empty() {
        notice(
            app,
            NoticeKind::Info,
            "This session's template has no agenda: start a PIM training session for modules and timers.",
        );
        return Vec::new();
    }
    let cursor = app
        .workshop()
        .and_then(|w| w.session.facilitation.agenda.current.clone())
        .and_then(|id| agenda(app).iter().position(|m| m.id == id))
        .unwrap_or(0);
    app.push_screen(Screen::Facil(Box::new(FacilScreen::Agenda(AgendaView {
        cursor,
        scroll: 0,
    }))));
    Vec::new()
}

/// Start or pause the current module's timer; with no current module, start the one under the agenda's
/// cursor (or the first one not finished).
fn toggle_timer(app: &mut App) -> Vec<Effect> {
    if agenda(app).is_empty() {
        notice(
            app,
            NoticeKind::Info,
            "Timers follow the agenda, and this session's template has none.",
        );
        return Vec::new();
    }
    if read_only(app) {
        return Vec::new();
    }
    let now = app.facil.now;
    let chosen = match &app.screen {
        Screen::Facil(f) => match f.as_ref() {
            FacilScreen::Agenda(a) => agenda(app).get(a.cursor).map(|m| m.id.clone()),
            _ => None,
        },
        _ => None,
    };
    let fallback = app.workshop().and_then(|w| {
        agenda(app)
            .iter()
            .find(|m| {
                !w.session
                    .facilitation
                    .agenda
                    .modules
                    .get(&m.id)
                    .is_some_and(|r| r.done)
            })
            .map(|m| m.id.clone())
    });
    let Some(w) = app.workshop_mut() else {
        return Vec::new();
    };
    let current = w.session.facilitation.agenda.current.clone();
    let exercise = w.session.facilitation.agenda.exercise.clone();
    let running = match &exercise {
        Some(ex) => w
            .session
            .facilitation
            .agenda
            .exercises
            .get(ex)
            .is_some_and(|r| r.is_running()),
        None => current
            .as_ref()
            .and_then(|c| w.session.facilitation.agenda.modules.get(c))
            .is_some_and(|r| r.is_running()),
    };
    if running {
        w.session.pause_module(now);
    } else {
        let Some(id) = current.or(chosen).or(fallback) else {
            return Vec::new();
        };
        w.session.start_module(&id, now);
        if let Some(ex) = exercise {
            w.session.start_exercise(&ex, now);
        }
    }
    changed(app)
}

fn with_agenda_view(app: &mut App) -> Option<&mut AgendaView> {
    match &mut app.screen {
        Screen::Facil(f) => match f.as_mut() {
            FacilScreen::Agenda(a) => Some(a),
            _ => None,
        },
        _ => None,
    }
}

/// Keys on the toolkit's own screens.
pub fn on_facil(app: &mut App, command: Command) -> Vec<Effect> {
    if command == Command::Back {
        app.pop_screen();
        return Vec::new();
    }
    let Screen::Facil(screen) = &app.screen else {
        return Vec::new();
    };
    match screen.as_ref() {
        FacilScreen::Agenda(_) => on_agenda(app, command),
        FacilScreen::Vote(_) => on_vote(app, command),
        FacilScreen::Attendance(_) => on_attendance(app, command),
        FacilScreen::Summary(_) => on_summary(app, command),
    }
}

fn on_agenda(app: &mut App, command: Command) -> Vec<Effect> {
    let len = agenda(app).len();
    let now = app.facil.now;
    let cursor_day = with_agenda_view(app)
        .map(|v| v.cursor)
        .and_then(|c| agenda(app).get(c))
        .map_or(1, |m| m.day);
    let Some(view) = with_agenda_view(app) else {
        return Vec::new();
    };
    match command {
        Command::Up => {
            view.cursor = view.cursor.saturating_sub(1);
            view.scroll = 0;
        }
        Command::Down => {
            view.cursor = (view.cursor + 1).min(len.saturating_sub(1));
            view.scroll = 0;
        }
        Command::ScrollDown => view.scroll = view.scroll.saturating_add(5),
        Command::ScrollUp => view.scroll = view.scroll.saturating_sub(5),
        Command::Open => {
            let cursor = view.cursor;
            if read_only(app) {
                return Vec::new();
            }
            let Some(id) = agenda(app).get(cursor).map(|m| m.id.clone()) else {
                return Vec::new();
            };
            if let Some(w) = app.workshop_mut() {
                w.session.start_module(&id, now);
            }
            return changed(app);
        }
        Command::NextExercise => {
            let cursor = view.cursor;
            if read_only(app) {
                return Vec::new();
            }
            let Some(module) = agenda(app).get(cursor).cloned() else {
                return Vec::new();
            };
            if module.exercises.is_empty() {
                notice(
                    app,
                    NoticeKind::Info,
                    "This module has no exercise to time.",
                );
                return Vec::new();
            }
            let Some(w) = app.workshop_mut() else {
                return Vec::new();
            };
            let agenda_rec = &w.session.facilitation.agenda;
            let is_current = agenda_rec.current.as_deref() == Some(module.id.as_str());
            let position = agenda_rec
                .exercise
                .as_ref()
                .filter(|_| is_current)
                .and_then(|ex| module.exercises.iter().position(|e| e == ex));
            if !is_current {
                w.session.start_module(&module.id, now);
            }
            match position.map_or(Some(0), |p| {
                (p + 1 < module.exercises.len()).then_some(p + 1)
            }) {
                Some(next) => {
                    w.session.start_exercise(&module.exercises[next], now);
                }
                None => {
                    w.session.stop_exercise(now);
                }
            }
            return changed(app);
        }
        Command::ExtendTimer | Command::ResetTimer => {
            if read_only(app) {
                return Vec::new();
            }
            // A running timer is never thrown away by one stray key: pause first.
            let running = app.workshop().is_some_and(|w| {
                active_timer(&app.content, &w.session, now).is_some_and(|a| {
                    matches!(
                        a.timer.phase,
                        TimerPhase::Running | TimerPhase::TimeUp { running: true }
                    )
                })
            });
            if command == Command::ResetTimer && running {
                notice(
                    app,
                    NoticeKind::Info,
                    "The timer is running: pause it with Space first, then 0 resets it.",
                );
                return Vec::new();
            }
            let Some(w) = app.workshop_mut() else {
                return Vec::new();
            };
            let done = if command == Command::ExtendTimer {
                w.session.extend_module(EXTEND_SECS, now)
            } else {
                w.session.reset_module(now)
            };
            if !done {
                notice(
                    app,
                    NoticeKind::Info,
                    "No module is current: Enter starts the one under the cursor.",
                );
                return Vec::new();
            }
            return changed(app);
        }
        Command::MarkDone => {
            let cursor = view.cursor;
            if read_only(app) {
                return Vec::new();
            }
            let Some(module) = agenda(app).get(cursor).cloned() else {
                return Vec::new();
            };
            let Some(w) = app.workshop_mut() else {
                return Vec::new();
            };
            let by = w.by.clone();
            if !w
                .session
                .finish_module(&module.id, &module.title, module.minutes, now, &by)
            {
                w.session.reopen_module(&module.id, now, &by);
            } else if let Some(view) = with_agenda_view(app) {
                view.cursor = (cursor + 1).min(len.saturating_sub(1));
            }
            return changed(app);
        }
        Command::Bell => {
            if read_only(app) {
                return Vec::new();
            }
            let Some(w) = app.workshop_mut() else {
                return Vec::new();
            };
            let bell = &mut w.session.facilitation.agenda.bell;
            *bell = !*bell;
            let on = *bell;
            w.session.updated = now;
            notice(
                app,
                NoticeKind::Info,
                if on {
                    "The bell rings when time is up."
                } else {
                    "No bell when time is up (the header still shows it)."
                },
            );
            return changed(app);
        }
        Command::DayStart => {
            if read_only(app) {
                return Vec::new();
            }
            let start = app
                .workshop()
                .map(|w| w.session.facilitation.agenda.day_start())
                .unwrap_or(crate::session::agenda::DEFAULT_DAY_START);
            app.form = Some(Form::new(
                "When the training days start",
                FormPurpose::DayStart,
                vec![Field::text(
                    "start",
                    "Start time",
                    "HH:MM, 24-hour clock; the day's plan counts from it",
                    &start.format("%H:%M").to_string(),
                    true,
                )],
            ));
        }
        Command::Attendance => {
            let day = cursor_day;
            app.push_screen(Screen::Facil(Box::new(FacilScreen::Attendance(
                AttendanceView { day, cursor: 0 },
            ))));
        }
        Command::DaySummary => {
            let day = cursor_day;
            app.push_screen(Screen::Facil(Box::new(FacilScreen::Summary(SummaryView {
                day,
                scroll: 0,
            }))));
        }
        _ => {}
    }
    Vec::new()
}

/// The number of training days in the open session's agenda (at least 1).
pub fn days(app: &App) -> u8 {
    agenda(app).iter().map(|m| m.day).max().unwrap_or(1).max(1)
}

fn on_attendance(app: &mut App, command: Command) -> Vec<Effect> {
    let days = days(app);
    let now = app.facil.now;
    let names: Vec<String> = app
        .workshop()
        .map(|w| {
            w.session
                .participants
                .iter()
                .map(|p| p.name.clone())
                .collect()
        })
        .unwrap_or_default();
    let Screen::Facil(f) = &mut app.screen else {
        return Vec::new();
    };
    let FacilScreen::Attendance(view) = f.as_mut() else {
        return Vec::new();
    };
    match command {
        Command::New => {
            if read_only(app) {
                return Vec::new();
            }
            app.form = Some(Form::new(
                "Add participants",
                FormPurpose::NewParticipants,
                vec![Field::text(
                    "participants",
                    "Participants",
                    "Name (Organisation, role); another name; …",
                    "",
                    true,
                )],
            ));
        }
        Command::Up => view.cursor = view.cursor.saturating_sub(1),
        Command::Down => view.cursor = (view.cursor + 1).min(names.len().saturating_sub(1)),
        Command::ChangeLeft => view.day = view.day.saturating_sub(1).max(1),
        Command::ChangeRight => view.day = (view.day + 1).min(days),
        Command::CycleStatus => {
            let (day, cursor) = (view.day, view.cursor);
            let Some(name) = names.get(cursor).cloned() else {
                notice(
                    app,
                    NoticeKind::Info,
                    "This session lists no participants yet: n adds them.",
                );
                return Vec::new();
            };
            if read_only(app) {
                return Vec::new();
            }
            let Some(w) = app.workshop_mut() else {
                return Vec::new();
            };
            let present = !w.session.present_on(day).contains(&name);
            let by = w.by.clone();
            w.session.set_present(day, &name, present, now, &by);
            return changed(app);
        }
        _ => {}
    }
    Vec::new()
}

/// The summary of a day of the open session, as lines.
pub fn summary_lines(app: &App, day: u8) -> Vec<String> {
    let Some(w) = app.workshop() else {
        return Vec::new();
    };
    let summary = day_summary::summarize(&w.session, &app.content, day, app.facil.now.date_naive());
    day_summary::lines(&summary)
}

fn on_summary(app: &mut App, command: Command) -> Vec<Effect> {
    let days = days(app);
    let page = usize::from(app.size.1.saturating_sub(6)).max(1);
    let Screen::Facil(f) = &app.screen else {
        return Vec::new();
    };
    let FacilScreen::Summary(view) = f.as_ref() else {
        return Vec::new();
    };
    let day = view.day;
    let last = summary_lines(app, day).len().saturating_sub(1);
    if command == Command::ShowParking {
        app.push_screen(Screen::Records(super::records::RecordsState::new(
            super::records::RecordKind::Parking,
        )));
        return Vec::new();
    }
    if command == Command::ExportSummary {
        let Some(w) = app.workshop() else {
            return Vec::new();
        };
        let summary =
            day_summary::summarize(&w.session, &app.content, day, app.facil.now.date_naive());
        let out = super::export_form::exports_dir(&app.data_dir)
            .join(day_summary::file_name(&w.session, day));
        return vec![Effect::Facil(FacilEffect::WriteText {
            out,
            session_path: w.path.clone(),
            text: day_summary::markdown(&summary),
        })];
    }
    let Screen::Facil(f) = &mut app.screen else {
        return Vec::new();
    };
    let FacilScreen::Summary(view) = f.as_mut() else {
        return Vec::new();
    };
    match command {
        Command::ScrollUp => view.scroll = view.scroll.saturating_sub(1),
        Command::ScrollDown => view.scroll = (view.scroll + 1).min(last),
        Command::PageUp => view.scroll = view.scroll.saturating_sub(page),
        Command::PageDown => view.scroll = (view.scroll + page).min(last),
        Command::ChangeLeft => {
            view.day = view.day.saturating_sub(1).max(1);
            view.scroll = 0;
        }
        Command::ChangeRight => {
            view.day = (view.day + 1).min(days);
            view.scroll = 0;
        }
        _ => {}
    }
    Vec::new()
}

fn on_vote(app: &mut App, command: Command) -> Vec<Effect> {
    let Screen::Facil(f) = &app.screen else {
        return Vec::new();
    };
    let FacilScreen::Vote(view) = f.as_ref() else {
        return Vec::new();
    };
    let view = view.clone();
    let Some(vote) = app.workshop().and_then(|w| {
        w.session
            .facilitation
            .votes
            .iter()
            .find(|v| v.id == view.vote)
            .cloned()
    }) else {
        app.pop_screen();
        return Vec::new();
    };
    let (options, voters) = (vote.options.len(), vote.voters.len());
    let mut next = view.clone();
    let mut effects = Vec::new();
    match command {
        Command::Up => next.option = view.option.saturating_sub(1),
        Command::Down => next.option = (view.option + 1).min(options.saturating_sub(1)),
        Command::ChangeLeft => next.voter = (view.voter + voters.max(1) - 1) % voters.max(1),
        Command::ChangeRight => next.voter = (view.voter + 1) % voters.max(1),
        Command::GiveDot | Command::TakeDot | Command::CloseVote => {
            if read_only(app) {
                return Vec::new();
            }
            let now = app.facil.now;
            let Some(w) = app.workshop_mut() else {
                return Vec::new();
            };
            let by = w.by.clone();
            let result = match command {
                Command::GiveDot => w
                    .session
                    .vote_mut(&view.vote)
                    .and_then(|v| v.give(view.voter, view.option))
                    .map(|()| {
                        w.session.updated = now;
                        None
                    }),
                Command::TakeDot => w
                    .session
                    .vote_mut(&view.vote)
                    .and_then(|v| v.take(view.voter, view.option))
                    .map(|()| {
                        w.session.updated = now;
                        None
                    }),
                _ => w
                    .session
                    .close_vote(&view.vote, now, &by)
                    .map(|_| Some(format!("Vote closed and recorded: {}", vote.title))),
            };
            match result {
                Ok(message) => {
                    if let Some(m) = message {
                        notice(app, NoticeKind::Info, m);
                    }
                    effects = changed(app);
                }
                Err(e) => notice(app, NoticeKind::Warning, e.to_string()),
            }
        }
        _ => {}
    }
    if let Screen::Facil(f) = &mut app.screen
        && let FacilScreen::Vote(v) = f.as_mut()
    {
        v.option = next.option;
        v.voter = next.voter;
    }
    effects
}

/// What the loop reports after running a toolkit effect.
pub fn on_action(app: &mut App, action: FacilAction) -> Vec<Effect> {
    match action {
        FacilAction::Written(Ok(path)) => {
            notice(app, NoticeKind::Info, format!("Wrote {}", path.display()));
            Vec::new()
        }
        FacilAction::Written(Err(e)) => {
            notice(app, NoticeKind::Error, format!("Not written: {e}"));
            Vec::new()
        }
        FacilAction::GroupsFound(paths) => {
            super::facil_forms::open_merge_form(app, &paths);
            Vec::new()
        }
        FacilAction::GroupsWritten(Ok(paths)) => {
            let names: Vec<String> = paths
                .iter()
                .filter_map(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .collect();
            notice(
                app,
                NoticeKind::Info,
                format!(
                    "Wrote {} group files beside this session: {}. J merges them back.",
                    paths.len(),
                    names.join(", ")
                ),
            );
            Vec::new()
        }
        FacilAction::GroupsWritten(Err(e)) => {
            notice(
                app,
                NoticeKind::Error,
                format!("No group files written: {e}"),
            );
            Vec::new()
        }
        FacilAction::GroupsRead(loaded) => {
            if read_only(app) {
                return Vec::new();
            }
            let now = app.facil.now;
            let Some(w) = app.workshop_mut() else {
                return Vec::new();
            };
            let by = w.by.clone();
            let outcomes = groups::merge_loaded(&mut w.session, loaded, now, &by);
            let mut parts = Vec::new();
            let mut any_change = false;
            let mut skipped = false;
            for (path, outcome) in outcomes {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                match outcome {
                    GroupOutcome::Merged(r) => {
                        any_change |= r.changed();
                        parts.push(r.summary());
                    }
                    GroupOutcome::Skipped(why) => {
                        skipped = true;
                        parts.push(format!("{name}: {why}"));
                    }
                }
            }
            if parts.is_empty() {
                parts.push("no group file given".into());
            }
            let kind = if skipped {
                NoticeKind::Warning
            } else {
                NoticeKind::Info
            };
            notice(app, kind, format!("Merge: {}", parts.join("; ")));
            if any_change { changed(app) } else { Vec::new() }
        }
    }
}
