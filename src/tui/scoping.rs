//! The scoping parts of the workshop: the prompts that record a choice (the kind of request, the
//! approach), the output picker (for the needed outputs, or for what a landscape system produces), and
//! the brief preview. Pure: changes state, returns effects.

use super::ctx::Ctx;
use super::form::{Field, Form, FormPurpose};
use super::library::{Notice, NoticeKind};
use super::msg::Effect;
use super::open::OpenSession;
use super::screens::Screen;
use super::tabs::RecordKind;
use crate::content::{Pack, PromptKind};
use crate::scoping::USE_EXISTING_DATA;
use crate::session::{EntryId, Session};
use crate::tui::form::field_keys;

field_keys!(
    /// The fields of the scoping forms (the kind of request, the approach).
    pub enum ScopingField {
        Approach => "approach",
        Kind => "kind",
        Methods => "methods",
        Note => "note",
    }
);

/// One row of the output picker: a Matrix output item or an item of data needed for decision making.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickItem {
    pub id: String,
    pub text: String,
    /// Index of the category in the Matrix.
    pub category: usize,
    /// Data needed for decision making rather than an output item.
    pub decision_data: bool,
}

/// Every pickable item, category by category (outputs first, then decision data).
pub fn pick_items(pack: &Pack) -> Vec<PickItem> {
    let mut out = Vec::new();
    for (ci, c) in pack.matrix.categories.iter().enumerate() {
        for item in &c.output.items {
            out.push(PickItem {
                id: item.id.clone(),
                text: item.text.clone(),
                category: ci,
                decision_data: false,
            });
        }
        for item in &c.output.decision_data {
            out.push(PickItem {
                id: item.id.clone(),
                text: item.text.clone(),
                category: ci,
                decision_data: true,
            });
        }
    }
    out
}

/// What the picker currently has picked: the needed outputs, or a landscape entry's outputs.
pub fn picked(pack: &Pack, open: Option<&OpenSession>, entry: Option<&str>) -> Vec<String> {
    let Some(w) = open else {
        return Vec::new();
    };
    match entry {
        Some(id) => w
            .session
            .landscape_entry(id)
            .map(|e| e.outputs.clone())
            .unwrap_or_default(),
        None => crate::scoping::answer_of_kind(pack, &w.session, PromptKind::Outputs)
            .map(|(_, _, picks, _)| picks.to_vec())
            .unwrap_or_default(),
    }
}

/// Space in the picker: pick or unpick the item under the cursor.
pub fn toggle_pick(cx: &mut Ctx, entry: Option<EntryId>, cursor: usize) -> Vec<Effect> {
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(item) = pick_items(&pack).into_iter().nth(cursor) else {
        return Vec::new();
    };
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let (at, by) = (cx.clock.now, w.by.clone());
    let toggle = |list: &mut Vec<String>| {
        if let Some(i) = list.iter().position(|x| *x == item.id) {
            list.remove(i);
        } else {
            list.push(item.id.clone());
        }
    };
    let changed = match entry {
        Some(id) => {
            let Some(mut e) = w.session.landscape_entry(&id).cloned() else {
                return Vec::new();
            };
            toggle(&mut e.outputs);
            w.session
                .update_landscape_entry(&id, e, at, &by)
                .unwrap_or(false)
        }
        None => {
            let Some((sub, prompt)) = pack.prompt_of_kind(&w.session.template, PromptKind::Outputs)
            else {
                *cx.notice = Some(Notice {
                    kind: NoticeKind::Warning,
                    text: "This session's template does not ask for the outputs needed.".into(),
                });
                return Vec::new();
            };
            let mut picks = w.session.answer_picks(&sub, prompt.id).to_vec();
            toggle(&mut picks);
            let text = w.session.answer_text(&sub, prompt.id).to_string();
            w.session
                .set_answer_picks(&sub, prompt.id, picks, &text, at, &by)
        }
    };
    if changed {
        w.save.dirty = true;
        vec![Effect::SubmitSave]
    } else {
        Vec::new()
    }
}

/// Opens the screen that belongs to a prompt that is not written as text, or its form. Returns None
/// for text prompts (the editor handles them).
pub fn open_prompt(cx: &mut Ctx, kind: PromptKind, substep: &str, prompt: &str) -> Option<()> {
    let pack = std::sync::Arc::clone(&cx.pack);
    let w = cx.open.as_ref()?;
    match kind {
        PromptKind::Text | PromptKind::List | PromptKind::Areas => return None,
        PromptKind::Outputs => {
            cx.push(Screen::for_tab(RecordKind::Outputs));
        }
        PromptKind::Landscape => {
            cx.push(Screen::for_tab(RecordKind::Landscape));
        }
        PromptKind::RequestKind => {
            *cx.form = Some(request_kind_form(&pack, &w.session, substep, prompt));
        }
        PromptKind::Approach => {
            *cx.form = Some(approach_form(&pack, &w.session, substep, prompt));
        }
    }
    Some(())
}

