//! What saving a records form does to the session. Each form is first read into a typed draft (`read_*`:
//! the fields by their keys, checked by the domain's own rules), then applied.

use chrono::NaiveDate;

use super::options::RecordField;
use crate::session::{
    ActionDraft, ActionStatus, DecisionDraft, DecisionId, DecisionStatus, Impact, Likelihood,
    PrincipleStatus, RiskDraft, SubstepStatus, dates,
};
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::form::{FieldError, Form, FormPurpose};
use crate::tui::library::{Notice, NoticeKind};
use crate::tui::msg::Effect;
use crate::tui::open::OpenSession;

type Read<T> = Result<T, FieldError<RecordField>>;

/// A decision form, read: the draft, the status chosen and who decided (empty: the session's author).
pub struct DecisionInput {
    pub draft: DecisionDraft,
    pub status: DecisionStatus,
    pub by: String,
}

/// Read a decision form; `step` and `substep` place a new decision (an edit keeps its own place).
pub fn read_decision(form: &Form, step: String, substep: Option<String>) -> Read<DecisionInput> {
    let draft = DecisionDraft {
        step,
        substep,
        title: form.text(RecordField::Title),
        rationale: form.text(RecordField::Rationale),
        principles: form.chosen(RecordField::Principles),
    };
    draft
        .validate()
        .map_err(|p| FieldError::new(RecordField::Title, p.to_string()))?;
    Ok(DecisionInput {
        draft,
        status: DecisionStatus::parse(&form.choice(RecordField::Status))
            .unwrap_or(DecisionStatus::Proposed),
        by: form.text(RecordField::By),
    })
}

/// Read an action form; a relative due date ("+7d") counts from `today`.
pub fn read_action(form: &Form, today: NaiveDate) -> Read<ActionDraft> {
    let due = dates::parse_due(&form.text(RecordField::Due), today)
        .map_err(|p| FieldError::new(RecordField::Due, p.to_string()))?;
    let draft = ActionDraft {
        text: form.text(RecordField::Text),
        owner: form.text(RecordField::Owner),
        due,
        status: ActionStatus::parse(&form.choice(RecordField::Status)).unwrap_or_default(),
        decisions: form.chosen(RecordField::Decisions),
    };
    draft
        .validate()
        .map_err(|p| FieldError::new(RecordField::Text, p.to_string()))?;
    Ok(draft)
}

pub fn read_risk(form: &Form) -> Read<RiskDraft> {
    let draft = RiskDraft {
        description: form.text(RecordField::Description),
        likelihood: Likelihood::parse(&form.choice(RecordField::Likelihood))
            .map_or(2, Likelihood::score),
        impact: Impact::parse(&form.choice(RecordField::Impact)).map_or(2, Impact::score),
        mitigation: form.text(RecordField::Mitigation),
        owner: form.text(RecordField::Owner),
    };
    draft
        .validate()
        .map_err(|p| FieldError::new(RecordField::Description, p.to_string()))?;
    Ok(draft)
}

/// What applying a form gave: a sentence for the notice, or a field to correct (the form stays open),
/// or a refusal from the session (shown as an error).
enum Outcome {
    Saved(String),
    Correct(FieldError<RecordField>),
    Refused(String),
}

/// Apply a submitted workshop form to the session. On a validation problem the form stays open with a
/// message on the field; otherwise it closes and the session is saved.
pub fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    if !form.check_required() {
        *cx.form = Some(form);
        return Vec::new();
    }
    let pack = std::sync::Arc::clone(&cx.pack);
    let (now, today) = (cx.clock.now, cx.clock.today());
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let step = w.step_id(&pack).to_string();
    let outcome = match form.purpose.clone() {
        FormPurpose::NewDecision { supersedes } => {
            let place = (step, Some(w.substep_id().to_string()));
            read_decision(&form, place.0, place.1)
                .map_or_else(Outcome::Correct, |d| new_decision(w, d, supersedes, now))
        }
        FormPurpose::EditDecision(id) => edit_decision(w, &form, &id, now),
        FormPurpose::NewAction | FormPurpose::EditAction(_) => read_action(&form, today)
            .map_or_else(Outcome::Correct, |a| save_action(w, &form.purpose, a, now)),
        FormPurpose::NewRisk | FormPurpose::EditRisk(_) => {
            read_risk(&form).map_or_else(Outcome::Correct, |r| save_risk(w, &form.purpose, r, now))
        }
        other => Outcome::Saved(match save_note(w, &form, other, now) {
            Some(message) => message,
            None => return Vec::new(),
        }),
    };
    match outcome {
        Outcome::Saved(message) => {
            w.touch();
            *cx.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: message,
            });
            vec![Effect::SubmitSave]
        }
        Outcome::Correct(error) => {
            form.refuse(error);
            *cx.form = Some(form);
            Vec::new()
        }
        Outcome::Refused(text) => {
            *cx.notice = Some(Notice {
                kind: NoticeKind::Error,
                text,
            });
            Vec::new()
        }
    }
}

