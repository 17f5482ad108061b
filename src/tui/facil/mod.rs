//! The facilitator's toolkit in the TUI: the agenda with its timers, the presenter view, breakout groups
//! (split and merge), dot votes, attendance and the end-of-day summary.
//!
//! Part of `update`: every function here is a pure change of the app state that returns effects. Time
//! comes from the app's clock (`App::clock`), which the loop sets with `Action::Tick` on every turn; nothing here reads
//! a clock.

use super::ctx::Ctx;
use super::keys::Command;
use super::library::NoticeKind;
use super::msg::Effect;
use super::screens::Screen;
use crate::session::agenda::TimerPhase;
use crate::storage::groups::{self, GroupOutcome};
use crate::t;

mod agenda;
pub use agenda::reset_timer;
mod agenda_forms;
pub use agenda_forms::{remove_item as remove_agenda_item, submit as agenda_submit};
mod attendance;
pub use attendance::lateness_note;
pub mod common;
mod forms;
pub mod free_timer;
mod group_fields;
pub mod presenter;
mod summary;
pub mod timer_close;
pub mod views;
mod vote;
pub mod votes;

use agenda::{on_agenda, open_agenda, toggle_timer};
use attendance::on_attendance;
use summary::on_summary;
pub use summary::summary_lines;
use vote::on_vote;

pub use common::{ActiveTimer, EXTEND_SECS, active_timer, agenda, current_timer, days};
use common::{changed, notice};
pub use forms::{answer_lines, submit};

pub use super::msg::{FacilAction, FacilEffect};
pub use views::{AgendaView, AttendanceView, FacilScreen, SummaryView, VoteView};

/// A new clock reading: remember it, and signal (once per timer) when the timer in front runs out.
pub fn tick(cx: &mut Ctx) -> Vec<Effect> {
    let mut effects = free_timer::tick(cx);
    effects.extend(module_tick(cx));
    effects
}

/// The module (or exercise) timer's part of [`tick`].
fn module_tick(cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.open.as_ref() else {
        // The session was closed: the next one opens in the ordinary layout.
        cx.facil.presenter = false;
        cx.facil.alerted = None;
        cx.facil.live = Default::default();
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
        t!(
            "facil-notice-time-up",
            title = title,
            minutes = EXTEND_SECS / 60
        ),
    );
    if bell {
        vec![Effect::Facil(FacilEffect::Bell)]
    } else {
        Vec::new()
    }
}

/// Keys of the toolkit that work from the workshop and the toolkit's screens. `None`: not ours.
pub fn on_command(screen: &Screen, command: Command, cx: &mut Ctx) -> Option<Vec<Effect>> {
    let projecting = presenter::projected(screen, &cx.pack, cx.open.as_ref()).is_some();
    if command == Command::Presenter && projecting {
        cx.facil.presenter = !cx.facil.presenter;
        cx.facil.presenter_scroll = 0;
        return Some(Vec::new());
    }
    let presenting = cx.facil.presenter && projecting;
    if presenting && presenter::moves_on(command) {
        // Another prompt, module, vote or entry: its text starts at the top.
        cx.facil.presenter_scroll = 0;
    }
    let here = matches!(screen, Screen::Workshop(_) | Screen::Facil(_));
    if !here && !presenting {
        return None;
    }
    let effects = match command {
        Command::Agenda if here => open_agenda(screen, cx),
        Command::FreeTimer if here => free_timer::open_form(cx),
        // In the presenter view PgUp/PgDn scroll the projected text, not the hidden panels.
        Command::ScrollDown | Command::PageDown if presenting => {
            let (drawn, page) = presenter_page(cx);
            cx.facil.presenter_scroll = drawn.saturating_add(page);
            Vec::new()
        }
        Command::ScrollUp | Command::PageUp if presenting => {
            let (drawn, page) = presenter_page(cx);
            cx.facil.presenter_scroll = drawn.saturating_sub(page);
            Vec::new()
        }
        Command::TimerToggle if here => toggle_timer(screen, cx),
        Command::SplitGroups if here => forms::split_form(cx),
        Command::MergeGroups if here => forms::merge_form(cx),
        Command::DotVote if here => votes::dot_vote_key(cx),
        _ => return None,
    };
    Some(effects)
}

/// Where the presenter view's text is drawn from and a page of it: the height of its text area as last
/// drawn less one line kept for context (before the first drawing, the terminal's height less the
/// header, footer and title lines).
fn presenter_page(cx: &Ctx) -> (u16, u16) {
    let (drawn, height, asked) = cx.facil.presenter_drawn.get();
    let page = if height > 0 {
        height.saturating_sub(1)
    } else {
        cx.size.1.saturating_sub(10)
    };
    // Not drawn since the last move: go on from where that move asked to be.
    let from = if asked == cx.facil.presenter_scroll {
        drawn
    } else {
        cx.facil.presenter_scroll
    };
    (from, page.max(1))
}

