//! Decisions, actions, risks, the parking lot and the coverage grid: the lists beside the workshop,
//! the forms that add to them, and what saving a form does. Pure: changes state, returns effects.

use chrono::NaiveDate;

use super::app::{App, Notice, NoticeKind, Screen};
use super::form::{Field, Form, FormPurpose};
use super::keys::Command;
use super::update::Effect;
use super::workshop::WorkshopState;
use crate::content::Pack;
use crate::session::{
    ActionDraft, ActionStatus, DecisionDraft, DecisionStatus, PrincipleStatus, RiskDraft,
    SubstepStatus, SystemStatus, dates,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Decisions,
    Actions,
    Risks,
    Parking,
    Coverage,
    /// The landscape register.
    Landscape,
    /// The operation's Matrix: the register read by category, with gaps and duplication.
    Matrix,
    /// The output picker and the output-first comparison (scoping sessions).
    Outputs,
    /// The scoping brief, as it will be exported (scoping sessions).
    Brief,
}

impl RecordKind {
    pub const ALL: [RecordKind; 9] = [
        RecordKind::Decisions,
        RecordKind::Actions,
        RecordKind::Risks,
        RecordKind::Parking,
        RecordKind::Coverage,
        RecordKind::Landscape,
        RecordKind::Matrix,
        RecordKind::Outputs,
        RecordKind::Brief,
    ];

