//! What the toolkit's screens share: the agenda of the open session, the timer in front, notices, and
//! the change and read-only checks.

use chrono::{DateTime, FixedOffset};

use crate::content::{AgendaModule, Exercise, Pack};
use crate::session::Session;
use crate::session::agenda::TimerView;
use crate::session::agenda_shape::Agenda;
use crate::tui::ctx::Ctx;
use crate::tui::form::field_keys;
use crate::tui::library::{Notice, NoticeKind};
use crate::tui::msg::Effect;
use crate::tui::open::OpenSession;

field_keys!(
    /// The fields of the toolkit's forms (groups, votes, participants, the day's start).
    pub enum FacilField {
        Assign => "assign",
        Dots => "dots",
        Files => "files",
        Groups => "groups",
        List => "list",
        Members => "members",
        Names => "names",
        Participants => "participants",
        Rapporteurs => "rapporteurs",
        Round => "round",
        Seed => "seed",
        Start => "start",
        Steps => "steps",
        Title => "title",
        Voters => "voters",
    }
);

/// How much "extend" adds.
pub const EXTEND_SECS: u64 = 5 * 60;

pub fn notice(cx: &mut Ctx, kind: NoticeKind, text: impl Into<String>) {
    *cx.notice = Some(Notice {
        kind,
        text: text.into(),
    });
}

/// The open session's agenda ([`Session::effective_agenda`]; empty when none is open or it has none).
pub fn agenda<'p>(pack: &'p Pack, open: Option<&OpenSession>) -> Agenda<'p> {
    match open {
        Some(w) => w.session.effective_agenda(pack),
        None => Agenda {
            days: Vec::new(),
            shaped: false,
        },
    }
}

/// The current module with its training day and planned minutes in the session's agenda.
fn current_module<'a>(pack: &'a Pack, session: &Session) -> Option<(&'a AgendaModule, u8, u32)> {
    let id = session.facilitation.agenda.current.as_deref()?;
    let agenda = session.effective_agenda(pack);
    let item = agenda.item(id)?;
    Some((item.module?, item.day, item.minutes))
}

/// The current module and its timer at `now`, when the open session has one.
pub fn current_timer<'a>(
    pack: &'a Pack,
    session: &Session,
    now: DateTime<FixedOffset>,
) -> Option<(&'a AgendaModule, TimerView)> {
    let (module, _, minutes) = current_module(pack, session)?;
    let record = session.facilitation.agenda.module(&module.id);
    Some((module, record.timer(minutes, now)))
}

/// The timer in front: the current exercise's when one is timed, else the current module's.
#[derive(Clone, Debug, PartialEq)]
pub struct ActiveTimer<'a> {
    pub module: &'a AgendaModule,
    /// The module's training day and planned minutes in the session's agenda.
    pub day: u8,
    pub minutes: u32,
    pub exercise: Option<&'a Exercise>,
    pub timer: TimerView,
}

impl ActiveTimer<'_> {
    /// What is timed: the exercise's title, else the module's.
    pub fn title(&self) -> &str {
        self.exercise.map_or(&self.module.title, |e| &e.title)
    }

    /// A key for the alert: `module` or `module/exercise`.
    pub fn key(&self) -> String {
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
    let (_, day, minutes) = current_module(pack, session)?;
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
        day,
        minutes,
        exercise,
        timer,
    })
}

/// Save after a change to the session.
pub fn changed(cx: &mut Ctx) -> Vec<Effect> {
    if let Some(w) = cx.open.as_mut() {
        w.touch();
    }
    vec![Effect::SubmitSave]
}

/// True (with a notice) when the open session cannot be changed.
pub fn read_only(cx: &mut Ctx) -> bool {
    cx.open.is_some() && cx.writable().is_none()
}

/// The number of training days in the open session's agenda (at least 1).
pub fn days(pack: &Pack, open: Option<&OpenSession>) -> u8 {
    agenda(pack, open).day_count().max(1)
}
