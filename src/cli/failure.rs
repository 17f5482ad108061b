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
    /// The screens were left with changes not in the session file: `code` 3 when they were lost,
    /// 4 when they are only in a copy (README, "Exit status").
    Left { text: String, code: u8 },
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Report(text) => f.write_str(text),
            Failure::NoTerminal => f.write_str(&t!("cli-no-terminal")),
            Failure::Left { text, .. } => f.write_str(text),
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
            let (text, code) = match e.downcast_ref::<Failure>() {
                Some(failure @ Failure::NoTerminal) => (failure.to_string(), 2),
                Some(failure @ Failure::Report(_)) => (failure.to_string(), 1),
                Some(failure @ Failure::Left { code, .. }) => (failure.to_string(), *code),
                None => (format!("pim-workshop: {e:#}"), 1),
            };
            // Escape sequences, control and invisible characters in a quoted name or value become
            // visible marks, as on the screens; newlines stay.
            eprintln!("{}", crate::display::sanitize(&text, true));
            ExitCode::from(code)
        }
    }
}
