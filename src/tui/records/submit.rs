//! What saving a records form does to the session.

use super::options::RecordField;
use crate::session::{
    ActionDraft, ActionStatus, DecisionDraft, DecisionStatus, Impact, Likelihood, PrincipleStatus,
    RiskDraft, SubstepStatus, dates,
};
use crate::tui::ctx::Ctx;
use crate::tui::form::{Form, FormPurpose};
use crate::tui::library::{Notice, NoticeKind};
use crate::tui::msg::Effect;

/// Apply a submitted workshop form to the session. On a validation problem the form stays open with a
/// message on the field; otherwise it closes and the session is saved.
pub fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    if !form.check_required() {
        *cx.form = Some(form);
        return Vec::new();
    }
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let at = cx.clock.now;
    let by = w.by.clone();
    let step = w.step_id(&pack).to_string();
    let substep = w.substep_id().to_string();
    let message: String = match form.purpose.clone() {
        FormPurpose::NewDecision { supersedes } => {
            let draft = DecisionDraft {
                step,
                substep: Some(substep),
                title: form.text(RecordField::Title),
                rationale: form.text(RecordField::Rationale),
                principles: form.chosen(RecordField::Principles),
            };
            let who = non_empty(form.text(RecordField::By), &by);
            let id = match supersedes {
                Some(old) => match w.session.supersede_decision(&old, draft, at, &who) {
                    Ok(id) => id,
                    Err(e) => {
                        *cx.notice = Some(Notice {
                            kind: NoticeKind::Error,
                            text: e.to_string(),
                        });
                        return Vec::new();
                    }
                },
                None => w.session.add_decision(draft, at, &who),
            };
            let status = DecisionStatus::parse(&form.choice(RecordField::Status))
                .unwrap_or(DecisionStatus::Proposed);
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
                title: form.text(RecordField::Title),
                rationale: form.text(RecordField::Rationale),
                principles: form.chosen(RecordField::Principles),
            };
            let who = non_empty(form.text(RecordField::By), &by);
            let _ = w.session.edit_decision(&id, draft, at, &who);
            // A superseded decision keeps its status: the chain is history.
            if !matches!(existing.status, DecisionStatus::Superseded { .. }) {
                let _ = w.session.set_decision_status(
                    &id,
                    DecisionStatus::parse(&form.choice(RecordField::Status))
                        .unwrap_or(DecisionStatus::Proposed),
                    at,
                    &who,
                );
            }
            format!("Decision {id} updated.")
        }
        FormPurpose::NewAction | FormPurpose::EditAction(_) => {
            let due = match dates::parse_due(&form.text(RecordField::Due), cx.clock.today()) {
                Ok(due) => due,
                Err(message) => {
                    form.set_error(RecordField::Due, message.to_string());
                    *cx.form = Some(form);
                    return Vec::new();
                }
            };
            let draft = ActionDraft {
                text: form.text(RecordField::Text),
                owner: form.text(RecordField::Owner),
                due,
                status: ActionStatus::parse(&form.choice(RecordField::Status)).unwrap_or_default(),
                decisions: form.chosen(RecordField::Decisions),
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
                description: form.text(RecordField::Description),
                likelihood: Likelihood::parse(&form.choice(RecordField::Likelihood))
                    .map_or(2, Likelihood::score),
                impact: Impact::parse(&form.choice(RecordField::Impact)).map_or(2, Impact::score),
                mitigation: form.text(RecordField::Mitigation),
                owner: form.text(RecordField::Owner),
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
            let id = w
                .session
                .add_parking(&form.text(RecordField::Text), at, &by);
            format!("{id} added to the parking lot.")
        }
        FormPurpose::SkipSubstep(sub) => {
            w.session.set_substep_status(
                &sub,
                SubstepStatus::Skipped {
                    reason: form.text(RecordField::Reason),
                },
                at,
                &by,
            );
            "Sub-step marked as skipped.".to_string()
        }
        FormPurpose::PrincipleNote { substep, principle } => {
            let status =
                PrincipleStatus::parse(&form.choice(RecordField::Status)).unwrap_or_default();
            w.session.set_principle_check(
                &substep,
                &principle,
                status,
                &form.text(RecordField::Note),
                at,
                &by,
            );
            "Principle check saved.".to_string()
        }
        FormPurpose::NewLandscape
        | FormPurpose::EditLandscape(_)
        | FormPurpose::LandscapeSharing(_)
        | FormPurpose::ImportLandscape
        | FormPurpose::RequestKind { .. }
        | FormPurpose::Approach { .. }
        | FormPurpose::NewSession
        | FormPurpose::Export { .. }
        | FormPurpose::SplitGroups
        | FormPurpose::MergeGroups
        | FormPurpose::NewVote
        | FormPurpose::NewParticipants
        | FormPurpose::DayStart => return Vec::new(),
    };
    w.save.dirty = true;
    *cx.notice = Some(Notice {
        kind: NoticeKind::Info,
        text: message,
    });
    vec![Effect::SubmitSave]
}

pub(super) fn non_empty(value: String, fallback: &str) -> String {
    if value.is_empty() {
        fallback.to_string()
    } else {
        value
    }
}
