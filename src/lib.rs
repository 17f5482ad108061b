//! pim-workshop: a terminal companion for Protection Information Management (PIM).
//!
//! The domain — content, session model, storage, export, checks — is the `pim-core` crate, with no
//! terminal code in its dependency tree; it is re-exported here under its usual names. The TUI
//! (`tui`) and the command line (`cli`) both sit on top of it.

// No `unwrap()` outside tests: a failure is a sentence for the user, or an `expect` saying why it
// cannot happen.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub use pim_core::{
    content, display, export, i18n, landscape, paths, scoping, search, session, storage, t,
};

pub mod allocator;
pub mod cli;
pub mod plain;
pub mod tui;
