//! Answering a prompt of the current sub-step, whatever its kind: text (ended with a line holding
//! only "."), a kind of request, an approach, the outputs needed. Each answer is saved as soon as it
//! is entered; the end of the input keeps what was typed.

use super::prompt::{Choice, Io};
use super::walk::quoted;
use super::workshop::{Workshop, now};
use crate::content::PromptKind;
use crate::t;

/// `answer N` (or `answer` for the first prompt not answered yet).
pub fn answer(w: &mut Workshop, arg: &str, io: &mut Io) {
    if !w.can_change(io) {
        return;
    }
    let pack = std::sync::Arc::clone(&w.pack);
    let substep = w.substep_id().to_string();
    let prompts = pack.prompts_for(&w.session.template, &substep);
    if prompts.is_empty() {
        io.say(&t!("plain-no-prompts"));
        return;
    }
    let index = if arg.trim().is_empty() {
        prompts
            .iter()
            .position(|p| !crate::scoping::is_answered(&w.session, &substep, p))
            .unwrap_or(0)
    } else {
        match super::prompt::pick(arg, prompts.len()) {
            super::prompt::Number::At(i) => i,
            _ => {
                io.say(&t!("plain-bad-prompt", total = prompts.len()));
                return;
            }
        }
    };
    let p = &prompts[index];
    io.say(&t!(
        "plain-prompt-heading",
        n = index + 1,
        total = prompts.len(),
        question = p.question
    ));
    io.say(&t!("plain-hint", text = p.hint));
    let (id, kind) = (p.id.to_string(), p.kind);
    match kind {
        PromptKind::Text | PromptKind::List | PromptKind::Areas => text(w, &substep, &id, io),
        PromptKind::RequestKind => request_kind(w, &substep, &id, io),
        PromptKind::Approach => approach(w, &substep, &id, io),
        PromptKind::Outputs => outputs(w, &substep, &id, io),
        PromptKind::Landscape => super::landscape::register(w, io),
    }
}

/// The current text of an answer, read back, then the new one typed.
fn typed_text(w: &Workshop, substep: &str, prompt: &str, io: &mut Io) -> super::prompt::Typed {
    let current = w.session.answer_text(substep, prompt);
    if !current.is_empty() {
        io.say(&t!("plain-current-answer"));
        io.say(&quoted(current));
    }
    io.typed(&t!("plain-ask-text"))
}

/// A text answer, kept line by line as it is typed (as the workshop's editor keeps it key by key,
/// with no timeline event), then recorded once, with "saved" said once.
fn text(w: &mut Workshop, substep: &str, prompt: &str, io: &mut Io) {
    let original = w.session.answer_text(substep, prompt).to_string();
    let first = w
        .session
        .substeps
        .get(substep)
        .is_none_or(|r| !r.answers.contains_key(prompt));
    if !original.is_empty() {
        io.say(&t!("plain-current-answer"));
        io.say(&quoted(&original));
    }
    let by = w.by.clone();
    let typed = io.typed_with(&t!("plain-ask-text"), |so_far| {
        // Blank lines alone never replace an answer.
        if !so_far.trim().is_empty()
            && w.session
                .set_answer_draft(substep, prompt, so_far, now(), &by)
        {
            w.keep_draft();
        }
    });
    if w.session.answer_text(substep, prompt) == original {
        if !typed.ended {
            io.say(&t!("plain-kept"));
        }
        return;
    }
    w.session
        .record_answer_event(substep, prompt, first, now(), &by);
    w.save(io);
}

/// Record picks and a text for a choice prompt, saved when they changed.
fn record_picks(
    w: &mut Workshop,
    substep: &str,
    prompt: &str,
    picks: Vec<String>,
    note: &str,
    io: &mut Io,
) {
    let by = w.by.clone();
    if w.session
        .set_answer_picks(substep, prompt, picks, note, now(), &by)
    {
        w.save(io);
    } else {
        io.say(&t!("plain-kept"));
    }
}

/// The note of a choice prompt: the one typed, or the current one when nothing was typed.
fn note_or_current(w: &Workshop, substep: &str, prompt: &str, io: &mut Io) -> String {
    let typed = typed_text(w, substep, prompt, io);
    if typed.text.trim().is_empty() {
        w.session.answer_text(substep, prompt).to_string()
    } else {
        typed.text
    }
}

fn request_kind(w: &mut Workshop, substep: &str, prompt: &str, io: &mut Io) {
    let options = crate::scoping::request_kind_options(&w.pack);
    let current = w
        .session
        .answer_picks(substep, prompt)
        .first()
        .cloned()
        .unwrap_or_default();
    let labels = marked(&options, |id| *id == current);
    let kind = match io.choose(&labels, &t!("plain-ask-number-keep")) {
        Choice::Picked(i) => options[i].0.clone(),
        Choice::Keep => current,
        Choice::Ended => return,
    };
    let note = note_or_current(w, substep, prompt, io);
    let picks = (!kind.is_empty()).then_some(kind).into_iter().collect();
    record_picks(w, substep, prompt, picks, &note, io);
}

fn approach(w: &mut Workshop, substep: &str, prompt: &str, io: &mut Io) {
    let options = crate::scoping::approach_options(&w.pack);
    let current = w.session.answer_picks(substep, prompt).to_vec();
    let Some(mut picks) = toggled(io, &options, current) else {
        return;
    };
    // Ticked in the options' order, as the workshop's form gives them.
    picks.sort_by_key(|id| options.iter().position(|(o, _)| o == id));
    let note = note_or_current(w, substep, prompt, io);
    record_picks(w, substep, prompt, picks, &note, io);
}

fn outputs(w: &mut Workshop, substep: &str, prompt: &str, io: &mut Io) {
    let options: Vec<(String, String)> = crate::scoping::pick_items(&w.pack)
        .into_iter()
        .map(|item| {
            let category = w
                .pack
                .matrix
                .categories
                .get(item.category)
                .map_or("", |c| c.name.as_str());
            (item.id, format!("{} ({category})", item.text))
        })
        .collect();
    let current = w.session.answer_picks(substep, prompt).to_vec();
    let Some(picks) = toggled(io, &options, current) else {
        return;
    };
    let note = w.session.answer_text(substep, prompt).to_string();
    record_picks(w, substep, prompt, picks, &note, io);
}

/// Labels with the picked ones said so.
fn marked(options: &[(String, String)], picked: impl Fn(&String) -> bool) -> Vec<String> {
    options
        .iter()
        .map(|(id, label)| {
            if picked(id) {
                t!("plain-picked", item = label.as_str())
            } else {
                label.clone()
            }
        })
        .collect()
}

/// The options listed with what is picked, then numbers to pick or unpick; None at the end of input.
fn toggled(io: &mut Io, options: &[(String, String)], current: Vec<String>) -> Option<Vec<String>> {
    let labels = marked(options, |id| current.contains(id));
    io.page(&super::prompt::numbered(&labels));
    let chosen = io.numbers(&t!("plain-ask-toggle"), options.len())?;
    let mut picks = current;
    for i in chosen {
        let id = &options[i].0;
        match picks.iter().position(|p| p == id) {
            Some(at) => {
                picks.remove(at);
            }
            None => picks.push(id.clone()),
        }
    }
    Some(picks)
}
