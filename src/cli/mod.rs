//! The command line: argument parsing and the subcommands that need no terminal UI.

pub mod session_cmds;
