//! Scoping a request: the answers a scoping session records (what was requested, the outputs needed,
//! the areas, the approach), the output-first matching against the Matrix and the landscape register,
//! and the scoping brief handed to the manager.
//!
//! The prompts that hold these answers are found by their kind (`PromptKind`), so a template or an
//! adapted pack decides where they are asked.

pub mod answered;
pub mod answers;
pub mod brief;
pub mod brief_path;
pub mod choices;
pub mod essential;
pub mod matching;
pub mod prefill;

pub use answered::is_answered;
pub use answers::{
    USE_EXISTING_DATA, answer_of_kind, answer_summary, is_scoping, list_items, session_match,
};
pub use brief::{Brief, BriefSection, build_brief};
pub use choices::{PickItem, approach_options, pick_items, request_kind_options};
pub use matching::{CategoryShare, Fit, OutputMatch, join_and, join_or, match_outputs};
