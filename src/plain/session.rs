//! The conversation with an open session: read a command, do it, until `quit` or the end of the
//! input (both save and release the lock).

use std::path::Path;

use super::commands::{Cmd, help_text, parse};
use super::prompt::Io;
use super::workshop::Workshop;
use super::{answer, principles, records, reference, review, walk};
use crate::t;

/// Work on the open session until the person quits or the input ends.
pub fn work(w: &mut Workshop, data_dir: &Path, io: &mut Io) {
    io.say(&t!(
        "plain-opened",
        title = crate::display::one_line(&w.session.title)
    ));
    walk::show(w, io);
    loop {
        let Some(line) = io.ask(&t!("plain-ask-command")) else {
            return;
        };
        if line.trim().is_empty() {
            continue;
        }
        let Some((cmd, arg)) = parse(&line) else {
            io.say(&t!("plain-bad-command"));
            continue;
        };
        if cmd == Cmd::Quit {
            return;
        }
        run(w, data_dir, cmd, arg, io);
        if io.ended {
            return;
        }
    }
}

/// One command, on the open session.
fn run(w: &mut Workshop, data_dir: &Path, cmd: Cmd, arg: &str, io: &mut Io) {
    match cmd {
        Cmd::Help => io.page(&help_text()),
        Cmd::Show => walk::show(w, io),
        Cmd::Next => walk::step_by(w, 1, io),
        Cmd::Back => walk::step_by(w, -1, io),
        Cmd::Go => walk::go(w, arg, io),
        Cmd::Answer => answer::answer(w, arg, io),
        Cmd::Principles => principles::principles(w, io),
        Cmd::Done => walk::done(w, io),
        Cmd::Skip => walk::skip(w, io),
        Cmd::Decide => records::decide(w, io),
        Cmd::Supersede => records::supersede(w, io),
        Cmd::Act => records::act(w, io),
        Cmd::Risk => records::risk(w, io),
        Cmd::Park => records::park(w, io),
        Cmd::Records => records::list(w, io),
        Cmd::Guide => reference::guide(w, io),
        Cmd::Library => reference::library(&w.pack, io),
        Cmd::Review => review::review(w, io),
        Cmd::Export => review::export(w, data_dir, arg, io),
        Cmd::Quit => {}
    }
}
