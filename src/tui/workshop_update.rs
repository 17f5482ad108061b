//! Key handling for the workshop screen and the answer editor (part of `update`: pure, returns effects).

use crossterm::event::KeyEvent;

use super::app::{App, NoticeKind, Screen};
use super::form::FormPurpose;
use super::keys::Command;
use super::records::{self, RecordKind, RecordsState};
use super::update::Effect;
use super::workshop::{AnswerEditor, Panel, WorkshopState};
use crate::content::Pack;
use crate::display;
use crate::session::{PrincipleStatus, SubstepStatus};

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

/// A key typed into the answer editor (any key the editor table does not claim).
pub fn editor_key(app: &mut App, ev: KeyEvent) -> Vec<Effect> {
    let Screen::Workshop(w) = &mut app.screen else {
        return Vec::new();
    };
    let Some(editor) = &mut w.editor else {
        return Vec::new();
    };
    if !editor.textarea.input(ev) {
        return Vec::new();
    }
    sync_answer(w)
}

/// Pasted text goes into the editor (control characters shown as marks).
pub fn editor_paste(app: &mut App, text: &str) -> Vec<Effect> {
    let Screen::Workshop(w) = &mut app.screen else {
        return Vec::new();
    };
    let Some(editor) = &mut w.editor else {
        return Vec::new();
    };
    let clean =
        display::sanitize(&text.replace("\r\n", "\n").replace('\r', "\n"), true).into_owned();
    editor.textarea.insert_str(clean);
    sync_answer(w)
}

/// Copy the editor's text into the session (no timeline event while typing) and ask for a save.
fn sync_answer(w: &mut WorkshopState) -> Vec<Effect> {
    let Some(editor) = &w.editor else {
        return Vec::new();
    };
    let text = editor.text();
    let (substep, prompt) = (editor.substep.clone(), editor.prompt.clone());
    if w.session
        .set_answer_draft(&substep, &prompt, &text, now(), &w.by)
    {
        w.save.dirty = true;
        vec![Effect::SubmitSave]
    } else {
        Vec::new()
    }
}

/// When the session is read-only, say so (with who holds it) and return true.
fn refuse_read_only(notice: &mut Option<super::app::Notice>, read_only: &Option<String>) -> bool {
    let Some(reason) = read_only else {
        return false;
    };
    *notice = Some(super::app::Notice {
        kind: NoticeKind::Warning,
        text: format!("Read-only: {reason}"),
    });
    true
}

/// Open the form a workshop key asks for (decision, action, parking-lot point, skip reason).
pub fn open_form(app: &mut App, command: Command) -> Vec<Effect> {
    let pack = std::sync::Arc::clone(&app.content);
    let Some(w) = app.workshop() else {
        app.notice = Some(super::app::Notice {
            kind: NoticeKind::Info,
            text: "Decisions belong to a session: open one (Enter on it) or create one (New session) first.".into(),
        });
        return Vec::new();
    };
    let read_only = w.read_only.clone();
    if refuse_read_only(&mut app.notice, &read_only) {
        return Vec::new();
    }
    let Some(w) = app.workshop() else {
        return Vec::new();
    };
    let form = match command {
        Command::RecordDecision => {
            records::decision_form(&pack, w, FormPurpose::NewDecision { supersedes: None })
        }
        Command::AddAction => records::action_form(w, FormPurpose::NewAction),
        Command::AddParking => records::parking_form(),
        Command::Skip => {
            let title = pack
                .substep(w.substep_id())
                .map(|(_, s)| s.title.clone())
                .unwrap_or_default();
            records::skip_form(w.substep_id(), &title)
        }
        _ => return Vec::new(),
    };
    app.form = Some(form);
    Vec::new()
}

/// Close the editor, recording one timeline event if the answer changed.
pub fn finish_edit(w: &mut WorkshopState) -> Vec<Effect> {
    let Some(editor) = w.editor.take() else {
        return Vec::new();
    };
    let text = editor.text();
    if text != editor.original {
        w.session
            .record_answer_event(&editor.substep, &editor.prompt, editor.first, now(), &w.by);
        w.save.dirty = true;
        return vec![Effect::SubmitSave];
    }
    Vec::new()
}

