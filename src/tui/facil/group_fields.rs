//! The split form's fields for who goes where (by hand, at random with a seed, by organisation), the
//! groups' names, rapporteurs and the round's label; and reading them into a plan through the core
//! rule (`session::group_plan::plan_from`), a wrong field keeping the form open with its sentence.

use super::common::FacilField;
use crate::session::Participant;
use crate::session::group_plan::{self, Assignment, GroupPlan, PlanError, PlanInput};
use crate::storage::groups;
use crate::t;
use crate::tui::form::{Field, FieldError, Form};

/// The fields after the number of groups and the sub-steps.
pub(super) fn fields(participants: usize, seed: &str) -> Vec<Field> {
    vec![
        Field::choice(
            FacilField::Assign,
            &t!("groups-form-assign"),
            &t!("groups-form-assign-hint", count = participants),
            vec![
                ("none".to_string(), t!("groups-form-assign-none")),
                ("random".to_string(), t!("groups-form-assign-random")),
                (
                    "organisation".to_string(),
                    t!("groups-form-assign-organisation"),
                ),
            ],
            "none",
        ),
        Field::text(
            FacilField::Seed,
            &t!("groups-form-seed"),
            &t!("groups-form-seed-hint"),
            seed,
            false,
        ),
        Field::text(
            FacilField::Members,
            &t!("groups-form-members"),
            &t!("groups-form-members-hint"),
            "",
            false,
        ),
        Field::text(
            FacilField::Names,
            &t!("groups-form-names"),
            &t!("groups-form-names-hint"),
            "",
            false,
        ),
        Field::text(
            FacilField::Rapporteurs,
            &t!("groups-form-rapporteurs"),
            &t!("groups-form-rapporteurs-hint"),
            "",
            false,
        ),
        Field::text(
            FacilField::Round,
            &t!("groups-form-round"),
            &t!("groups-form-round-hint"),
            "",
            false,
        ),
    ]
}

/// The form, read into a plan for a session with these participants.
pub(super) fn read_plan(
    form: &Form,
    participants: &[Participant],
) -> Result<GroupPlan, FieldError<FacilField>> {
    let by_hand = form.text(FacilField::Members);
    let count_text = form.text(FacilField::Groups);
    // Groups written by hand set the number themselves.
    let count = match count_text.trim() {
        _ if !by_hand.trim().is_empty() => None,
        "" => None,
        n => Some(n.parse::<usize>().map_err(|_| {
            FieldError::new(
                FacilField::Groups,
                t!("groups-plan-count", max = groups::MAX_GROUPS),
            )
        })?),
    };
    let how = match form.choice(FacilField::Assign).as_str() {
        "random" => {
            let seed = form
                .text(FacilField::Seed)
                .trim()
                .parse::<u64>()
                .map_err(|_| FieldError::new(FacilField::Seed, t!("groups-form-seed-bad")))?;
            Assignment::Random(seed)
        }
        "organisation" => Assignment::ByOrganisation,
        _ => Assignment::None,
    };
    let input = PlanInput {
        count,
        by_hand,
        how: Some(how),
        names: form.text(FacilField::Names),
        rapporteurs: form.text(FacilField::Rapporteurs),
        round_label: form.text(FacilField::Round),
    };
    group_plan::plan_from(&input, participants, groups::MAX_GROUPS).map_err(|e| {
        let field = match e {
            PlanError::Count { .. } => FacilField::Groups,
            PlanError::HandCount { .. } => FacilField::Members,
            PlanError::NoParticipants => FacilField::Assign,
        };
        FieldError::new(field, e.to_string())
    })
}