type Now = chrono::DateTime<chrono::FixedOffset>;

fn new_decision(
    w: &mut OpenSession,
    d: DecisionInput,
    supersedes: Option<DecisionId>,
    at: Now,
) -> Outcome {
    let who = non_empty(d.by, &w.by);
    let old = supersedes.map(|id| id.to_string());
    let id = match w
        .session
        .record_decision(d.draft, d.status, old.as_deref(), at, &who)
    {
        Ok(id) => id,
        Err(e) => return Outcome::Refused(e.to_string()),
    };
    Outcome::Saved(t!("records-notice-decision-recorded", id = id))
}

fn edit_decision(w: &mut OpenSession, form: &Form, id: &str, at: Now) -> Outcome {
    let Some(existing) = w.session.decision(id).cloned() else {
        return Outcome::Refused(t!("records-notice-decision-gone", id = id));
    };
    let d = match read_decision(form, existing.step.clone(), existing.substep.clone()) {
        Ok(d) => d,
        Err(e) => return Outcome::Correct(e),
    };
    let who = non_empty(d.by, &w.by);
    let _ = w.session.edit_decision(id, d.draft, at, &who);
    // A superseded decision keeps its status: the chain is history.
    if !matches!(existing.status, DecisionStatus::Superseded { .. }) {
        let _ = w.session.set_decision_status(id, d.status, at, &who);
    }
    Outcome::Saved(t!("records-notice-decision-updated", id = id))
}

fn save_action(w: &mut OpenSession, purpose: &FormPurpose, a: ActionDraft, at: Now) -> Outcome {
    let by = w.by.clone();
    Outcome::Saved(match purpose {
        FormPurpose::EditAction(id) => {
            let _ = w.session.update_action(id, a, at, &by);
            t!("records-notice-action-updated", id = id.to_string())
        }
        _ => t!(
            "records-notice-action-added",
            id = w.session.add_action(a, at, &by)
        ),
    })
}

fn save_risk(w: &mut OpenSession, purpose: &FormPurpose, r: RiskDraft, at: Now) -> Outcome {
    let by = w.by.clone();
    Outcome::Saved(match purpose {
        FormPurpose::EditRisk(id) => {
            let _ = w.session.update_risk(id, r, at, &by);
            t!("records-notice-risk-updated", id = id.to_string())
        }
        _ => t!(
            "records-notice-risk-added",
            id = w.session.add_risk(r, at, &by)
        ),
    })
}

/// The one-field forms: a parking-lot point, a skip reason, a principle's status and note. `None` for a
/// form that is not the records'.
fn save_note(w: &mut OpenSession, form: &Form, purpose: FormPurpose, at: Now) -> Option<String> {
    let by = w.by.clone();
    Some(match purpose {
        FormPurpose::NewParking => {
            let id = w
                .session
                .add_parking(&form.text(RecordField::Text), at, &by);
            t!("records-notice-parking-added", id = id)
        }
        FormPurpose::SkipSubstep(sub) => {
            let reason = form.text(RecordField::Reason);
            w.session
                .set_substep_status(&sub, SubstepStatus::Skipped { reason }, at, &by);
            t!("records-notice-skipped")
        }
        FormPurpose::PrincipleNote { substep, principle } => {
            let status =
                PrincipleStatus::parse(&form.choice(RecordField::Status)).unwrap_or_default();
            let note = form.text(RecordField::Note);
            w.session
                .set_principle_check(&substep, &principle, status, &note, at, &by);
            t!("records-notice-principle-saved")
        }
        _ => return None,
    })
}

pub(super) fn non_empty(value: String, fallback: &str) -> String {
    if value.is_empty() {
        fallback.to_string()
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::Field;

    fn action_form(text: &str, due: &str) -> Form {
        Form::new(
            "Action",
            FormPurpose::NewAction,
            vec![
                Field::text(RecordField::Text, "Action", "", text, true),
                Field::text(RecordField::Owner, "Owner", "", "Amina", false),
                Field::text(RecordField::Due, "Due", "", due, false),
            ],
        )
    }

    #[test]
    fn an_action_reads_into_a_draft_with_its_due_date() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).expect("a date");
        let draft = read_action(&action_form("Ask Kestrel", "+7d"), today).expect("reads");
        assert_eq!(draft.text, "Ask Kestrel");
        assert_eq!(draft.due, NaiveDate::from_ymd_opt(2026, 11, 28));
        assert_eq!(draft.status, ActionStatus::Open);
    }

    #[test]
    fn a_bad_due_date_or_an_empty_action_names_its_field() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).expect("a date");
        let bad_due = read_action(&action_form("Ask", "next week"), today).expect_err("refused");
        assert_eq!(bad_due.field, RecordField::Due);
        assert!(bad_due.message.contains("+7d"), "{}", bad_due.message);
        let empty = read_action(&action_form("  ", ""), today).expect_err("refused");
        assert_eq!(empty.field, RecordField::Text);
    }
}