pub fn on_workshop(app: &mut App, command: Command) -> Vec<Effect> {
    let pack = std::sync::Arc::clone(&app.content);
    let Screen::Workshop(w) = &mut app.screen else {
        return Vec::new();
    };
    if w.editor.is_some() {
        return match command {
            Command::FinishEdit => finish_edit(w),
            Command::Quit => {
                let mut effects = finish_edit(w);
                app.quitting = true;
                effects.push(Effect::Quit);
                effects
            }
            _ => Vec::new(),
        };
    }
    let prompts = pack.prompts_for(&w.session.template, w.substep_id()).len();
    match command {
        Command::Up | Command::Down => {
            let delta: isize = if command == Command::Up { -1 } else { 1 };
            match w.focus {
                Panel::Prompts => w.prompt = step_index(w.prompt, delta, prompts),
                Panel::Map => return go_to(app, &pack, delta),
                Panel::Guidance => {
                    w.principle = step_index(w.principle, delta, pack.principles.principles.len())
                }
            }
            return remember_position(w, &pack);
        }
        Command::NextSubstep => return go_to(app, &pack, 1),
        Command::PrevSubstep => return go_to(app, &pack, -1),
        Command::FocusNext => w.focus = w.focus.next(true),
        Command::PrevTab => w.focus = w.focus.next(false),
        Command::ScrollDown => w.guidance_scroll = w.guidance_scroll.saturating_add(5),
        Command::ScrollUp => w.guidance_scroll = w.guidance_scroll.saturating_sub(5),
        Command::Edit => match w.focus {
            Panel::Map => w.focus = Panel::Prompts,
            Panel::Guidance => {
                if refuse_read_only(&mut app.notice, &w.read_only) {
                    return Vec::new();
                }
                if let Some(p) = pack.principles.principles.get(w.principle) {
                    app.form = Some(records::principle_form(&pack, w, &p.id));
                }
            }
            Panel::Prompts => {
                if refuse_read_only(&mut app.notice, &w.read_only) {
                    return Vec::new();
                }
                let Some(prompt) = pack
                    .prompts_for(&w.session.template, w.substep_id())
                    .get(w.prompt)
                    .map(|p| p.id.to_string())
                else {
                    return Vec::new();
                };
                let substep = w.substep_id().to_string();
                let kind = pack
                    .prompts_for(&w.session.template, &substep)
                    .get(w.prompt)
                    .map(|p| p.kind)
                    .unwrap_or_default();
                if super::scoping::open_prompt(app, kind, &substep, &prompt).is_some() {
                    return Vec::new();
                }
                let Screen::Workshop(w) = &mut app.screen else {
                    return Vec::new();
                };
                let first = w.session.answer_text(&substep, &prompt).is_empty();
                let text = w.session.answer_text(&substep, &prompt).to_string();
                w.editor = Some(AnswerEditor::new(&substep, &prompt, &text, first));
            }
        },
        Command::CycleStatus if w.focus == Panel::Guidance => return cycle_principle(app, &pack),
        Command::RecordDecision | Command::AddAction | Command::AddParking | Command::Skip => {
            return open_form(app, command);
        }
        Command::ShowDecisions
        | Command::ShowActions
        | Command::ShowRisks
        | Command::ShowParking
        | Command::ShowCoverage
        | Command::ShowLandscape
        | Command::ShowMatrix
        | Command::ShowOutputs
        | Command::ShowBrief => {
            let kind = match command {
                Command::ShowDecisions => RecordKind::Decisions,
                Command::ShowActions => RecordKind::Actions,
                Command::ShowRisks => RecordKind::Risks,
                Command::ShowParking => RecordKind::Parking,
                Command::ShowLandscape => RecordKind::Landscape,
                Command::ShowMatrix => RecordKind::Matrix,
                Command::ShowOutputs | Command::ShowBrief => {
                    if !crate::scoping::is_scoping(&pack, &w.session) {
                        app.notice = Some(super::app::Notice {
                            kind: super::app::NoticeKind::Warning,
                            text: "The outputs and the brief belong to a scoping session (the needs-assessment-scoping template); this session does not ask for them.".into(),
                        });
                        return Vec::new();
                    }
                    if command == Command::ShowOutputs {
                        RecordKind::Outputs
                    } else {
                        RecordKind::Brief
                    }
                }
                _ => RecordKind::Coverage,
            };
            app.push_screen(Screen::Records(RecordsState::new(kind)));
        }
        Command::MarkDone => {
            if refuse_read_only(&mut app.notice, &w.read_only) {
                return Vec::new();
            }
            let substep = w.substep_id().to_string();
            let next = if w.session.substep_status(&substep) == SubstepStatus::Done {
                SubstepStatus::InProgress
            } else {
                SubstepStatus::Done
            };
            if w.session.set_substep_status(&substep, next, now(), &w.by) {
                w.save.dirty = true;
                return vec![Effect::SubmitSave];
            }
        }
        Command::Back => {
            let mut effects = Vec::new();
            // Changes the saver has not been handed yet leave with the session, before it is closed.
            if let Screen::Workshop(w) = app.pop_screen()
                && w.save.dirty
                && w.read_only.is_none()
            {
                effects.push(Effect::SaveSnapshot(w.session));
            }
            effects.extend([Effect::CloseSession, Effect::ScanSessions]);
            return effects;
        }
        _ => {}
    }
    Vec::new()
}