    pub fn title(self) -> &'static str {
        match self {
            RecordKind::Decisions => "Decisions",
            RecordKind::Actions => "Actions",
            RecordKind::Risks => "Risks",
            RecordKind::Parking => "Parking lot",
            RecordKind::Coverage => "Coverage",
            RecordKind::Landscape => "Landscape",
            RecordKind::Matrix => "Matrix",
            RecordKind::Outputs => "Outputs",
            RecordKind::Brief => "Brief",
        }
    }

    /// The kinds a session offers: the outputs and the brief only in a scoping session.
    pub fn offered(scoping: bool) -> Vec<RecordKind> {
        RecordKind::ALL
            .into_iter()
            .filter(|k| scoping || !matches!(k, RecordKind::Outputs | RecordKind::Brief))
            .collect()
    }

    fn next(self, forward: bool, scoping: bool) -> RecordKind {
        let all = RecordKind::offered(scoping);
        let i = all.iter().position(|k| *k == self).unwrap_or(0);
        let n = all.len();
        all[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordsState {
    pub kind: RecordKind,
    pub cursor: usize,
    /// On the output picker: the landscape entry whose outputs are picked (None: the needed outputs).
    pub entry: Option<String>,
}

impl RecordsState {
    pub fn new(kind: RecordKind) -> Self {
        RecordsState {
            kind,
            cursor: 0,
            entry: None,
        }
    }
}

pub(crate) fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn options<T: AsRef<str>>(items: &[(T, T)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.as_ref().to_string(), b.as_ref().to_string()))
        .collect()
}

fn principle_options(pack: &Pack) -> Vec<(String, String)> {
    pack.principles
        .principles
        .iter()
        .map(|p| (p.id.clone(), format!("{}. {}", p.number, p.name)))
        .collect()
}

const DECISION_STATUSES: [(&str, &str); 3] = [
    ("proposed", "proposed"),
    ("agreed", "agreed"),
    ("rejected", "rejected"),
];
const ACTION_STATUSES: [(&str, &str); 4] = [
    ("open", "open"),
    ("in_progress", "in progress"),
    ("done", "done"),
    ("dropped", "dropped"),
];
const SCALE: [(&str, &str); 4] = [("1", "1 low"), ("2", "2"), ("3", "3"), ("4", "4 high")];

// ---------------------------------------------------------------- forms

pub fn decision_form(pack: &Pack, w: &WorkshopState, purpose: FormPurpose) -> Form {
    let existing = match &purpose {
        FormPurpose::EditDecision(id) => w.session.decision(id).cloned(),
        _ => None,
    };
    let title = match &purpose {
        FormPurpose::NewDecision {
            supersedes: Some(old),
        } => format!("New decision superseding {old}"),
        FormPurpose::EditDecision(id) => format!("Edit decision {id}"),
        _ => "Record a decision".to_string(),
    };
    let status = existing
        .as_ref()
        .map(|d| d.status.as_str())
        .unwrap_or("agreed");
    let by = existing
        .as_ref()
        .map(|d| d.by.clone())
        .unwrap_or_else(|| w.by.clone());
    Form::new(
        &title,
        purpose,
        vec![
            Field::text(
                "title",
                "Decision",
                "What was decided, in one line",
                existing.as_ref().map_or("", |d| &d.title),
                true,
            ),
            Field::text(
                "rationale",
                "Why",
                "The reasons, as the room said them",
                existing.as_ref().map_or("", |d| &d.rationale),
                false,
            ),
            Field::multi(
                "principles",
                "Rests on",
                "←→ choose, Space marks the principles this decision rests on",
                principle_options(pack),
                existing
                    .as_ref()
                    .map(|d| d.principles.as_slice())
                    .unwrap_or(&[]),
            ),
            Field::choice(
                "status",
                "Status",
                "←→ or Space to change",
                options(&DECISION_STATUSES),
                status,
            ),
            Field::text("by", "Who", "Who decided", &by, false),
        ],
    )
}

pub fn action_form(w: &WorkshopState, purpose: FormPurpose) -> Form {
    let existing = match &purpose {
        FormPurpose::EditAction(id) => w.session.actions.iter().find(|a| &a.id == id).cloned(),
        _ => None,
    };
    let title = match &purpose {
        FormPurpose::EditAction(id) => format!("Edit action {id}"),
        _ => "Add an action".to_string(),
    };
    let decisions: Vec<(String, String)> = w
        .session
        .decisions
        .iter()
        .map(|d| (d.id.clone(), format!("{} {}", d.id, d.title)))
        .collect();
    let mut fields = vec![
        Field::text(
            "text",
            "Action",
            "What will be done",
            existing.as_ref().map_or("", |a| &a.text),
            true,
        ),
        Field::text(
            "owner",
            "Owner",
            "Who does it",
            existing.as_ref().map_or("", |a| &a.owner),
            false,
        ),
        Field::text(
            "due",
            "Due",
            "2026-12-01, +7d or +2w; empty for none",
            &existing
                .as_ref()
                .and_then(|a| a.due)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            false,
        ),
        Field::choice(
            "status",
            "Status",
            "←→ or Space to change",
            options(&ACTION_STATUSES),
            existing
                .as_ref()
                .map(|a| a.status.as_str())
                .unwrap_or("open"),
        ),
    ];
    if !decisions.is_empty() {
        fields.push(Field::multi(
            "decisions",
            "Follows from",
            "←→ choose, Space marks the decisions this action carries out",
            decisions,
            existing
                .as_ref()
                .map(|a| a.decisions.as_slice())
                .unwrap_or(&[]),
        ));
    }
    Form::new(&title, purpose, fields)
}

pub fn risk_form(w: &WorkshopState, purpose: FormPurpose) -> Form {
    let existing = match &purpose {
        FormPurpose::EditRisk(id) => w.session.risks.iter().find(|r| &r.id == id).cloned(),
        _ => None,
    };
    let title = match &purpose {
        FormPurpose::EditRisk(id) => format!("Edit risk {id}"),
        _ => "Add a risk".to_string(),
    };
    let l = existing
        .as_ref()
        .map(|r| r.likelihood.to_string())
        .unwrap_or_else(|| "2".into());
    let i = existing
        .as_ref()
        .map(|r| r.impact.to_string())
        .unwrap_or_else(|| "2".into());
    Form::new(
        &title,
        purpose,
        vec![
            Field::text(
                "description",
                "Risk",
                "What could go wrong, and for whom",
                existing.as_ref().map_or("", |r| &r.description),
                true,
            ),
            Field::choice(
                "likelihood",
                "Likelihood",
                "1 (unlikely) to 4 (almost certain)",
                options(&SCALE),
                &l,
            ),
            Field::choice(
                "impact",
                "Impact",
                "1 (minor) to 4 (severe harm)",
                options(&SCALE),
                &i,
            ),
            Field::text(
                "mitigation",
                "Mitigation",
                "What reduces it",
                existing.as_ref().map_or("", |r| &r.mitigation),
                false,
            ),
            Field::text(
                "owner",
                "Owner",
                "Who watches it",
                existing.as_ref().map_or("", |r| &r.owner),
                false,
            ),
        ],
    )
}

pub fn parking_form() -> Form {
    Form::new(
        "Parking lot: a point to come back to",
        FormPurpose::NewParking,
        vec![Field::text(
            "text",
            "Point",
            "What to come back to, and why",
            "",
            true,
        )],
    )
}

pub fn principle_form(pack: &Pack, w: &WorkshopState, principle: &str) -> Form {
    let substep = w.substep_id().to_string();
    let check = w
        .session
        .substeps
        .get(&substep)
        .and_then(|r| r.principles.get(principle));
    let status = check.map(|c| c.status.as_str()).unwrap_or("open");
    let name = pack
        .principle(principle)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| principle.to_string());
    Form::new(
        &format!("{name}: status and note"),
        FormPurpose::PrincipleNote {
            substep,
            principle: principle.to_string(),
        },
        vec![
            Field::choice(
                "status",
                "Status",
                "←→ or Space to change",
                options(&PRINCIPLE_STATUSES),
                status,
            ),
            Field::text(
                "note",
                "Note",
                "What the room said: how it is addressed, or the concern",
                check.map_or("", |c| &c.note),
                false,
            ),
        ],
    )
}

