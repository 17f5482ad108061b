//! Keys on the records screens: moving, opening, adding, changing status, and the landscape's own.

use super::*;

/// How many rows the list on screen has (for the brief: how many lines it can scroll, plus one).
pub fn len(pack: &Pack, w: &OpenSession, state: &RecordsState) -> usize {
    match state.kind {
        RecordKind::Decisions => w.session.decisions.len(),
        RecordKind::Actions => w.session.actions.len(),
        RecordKind::Risks => w.session.risks.len(),
        RecordKind::Parking => w.session.parking_lot.len(),
        RecordKind::Coverage => 0,
        RecordKind::Landscape => w.session.landscape.len(),
        RecordKind::Matrix => pack.matrix.categories.len(),
        RecordKind::Outputs => crate::tui::scoping::pick_items(pack).len(),
        // The brief scrolls as far as its last drawing allows.
        RecordKind::Brief => state.scroll_limit.get() + 1,
    }
}

/// Keys on a records screen.
pub fn on_records(state: &mut RecordsState, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let pack = std::sync::Arc::clone(&cx.pack);
    let (kind, cursor, entry) = (state.kind, state.cursor, state.entry.clone());
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    let n = len(&pack, w, state);
    let scoping = crate::scoping::is_scoping(&pack, &w.session);
    let read_only = w.read_only.clone();
    let set_cursor = |state: &mut RecordsState, c: usize| state.cursor = c;
    let writes = matches!(
        command,
        Command::Open
            | Command::New
            | Command::Supersede
            | Command::CycleStatus
            | Command::Import
            | Command::Checklist
            | Command::Delete
    ) && !matches!(
        kind,
        RecordKind::Matrix | RecordKind::Brief | RecordKind::Coverage
    );
    if writes && let Some(reason) = read_only {
        *cx.notice = Some(Notice {
            kind: NoticeKind::Warning,
            text: format!("Read-only: {reason}"),
        });
        return Vec::new();
    }
    match command {
        Command::Up => set_cursor(state, cursor.saturating_sub(1)),
        Command::Down => set_cursor(state, (cursor + 1).min(n.saturating_sub(1))),
        Command::PageUp => set_cursor(state, cursor.saturating_sub(10)),
        Command::PageDown => set_cursor(state, (cursor + 10).min(n.saturating_sub(1))),
        Command::FocusNext | Command::PrevTab => {
            state.kind = state.kind.next(command == Command::FocusNext, scoping);
            state.cursor = 0;
            state.entry = None;
        }
        Command::CycleStatus | Command::Open if kind == RecordKind::Outputs => {
            return crate::tui::scoping::toggle_pick(cx, entry, cursor);
        }
        Command::Import if kind == RecordKind::Landscape => {
            *cx.form = Some(crate::tui::landscape::import_form());
        }
        Command::Checklist if kind == RecordKind::Landscape => {
            let w = cx.open.as_ref().expect("workshop");
            if let Some(e) = w.session.landscape.get(cursor) {
                *cx.form = Some(crate::tui::landscape::sharing_form(&pack, e));
            }
        }
        Command::PickOutputs if kind == RecordKind::Landscape => {
            let w = cx.open.as_ref().expect("workshop");
            if let Some(e) = w.session.landscape.get(cursor) {
                let id = e.id.clone();
                cx.push(Screen::Records(RecordsState {
                    entry: Some(id),
                    ..RecordsState::new(RecordKind::Outputs)
                }));
            }
        }
        Command::Delete if kind == RecordKind::Landscape => {
            let Some(w) = cx.open.as_mut() else {
                return Vec::new();
            };
            let Some(id) = w.session.landscape.get(cursor).map(|e| e.id.clone()) else {
                return Vec::new();
            };
            let by = w.by.clone();
            if w.session
                .remove_landscape_entry(&id, cx.clock.now, &by)
                .is_ok()
            {
                w.save.dirty = true;
                let left = w.session.landscape.len();
                set_cursor(state, cursor.min(left.saturating_sub(1)));
                *cx.notice = Some(Notice {
                    kind: NoticeKind::Info,
                    text: format!("Landscape {id} removed (the timeline keeps a note of it)."),
                });
                return vec![Effect::SubmitSave];
            }
        }
        Command::Back => {
            cx.back();
        }
        Command::New => {
            let w = cx.open.as_ref().expect("workshop");
            *cx.form = Some(match kind {
                RecordKind::Decisions => {
                    decision_form(&pack, w, FormPurpose::NewDecision { supersedes: None })
                }
                RecordKind::Actions => action_form(w, FormPurpose::NewAction),
                RecordKind::Risks => risk_form(w, FormPurpose::NewRisk),
                RecordKind::Parking => parking_form(),
                RecordKind::Landscape => crate::tui::landscape::entry_form(&pack, None),
                RecordKind::Coverage
                | RecordKind::Matrix
                | RecordKind::Outputs
                | RecordKind::Brief => return Vec::new(),
            });
        }
        Command::Open => {
            let w = cx.open.as_ref().expect("workshop");
            let form = match kind {
                RecordKind::Decisions => w
                    .session
                    .decisions
                    .get(cursor)
                    .map(|d| decision_form(&pack, w, FormPurpose::EditDecision(d.id.clone()))),
                RecordKind::Actions => w
                    .session
                    .actions
                    .get(cursor)
                    .map(|a| action_form(w, FormPurpose::EditAction(a.id.clone()))),
                RecordKind::Risks => w
                    .session
                    .risks
                    .get(cursor)
                    .map(|r| risk_form(w, FormPurpose::EditRisk(r.id.clone()))),
                RecordKind::Landscape => w
                    .session
                    .landscape
                    .get(cursor)
                    .map(|e| crate::tui::landscape::entry_form(&pack, Some(e))),
                RecordKind::Parking
                | RecordKind::Coverage
                | RecordKind::Matrix
                | RecordKind::Outputs
                | RecordKind::Brief => None,
            };
            *cx.form = form;
        }
        Command::Supersede if kind == RecordKind::Decisions => {
            let w = cx.open.as_ref().expect("workshop");
            if let Some(d) = w.session.decisions.get(cursor) {
                if matches!(d.status, DecisionStatus::Superseded { .. }) {
                    *cx.notice = Some(Notice {
                        kind: NoticeKind::Warning,
                        text: format!(
                            "{} is already superseded: supersede the newest decision in its chain.",
                            d.id
                        ),
                    });
                } else {
                    *cx.form = Some(decision_form(
                        &pack,
                        w,
                        FormPurpose::NewDecision {
                            supersedes: Some(d.id.clone()),
                        },
                    ));
                }
            }
        }
        Command::CycleStatus => return cycle_status(cx, kind, cursor),
        _ => {}
    }
    Vec::new()
}

