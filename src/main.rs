//! The `pim-workshop` binary: parse the command line, load the content, run the command or the TUI
//! (`pim_workshop::cli::run`).

// No `unwrap()` outside tests: a failure is a sentence for the user, or an `expect` saying why it
// cannot happen.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

use std::process::ExitCode;

use pim_workshop::cli::{self, Cli, Content};
use pim_workshop::i18n::Lang;

fn main() -> ExitCode {
    pim_workshop::allocator::return_large_buffers();
    // The language comes from `--lang`, else the environment (LC_ALL, LC_MESSAGES, LANG, else the
    // system's). It is needed before the command line is parsed, since `--help` speaks it.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = cli::lang_argument(&args)
        .unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok(), sys_locale::get_locale()));
    pim_workshop::i18n::set_current(lang);
    // The built-in content is read on another thread while the command line is parsed and the terminal
    // is taken over (BENCHMARKS.md, startup); a command that needs it waits for it. The bare start
    // (the home screen) reads it after its first frame, which needs nothing from it: a second thread
    // reading it meanwhile only competed with that frame for the cores.
    let content = if args.is_empty() {
        Content::read_later(lang)
    } else {
        Content::read_in_background(lang)
    };
    // With no arguments (the home screen) the parser is not built (`Cli::from_command_line`).
    let cli = Cli::from_command_line();
    cli::exit_code(cli::run(cli, content))
}