const PRINCIPLE_STATUSES: [(&str, &str); 4] = [
    ("open", "open"),
    ("addressed", "addressed"),
    ("concern", "concern"),
    ("not_applicable", "not applicable"),
];

pub fn skip_form(substep: &str, title: &str) -> Form {
    Form::new(
        &format!("Skip “{title}”"),
        FormPurpose::SkipSubstep(substep.to_string()),
        vec![Field::text(
            "reason",
            "Reason",
            "Why the team skips it (e.g. done last month, see report)",
            "",
            true,
        )],
    )
}

// ---------------------------------------------------------------- saving a form

/// Apply a submitted workshop form to the session. On a validation problem the form stays open with a
/// message on the field; otherwise it closes and the session is saved.
pub fn submit(app: &mut App, mut form: Form) -> Vec<Effect> {
    if !form.check_required() {
        app.form = Some(form);
        return Vec::new();
    }
    let pack = std::sync::Arc::clone(&app.content);
    let Some(w) = app.workshop_mut() else {
        return Vec::new();
    };
    let at = now();
    let by = w.by.clone();
    let step = w.step_id(&pack).to_string();
    let substep = w.substep_id().to_string();
    let message: String = match form.purpose.clone() {
        FormPurpose::NewDecision { supersedes } => {
            let draft = DecisionDraft {
                step,
                substep: Some(substep),
                title: form.text("title"),
                rationale: form.text("rationale"),
                principles: form.chosen("principles"),
            };
            let who = non_empty(form.text("by"), &by);
            let id = match supersedes {
                Some(old) => match w.session.supersede_decision(&old, draft, at, &who) {
                    Ok(id) => id,
                    Err(e) => {
                        app.notice = Some(Notice {
                            kind: NoticeKind::Error,
                            text: e.to_string(),
                        });
                        return Vec::new();
                    }
                },
                None => w.session.add_decision(draft, at, &who),
            };
            let status = decision_status(&form.choice("status"));
            if status != DecisionStatus::Proposed
                || w.session.decision(&id).is_some_and(|d| d.status != status)
            {
                let _ = w.session.set_decision_status(&id, status, at, &who);
            }
            format!("Decision {id} recorded.")
        }
        FormPurpose::EditDecision(id) => {
            let Some(existing) = w.session.decision(&id).cloned() else {
                return Vec::new();
            };
            let draft = DecisionDraft {
                step: existing.step.clone(),
                substep: existing.substep.clone(),
                title: form.text("title"),
                rationale: form.text("rationale"),
                principles: form.chosen("principles"),
            };
            let who = non_empty(form.text("by"), &by);
            let _ = w.session.edit_decision(&id, draft, at, &who);
            // A superseded decision keeps its status: the chain is history.
            if !matches!(existing.status, DecisionStatus::Superseded { .. }) {
                let _ = w.session.set_decision_status(
                    &id,
                    decision_status(&form.choice("status")),
                    at,
                    &who,
                );
            }
            format!("Decision {id} updated.")
        }
        FormPurpose::NewAction | FormPurpose::EditAction(_) => {
            let due = match dates::parse_due(&form.text("due"), today()) {
                Ok(due) => due,
                Err(message) => {
                    form.set_error("due", message);
                    app.form = Some(form);
                    return Vec::new();
                }
            };
            let draft = ActionDraft {
                text: form.text("text"),
                owner: form.text("owner"),
                due,
                status: action_status(&form.choice("status")),
                decisions: form.chosen("decisions"),
            };
            match &form.purpose {
                FormPurpose::EditAction(id) => {
                    let _ = w.session.update_action(id, draft, at, &by);
                    format!("Action {id} updated.")
                }
                _ => format!("Action {} added.", w.session.add_action(draft, at, &by)),
            }
        }
        FormPurpose::NewRisk | FormPurpose::EditRisk(_) => {
            let draft = RiskDraft {
                description: form.text("description"),
                likelihood: form.choice("likelihood").parse().unwrap_or(2),
                impact: form.choice("impact").parse().unwrap_or(2),
                mitigation: form.text("mitigation"),
                owner: form.text("owner"),
            };
            match &form.purpose {
                FormPurpose::EditRisk(id) => {
                    let _ = w.session.update_risk(id, draft, at, &by);
                    format!("Risk {id} updated.")
                }
                _ => format!("Risk {} added.", w.session.add_risk(draft, at, &by)),
            }
        }
        FormPurpose::NewParking => {
            let id = w.session.add_parking(&form.text("text"), at, &by);
            format!("{id} added to the parking lot.")
        }
        FormPurpose::SkipSubstep(sub) => {
            w.session.set_substep_status(
                &sub,
                SubstepStatus::Skipped {
                    reason: form.text("reason"),
                },
                at,
                &by,
            );
            "Sub-step marked as skipped.".to_string()
        }
        FormPurpose::PrincipleNote { substep, principle } => {
            let status = match form.choice("status").as_str() {
                "addressed" => PrincipleStatus::Addressed,
                "concern" => PrincipleStatus::Concern,
                "not_applicable" => PrincipleStatus::NotApplicable,
                _ => PrincipleStatus::Open,
            };
            w.session.set_principle_check(
                &substep,
                &principle,
                status,
                &form.text("note"),
                at,
                &by,
            );
            "Principle check saved.".to_string()
        }
        FormPurpose::NewLandscape
        | FormPurpose::EditLandscape(_)
        | FormPurpose::LandscapeSharing(_)
        | FormPurpose::ImportLandscape => return super::landscape::submit(app, form),
        FormPurpose::RequestKind { .. } | FormPurpose::Approach { .. } => {
            return super::scoping::submit(app, form);
        }
        FormPurpose::NewSession
        | FormPurpose::Export { .. }
        | FormPurpose::SplitGroups
        | FormPurpose::MergeGroups
        | FormPurpose::NewVote
        | FormPurpose::NewParticipants
        | FormPurpose::DayStart => return Vec::new(),
    };
    w.save.dirty = true;
    app.notice = Some(Notice {
        kind: NoticeKind::Info,
        text: message,
    });
    vec![Effect::SubmitSave]
}

