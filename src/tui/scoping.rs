//! The scoping parts of the workshop: the prompts that record a choice (the kind of request, the
//! approach), the output picker (for the needed outputs, or for what a landscape system produces), and
//! the brief preview. Pure: changes state, returns effects.

use super::ctx::Ctx;
use super::form::{Field, FieldError, Form, FormPurpose};
use super::library::{Notice, NoticeKind};
use super::msg::Effect;
use super::open::OpenSession;
use super::screens::Screen;
use super::tabs::RecordKind;
use crate::content::{Pack, PromptKind};
use crate::scoping::USE_EXISTING_DATA;
use crate::session::{EntryId, Session};
use crate::t;
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
        for item in &c.output_examples.decision_data {
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
                    text: t!("scoping-notice-no-outputs"),
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

/// The request-kind form, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestKindDraft {
    /// The id of the kind of exercise asked for (a Matrix request kind); `None`: not said yet.
    pub kind: Option<String>,
    pub note: String,
}

/// The approach form, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApproachDraft {
    /// What is ticked: [`USE_EXISTING_DATA`] and the Matrix categories of new collections, in order.
    pub approach: Vec<String>,
    pub methods: String,
}

type Read<T> = Result<T, FieldError<ScopingField>>;

/// Read the request-kind form. Nothing in it is refused today (the choice is one the form offers, the
/// note is free text); a rule that comes later answers on its field, as every form's reading does.
pub fn read_request_kind(form: &Form) -> Read<RequestKindDraft> {
    let kind = form.choice(ScopingField::Kind);
    Ok(RequestKindDraft {
        kind: (!kind.is_empty()).then_some(kind),
        note: form.text(ScopingField::Note),
    })
}

/// Read the approach form (nothing in it is refused today: see [`read_request_kind`]).
pub fn read_approach(form: &Form) -> Read<ApproachDraft> {
    Ok(ApproachDraft {
        approach: form.chosen(ScopingField::Approach),
        methods: form.text(ScopingField::Methods),
    })
}

/// A scoping form's answer to its prompt: the picks and the text, and what the notice says.
struct Recorded {
    picks: Vec<String>,
    text: String,
    notice: String,
}

/// Saves the request-kind or approach form.
pub fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    let (substep, prompt, read) = match &form.purpose {
        FormPurpose::RequestKind { substep, prompt } => (
            substep.clone(),
            prompt.clone(),
            read_request_kind(&form).map(|d| Recorded {
                picks: d.kind.into_iter().collect(),
                text: d.note,
                notice: t!("scoping-notice-request"),
            }),
        ),
        FormPurpose::Approach { substep, prompt } => (
            substep.clone(),
            prompt.clone(),
            read_approach(&form).map(|d| Recorded {
                picks: d.approach,
                text: d.methods,
                notice: t!("scoping-notice-approach"),
            }),
        ),
        _ => return Vec::new(),
    };
    let answer = match read {
        Ok(answer) => answer,
        Err(error) => {
            form.refuse(error);
            *cx.form = Some(form);
            return Vec::new();
        }
    };
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let by = w.by.clone();
    if w.session.set_answer_picks(
        &substep,
        &prompt,
        answer.picks,
        &answer.text,
        cx.clock.now,
        &by,
    ) {
        w.save.dirty = true;
        *cx.notice = Some(Notice {
            kind: NoticeKind::Info,
            text: answer.notice,
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
            text.push_str("\n\n");
            text.push_str(&t!("scoping-answer-picker"));
            text
        }
        PromptKind::Landscape => {
            let n = session.landscape.len();
            if n == 0 {
                t!("scoping-answer-no-systems")
            } else {
                let names: Vec<&str> = session.landscape.iter().map(|e| e.name.as_str()).collect();
                format!(
                    "{}\n\n{}",
                    t!(
                        "scoping-answer-systems",
                        count = n,
                        names = names.join("; ")
                    ),
                    t!("scoping-answer-register")
                )
            }
        }
    }
}

