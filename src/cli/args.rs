//! The command line as clap reads it: the commands and their arguments. Their help texts are the
//! catalogue's (`locales/*/cli.ftl`), set on the parser in the current language by `help.rs`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use super::{export_cmds, group_cmds};

#[derive(Debug, Parser)]
#[command(name = "pim-workshop", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "DIR", env = crate::paths::DATA_DIR_ENV)]
    pub data_dir: Option<PathBuf>,

    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,

    #[arg(long = "dir", value_name = "DIR")]
    pub dirs: Vec<PathBuf>,

    #[arg(long, global = true)]
    pub plain: bool,

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

/// The language a command line asks for with `--lang LANG` or `--lang=LANG`, read before the parser
/// (whose help speaks it); a value the program does not know is left to the parser to report.
pub fn lang_argument(args: &[String]) -> Option<crate::i18n::Lang> {
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(crate::i18n::Lang::parse) {
            return Some(lang);
        }
    }
    None
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
        super::help::parse()
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
            plain: false,
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
    #[command(subcommand)]
    Content(ContentCommand),
    Open {
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
    Review {
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
    New(NewArgs),
    Check {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    Restore {
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
    List(export_cmds::ListArgs),
    Search(super::search_cmd::SearchArgs),
    Show(export_cmds::ShowArgs),
    Export(export_cmds::ExportArgs),
    ImportLandscape {
        #[arg(value_name = "PATH")]
        path: PathBuf,
        #[arg(value_name = "CSV")]
        csv: PathBuf,
        #[arg(long, value_name = "SHEET")]
        sheet: Option<String>,
    },
    Split(group_cmds::SplitArgs),
    Merge(group_cmds::MergeArgs),
    Summary(group_cmds::SummaryArgs),
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    Check {
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    #[arg(long, value_name = "ID")]
    pub template: String,
    #[arg(long, value_name = "TEXT")]
    pub title: String,
    #[arg(long, value_name = "NAME", default_value = "")]
    pub facilitator: String,
    #[arg(long)]
    pub no_open: bool,
}