/// Keys on the toolkit's own screens.
fn on_facil(screen: &mut FacilScreen, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    if command == Command::Back {
        if let FacilScreen::Vote(v) = screen {
            // An open vote stays open: `V` offers it again.
            votes::left_vote(v, cx);
        }
        cx.back();
        return Vec::new();
    }
    match screen {
        FacilScreen::Agenda(v) => on_agenda(v, command, cx),
        FacilScreen::Vote(v) => on_vote(v, command, cx),
        FacilScreen::Votes(v) => votes::on_votes(v, command, cx),
        FacilScreen::Attendance(v) => on_attendance(v, command, cx),
        FacilScreen::Summary(v) => on_summary(v, command, cx),
    }
}

/// Save the free timer's form or a vote's counted dots.
pub fn submit_present(cx: &mut Ctx, form: super::form::Form) -> Vec<Effect> {
    match form.purpose.clone() {
        super::form::FormPurpose::FreeTimer => free_timer::submit(cx, form),
        super::form::FormPurpose::CountDots { vote, option } => {
            votes::submit_count(cx, form, &vote, option)
        }
        _ => Vec::new(),
    }
}

/// What the loop reports after running a toolkit effect.
pub fn on_action(cx: &mut Ctx, action: FacilAction) -> Vec<Effect> {
    match action {
        FacilAction::Written(Ok(path)) => {
            notice(
                cx,
                NoticeKind::Info,
                t!("facil-notice-wrote", path = path.display().to_string()),
            );
            Vec::new()
        }
        FacilAction::Written(Err(e)) => {
            notice(
                cx,
                NoticeKind::Error,
                t!("facil-notice-not-written", error = e),
            );
            Vec::new()
        }
        FacilAction::GroupsFound(paths) => {
            forms::open_merge_form(cx, &paths);
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
                t!(
                    "facil-notice-groups-written",
                    count = paths.len(),
                    names = names.join(", ")
                ),
            );
            Vec::new()
        }
        FacilAction::GroupsWritten(Err(e)) => {
            notice(
                cx,
                NoticeKind::Error,
                t!("facil-notice-groups-not-written", error = e),
            );
            Vec::new()
        }
        FacilAction::GroupsRead(loaded) => merge_read(cx, loaded),
        FacilAction::ArchiveChecked(checked) => super::group_archive::checked(cx, checked),
        FacilAction::Archived(result) => super::group_archive::archived(cx, result),
        FacilAction::Live(file) => {
            live_file(cx, file);
            Vec::new()
        }
    }
}

/// A file followed live changed: a read-only session follows its own file; a plenary keeps its
/// groups' newest answers. Nothing is written.
fn live_file(cx: &mut Ctx, file: super::msg::LiveFile) {
    let Some(w) = cx.open.as_mut() else {
        return;
    };
    let own = file.path.file_name() == w.path.file_name() && file.session.id == w.session.id;
    if !own {
        cx.facil.live.observe(&w.session, &file);
        return;
    }
    if w.read_only.is_none() || *file.session == *w.session {
        return;
    }
    w.session = file.session;
    w.substeps = crate::session::walk::walked_substeps(&cx.pack, &w.session);
    w.sub = w.sub.min(w.substeps.len().saturating_sub(1));
    let time = file.modified.format("%H:%M:%S").to_string();
    notice(cx, NoticeKind::Info, t!("groups-following", time = time));
}

/// The group files were read: merge them into the plenary and say what came in.
fn merge_read(
    cx: &mut Ctx,
    loaded: Vec<(std::path::PathBuf, Result<crate::session::Session, String>)>,
) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.writable() else {
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
                parts.push(t!("facil-notice-merge-skipped", file = name, reason = why));
            }
        }
    }
    if parts.is_empty() {
        parts.push(t!("facil-notice-no-group-file"));
    }
    let kind = if skipped {
        NoticeKind::Warning
    } else {
        NoticeKind::Info
    };
    notice(cx, kind, t!("facil-notice-merge", parts = parts.join("; ")));
    if any_change { changed(cx) } else { Vec::new() }
}

impl super::screen::ScreenKind for FacilScreen {
    fn context(&self, _: &super::library::HomeState) -> super::keys::Context {
        FacilScreen::context(self)
    }
    fn title(&self, open: Option<&super::open::OpenSession>) -> String {
        super::screen::in_session(open, &FacilScreen::title(self))
    }
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        on_facil(self, command, cx)
    }
}
