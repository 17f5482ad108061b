//! pim-workshop: a terminal companion for Protection Information Management (PIM).
//!
//! The domain — content, session model, storage, export, checks — is the `pim-core` crate, with no
//! terminal code in its dependency tree; it is re-exported here under its usual names. The TUI
//! (`tui`) and the command line (`cli`) both sit on top of it.

pub use pim_core::{content, display, export, i18n, landscape, paths, scoping, session, storage};

pub mod cli;
pub mod tui;
