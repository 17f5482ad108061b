//! The `pim-workshop` binary: parse the command line, load the content, run the command or the TUI.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use pim_workshop::cli::{
    Cli, Command, ContentCommand, content_cmd, export_cmds, group_cmds, landscape_cmd, new_cmd,
    session_cmds,
};
use pim_workshop::content::Pack;
use pim_workshop::{paths, tui};

fn main() -> ExitCode {
    // The built-in content is read on another thread while the command line is parsed and the terminal
    // is taken over (BENCHMARKS.md, startup); a command that needs it waits for it.
    let mut embedded = Some(std::thread::spawn(|| {
        pim_workshop::content::load_embedded().map_err(|e| e.to_string())
    }));
    let cli = Cli::from_command_line();
    // The pack for a command: the built-in one as read above, or an adapted one (checked first).
    let mut pack_for_run = |dir: Option<&std::path::Path>| -> Result<Pack, String> {
        if dir.is_none()
            && let Some(handle) = embedded.take()
            && let Ok(Ok(pack)) = handle.join()
        {
            return Ok(pack);
        }
        content_cmd::pack_for_run(dir)
    };
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
        Some(Command::Split(args)) => match pack_for_run(cli.content.as_deref()) {
            Ok(pack) => group_cmds::split(&args, &pack),
            Err(message) => {
                eprintln!("{message}");
                ExitCode::from(1)
            }
        },
        Some(Command::Summary(args)) => match pack_for_run(cli.content.as_deref()) {
            Ok(pack) => group_cmds::summary(&args, &pack),
            Err(message) => {
                eprintln!("{message}");
                ExitCode::from(1)
            }
        },
        Some(Command::Open { path }) => match pack_for_run(cli.content.as_deref()) {
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
        Some(Command::Review { path }) => match pack_for_run(cli.content.as_deref()) {
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
            let pack = match pack_for_run(cli.content.as_deref()) {
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
            // The home screen: the terminal is taken over while the built-in pack is still being read.
            let content = match (cli.content.as_deref(), embedded.take()) {
                (None, Some(handle)) => tui::PackSource::Loading(handle),
                (dir, _) => match content_cmd::pack_for_run(dir) {
                    Ok(pack) => tui::PackSource::Ready(Arc::new(pack)),
                    Err(message) => {
                        eprintln!("{message}");
                        return ExitCode::from(1);
                    }
                },
            };
            start(
                paths::resolve_data_dir(cli.data_dir.as_deref()),
                content,
                tui::Start::Home,
                dirs,
            )
        }
    }
}

fn start(
    data_dir: std::path::PathBuf,
    content: impl Into<tui::PackSource>,
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
        content: content.into(),
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