fn step_index(i: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (i as isize + delta).clamp(0, len as isize - 1) as usize
}

/// Store where the team is, so reopening the session returns here.
fn remember_position(w: &mut WorkshopState, pack: &Pack) -> Vec<Effect> {
    if w.read_only.is_some() {
        return Vec::new();
    }
    let prompt = pack
        .prompts_for(&w.session.template, w.substep_id())
        .get(w.prompt)
        .map(|p| p.id.to_string());
    let substep = w.substep_id().to_string();
    let before = w.session.position.clone();
    w.session.set_position(&substep, prompt.as_deref());
    if w.session.position != before {
        w.save.dirty = true;
        vec![Effect::SubmitSave]
    } else {
        Vec::new()
    }
}

/// Move to another sub-step; a gentle warning (never a block) when an earlier step is untouched.
fn go_to(app: &mut App, pack: &Pack, delta: isize) -> Vec<Effect> {
    let Screen::Workshop(w) = &mut app.screen else {
        return Vec::new();
    };
    let from_step = w.step_id(pack).to_string();
    let target = step_index(w.sub, delta, w.substeps.len());
    if target == w.sub {
        return Vec::new();
    }
    w.sub = target;
    w.prompt = 0;
    w.guidance_scroll = 0;
    let to_step = w.step_id(pack).to_string();
    let step_no = |id: &str| pack.step(id).map(|s| s.number).unwrap_or(0);
    if step_no(&to_step) > step_no(&from_step) {
        let untouched: Vec<String> = w
            .substeps
            .iter()
            .filter_map(|id| pack.substep(id))
            .filter(|(step, _)| step.number < step_no(&to_step))
            .filter(|(_, sub)| {
                w.session.substep_status(&sub.id) == SubstepStatus::NotStarted
                    && w.session
                        .substeps
                        .get(&sub.id)
                        .is_none_or(|r| r.answers.is_empty())
            })
            .map(|(_, sub)| sub.title.clone())
            .collect();
        if !untouched.is_empty() {
            app.notice = Some(super::app::Notice {
                kind: NoticeKind::Warning,
                text: format!(
                    "Earlier steps are untouched ({}). PIM takes the steps in order; p goes back.",
                    untouched.join(", ")
                ),
            });
        }
    }
    let Screen::Workshop(w) = &mut app.screen else {
        return Vec::new();
    };
    remember_position(w, pack)
}

/// Set the focused principle's status for this sub-step: open → addressed → concern → not applicable.
fn cycle_principle(app: &mut App, pack: &Pack) -> Vec<Effect> {
    let Screen::Workshop(w) = &mut app.screen else {
        return Vec::new();
    };
    if refuse_read_only(&mut app.notice, &w.read_only) {
        return Vec::new();
    }
    let Some(principle) = pack
        .principles
        .principles
        .get(w.principle)
        .map(|p| p.id.clone())
    else {
        return Vec::new();
    };
    let substep = w.substep_id().to_string();
    let current = w
        .session
        .substeps
        .get(&substep)
        .and_then(|r| r.principles.get(&principle))
        .map(|c| (c.status, c.note.clone()));
    let (status, note) = current.unwrap_or((PrincipleStatus::Open, String::new()));
    let next = match status {
        PrincipleStatus::Open => PrincipleStatus::Addressed,
        PrincipleStatus::Addressed => PrincipleStatus::Concern,
        PrincipleStatus::Concern => PrincipleStatus::NotApplicable,
        PrincipleStatus::NotApplicable => PrincipleStatus::Open,
    };
    if w.session
        .set_principle_check(&substep, &principle, next, &note, now(), &w.by)
    {
        w.save.dirty = true;
        return vec![Effect::SubmitSave];
    }
    Vec::new()
}