/// The form for the kind of exercise requested (read against the Matrix).
fn request_kind_form(pack: &Pack, session: &Session, substep: &str, prompt: &str) -> Form {
    let current = session.answer_picks(substep, prompt).first().cloned();
    let mut options = vec![(String::new(), t!("scoping-form-not-said"))];
    options.extend(
        pack.matrix
            .request_kinds
            .iter()
            .map(|k| (k.id.clone(), k.label.clone())),
    );
    Form::new(
        &t!("scoping-form-kind-title"),
        FormPurpose::RequestKind {
            substep: substep.into(),
            prompt: prompt.into(),
        },
        vec![
            Field::choice(
                ScopingField::Kind,
                &t!("scoping-form-asked-for"),
                &t!("scoping-form-asked-for-hint"),
                options,
                current.as_deref().unwrap_or(""),
            ),
            Field::text(
                ScopingField::Note,
                &t!("scoping-form-note"),
                &t!("scoping-form-note-hint"),
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
        t!("scoping-form-use-existing"),
    )];
    options.extend(pack.matrix.categories.iter().map(|c| {
        (
            c.id.clone(),
            t!("scoping-form-new-collection", category = &c.name),
        )
    }));
    Form::new(
        &t!("scoping-form-approach-title"),
        FormPurpose::Approach {
            substep: substep.into(),
            prompt: prompt.into(),
        },
        vec![
            Field::multi(
                ScopingField::Approach,
                &t!("scoping-form-approach"),
                &t!("scoping-form-approach-hint"),
                options,
                &current,
            ),
            Field::text(
                ScopingField::Methods,
                &t!("scoping-form-methods"),
                &t!("scoping-form-methods-hint"),
                session.answer_text(substep, prompt),
                false,
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::{FieldKey, FieldKind};

    const KIND: (&str, &str) = ("define-purpose", "define-purpose.scoping-request-kind");
    const APPROACH: (&str, &str) = ("develop-system", "develop-system.scoping-approach");

    fn pack() -> Pack {
        crate::content::load_embedded().expect("the embedded pack loads")
    }

    fn session() -> Session {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").expect("a time");
        Session::new(
            "Tessa scoping",
            "needs-assessment-scoping",
            crate::session::ContentRef::default(),
            "Amina Haddad",
            at,
        )
    }

    fn type_in(form: &mut Form, key: ScopingField, value: &str) {
        let field = form
            .fields
            .iter_mut()
            .find(|f| f.key == key.key())
            .expect("the form has the field");
        field.kind = FieldKind::Text(value.to_string());
    }

    #[test]
    fn the_request_kind_reads_the_kind_chosen_and_the_note() {
        let pack = pack();
        let mut form = request_kind_form(&pack, &session(), KIND.0, KIND.1);
        form.change(true); // from "not said yet" to the first kind
        type_in(
            &mut form,
            ScopingField::Note,
            "  \"a survey of the sites\" ",
        );
        let draft = read_request_kind(&form).expect("reads");
        let first = &pack.matrix.request_kinds[0].id;
        assert_eq!(draft.kind.as_ref(), Some(first));
        assert_eq!(draft.note, "\"a survey of the sites\"");
    }

    #[test]
    fn a_request_not_said_yet_reads_as_no_kind() {
        let form = request_kind_form(&pack(), &session(), KIND.0, KIND.1);
        let draft = read_request_kind(&form).expect("reads");
        assert_eq!(draft.kind, None);
        assert_eq!(draft.note, "");
    }

    #[test]
    fn the_approach_reads_what_is_ticked_and_the_methods() {
        let pack = pack();
        let mut form = approach_form(&pack, &session(), APPROACH.0, APPROACH.1);
        form.key(crossterm::event::KeyEvent::from(
            crossterm::event::KeyCode::Char(' '),
        ));
        form.change(true);
        form.change(true);
        form.key(crossterm::event::KeyEvent::from(
            crossterm::event::KeyCode::Char(' '),
        ));
        type_in(
            &mut form,
            ScopingField::Methods,
            "Key informants in the three camps",
        );
        let draft = read_approach(&form).expect("reads");
        let second = pack.matrix.categories[1].id.clone();
        assert_eq!(draft.approach, [USE_EXISTING_DATA.to_string(), second]);
        assert_eq!(draft.methods, "Key informants in the three camps");
    }

    #[test]
    fn an_approach_already_recorded_reads_back_as_it_was() {
        let pack = pack();
        let mut s = session();
        let at = s.created;
        let picks = vec![pack.matrix.categories[0].id.clone()];
        s.set_answer_picks(APPROACH.0, APPROACH.1, picks.clone(), "Survey", at, "Amina");
        let draft =
            read_approach(&approach_form(&pack, &s, APPROACH.0, APPROACH.1)).expect("reads");
        assert_eq!(draft.approach, picks);
        assert_eq!(draft.methods, "Survey");
    }
}
