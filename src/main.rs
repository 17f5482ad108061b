//! The `pim-workshop` binary: parse the command line, load the content, run the command or the TUI.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use pim_workshop::cli::{
    Cli, Command, ContentCommand, content_cmd, export_cmds, group_cmds, landscape_cmd, new_cmd,
    session_cmds,
};
use pim_workshop::{paths, tui};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let dirs = cli.dirs.clone();
    match cli.command {
        Some(Command::Content(ContentCommand::Check { dir })) => {
            content_cmd::run_check(dir.as_deref())
        }
        Some(Command::Check { paths }) => session_cmds::check(&paths),
        Some(Command::Restore { path }) => report(session_cmds::restore(&path)),
        Some(Command::List(args)) => {
            export_cmds::list(&args, cli.data_dir.as_deref(), cli.content.as_deref())
        }
        Some(Command::Show(args)) => export_cmds::show(&args, cli.content.as_deref()),
        Some(Command::Export(args)) => export_cmds::export(&args, cli.content.as_deref()),
        Some(Command::ImportLandscape { path, csv }) => {
            landscape_cmd::import(&path, &csv, cli.content.as_deref())
        }
        Some(Command::Merge(args)) => group_cmds::merge(&args),
        Some(Command::Split(args)) => match content_cmd::pack_for_run(cli.content.as_deref()) {
            Ok(pack) => group_cmds::split(&args, &pack),
            Err(message) => {
                eprintln!("{message}");
                ExitCode::from(1)
            }
        },
        Some(Command::Summary(args)) => match content_cmd::pack_for_run(cli.content.as_deref()) {
            Ok(pack) => group_cmds::summary(&args, &pack),
            Err(message) => {
                eprintln!("{message}");
                ExitCode::from(1)
            }
        },
        Some(Command::Open { path }) => match content_cmd::pack_for_run(cli.content.as_deref()) {
            Ok(pack) => start(
                paths::resolve_data_dir(cli.data_dir.as_deref()),
                pack,
                tui::Start::Open(path),
                dirs.clone(),
            ),
            Err(message) => {
                eprintln!("{message}");
                ExitCode::from(1)
            }
        },
        Some(Command::Review { path }) => match content_cmd::pack_for_run(cli.content.as_deref()) {
            Ok(pack) => start(
                paths::resolve_data_dir(cli.data_dir.as_deref()),
                pack,
                tui::Start::Review(path),
                dirs.clone(),
            ),
            Err(message) => {
                eprintln!("{message}");
                ExitCode::from(1)
            }
        },
        Some(Command::New(args)) => {
            let pack = match content_cmd::pack_for_run(cli.content.as_deref()) {
                Ok(pack) => pack,
                Err(message) => {
                    eprintln!("{message}");
                    return ExitCode::from(1);
                }
            };
            let data_dir = paths::resolve_data_dir(cli.data_dir.as_deref());
            let path = match new_cmd::create(&pack, &data_dir, &args) {
                Ok(path) => path,
                Err(e) => {
                    eprintln!("pim-workshop: {e:#}");
                    return ExitCode::from(1);
                }
            };
            if args.no_open {
                println!("{}", path.display());
                return ExitCode::SUCCESS;
            }
            start(data_dir, pack, tui::Start::Open(path), dirs)
        }
        None => {
            let pack = match content_cmd::pack_for_run(cli.content.as_deref()) {
                Ok(pack) => pack,
                Err(message) => {
                    eprintln!("{message}");
                    return ExitCode::from(1);
                }
            };
            start(
                paths::resolve_data_dir(cli.data_dir.as_deref()),
                pack,
                tui::Start::Home,
                dirs,
            )
        }
    }
}

fn start(
    data_dir: std::path::PathBuf,
    pack: pim_workshop::content::Pack,
    start: tui::Start,
    extra_dirs: Vec<std::path::PathBuf>,
) -> ExitCode {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        eprintln!(
            "pim-workshop needs an interactive terminal for its screens. \
             Run it from a terminal, or see `pim-workshop --help` for commands that work without one."
        );
        return ExitCode::from(2);
    }
    let options = tui::Options {
        data_dir,
        content: Arc::new(pack),
        start,
        extra_dirs,
    };
    report(tui::run(options).map(|()| ExitCode::SUCCESS))
}

fn report(result: anyhow::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pim-workshop: {e:#}");
            ExitCode::from(1)
        }
    }
}
