//! Starting the plain front: when it is chosen (the rule, as data), and running it from the first
//! question to the last save.

use std::path::PathBuf;
use std::sync::Arc;

use super::prompt::Io;
use super::workshop::Workshop;
use super::{home, review, session};
use crate::content::Pack;
use crate::t;

/// The variable that asks for the plain front (`1`).
pub const PLAIN_ENV: &str = "PIM_WORKSHOP_PLAIN";

/// What the plain front needs to start.
pub struct Options {
    pub data_dir: PathBuf,
    pub pack: Arc<Pack>,
    pub start: Start,
    /// Who is recorded as making changes when the session names no facilitator.
    pub user: String,
}

/// What comes first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// Choose a session or create one.
    Home,
    /// Work on this session.
    Open(PathBuf),
    /// Read this session (nothing is written, no lock is taken).
    Review(PathBuf),
}

/// Whether the plain front is wanted: `--plain`, `PIM_WORKSHOP_PLAIN=1`, `TERM=dumb`, or input or
/// output that is not a terminal when a session is given (a script on a pipe).
pub fn chosen(
    flag: bool,
    env: impl Fn(&str) -> Option<String>,
    terminals: bool,
    session_given: bool,
) -> bool {
    flag || env(PLAIN_ENV).is_some_and(|v| v.trim() == "1")
        || env("TERM").is_some_and(|t| t.trim() == "dumb")
        || (!terminals && session_given)
}

/// Run the plain front on `io` until the person quits or the input ends. Err: the sentence to print
/// when the session could not be opened, or its last save failed.
pub fn run(options: Options, io: &mut Io) -> Result<(), String> {
    let Options {
        data_dir,
        pack,
        start,
        user,
    } = options;
    let path = match &start {
        Start::Home => match home::choose(&pack, &data_dir, io) {
            Some(path) => path,
            None => return Ok(()),
        },
        Start::Open(path) | Start::Review(path) => path.clone(),
    };
    let mut w = if matches!(start, Start::Review(_)) {
        let w = Workshop::read_only(pack, path, &user)?;
        review::review(&w, io);
        w
    } else {
        let (w, warnings) = Workshop::open(pack, path, &user)?;
        for warning in warnings {
            io.say(&warning);
        }
        w
    };
    session::work(&mut w, &data_dir, io);
    let failed = w.close();
    io.say(&t!("plain-closed"));
    match failed {
        Some(message) => Err(t!("run-exit-save-failed", message = message)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_plain_front_is_chosen_by_flag_variable_dumb_terminal_or_a_pipe_with_a_session() {
        assert!(chosen(true, env(&[]), true, false));
        assert!(chosen(false, env(&[(PLAIN_ENV, "1")]), true, false));
        assert!(chosen(false, env(&[("TERM", "dumb")]), true, false));
        assert!(chosen(false, env(&[]), false, true));
        assert!(
            !chosen(false, env(&[]), false, false),
            "no session: the usual refusal stays"
        );
        assert!(!chosen(
            false,
            env(&[("TERM", "xterm"), (PLAIN_ENV, "0")]),
            true,
            true
        ));
    }
}
