//! The command line: argument parsing, the subcommands that need no terminal UI, and [`run`], which
//! runs a parsed command line and returns its result (`Result<ExitCode>`; [`exit_code`] prints a
//! failure and gives the exit status).

pub mod args;
pub mod content_cmd;
pub mod export_cmds;
pub mod failure;
pub mod group_cmds;
pub mod help;
pub mod landscape_cmd;
pub mod new_cmd;
pub mod run;
pub mod search_cmd;
pub mod session_cmds;

mod session_lang;
pub use run::{Content, Failure, exit_code, run};

pub use args::*;
