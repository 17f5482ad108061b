//! pim-workshop: a terminal companion for Protection Information Management (PIM).
//!
//! The library holds the domain — content, session model, storage, export, checks — with no terminal
//! code in it. The TUI (`tui`) and the command line (`cli`) both sit on top of it.

pub mod content;
pub mod display;
pub mod export;
pub mod i18n;
pub mod landscape;
pub mod paths;
pub mod sample;
pub mod scoping;
pub mod session;
pub mod storage;

pub mod cli;
pub mod tui;
