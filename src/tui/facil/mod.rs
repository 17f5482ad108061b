//! The facilitator's toolkit in the TUI: the agenda with its timers, the presenter view, breakout groups
//! (split and merge), dot votes, attendance and the end-of-day summary.
//!
//! Part of `update`: every function here is a pure change of the app state that returns effects. Time
//! comes from the app's clock (`App::clock`), which the loop sets with `Action::Tick` on every turn; nothing here reads
//! a clock.

use chrono::{DateTime, FixedOffset};

use super::app::{Notice, NoticeKind, Screen};
use super::form::{Field, Form, FormPurpose};
use super::keys::{Command, Context};
use super::open::OpenSession;
use super::screen::Ctx;
use super::update::Effect;
use crate::content::{AgendaModule, Exercise, Pack};
use crate::export::day_summary;
use crate::session::Session;
use crate::session::agenda::{TimerPhase, TimerView};
use crate::storage::groups::{self, GroupOutcome};

mod agenda;
mod attendance;
mod summary;
mod vote;

use agenda::{on_agenda, open_agenda, toggle_timer};
pub use attendance::days;
use attendance::on_attendance;
use summary::on_summary;
pub use summary::summary_lines;
use vote::on_vote;

/// How much "extend" adds.
pub const EXTEND_SECS: u64 = 5 * 60;

pub use super::facil_forms::{answer_lines, submit};

/// The facilitator's view state that is not part of the session.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FacilUi {
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

pub use super::msg::{FacilAction, FacilEffect};

pub(super) fn notice(cx: &mut Ctx, kind: NoticeKind, text: impl Into<String>) {
    *cx.notice = Some(Notice {
        kind,
        text: text.into(),
    });
}

/// The agenda of the open session's template (empty when none is open or it has none).
pub fn agenda<'p>(pack: &'p Pack, open: Option<&OpenSession>) -> &'p [AgendaModule] {
    match open {
        Some(w) => pack.agenda(&w.session.template),
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
pub fn tick(cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.open.as_ref() else {
        // The session was closed: the next one opens in the ordinary layout.
        cx.facil.presenter = false;
        cx.facil.alerted = None;
        return Vec::new();
    };
    let Some(active) = active_timer(&cx.pack, &w.session, now) else {
        cx.facil.alerted = None;
        return Vec::new();
    };
    let key = active.key();
    let time_up = matches!(active.timer.phase, TimerPhase::TimeUp { running: true });
    if !time_up {
        if cx.facil.alerted.as_deref() == Some(key.as_str()) {
            // Extended or reset: the next time-up signals again.
            cx.facil.alerted = None;
        }
        return Vec::new();
    }
    if cx.facil.alerted.as_deref() == Some(key.as_str()) {
        return Vec::new();
    }
    let (id, title) = (key, active.title().to_string());
    let bell = w.session.facilitation.agenda.bell;
    cx.facil.alerted = Some(id);
    notice(
        cx,
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
pub fn on_command(screen: &Screen, command: Command, cx: &mut Ctx) -> Option<Vec<Effect>> {
    let here = matches!(screen, Screen::Workshop(_) | Screen::Facil(_));
    if !here {
        return None;
    }
    let effects = match command {
        Command::Agenda => open_agenda(screen, cx),
        Command::Presenter => {
            cx.facil.presenter = !cx.facil.presenter;
            Vec::new()
        }
        Command::TimerToggle => toggle_timer(screen, cx),
        Command::SplitGroups => super::facil_forms::split_form(cx),
        Command::MergeGroups => super::facil_forms::merge_form(cx),
        Command::DotVote => super::facil_forms::vote_form(cx),
        _ => return None,
    };
    Some(effects)
}

/// Save after a change to the session.
pub(super) fn changed(cx: &mut Ctx) -> Vec<Effect> {
    if let Some(w) = cx.open.as_mut() {
        w.touch();
    }
    vec![Effect::SubmitSave]
}

/// True (with a notice) when the open session cannot be changed.
pub(super) fn read_only(cx: &mut Ctx) -> bool {
    cx.open.is_some() && cx.writable().is_none()
}

/// Keys on the toolkit's own screens.
pub fn on_facil(screen: &mut FacilScreen, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    if command == Command::Back {
        cx.back();
        return Vec::new();
    }
    match screen {
        FacilScreen::Agenda(v) => on_agenda(v, command, cx),
        FacilScreen::Vote(v) => on_vote(v, command, cx),
        FacilScreen::Attendance(v) => on_attendance(v, command, cx),
        FacilScreen::Summary(v) => on_summary(v, command, cx),
    }
}

/// What the loop reports after running a toolkit effect.
pub fn on_action(cx: &mut Ctx, action: FacilAction) -> Vec<Effect> {
    match action {
        FacilAction::Written(Ok(path)) => {
            notice(cx, NoticeKind::Info, format!("Wrote {}", path.display()));
            Vec::new()
        }
        FacilAction::Written(Err(e)) => {
            notice(cx, NoticeKind::Error, format!("Not written: {e}"));
            Vec::new()
        }
        FacilAction::GroupsFound(paths) => {
            super::facil_forms::open_merge_form(cx, &paths);
            Vec::new()
        }
        FacilAction::GroupsWritten(Ok(paths)) => {
            let names: Vec<String> = paths
                .iter()
                .filter_map(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .collect();
            notice(
                cx,
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
                cx,
                NoticeKind::Error,
                format!("No group files written: {e}"),
            );
            Vec::new()
        }
        FacilAction::GroupsRead(loaded) => {
            if read_only(cx) {
                return Vec::new();
            }
            let now = cx.clock.now;
            let Some(w) = cx.open.as_mut() else {
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
            notice(cx, kind, format!("Merge: {}", parts.join("; ")));
            if any_change { changed(cx) } else { Vec::new() }
        }
    }
}
