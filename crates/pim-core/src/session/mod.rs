//! The session model: one workshop session, as stored in its JSON file.
//!
//! - [`model`]: the records ([`Session`] and what it holds), with [`SCHEMA_VERSION`];
//! - [`status`]: the status enums, and [`risk_levels`] the two scales of a risk, each owning its
//!   values, labels, cycle and parser ([`words`]: how their words are compared);
//! - [`timeline`]: the append-only log;
//! - [`landscape`]: the landscape register of systems and sources;
//! - [`drafts`]: decisions, actions and risks as the team writes them, and their checks;
//! - [`ops`]: the small changes the TUI makes (each dated, attributed and logged);
//! - [`migrate`]: upgrading older files.

pub mod agenda;
pub mod agenda_clock;
pub mod agenda_edit;
mod agenda_records;
pub mod agenda_shape;
pub mod approval;
mod approval_ops;
pub mod attendance;
pub mod breakout;
mod breakout_principles;
mod breakout_records;
pub mod conflict_merge;
pub mod dates;
mod decision_record;
pub mod drafts;
mod extra;
pub mod facilitation;
mod facilitation_ops;
pub mod free_timer;
mod free_timer_ops;
pub mod group_plan;
pub mod ids;
pub mod landscape;
pub mod landscape_areas;
mod landscape_areas_ops;
mod landscape_ops;
pub mod migrate;
pub mod model;
pub mod moved_answers;
pub mod ops;
pub mod participants;
pub mod removal;
pub mod risk_levels;
pub mod status;
pub mod timeline;
pub mod voting;
mod voting_ops;
mod voting_results;
pub mod walk;
pub mod words;

pub use attendance::{Lateness, Presence};
pub use decision_record::NEW_DECISION_STATUS;
pub use drafts::{ActionProblem, DecisionProblem, RiskProblem};
pub use ids::{ActionId, DecisionId, EntryId, RiskId, VoteId};
pub use landscape::{LandscapeEntry, Reliability, SharedWith, SystemStatus};
pub use landscape_areas::{AreaRecorded, LandscapeArea, MAX_ADMIN_LEVEL};
pub use model::{
    ActionItem, Answer, ContentRef, Context, Decision, Extra, MAX_TITLE_CHARS, ParkingItem,
    Participant, Position, PrincipleCheck, Risk, SCHEMA_VERSION, Session, StatusChange,
    SubstepRecord, TitleProblem, check_title, new_session_id,
};
pub use ops::{ActionDraft, DecisionDraft, OpError, Progress, RiskDraft, next_id};
pub use risk_levels::{Impact, Likelihood};
pub use status::{ActionStatus, DecisionStatus, PrincipleStatus, SubstepStatus};
pub use timeline::{TimelineEvent, TimelineKind};
pub use words::UnknownWord;