/// Saves the request-kind or approach form.
pub fn submit(cx: &mut Ctx, form: Form) -> Vec<Effect> {
    let (substep, prompt, picks, text, what) = match &form.purpose {
        FormPurpose::RequestKind { substep, prompt } => {
            let kind = form.choice(ScopingField::Kind);
            let picks = if kind.is_empty() {
                Vec::new()
            } else {
                vec![kind]
            };
            (
                substep.clone(),
                prompt.clone(),
                picks,
                form.text(ScopingField::Note),
                "Request recorded.",
            )
        }
        FormPurpose::Approach { substep, prompt } => (
            substep.clone(),
            prompt.clone(),
            form.chosen(ScopingField::Approach),
            form.text(ScopingField::Methods),
            "Approach recorded.",
        ),
        _ => return Vec::new(),
    };
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let by = w.by.clone();
    if w.session
        .set_answer_picks(&substep, &prompt, picks, &text, cx.clock.now, &by)
    {
        w.save.dirty = true;
        *cx.notice = Some(Notice {
            kind: NoticeKind::Info,
            text: what.into(),
        });
        return vec![Effect::SubmitSave];
    }
    Vec::new()
}

/// Whether a prompt counts as answered (the mark in the prompt list: drawn for every prompt on every
/// frame, so it builds nothing).
pub fn is_answered(
    session: &crate::session::Session,
    substep: &str,
    prompt: &crate::content::PromptView<'_>,
) -> bool {
    let answer = session
        .substeps
        .get(substep)
        .and_then(|r| r.answers.get(prompt.id));
    let text = || answer.is_some_and(|a| !a.text.trim().is_empty());
    let picks = || answer.is_some_and(|a| !a.picks.is_empty());
    match prompt.kind {
        PromptKind::Text | PromptKind::List | PromptKind::Areas => text(),
        PromptKind::RequestKind | PromptKind::Approach => picks() || text(),
        PromptKind::Outputs => picks(),
        PromptKind::Landscape => !session.landscape.is_empty(),
    }
}

/// What the answer panel shows for the focused prompt.
pub fn shown_answer(
    pack: &Pack,
    session: &crate::session::Session,
    substep: &str,
    prompt: &crate::content::PromptView<'_>,
) -> String {
    let answer = session
        .substeps
        .get(substep)
        .and_then(|r| r.answers.get(prompt.id));
    match prompt.kind {
        PromptKind::Text | PromptKind::List | PromptKind::Areas => {
            answer.map(|a| a.text.clone()).unwrap_or_default()
        }
        PromptKind::RequestKind | PromptKind::Approach => answer
            .map(|a| crate::scoping::answer_summary(pack, prompt.kind, a))
            .unwrap_or_default(),
        PromptKind::Outputs => {
            let mut text = answer
                .map(|a| crate::scoping::answer_summary(pack, prompt.kind, a))
                .unwrap_or_default();
            let sentences = crate::scoping::session_match(pack, session).sentences(pack);
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&sentences.join("\n"));
            text.push_str("\n\nEnter opens the picker (Space picks an output).");
            text
        }
        PromptKind::Landscape => {
            let n = session.landscape.len();
            if n == 0 {
                "No systems in the landscape register yet. Enter opens it: n adds a system, i imports a table."
                    .into()
            } else {
                let names: Vec<&str> = session.landscape.iter().map(|e| e.name.as_str()).collect();
                format!(
                    "{n} system{} in the landscape register: {}.\n\nEnter opens the register; M shows the operation's Matrix with gaps and duplication.",
                    if n == 1 { "" } else { "s" },
                    names.join("; ")
                )
            }
        }
    }
}

/// The form for the kind of exercise requested (read against the Matrix).
fn request_kind_form(pack: &Pack, session: &Session, substep: &str, prompt: &str) -> Form {
    let current = session.answer_picks(substep, prompt).first().cloned();
    let mut options = vec![(String::new(), "not said yet".to_string())];
    options.extend(
        pack.matrix
            .request_kinds
            .iter()
            .map(|k| (k.id.clone(), k.label.clone())),
    );
    Form::new(
        "What kind of exercise was requested?",
        FormPurpose::RequestKind {
            substep: substep.into(),
            prompt: prompt.into(),
        },
        vec![
            Field::choice(
                ScopingField::Kind,
                "Asked for",
                "←/→ to choose. The program reads it against the Matrix.",
                options,
                current.as_deref().unwrap_or(""),
            ),
            Field::text(
                ScopingField::Note,
                "Note",
                "Anything to add, e.g. the exact words used.",
                session.answer_text(substep, prompt),
                false,
            ),
        ],
    )
}

/// The form for the approach recommended: existing data and/or new collections.
fn approach_form(pack: &Pack, session: &Session, substep: &str, prompt: &str) -> Form {
    let current = session.answer_picks(substep, prompt).to_vec();
    let mut options = vec![(
        USE_EXISTING_DATA.to_string(),
        "Use data that already exists".to_string(),
    )];
    options.extend(
        pack.matrix
            .categories
            .iter()
            .map(|c| (c.id.clone(), format!("New collection: {}", c.name))),
    );
    Form::new(
        "The approach recommended",
        FormPurpose::Approach {
            substep: substep.into(),
            prompt: prompt.into(),
        },
        vec![
            Field::multi(
                ScopingField::Approach,
                "Approach",
                "←/→ to move, Space to tick; tick several when existing data and a new exercise combine.",
                options,
                &current,
            ),
            Field::text(
                ScopingField::Methods,
                "Methods",
                "Which methods, where and with whom.",
                session.answer_text(substep, prompt),
                false,
            ),
        ],
    )
}
