//! pim-core: the domain of pim-workshop — content, session model, storage, export, scoping, the
//! landscape register, display sanitising and paths. No terminal or command-line crate is in this
//! crate's dependency tree (CI checks it with `cargo tree`); the TUI and the CLI sit on top of it.

// No `unwrap()` outside tests: a failure is a sentence for the user, or an `expect` saying why it
// cannot happen.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod content;
pub mod display;
mod embedded;
pub mod export;
pub mod i18n;
pub mod landscape;
pub mod paths;
pub mod scoping;
pub mod search;
pub mod session;
pub mod storage;
