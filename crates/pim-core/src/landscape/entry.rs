//! The checks of a landscape entry, wherever it comes from: the workshop's form or an imported table.
//! Each problem is a value that says which field is wrong and carries what a sentence about it needs;
//! its `Display` is the wording of an import report ("line 3: the name is empty"), and a screen may
//! word it its own way for its own way of fixing it.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::{LandscapeEntry, Reliability, SharedWith, SystemStatus, UnknownWord};
use crate::t;

/// What is wrong with a landscape entry (or with one cell of a table row). The variants are in the
/// order the fields are checked, which is the order problems are reported in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EntryProblem {
    /// The name is empty (or only spaces).
    #[error("{}", t!("landscape-name-empty"))]
    NameEmpty,
    /// The category is neither a Matrix category id nor (in a table) a category name.
    #[error("{}", t!("landscape-unknown-category", value = format!("{:?}", .0)))]
    UnknownCategory(String),
    /// The last update is not a date written YYYY-MM-DD.
    #[error("{}", t!("landscape-bad-last-update", value = format!("{:?}", .0)))]
    BadLastUpdate(String),
    /// Not one of [`SharedWith`]'s values.
    #[error("{}", t!("landscape-bad-shared-with", problem = .0.to_string()))]
    BadSharedWith(UnknownWord),
    /// Not one of [`SystemStatus`]'s values.
    #[error("{}", t!("landscape-bad-status", problem = .0.to_string()))]
    BadStatus(UnknownWord),
    /// Not one of [`Reliability`]'s values.
    #[error("{}", t!("landscape-bad-reliability", problem = .0.to_string()))]
    BadReliability(UnknownWord),
    /// An output id that is not a Matrix output item (or decision data) of the pack.
    #[error("{}", t!("landscape-unknown-output", value = format!("{:?}", .0)))]
    UnknownOutput(String),
    /// A sharing-solution id that is not in the pack's data-sharing checklist.
    #[error("{}", t!("landscape-unknown-sharing", value = format!("{:?}", .0)))]
    UnknownSharingSolution(String),
    /// The contact role holds an e-mail address or a phone number ([`looks_personal`]).
    #[error("{}", t!("landscape-personal-contact"))]
    PersonalContact,
}

impl EntryProblem {
    /// The field the problem is about: the entry's field name, which is also the table's column
    /// header and the workshop form's field key.
    pub fn field(&self) -> &'static str {
        match self {
            EntryProblem::NameEmpty => "name",
            EntryProblem::UnknownCategory(_) => "category",
            EntryProblem::BadLastUpdate(_) => "last_update",
            EntryProblem::BadSharedWith(_) => "shared_with",
            EntryProblem::BadStatus(_) => "status",
            EntryProblem::BadReliability(_) => "reliability",
            EntryProblem::UnknownOutput(_) => "outputs",
            EntryProblem::UnknownSharingSolution(_) => "sharing_in_place",
            EntryProblem::PersonalContact => "contact_role",
        }
    }

    /// Where the problem comes in a report: the order of the variants.
    fn rank(&self) -> u8 {
        match self {
            EntryProblem::NameEmpty => 0,
            EntryProblem::UnknownCategory(_) => 1,
            EntryProblem::BadLastUpdate(_) => 2,
            EntryProblem::BadSharedWith(_) => 3,
            EntryProblem::BadStatus(_) => 4,
            EntryProblem::BadReliability(_) => 5,
            EntryProblem::UnknownOutput(_) => 6,
            EntryProblem::UnknownSharingSolution(_) => 7,
            EntryProblem::PersonalContact => 8,
        }
    }
}

/// Puts problems in report order (field by field; several of one kind keep their order).
pub fn sort_problems(problems: &mut [EntryProblem]) {
    problems.sort_by_key(EntryProblem::rank);
}

impl LandscapeEntry {
    /// Every problem of the entry against the pack, in report order: a name is required; a category,
    /// when given, is a Matrix category id; outputs are Matrix output items (or decision data);
    /// sharing solutions are in the data-sharing checklist; the contact role holds no e-mail address
    /// or phone number.
    pub fn problems(&self, pack: &Pack) -> Vec<EntryProblem> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(EntryProblem::NameEmpty);
        }
        if !self.category.is_empty() && pack.category(&self.category).is_none() {
            problems.push(EntryProblem::UnknownCategory(self.category.clone()));
        }
        problems.extend(
            self.outputs
                .iter()
                .filter(|o| pack.needed_output(o).is_none())
                .map(|o| EntryProblem::UnknownOutput(o.clone())),
        );
        problems.extend(
            self.sharing_in_place
                .iter()
                .filter(|s| !is_sharing_solution(pack, s))
                .map(|s| EntryProblem::UnknownSharingSolution(s.clone())),
        );
        if looks_personal(&self.contact_role) {
            problems.push(EntryProblem::PersonalContact);
        }
        problems
    }

    /// Ok when the entry may go into the register; otherwise every problem ([`LandscapeEntry::problems`]).
    pub fn validate(&self, pack: &Pack) -> Result<(), Vec<EntryProblem>> {
        let problems = self.problems(pack);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

fn is_sharing_solution(pack: &Pack, id: &str) -> bool {
    pack.data_sharing
        .groups
        .iter()
        .any(|g| g.items.iter().any(|i| i.id == id))
}

/// The last-update date as written (trimmed): empty is none, otherwise YYYY-MM-DD.
pub fn parse_last_update(text: &str) -> Result<Option<NaiveDate>, EntryProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| EntryProblem::BadLastUpdate(text.to_string()))
}