fn non_empty(value: String, fallback: &str) -> String {
    if value.is_empty() {
        fallback.to_string()
    } else {
        value
    }
}

fn decision_status(id: &str) -> DecisionStatus {
    match id {
        "agreed" => DecisionStatus::Agreed,
        "rejected" => DecisionStatus::Rejected,
        _ => DecisionStatus::Proposed,
    }
}

fn action_status(id: &str) -> ActionStatus {
    match id {
        "in_progress" => ActionStatus::InProgress,
        "done" => ActionStatus::Done,
        "dropped" => ActionStatus::Dropped,
        _ => ActionStatus::Open,
    }
}

// ---------------------------------------------------------------- the lists

/// How many rows the list of a kind has.
pub fn len(pack: &Pack, w: &WorkshopState, kind: RecordKind) -> usize {
    match kind {
        RecordKind::Decisions => w.session.decisions.len(),
        RecordKind::Actions => w.session.actions.len(),
        RecordKind::Risks => w.session.risks.len(),
        RecordKind::Parking => w.session.parking_lot.len(),
        RecordKind::Coverage => 0,
        RecordKind::Landscape => w.session.landscape.len(),
        RecordKind::Matrix => pack.matrix.categories.len(),
        RecordKind::Outputs => super::scoping::pick_items(pack).len(),
        // The brief scrolls; the view keeps the offset within the text.
        RecordKind::Brief => 10_000,
    }
}

