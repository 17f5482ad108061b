//! Key handling for the workshop screen and the answer editor (part of `update`: pure, returns effects).

use crossterm::event::KeyEvent;

use super::ctx::Ctx;
use super::form::FormPurpose;
use super::keys::Command;
use super::library::NoticeKind;
use super::msg::Effect;
use super::open::OpenSession;
use super::records::{self, RecordKind};
use super::screens::Screen;
use super::text_field::Edit;
use super::workshop::{AnswerEditor, Panel, WorkshopState};
use crate::content::Pack;
use crate::display;
use crate::session::PrincipleStatus;
use crate::t;

/// A key typed into the answer editor (any key the editor table does not claim).
pub fn editor_key(w: &mut WorkshopState, ev: KeyEvent, cx: &mut Ctx) -> Vec<Effect> {
    let Some(open) = cx.open.as_mut() else {
        return Vec::new();
    };
    let Some(editor) = &mut w.editor else {
        return Vec::new();
    };
    let typed = match ev.code {
        crossterm::event::KeyCode::Char(c)
            if !ev.modifiers.intersects(
                crossterm::event::KeyModifiers::CONTROL | crossterm::event::KeyModifiers::ALT,
            ) =>
        {
            editor.field.insert_char(c)
        }
        _ => Edit::Ignored,
    };
    if typed != Edit::Changed {
        return Vec::new();
    }
    sync_answer(editor, open, cx.clock.now)
}

/// A typing command of the key table (cursor, undo, new line…) for the answer being typed.
fn editor_command(w: &mut WorkshopState, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let Some(open) = cx.open.as_mut() else {
        return Vec::new();
    };
    let Some(editor) = &mut w.editor else {
        return Vec::new();
    };
    if editor.field.command(command) != Edit::Changed {
        return Vec::new();
    }
    sync_answer(editor, open, cx.clock.now)
}

/// Pasted text goes into the editor (control characters shown as marks).
pub fn editor_paste(w: &mut WorkshopState, text: &str, cx: &mut Ctx) -> Vec<Effect> {
    let Some(open) = cx.open.as_mut() else {
        return Vec::new();
    };
    let Some(editor) = &mut w.editor else {
        return Vec::new();
    };
    if editor.field.paste(text) != Edit::Changed {
        return Vec::new();
    }
    sync_answer(editor, open, cx.clock.now)
}

