//! The workshop's brief path (`b`: only the essential prompts, the others a toggle away) and the
//! list items a prompt offers back (`i`: each key question added to the answer). The rules are the
//! core's (`scoping::brief_path`); this file moves the workshop's place and opens the editor.

use super::ctx::Ctx;
use super::library::NoticeKind;
use super::msg::Effect;
use super::open::OpenSession;
use super::text_field::TextField;
use super::workshop::{AnswerEditor, WorkshopState};
use crate::content::Pack;
use crate::scoping::brief_path::{has_brief_path, offered_items, shown_prompts, with_items};
use crate::scoping::essential::progress;
use crate::t;

/// The sub-step index `delta` away that has prompts to list: on the brief path, sub-steps with no
/// essential prompt are passed over (the last one in that direction when none has one).
pub fn target_substep(pack: &Pack, open: &OpenSession, delta: isize) -> usize {
    let last = open.substeps.len().saturating_sub(1) as isize;
    let step = |i: usize, d: isize| (i as isize + d).clamp(0, last) as usize;
    let first = step(open.sub, delta);
    if !open.brief_path {
        return first;
    }
    let has = |i: usize| {
        open.substeps
            .get(i)
            .is_some_and(|sub| !shown_prompts(pack, &open.session, sub, true).is_empty())
    };
    let mut at = first;
    while !has(at) {
        let next = step(at, delta.signum());
        if next == at {
            return first;
        }
        at = next;
    }
    at
}

/// `b`: the brief path on or off, staying on the same prompt when it is listed in both.
pub fn toggle(cx: &mut Ctx, pack: &Pack) -> Vec<Effect> {
    let Some(open) = cx.open.as_mut() else {
        return Vec::new();
    };
    if !has_brief_path(pack, &open.session) {
        cx.notify(NoticeKind::Info, t!("workshop-brief-path-none"));
        return Vec::new();
    }
    let current = open
        .prompts(pack)
        .get(open.prompt)
        .map(|p| p.id.to_string());
    open.brief_path = !open.brief_path;
    if open.brief_path && open.prompts(pack).is_empty() {
        open.sub = target_substep(pack, open, 1);
        if open.prompts(pack).is_empty() {
            open.sub = target_substep(pack, open, -1);
        }
    }
    open.prompt = current
        .and_then(|id| open.prompts(pack).iter().position(|p| p.id == id))
        .unwrap_or(0);
    let (_, total) = progress(pack, &open.session);
    let text = if open.brief_path {
        t!("workshop-brief-path-on", total = total)
    } else {
        t!("workshop-brief-path-off")
    };
    cx.notify(NoticeKind::Info, text);
    Vec::new()
}

/// `i`: the items of the list the focused prompt refers to, added to its answer (those not there
/// yet), and the editor opened on it.
pub fn offer_items(w: &mut WorkshopState, cx: &mut Ctx, pack: &Pack) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(open) = cx.writable() else {
        return Vec::new();
    };
    let substep = open.substep_id().to_string();
    let prompts = open.prompts(pack);
    let offered = prompts
        .get(open.prompt)
        .and_then(|p| offered_items(pack, &open.session, p).map(|(_, items)| (p.id, items)));
    let Some((prompt, items)) = offered else {
        cx.notify(NoticeKind::Info, t!("workshop-offer-none"));
        return Vec::new();
    };
    let old = open.session.answer_text(&substep, prompt).to_string();
    let new = with_items(&old, &items);
    let mut editor = AnswerEditor::new(&substep, prompt, &old, old.is_empty());
    editor.field = TextField::new(&new, true, usize::MAX);
    let changed = open
        .session
        .set_answer_draft(&substep, prompt, &new, now, &open.by);
    w.editor = Some(editor);
    if changed {
        open.touch();
        return vec![Effect::SubmitSave];
    }
    Vec::new()
}