/// The category id for what a person or a table wrote: a category id, or a category's name (case
/// ignored); empty is "not placed yet".
pub fn resolve_category(pack: &Pack, text: &str) -> Result<String, EntryProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(String::new());
    }
    pack.category(text)
        .or_else(|| {
            pack.matrix
                .categories
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(text))
        })
        .map(|c| c.id.clone())
        .ok_or_else(|| EntryProblem::UnknownCategory(text.to_string()))
}

/// Who the outputs are shared with, from its file name or label (empty is not known).
pub fn parse_shared_with(text: &str) -> Result<SharedWith, EntryProblem> {
    text.parse().map_err(EntryProblem::BadSharedWith)
}

/// Whether the system runs, from its file name or label (empty is not known).
pub fn parse_status(text: &str) -> Result<SystemStatus, EntryProblem> {
    text.parse().map_err(EntryProblem::BadStatus)
}

/// How far the source can be trusted, from its file name or label (empty is not assessed).
pub fn parse_reliability(text: &str) -> Result<Reliability, EntryProblem> {
    text.parse().map_err(EntryProblem::BadReliability)
}

/// An e-mail address, or seven or more digits in a row (spaces, dashes and dots allowed between):
/// personal contact details the register must not hold.
pub fn looks_personal(text: &str) -> bool {
    if text.contains('@') {
        return true;
    }
    let mut digits = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 7 {
                return true;
            }
        } else if !matches!(c, ' ' | '-' | '.' | '(' | ')' | '+') {
            digits = 0;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> Pack {
        crate::content::load_embedded().expect("the built-in pack loads")
    }

    fn good() -> LandscapeEntry {
        LandscapeEntry {
            name: "Protection monitoring".into(),
            category: "protection-monitoring".into(),
            outputs: vec!["monitoring-environment".into()],
            sharing_in_place: vec!["retain-staff".into()],
            contact_role: "Protection monitoring coordinator".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_entry_passes() {
        let pack = pack();
        assert_eq!(good().validate(&pack), Ok(()));
        let placed_later = LandscapeEntry {
            category: String::new(),
            outputs: Vec::new(),
            ..good()
        };
        assert_eq!(placed_later.validate(&pack), Ok(()));
    }

    #[test]
    fn each_problem_is_found_in_report_order() {
        let pack = pack();
        let bad = LandscapeEntry {
            name: "  ".into(),
            category: "made-up".into(),
            outputs: vec!["monitoring-environment".into(), "no-such-output".into()],
            sharing_in_place: vec!["no-such-solution".into()],
            contact_role: "amina@example.org".into(),
            ..good()
        };
        let problems = bad.validate(&pack).expect_err("the entry is wrong");
        assert_eq!(
            problems,
            [
                EntryProblem::NameEmpty,
                EntryProblem::UnknownCategory("made-up".into()),
                EntryProblem::UnknownOutput("no-such-output".into()),
                EntryProblem::UnknownSharingSolution("no-such-solution".into()),
                EntryProblem::PersonalContact,
            ]
        );
        let fields: Vec<&str> = problems.iter().map(EntryProblem::field).collect();
        assert_eq!(
            fields,
            [
                "name",
                "category",
                "outputs",
                "sharing_in_place",
                "contact_role"
            ]
        );
        let phone = LandscapeEntry {
            contact_role: "call +249 91 234 5678".into(),
            ..good()
        };
        assert_eq!(phone.problems(&pack), [EntryProblem::PersonalContact]);
    }

    #[test]
    fn cells_are_read_or_refused() {
        let pack = pack();
        assert_eq!(parse_last_update(" "), Ok(None));
        assert_eq!(
            parse_last_update(" 2026-10-31 "),
            Ok(NaiveDate::from_ymd_opt(2026, 10, 31))
        );
        let e = parse_last_update("31/10/2026").expect_err("not ISO");
        assert_eq!(e, EntryProblem::BadLastUpdate("31/10/2026".into()));
        assert_eq!(e.field(), "last_update");
        assert_eq!(
            resolve_category(&pack, "protection monitoring").as_deref(),
            Ok("protection-monitoring")
        );
        assert_eq!(resolve_category(&pack, "").as_deref(), Ok(""));
        assert_eq!(
            resolve_category(&pack, "Weather"),
            Err(EntryProblem::UnknownCategory("Weather".into()))
        );
        assert_eq!(parse_status("Paused"), Ok(SystemStatus::Paused));
        assert_eq!(
            parse_status("sometimes").map_err(|e| e.to_string()),
            Err(
                "status \"sometimes\" is not one of active, paused, planned, ended, unknown".into()
            )
        );
        assert_eq!(
            parse_shared_with("everyone").map_err(|e| e.to_string()),
            Err("shared with \"everyone\" is not one of public, protection_actors, internal_only, unknown".into())
        );
        assert_eq!(
            parse_reliability("excellent").map_err(|e| e.field()),
            Err("reliability")
        );
        assert_eq!(parse_reliability(""), Ok(Reliability::Unknown));
    }

    #[test]
    fn problems_sort_by_field_and_keep_their_order_within_one() {
        let mut problems = vec![
            EntryProblem::PersonalContact,
            EntryProblem::UnknownOutput("b".into()),
            EntryProblem::BadLastUpdate("x".into()),
            EntryProblem::UnknownOutput("a".into()),
            EntryProblem::NameEmpty,
        ];
        sort_problems(&mut problems);
        let fields: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(fields[0], "the name is empty");
        assert_eq!(
            fields[1],
            "last update \"x\" is not a date written YYYY-MM-DD"
        );
        assert_eq!(fields[2], "output \"b\" is not a Matrix output item id");
        assert_eq!(fields[3], "output \"a\" is not a Matrix output item id");
        assert!(fields[4].starts_with("the contact role holds"));
    }
}
