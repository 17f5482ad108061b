//! The forms that add to the records or change them: decisions, actions, risks, the parking lot,
//! principle notes, skipping a sub-step.

use super::options::*;
use crate::content::Pack;
use crate::t;
use crate::tui::form::{Field, Form, FormPurpose};
use crate::tui::open::OpenSession;

pub fn decision_form(pack: &Pack, w: &OpenSession, purpose: FormPurpose) -> Form {
    let existing = match &purpose {
        FormPurpose::EditDecision(id) => w.session.decision(id).cloned(),
        _ => None,
    };
    let title = match &purpose {
        FormPurpose::NewDecision {
            supersedes: Some(old),
        } => t!("records-form-decision-superseding", id = old.to_string()),
        FormPurpose::EditDecision(id) => t!("records-form-decision-edit", id = id.to_string()),
        _ => t!("records-form-decision-new"),
    };
    let status = existing
        .as_ref()
        .map(|d| d.status.as_str())
        .unwrap_or(crate::session::NEW_DECISION_STATUS.as_str());
    let by = existing
        .as_ref()
        .map(|d| d.by.clone())
        .unwrap_or_else(|| w.by.clone());
    Form::new(
        &title,
        purpose,
        vec![
            Field::text(
                RecordField::Title,
                &t!("records-form-decision"),
                &t!("records-form-decision-hint"),
                existing.as_ref().map_or("", |d| &d.title),
                true,
            ),
            Field::text(
                RecordField::Rationale,
                &t!("records-form-why"),
                &t!("records-form-why-hint"),
                existing.as_ref().map_or("", |d| &d.rationale),
                false,
            )
            .multi_line(),
            Field::multi(
                RecordField::Principles,
                &t!("records-form-rests-on"),
                &t!("records-form-rests-on-hint"),
                principle_options(pack),
                existing
                    .as_ref()
                    .map(|d| d.principles.as_slice())
                    .unwrap_or(&[]),
            ),
            Field::choice(
                RecordField::Status,
                &t!("records-form-status"),
                &t!("records-form-status-hint"),
                decision_statuses(),
                status,
            ),
            Field::text(
                RecordField::By,
                &t!("records-form-who"),
                &t!("records-form-who-hint"),
                &by,
                false,
            ),
        ],
    )
}

pub fn action_form(w: &OpenSession, purpose: FormPurpose) -> Form {
    let existing = match &purpose {
        FormPurpose::EditAction(id) => w.session.actions.iter().find(|a| &a.id == id).cloned(),
        _ => None,
    };
    let title = match &purpose {
        FormPurpose::EditAction(id) => t!("records-form-action-edit", id = id.to_string()),
        _ => t!("records-form-action-new"),
    };
    let decisions: Vec<(String, String)> = w
        .session
        .decisions
        .iter()
        .map(|d| (d.id.clone(), format!("{} {}", d.id, d.title)))
        .collect();
    let mut fields = vec![
        Field::text(
            RecordField::Text,
            &t!("records-form-action"),
            &t!("records-form-action-hint"),
            existing.as_ref().map_or("", |a| &a.text),
            true,
        ),
        Field::text(
            RecordField::Owner,
            &t!("records-form-owner"),
            &t!("records-form-owner-hint"),
            existing.as_ref().map_or("", |a| &a.owner),
            false,
        ),
        Field::text(
            RecordField::Due,
            &t!("records-form-due"),
            &t!("records-form-due-hint"),
            &existing
                .as_ref()
                .and_then(|a| a.due)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            false,
        ),
        Field::choice(
            RecordField::Status,
            &t!("records-form-status"),
            &t!("records-form-status-hint"),
            action_statuses(),
            existing
                .as_ref()
                .map(|a| a.status.as_str())
                .unwrap_or("open"),
        ),
    ];
    if !decisions.is_empty() {
        fields.push(Field::multi(
            RecordField::Decisions,
            &t!("records-form-follows-from"),
            &t!("records-form-follows-from-hint"),
            decisions,
            existing
                .as_ref()
                .map(|a| a.decisions.as_slice())
                .unwrap_or(&[]),
        ));
    }
    Form::new(&title, purpose, fields)
}

pub fn risk_form(w: &OpenSession, purpose: FormPurpose) -> Form {
    let existing = match &purpose {
        FormPurpose::EditRisk(id) => w.session.risks.iter().find(|r| &r.id == id).cloned(),
        _ => None,
    };
    let title = match &purpose {
        FormPurpose::EditRisk(id) => t!("records-form-risk-edit", id = id.to_string()),
        _ => t!("records-form-risk-new"),
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
                RecordField::Description,
                &t!("records-form-risk"),
                &t!("records-form-risk-hint"),
                existing.as_ref().map_or("", |r| &r.description),
                true,
            ),
            Field::choice(
                RecordField::Likelihood,
                &t!("records-form-likelihood"),
                &t!("records-form-likelihood-hint"),
                likelihoods(),
                &l,
            ),
            Field::choice(
                RecordField::Impact,
                &t!("records-form-impact"),
                &t!("records-form-impact-hint"),
                impacts(),
                &i,
            ),
            Field::text(
                RecordField::Mitigation,
                &t!("records-form-mitigation"),
                &t!("records-form-mitigation-hint"),
                existing.as_ref().map_or("", |r| &r.mitigation),
                false,
            )
            .multi_line(),
            Field::text(
                RecordField::Owner,
                &t!("records-form-owner"),
                &t!("records-form-risk-owner-hint"),
                existing.as_ref().map_or("", |r| &r.owner),
                false,
            ),
        ],
    )
}

pub fn parking_form() -> Form {
    Form::new(
        &t!("records-form-parking-title"),
        FormPurpose::NewParking,
        vec![Field::text(
            RecordField::Text,
            &t!("records-form-point"),
            &t!("records-form-point-hint"),
            "",
            true,
        )],
    )
}

pub fn principle_form(pack: &Pack, w: &OpenSession, principle: &str) -> Form {
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
        &t!("records-form-principle-title", name = name),
        FormPurpose::PrincipleNote {
            substep,
            principle: principle.to_string(),
        },
        vec![
            Field::choice(
                RecordField::Status,
                &t!("records-form-status"),
                &t!("records-form-status-hint"),
                principle_statuses(),
                status,
            ),
            Field::text(
                RecordField::Note,
                &t!("records-form-note"),
                &t!("records-form-note-hint"),
                check.map_or("", |c| &c.note),
                false,
            )
            .multi_line(),
        ],
    )
}

pub fn skip_form(substep: &str, title: &str) -> Form {
    Form::new(
        &t!("records-form-skip-title", title = title),
        FormPurpose::SkipSubstep(substep.to_string()),
        vec![Field::text(
            RecordField::Reason,
            &t!("records-form-reason"),
            &t!("records-form-reason-hint"),
            "",
            true,
        )],
    )
}
