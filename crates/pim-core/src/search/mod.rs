//! Searching across the session library: one matching rule ([`Query`], over [`fold`]ed text: case
//! and accents do not count, any script), the files searched on every core ([`files`]), and how a
//! match's place is named for a reader ([`place`]).

pub mod files;
pub mod fold;
pub mod place;
mod query;

pub use files::{
    FileOutcome, Found, Hit, Place, SessionHits, search_all, search_file, search_files,
};
pub use fold::fold;
pub use query::Query;
