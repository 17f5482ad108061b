//! Shared helpers for the integration tests, one module a concern:
//!
//! - [`app`]: an `App` for update and render tests, and a session opened in it (the one place that
//!   knows how the App is built and how a session is opened in the TUI);
//! - [`keys`]: key events and typing into an `App`;
//! - [`render`]: drawing an `App` on ratatui's `TestBackend` and reading the screen back as text;
//! - [`bin`]: the built `pim-workshop` binary and running it;
//! - [`corpus`]: sentences in fifteen scripts and a session holding them;
//! - [`fixtures`]: the content pack, test sessions, the committed example and hostile files, temp
//!   folders and what is in them;
//! - [`hostile`]: hostile text for render fuzzing;
//! - [`pty`]: the real binary in a pseudo-terminal;
//! - [`tools`]: third-party readers (a Python with some modules, LibreOffice), found or skipped.
//!
//! Each test file says `mod support;` and uses what it needs; the rest is compiled but unused there.
#![allow(dead_code)]

pub mod app;
pub mod bin;
pub mod corpus;
pub mod fixtures;
pub mod hostile;
pub mod keys;
pub mod pty;
pub mod render;
pub mod tools;
