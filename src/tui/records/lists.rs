//! Keys on the records screens: moving, opening, adding, changing status (the landscape register's
//! status cycle too).

use super::forms::{action_form, decision_form, parking_form, risk_form};
use crate::session::{ActionDraft, DecisionStatus};
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::form::FormPurpose;
use crate::tui::keys::Command;
use crate::tui::library::{Notice, NoticeKind};
use crate::tui::msg::Effect;
use crate::tui::open::OpenSession;
use crate::tui::tabs::{RecordKind, RecordsState};

/// How many rows the list on screen has.
pub fn len(w: &OpenSession, kind: RecordKind) -> usize {
    match kind {
        RecordKind::Decisions => w.session.decisions.len(),
        RecordKind::Actions => w.session.actions.len(),
        RecordKind::Risks => w.session.risks.len(),
        RecordKind::Parking => w.session.parking_lot.len(),
        _ => 0,
    }
}

/// X on a row: ask before removing an action, a risk or a parking-lot point; decisions stay.
fn ask_to_remove(kind: RecordKind, cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    use crate::session::removal::Removable;
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    let s = &w.session;
    let found = match kind {
        RecordKind::Actions => s
            .actions
            .get(cursor)
            .map(|a| (Removable::Action, &a.id, &a.text)),
        RecordKind::Risks => s
            .risks
            .get(cursor)
            .map(|r| (Removable::Risk, &r.id, &r.description)),
        RecordKind::Parking => s
            .parking_lot
            .get(cursor)
            .map(|p| (Removable::Parking, &p.id, &p.text)),
        RecordKind::Decisions => {
            cx.notify(NoticeKind::Info, t!("edit-decisions-stay"));
            return Vec::new();
        }
        _ => None,
    };
    let Some((what, id, text)) = found else {
        return Vec::new();
    };
    let text = crate::display::truncate(&crate::display::one_line(text), 80);
    let question = t!("edit-remove-record", id = id.as_str(), text = text);
    let id = id.clone();
    *cx.form = Some(crate::tui::form::Form::question(
        &question,
        crate::tui::form::Confirmation::RemoveRecord(what, id),
    ));
    Vec::new()
}

/// The removal, once confirmed (the timeline notes what it was and who removed it).
pub fn remove_record(
    what: crate::session::removal::Removable,
    id: &str,
    cx: &mut Ctx,
) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let by = w.by.clone();
    if w.session.remove_record(what, id, now, &by).is_err() {
        return Vec::new();
    }
    w.touch();
    cx.notify(NoticeKind::Info, t!("edit-removed-record", id = id));
    vec![Effect::SubmitSave]
}

/// About how many lines the coverage grid and its gap list take (each gap wraps to two at most).
fn coverage_lines(s: &crate::session::Session, pack: &crate::content::Pack) -> usize {
    let grid = crate::export::coverage(s, pack);
    4 + grid.rows.len() + 2 * grid.gaps().len()
}

/// Keys on a records screen (decisions, actions, risks, parking lot, coverage).
fn on_records(state: &mut RecordsState, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    // On the coverage grid the cursor is how far the grid and its gap list are scrolled.
    let n = if state.kind == RecordKind::Coverage {
        coverage_lines(&w.session, &cx.pack)
    } else {
        len(w, state.kind)
    };
    state.cursor = state.cursor.min(n.saturating_sub(1));
    if super::super::tabs::move_cursor(&mut state.cursor, command, n) {
        return Vec::new();
    }
    let (kind, cursor) = (state.kind, state.cursor);
    let writes = matches!(
        command,
        Command::Open | Command::New | Command::Supersede | Command::CycleStatus | Command::Delete
    ) && kind != RecordKind::Coverage;
    if command == Command::Back {
        cx.back();
        return Vec::new();
    }
    if writes && cx.writable().is_none() {
        return Vec::new();
    }
    match command {
        Command::Delete => return ask_to_remove(kind, cursor, cx),
        Command::New => {
            let Some(w) = cx.open.as_ref() else {
                return Vec::new();
            };
            *cx.form = match kind {
                RecordKind::Decisions => Some(decision_form(
                    &cx.pack,
                    w,
                    FormPurpose::NewDecision { supersedes: None },
                )),
                RecordKind::Actions => Some(action_form(w, FormPurpose::NewAction)),
                RecordKind::Risks => Some(risk_form(w, FormPurpose::NewRisk)),
                RecordKind::Parking => Some(parking_form()),
                _ => return Vec::new(),
            };
        }
        Command::Open => open_row(kind, cursor, cx),
        Command::Supersede if kind == RecordKind::Decisions => supersede(cursor, cx),
        Command::CycleStatus => return cycle_status(cx, kind, cursor),
        _ => {}
    }
    Vec::new()
}

