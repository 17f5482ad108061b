//! How a command fails: a report printed as it is, or no terminal for the screens; and the one place
//! a failure is printed and becomes the exit status.

use std::process::ExitCode;

use anyhow::Result;

use crate::t;

/// Why a command stopped, when what to print is not one sentence after `pim-workshop: ` (any other
/// error is printed that way, with its causes).
#[derive(Debug)]
pub enum Failure {
    /// Text printed as it is, exit status 1: the content check's report, a table's row problems, a
    /// message that starts with the file it is about.
    Report(String),
    /// The screens need an interactive terminal and there is none (exit status 2).
    NoTerminal,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Report(text) => f.write_str(text),
            Failure::NoTerminal => f.write_str(&t!("cli-no-terminal")),
        }
    }
}

impl std::error::Error for Failure {}

/// A failure printed as it is (see [`Failure::Report`]).
pub fn report(text: impl Into<String>) -> anyhow::Error {
    Failure::Report(text.into()).into()
}

/// The exit status of a command's result; prints why it failed first. The one place errors are
/// printed: a [`Failure`] as it says, any other error as `pim-workshop: ` and its causes — always
/// through `display::sanitize`, since they quote file names and values.
pub fn exit_code(result: Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(e) => {
            let left = e.downcast_ref::<crate::tui::save_failure::Left>();
            let (text, code) = match (e.downcast_ref::<Failure>(), left) {
                (Some(failure @ Failure::NoTerminal), _) => (failure.to_string(), 2),
                (Some(failure @ Failure::Report(_)), _) => (failure.to_string(), 1),
                // The screens were left with changes not in the session file (3 lost, 4 in a copy).
                (None, Some(left)) => (left.text.clone(), left.code),
                (None, None) => (format!("pim-workshop: {e:#}"), 1),
            };
            // Escape sequences, control and invisible characters in a quoted name or value become
            // visible marks, as on the screens; newlines stay.
            eprintln!("{}", crate::display::sanitize(&text, true));
            ExitCode::from(code)
        }
    }
}