/// Copy the editor's text into the session (no timeline event while typing) and ask for a save.
fn sync_answer(
    editor: &AnswerEditor,
    open: &mut OpenSession,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Vec<Effect> {
    let text = editor.text();
    if open
        .session
        .set_answer_draft(&editor.substep, &editor.prompt, &text, now, &open.by)
    {
        open.touch();
        vec![Effect::SubmitSave]
    } else {
        Vec::new()
    }
}

/// When the session is read-only, say so (with who holds it) and return true.
pub(super) fn refuse_read_only(
    notice: &mut Option<super::library::Notice>,
    open: &OpenSession,
) -> bool {
    match open.writable() {
        Ok(()) => false,
        Err(text) => {
            *notice = Some(super::library::Notice {
                kind: NoticeKind::Warning,
                text,
            });
            true
        }
    }
}

/// Open the form a workshop key asks for (decision, action, parking-lot point, skip reason).
pub fn open_form(cx: &mut Ctx, command: Command) -> Vec<Effect> {
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(w) = cx.open.as_ref() else {
        *cx.notice = Some(super::library::Notice {
            kind: NoticeKind::Info,
            text: t!("workshop-notice-no-session"),
        });
        return Vec::new();
    };
    if refuse_read_only(cx.notice, w) {
        return Vec::new();
    }
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
    *cx.form = Some(form);
    Vec::new()
}

/// Close the editor, recording one timeline event if the answer changed.
pub fn finish_edit(w: &mut WorkshopState, cx: &mut Ctx) -> Vec<Effect> {
    let Some(open) = cx.open.as_mut() else {
        return Vec::new();
    };
    let Some(editor) = w.editor.take() else {
        return Vec::new();
    };
    if editor.text() != editor.original {
        open.session.record_answer_event(
            &editor.substep,
            &editor.prompt,
            editor.first,
            cx.clock.now,
            &open.by,
        );
        open.touch();
        return vec![Effect::SubmitSave];
    }
    Vec::new()
}

fn on_workshop(w: &mut WorkshopState, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(open) = cx.open.as_mut() else {
        return Vec::new();
    };
    if w.editor.is_some() {
        return match command {
            Command::FinishEdit => finish_edit(w, cx),
            Command::Quit => {
                let effects = finish_edit(w, cx);
                cx.quit();
                effects
            }
            other => editor_command(w, other, cx),
        };
    }
    if w.closing {
        // "Close this session? (y/N)": y closes, any other key stays.
        w.closing = false;
        return if command == Command::Yes {
            leave(cx)
        } else {
            Vec::new()
        };
    }
    let prompts = open.prompts(&pack).len();
    match command {
        Command::Up | Command::Down => {
            let delta: isize = if command == Command::Up { -1 } else { 1 };
            match w.focus {
                Panel::Prompts => open.prompt = step_index(open.prompt, delta, prompts),
                Panel::Map => return go_to(w, &pack, delta, cx),
                Panel::Guidance => {
                    w.principle = step_index(w.principle, delta, pack.principles.principles.len());
                    w.guidance_anchored = true;
                }
            }
            return remember_position(open, &pack);
        }
        Command::NextSubstep => return go_to(w, &pack, 1, cx),
        Command::PrevSubstep => return go_to(w, &pack, -1, cx),
        Command::FocusNext => w.focus = w.focus.next(true),
        Command::PrevTab => w.focus = w.focus.next(false),
        Command::ScrollDown => w.scroll_guidance(true),
        Command::ScrollUp => w.scroll_guidance(false),
        Command::Edit => return edit_focused(w, &pack, cx),
        Command::CycleStatus if w.focus == Panel::Guidance => return cycle_principle(w, &pack, cx),
        Command::RecordDecision | Command::AddAction | Command::AddParking | Command::Skip => {
            return open_form(cx, command);
        }
        Command::ShowDecisions
        | Command::ShowActions
        | Command::ShowRisks
        | Command::ShowParking
        | Command::ShowCoverage
        | Command::ShowLandscape
        | Command::ShowMatrix
        | Command::ShowOutputs
        | Command::ShowBrief => show_records(cx, &pack, command),
        Command::MarkDone => return mark_done(cx),
        Command::BriefPath => return super::brief_path::toggle(cx, &pack),
        Command::OfferItems => return super::brief_path::offer_items(w, cx, &pack),
        Command::Back => {
            // One Esc too many after typing must not close the session on the projector: ask.
            w.closing = true;
            let title = display::one_line(&open.session.title);
            cx.notify(NoticeKind::Warning, t!("edit-close-session", title = title));
        }
        _ => {}
    }
    Vec::new()
}

/// Enter on the focused panel: the map hands the keys to the prompts, a principle opens its form, a
/// prompt opens its editor (or the form its kind asks for).
fn edit_focused(w: &mut WorkshopState, pack: &Pack, cx: &mut Ctx) -> Vec<Effect> {
    let Some(open) = cx.open.as_ref() else {
        return Vec::new();
    };
    if w.focus == Panel::Map {
        w.focus = Panel::Prompts;
        return Vec::new();
    }
    if refuse_read_only(cx.notice, open) {
        return Vec::new();
    }
    if w.focus == Panel::Guidance {
        if let Some(p) = pack.principles.principles.get(w.principle) {
            *cx.form = Some(records::principle_form(pack, open, &p.id));
        }
        return Vec::new();
    }
    let substep = open.substep_id().to_string();
    let Some((prompt, kind)) = open
        .prompts(pack)
        .get(open.prompt)
        .map(|p| (p.id.to_string(), p.kind))
    else {
        return Vec::new();
    };
    if super::scoping::open_prompt(cx, kind, &substep, &prompt).is_some() {
        return Vec::new();
    }
    let Some(open) = cx.open.as_ref() else {
        return Vec::new();
    };
    let text = open.session.answer_text(&substep, &prompt);
    w.editor = Some(AnswerEditor::new(&substep, &prompt, text, text.is_empty()));
    Vec::new()
}

/// Open one of the lists beside the workshop (the outputs and the brief only in a scoping session).
fn show_records(cx: &mut Ctx, pack: &Pack, command: Command) {
    let Some(open) = &cx.open else {
        return;
    };
    let kind = match command {
        Command::ShowDecisions => RecordKind::Decisions,
        Command::ShowActions => RecordKind::Actions,
        Command::ShowRisks => RecordKind::Risks,
        Command::ShowParking => RecordKind::Parking,
        Command::ShowLandscape => RecordKind::Landscape,
        Command::ShowMatrix => RecordKind::Matrix,
        Command::ShowOutputs | Command::ShowBrief => {
            if !crate::scoping::is_scoping(pack, &open.session) {
                *cx.notice = Some(super::library::Notice {
                    kind: super::library::NoticeKind::Warning,
                    text: t!("workshop-notice-not-scoping"),
                });
                return;
            }
            if command == Command::ShowOutputs {
                RecordKind::Outputs
            } else {
                RecordKind::Brief
            }
        }
        _ => RecordKind::Coverage,
    };
    cx.push(Screen::for_tab(kind));
}

/// Mark the current sub-step done, or back in progress.
fn mark_done(cx: &mut Ctx) -> Vec<Effect> {
    let Some(open) = &mut cx.open else {
        return Vec::new();
    };
    if refuse_read_only(cx.notice, open) {
        return Vec::new();
    }
    let substep = open.substep_id().to_string();
    let next = open.session.substep_status(&substep).next();
    if open
        .session
        .set_substep_status(&substep, next, cx.clock.now, &open.by)
    {
        open.touch();
        return vec![Effect::SubmitSave];
    }
    Vec::new()
}

/// Leave the workshop: the session is closed (what the saver has not been handed yet goes with it).
fn leave(cx: &mut Ctx) -> Vec<Effect> {
    cx.back();
    let mut effects = Vec::new();
    if let Some(open) = cx.open.take()
        && open.save.dirty
        && open.read_only.is_none()
    {
        effects.push(Effect::SaveSnapshot(open.session));
    }
    effects.push(Effect::CloseSession);
    effects
}

fn step_index(i: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (i as isize + delta).clamp(0, len as isize - 1) as usize
}

/// Store where the team is, so reopening the session returns here.
fn remember_position(open: &mut OpenSession, pack: &Pack) -> Vec<Effect> {
    if open.read_only.is_some() {
        return Vec::new();
    }
    let prompt = open
        .prompts(pack)
        .get(open.prompt)
        .map(|p| p.id.to_string());
    let substep = open.substep_id().to_string();
    let before = open.session.position.clone();
    open.session.set_position(&substep, prompt.as_deref());
    if open.session.position != before {
        open.touch();
        vec![Effect::SubmitSave]
    } else {
        Vec::new()
    }
}

/// Move to another sub-step; a gentle warning (never a block) when an earlier step is untouched.
fn go_to(w: &mut WorkshopState, pack: &Pack, delta: isize, cx: &mut Ctx) -> Vec<Effect> {
    let Some(open) = cx.open.as_mut() else {
        return Vec::new();
    };
    let from_step = open.step_id(pack).to_string();
    let target = super::brief_path::target_substep(pack, open, delta);
    if target == open.sub {
        return Vec::new();
    }
    open.sub = target;
    open.prompt = 0;
    w.guidance_scroll = 0;
    w.guidance_anchored = true;
    let untouched = crate::session::walk::untouched_before(
        pack,
        &open.session,
        &open.substeps,
        &from_step,
        open.substep_id(),
    );
    if !untouched.is_empty() {
        *cx.notice = Some(super::library::Notice {
            kind: NoticeKind::Warning,
            text: t!("workshop-notice-untouched", steps = untouched.join(", ")),
        });
    }
    remember_position(open, pack)
}

/// Set the focused principle's status for this sub-step: open → addressed → concern → not applicable.
fn cycle_principle(w: &WorkshopState, pack: &Pack, cx: &mut Ctx) -> Vec<Effect> {
    let Some(open) = cx.open.as_mut() else {
        return Vec::new();
    };
    if refuse_read_only(cx.notice, open) {
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
    let substep = open.substep_id().to_string();
    let current = open
        .session
        .substeps
        .get(&substep)
        .and_then(|r| r.principles.get(&principle))
        .map(|c| (c.status, c.note.clone()));
    let (status, note) = current.unwrap_or((PrincipleStatus::Open, String::new()));
    let next = status.next();
    if open
        .session
        .set_principle_check(&substep, &principle, next, &note, cx.clock.now, &open.by)
    {
        open.touch();
        return vec![Effect::SubmitSave];
    }
    Vec::new()
}

impl super::screen::ScreenKind for WorkshopState {
    fn context(&self, _: &super::library::HomeState) -> super::keys::Context {
        WorkshopState::context(self)
    }
    fn title(&self, open: Option<&OpenSession>) -> String {
        open.map(|o| display::one_line(&o.session.title))
            .unwrap_or_default()
    }
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        on_workshop(self, command, cx)
    }
}