/// Space on a row: the next status of an action or decision; resolve a parking-lot point.
pub(super) fn cycle_status(cx: &mut Ctx, kind: RecordKind, cursor: usize) -> Vec<Effect> {
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let (at, by) = (cx.clock.now, w.by.clone());
    let changed = match kind {
        RecordKind::Actions => match w.session.actions.get(cursor).cloned() {
            Some(a) => {
                let next = match a.status {
                    ActionStatus::Open => ActionStatus::InProgress,
                    ActionStatus::InProgress => ActionStatus::Done,
                    ActionStatus::Done => ActionStatus::Dropped,
                    ActionStatus::Dropped => ActionStatus::Open,
                };
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
                let next = match d.status {
                    DecisionStatus::Proposed => DecisionStatus::Agreed,
                    DecisionStatus::Agreed => DecisionStatus::Rejected,
                    _ => DecisionStatus::Proposed,
                };
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
        RecordKind::Landscape => match w.session.landscape.get(cursor).cloned() {
            Some(mut e) => {
                e.status = match e.status {
                    SystemStatus::Unknown => SystemStatus::Active,
                    SystemStatus::Active => SystemStatus::Paused,
                    SystemStatus::Paused => SystemStatus::Ended,
                    SystemStatus::Ended => SystemStatus::Planned,
                    SystemStatus::Planned => SystemStatus::Unknown,
                };
                let id = e.id.clone();
                w.session
                    .update_landscape_entry(&id, e, at, &by)
                    .unwrap_or(false)
            }
            None => false,
        },
        RecordKind::Risks
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
