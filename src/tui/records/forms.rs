//! The forms that add to the records or change them: decisions, actions, risks, the parking lot,
//! principle notes, skipping a sub-step.

use super::options::*;
use crate::content::Pack;
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
        } => format!("New decision superseding {old}"),
        FormPurpose::EditDecision(id) => format!("Edit decision {id}"),
        _ => "Record a decision".to_string(),
    };
    let status = existing
        .as_ref()
        .map(|d| d.status.as_str())
        .unwrap_or("agreed");
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
                "Decision",
                "What was decided, in one line",
                existing.as_ref().map_or("", |d| &d.title),
                true,
            ),
            Field::text(
                RecordField::Rationale,
                "Why",
                "The reasons, as the room said them",
                existing.as_ref().map_or("", |d| &d.rationale),
                false,
            ),
            Field::multi(
                RecordField::Principles,
                "Rests on",
                "←→ choose, Space marks the principles this decision rests on",
                principle_options(pack),
                existing
                    .as_ref()
                    .map(|d| d.principles.as_slice())
                    .unwrap_or(&[]),
            ),
            Field::choice(
                RecordField::Status,
                "Status",
                "←→ or Space to change",
                decision_statuses(),
                status,
            ),
            Field::text(RecordField::By, "Who", "Who decided", &by, false),
        ],
    )
}

pub fn action_form(w: &OpenSession, purpose: FormPurpose) -> Form {
    let existing = match &purpose {
        FormPurpose::EditAction(id) => w.session.actions.iter().find(|a| &a.id == id).cloned(),
        _ => None,
    };
    let title = match &purpose {
        FormPurpose::EditAction(id) => format!("Edit action {id}"),
        _ => "Add an action".to_string(),
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
            "Action",
            "What will be done",
            existing.as_ref().map_or("", |a| &a.text),
            true,
        ),
        Field::text(
            RecordField::Owner,
            "Owner",
            "Who does it",
            existing.as_ref().map_or("", |a| &a.owner),
            false,
        ),
        Field::text(
            RecordField::Due,
            "Due",
            "2026-12-01, +7d or +2w; empty for none",
            &existing
                .as_ref()
                .and_then(|a| a.due)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            false,
        ),
        Field::choice(
            RecordField::Status,
            "Status",
            "←→ or Space to change",
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
            "Follows from",
            "←→ choose, Space marks the decisions this action carries out",
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
        FormPurpose::EditRisk(id) => format!("Edit risk {id}"),
        _ => "Add a risk".to_string(),
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
                "Risk",
                "What could go wrong, and for whom",
                existing.as_ref().map_or("", |r| &r.description),
                true,
            ),
            Field::choice(
                RecordField::Likelihood,
                "Likelihood",
                "←→ to choose how likely it is",
                likelihoods(),
                &l,
            ),
            Field::choice(
                RecordField::Impact,
                "Impact",
                "←→ to choose how bad the harm would be",
                impacts(),
                &i,
            ),
            Field::text(
                RecordField::Mitigation,
                "Mitigation",
                "What reduces it",
                existing.as_ref().map_or("", |r| &r.mitigation),
                false,
            ),
            Field::text(
                RecordField::Owner,
                "Owner",
                "Who watches it",
                existing.as_ref().map_or("", |r| &r.owner),
                false,
            ),
        ],
    )
}

pub fn parking_form() -> Form {
    Form::new(
        "Parking lot: a point to come back to",
        FormPurpose::NewParking,
        vec![Field::text(
            RecordField::Text,
            "Point",
            "What to come back to, and why",
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
        &format!("{name}: status and note"),
        FormPurpose::PrincipleNote {
            substep,
            principle: principle.to_string(),
        },
        vec![
            Field::choice(
                RecordField::Status,
                "Status",
                "←→ or Space to change",
                principle_statuses(),
                status,
            ),
            Field::text(
                RecordField::Note,
                "Note",
                "What the room said: how it is addressed, or the concern",
                check.map_or("", |c| &c.note),
                false,
            ),
        ],
    )
}

pub fn skip_form(substep: &str, title: &str) -> Form {
    Form::new(
        &format!("Skip “{title}”"),
        FormPurpose::SkipSubstep(substep.to_string()),
        vec![Field::text(
            RecordField::Reason,
            "Reason",
            "Why the team skips it (e.g. done last month, see report)",
            "",
            true,
        )],
    )
}