/// Keys on a records screen.
pub fn on_records(app: &mut App, command: Command) -> Vec<Effect> {
    let pack = std::sync::Arc::clone(&app.content);
    let Screen::Records(state) = &app.screen else {
        return Vec::new();
    };
    let (kind, cursor, entry) = (state.kind, state.cursor, state.entry.clone());
    let Some(w) = app.workshop() else {
        return Vec::new();
    };
    let n = len(&pack, w, kind);
    let scoping = crate::scoping::is_scoping(&pack, &w.session);
    let read_only = w.read_only.clone();
    let set_cursor = |app: &mut App, c: usize| {
        if let Screen::Records(s) = &mut app.screen {
            s.cursor = c;
        }
    };
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
        app.notice = Some(Notice {
            kind: NoticeKind::Warning,
            text: format!("Read-only: {reason}"),
        });
        return Vec::new();
    }
    match command {
        Command::Up => set_cursor(app, cursor.saturating_sub(1)),
        Command::Down => set_cursor(app, (cursor + 1).min(n.saturating_sub(1))),
        Command::PageUp => set_cursor(app, cursor.saturating_sub(10)),
        Command::PageDown => set_cursor(app, (cursor + 10).min(n.saturating_sub(1))),
        Command::FocusNext | Command::PrevTab => {
            if let Screen::Records(s) = &mut app.screen {
                s.kind = s.kind.next(command == Command::FocusNext, scoping);
                s.cursor = 0;
                s.entry = None;
            }
        }
        Command::CycleStatus | Command::Open if kind == RecordKind::Outputs => {
            return super::scoping::toggle_pick(app, entry, cursor);
        }
        Command::Import if kind == RecordKind::Landscape => {
            app.form = Some(super::landscape::import_form());
        }
        Command::Checklist if kind == RecordKind::Landscape => {
            let w = app.workshop().expect("workshop");
            if let Some(e) = w.session.landscape.get(cursor) {
                app.form = Some(super::landscape::sharing_form(&pack, e));
            }
        }
        Command::PickOutputs if kind == RecordKind::Landscape => {
            let w = app.workshop().expect("workshop");
            if let Some(e) = w.session.landscape.get(cursor) {
                let id = e.id.clone();
                app.push_screen(Screen::Records(RecordsState {
                    kind: RecordKind::Outputs,
                    cursor: 0,
                    entry: Some(id),
                }));
            }
        }
        Command::Delete if kind == RecordKind::Landscape => {
            let Some(w) = app.workshop_mut() else {
                return Vec::new();
            };
            let Some(id) = w.session.landscape.get(cursor).map(|e| e.id.clone()) else {
                return Vec::new();
            };
            let by = w.by.clone();
            if w.session.remove_landscape_entry(&id, now(), &by).is_ok() {
                w.save.dirty = true;
                let left = w.session.landscape.len();
                set_cursor(app, cursor.min(left.saturating_sub(1)));
                app.notice = Some(Notice {
                    kind: NoticeKind::Info,
                    text: format!("Landscape {id} removed (the timeline keeps a note of it)."),
                });
                return vec![Effect::SubmitSave];
            }
        }
        Command::Back => {
            app.pop_screen();
        }
        Command::New => {
            let w = app.workshop().expect("workshop");
            app.form = Some(match kind {
                RecordKind::Decisions => {
                    decision_form(&pack, w, FormPurpose::NewDecision { supersedes: None })
                }
                RecordKind::Actions => action_form(w, FormPurpose::NewAction),
                RecordKind::Risks => risk_form(w, FormPurpose::NewRisk),
                RecordKind::Parking => parking_form(),
                RecordKind::Landscape => super::landscape::entry_form(&pack, None),
                RecordKind::Coverage
                | RecordKind::Matrix
                | RecordKind::Outputs
                | RecordKind::Brief => return Vec::new(),
            });
        }
        Command::Open => {
            let w = app.workshop().expect("workshop");
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
                    .map(|e| super::landscape::entry_form(&pack, Some(e))),
                RecordKind::Parking
                | RecordKind::Coverage
                | RecordKind::Matrix
                | RecordKind::Outputs
                | RecordKind::Brief => None,
            };
            app.form = form;
        }
        Command::Supersede if kind == RecordKind::Decisions => {
            let w = app.workshop().expect("workshop");
            if let Some(d) = w.session.decisions.get(cursor) {
                if matches!(d.status, DecisionStatus::Superseded { .. }) {
                    app.notice = Some(Notice {
                        kind: NoticeKind::Warning,
                        text: format!(
                            "{} is already superseded: supersede the newest decision in its chain.",
                            d.id
                        ),
                    });
                } else {
                    app.form = Some(decision_form(
                        &pack,
                        w,
                        FormPurpose::NewDecision {
                            supersedes: Some(d.id.clone()),
                        },
                    ));
                }
            }
        }
        Command::CycleStatus => return cycle_status(app, kind, cursor),
        _ => {}
    }
    Vec::new()
}

/// Space on a row: the next status of an action or decision; resolve a parking-lot point.
fn cycle_status(app: &mut App, kind: RecordKind, cursor: usize) -> Vec<Effect> {
    let Some(w) = app.workshop_mut() else {
        return Vec::new();
    };
    let (at, by) = (now(), w.by.clone());
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
