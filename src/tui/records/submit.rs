//! What saving a records form does to the session.

use crate::session::{
    ActionDraft, ActionStatus, DecisionDraft, DecisionStatus, PrincipleStatus, RiskDraft,
    SubstepStatus, dates,
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
                title: form.text("title"),
                rationale: form.text("rationale"),
                principles: form.chosen("principles"),
            };
            let who = non_empty(form.text("by"), &by);
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
            let due = match dates::parse_due(&form.text("due"), cx.clock.today()) {
                Ok(due) => due,
                Err(message) => {
                    form.set_error("due", message.to_string());
                    *cx.form = Some(form);
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

pub(super) fn decision_status(id: &str) -> DecisionStatus {
    match id {
        "agreed" => DecisionStatus::Agreed,
        "rejected" => DecisionStatus::Rejected,
        _ => DecisionStatus::Proposed,
    }
}

pub(super) fn action_status(id: &str) -> ActionStatus {
    match id {
        "in_progress" => ActionStatus::InProgress,
        "done" => ActionStatus::Done,
        "dropped" => ActionStatus::Dropped,
        _ => ActionStatus::Open,
    }
}
