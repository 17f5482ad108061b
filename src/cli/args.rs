//! The command line as clap reads it: the commands and their arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use super::{export_cmds, group_cmds};

#[derive(Debug, Parser)]
#[command(
    name = "pim-workshop",
    version,
    about = "Walk a team through Protection Information Management (PIM): the Principles, the Matrix and the Process.",
    long_about = "pim-workshop guides a team through the PIM Process, prompting with the PIM Principles and the PIM \
                  Matrix at every step, and records answers, decisions and actions to a session file that is saved \
                  as you type.\n\nWithout a command it opens the home screen."
)]
pub struct Cli {
    /// Folder for session files (default: the platform data folder). Sessions live in DIR/sessions.
    #[arg(long, global = true, value_name = "DIR", env = crate::paths::DATA_DIR_ENV)]
    pub data_dir: Option<PathBuf>,

    /// Use an adapted content pack from DIR instead of the built-in English one.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// The language of the screens, messages and exports (`en`, `fr`; default: from LC_ALL,
    /// LC_MESSAGES, LANG or the system's language).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,

    /// Also list the sessions in DIR on the home screen (e.g. a shared drive); may be given more than once.
    #[arg(long = "dir", value_name = "DIR")]
    pub dirs: Vec<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A `--lang` value: a language the program has a catalogue for.
fn parse_lang(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::parse(text).ok_or_else(|| {
        let known: Vec<&str> = crate::i18n::Lang::all().map(|l| l.code()).collect();
        crate::t!("lang-unknown", lang = text, known = known.join(", "))
    })
}

impl Cli {
    /// The command line, parsed. With no arguments at all (the home screen, the usual start) the
    /// parser is not built: what it would give is made directly, which saves a noticeable part of the
    /// start (BENCHMARKS.md, startup). An empty data-folder variable goes through the parser, which
    /// reports it.
    pub fn from_command_line() -> Cli {
        if std::env::args_os().len() == 1
            && let Some(cli) = Cli::without_arguments(std::env::var_os(crate::paths::DATA_DIR_ENV))
        {
            return cli;
        }
        Cli::parse()
    }

    /// What the parser gives for no arguments, given the data-folder variable; None when it is set but
    /// empty (the parser reports that).
    pub fn without_arguments(data_dir: Option<std::ffi::OsString>) -> Option<Cli> {
        if data_dir.as_ref().is_some_and(|d| d.is_empty()) {
            return None;
        }
        Some(Cli {
            data_dir: data_dir.map(PathBuf::from),
            content: None,
            lang: None,
            dirs: Vec::new(),
            command: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_arguments_give_what_the_parser_gives() {
        let env = std::env::var_os(crate::paths::DATA_DIR_ENV);
        let parsed = Cli::try_parse_from(["pim-workshop"]);
        match Cli::without_arguments(env) {
            Some(fast) => assert_eq!(format!("{fast:?}"), format!("{:?}", parsed.unwrap())),
            None => assert!(parsed.is_err()),
        }
        assert!(Cli::without_arguments(Some("".into())).is_none());
        let with_dir = Cli::without_arguments(Some("/tmp/x".into())).unwrap();
        assert_eq!(with_dir.data_dir, Some(PathBuf::from("/tmp/x")));
        assert!(
            with_dir.command.is_none() && with_dir.content.is_none() && with_dir.dirs.is_empty()
        );
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with content packs (the PIM framework as data).
    #[command(subcommand)]
    Content(ContentCommand),
    /// Open a session file anywhere on disk in the workshop (read-only when another instance has it).
    Open {
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
    /// Review a session read-only: it never writes the file and takes no lock.
    Review {
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
    /// Create a session from a template (see `content` for the templates the pack offers).
    New(NewArgs),
    /// Validate session files; never changes them. Exit 0 when all are valid, 1 otherwise.
    Check {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Bring back the previous good version of a session from its backup.
    Restore {
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
    /// List the sessions in the data folder (or --dir DIR); files that cannot be opened are listed too.
    List(export_cmds::ListArgs),
    /// Print a plain-text summary of a session (for pipes, printing and screen readers); read-only.
    Show(export_cmds::ShowArgs),
    /// Export a session as Markdown, HTML, CSV, JSON, a scoping brief or the landscape register as CSV
    /// with HXL tags, to stdout or --out FILE; read-only.
    Export(export_cmds::ExportArgs),
    /// Import a landscape table (CSV with or without an HXL hashtag row) into a session's register.
    /// All or nothing: a bad row stops the import and is reported by its line.
    ImportLandscape {
        /// The session file.
        #[arg(value_name = "PATH")]
        path: PathBuf,
        /// The CSV table.
        #[arg(value_name = "CSV")]
        csv: PathBuf,
    },
    /// Split a session into breakout groups: one group file per group, beside it, for the chosen steps.
    Split(group_cmds::SplitArgs),
    /// Bring group files back into the plenary: answers side by side, decisions as proposals; idempotent.
    Merge(group_cmds::MergeArgs),
    /// Print (or write as Markdown) a training day's summary: attendance, modules, decisions, actions, parking lot.
    Summary(group_cmds::SummaryArgs),
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Check a content pack (default: the built-in one). Exit 0 when valid, 1 otherwise.
    Check {
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The template (session kind), e.g. needs-assessment-scoping, pim-training, full-process, impact-review.
    #[arg(long, value_name = "ID")]
    pub template: String,
    /// The session's title; the file name is made from it.
    #[arg(long, value_name = "TEXT")]
    pub title: String,
    /// Who runs the session.
    #[arg(long, value_name = "NAME", default_value = "")]
    pub facilitator: String,
    /// Only create the file and print its path; do not open the program.
    #[arg(long)]
    pub no_open: bool,
}
