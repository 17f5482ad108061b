//! The data-sharing agreement draft as content (`sharing_agreement.json`): its introduction and its
//! sections, each with a title, guidance in the pack's language and its source. The draft writer
//! (`export::agreement`) fills each section with what the register holds; the words are the pack's.

use serde::{Deserialize, Serialize};

use super::model::SourceRef;

/// The sections every pack's agreement has, in order (the writer knows what each one draws from the
/// register; `content check` refuses a pack that lacks one).
pub const SECTION_IDS: [&str; 9] = [
    "parties",
    "purpose",
    "data",
    "time-frame",
    "channels",
    "retention",
    "breach",
    "impact-assessment",
    "solutions",
];

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharingAgreement {
    pub intro: String,
    pub source: SourceRef,
    pub sections: Vec<AgreementSection>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementSection {
    pub id: String,
    pub title: String,
    pub guidance: String,
    pub source: SourceRef,
}

impl SharingAgreement {
    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&AgreementSection> {
        self.sections.iter().find(|s| s.id == id)
    }
}