/// Enter on a row: its form, filled in.
fn open_row(kind: RecordKind, cursor: usize, cx: &mut Ctx) {
    let Some(w) = cx.open.as_ref() else {
        return;
    };
    let form =
        match kind {
            RecordKind::Decisions => w.session.decisions.get(cursor).map(|d| {
                decision_form(&cx.pack, w, FormPurpose::EditDecision(d.id.clone().into()))
            }),
            RecordKind::Actions => w
                .session
                .actions
                .get(cursor)
                .map(|a| action_form(w, FormPurpose::EditAction(a.id.clone().into()))),
            RecordKind::Risks => w
                .session
                .risks
                .get(cursor)
                .map(|r| risk_form(w, FormPurpose::EditRisk(r.id.clone().into()))),
            _ => None,
        };
    *cx.form = form;
}

/// `s` on a decision: a new decision that supersedes it (not one already superseded).
fn supersede(cursor: usize, cx: &mut Ctx) {
    let Some(w) = cx.open.as_ref() else {
        return;
    };
    let Some(d) = w.session.decisions.get(cursor) else {
        return;
    };
    if matches!(d.status, DecisionStatus::Superseded { .. }) {
        *cx.notice = Some(Notice {
            kind: NoticeKind::Warning,
            text: t!("records-notice-already-superseded", id = &d.id),
        });
    } else {
        *cx.form = Some(decision_form(
            &cx.pack,
            w,
            FormPurpose::NewDecision {
                supersedes: Some(d.id.clone().into()),
            },
        ));
    }
}

/// Space on a row: the next status of an action or decision; resolve a parking-lot point.
pub fn cycle_status(cx: &mut Ctx, kind: RecordKind, cursor: usize) -> Vec<Effect> {
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let (at, by) = (cx.clock.now, w.by.clone());
    let changed = match kind {
        RecordKind::Actions => match w.session.actions.get(cursor).cloned() {
            Some(a) => {
                let next = a.status.next();
                let draft = ActionDraft {
                    text: a.text,
                    owner: a.owner,
                    due: a.due,
                    status: next,
                    decisions: a.decisions,
                };
                w.session
                    .update_action(&a.id, draft, at, &by)
                    .unwrap_or(false)
            }
            None => false,
        },
        RecordKind::Decisions => match w.session.decisions.get(cursor).cloned() {
            Some(d) if !matches!(d.status, DecisionStatus::Superseded { .. }) => {
                let next = d.status.next();
                w.session
                    .set_decision_status(&d.id, next, at, &by)
                    .unwrap_or(false)
            }
            _ => false,
        },
        RecordKind::Parking => match w.session.parking_lot.get(cursor).cloned() {
            Some(p) => w
                .session
                .resolve_parking(&p.id, !p.resolved, at, &by)
                .unwrap_or(false),
            None => false,
        },
        RecordKind::Landscape
        | RecordKind::Risks
        | RecordKind::Coverage
        | RecordKind::Matrix
        | RecordKind::Outputs
        | RecordKind::Brief => false,
    };
    if changed {
        w.save.dirty = true;
        vec![Effect::SubmitSave]
    } else {
        Vec::new()
    }
}

crate::tui::screen::tab_screen!(RecordsState, |s: &RecordsState| s.kind, on_records);
