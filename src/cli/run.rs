//! Running the program as one function: [`run`] gives every command the content it needs and returns
//! what the command returns (`Result<ExitCode>`); [`exit_code`] is the one place that prints why a
//! command failed and turns it into the exit status.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::thread::JoinHandle;

use anyhow::Result;

use super::args::{Cli, Command, ContentCommand, NewArgs};
pub use super::failure::{Failure, exit_code, report};
use super::{
    content_cmd, export_cmds, group_cmds, landscape_cmd, new_cmd, search_cmd, session_cmds,
};
use crate::content::Pack;
use crate::i18n::Lang;
use crate::{paths, tui};

/// The content pack, asked for by the commands that need it. The built-in one is read on another
/// thread while the command line is parsed and the terminal is taken over (BENCHMARKS.md, startup);
/// a command that needs it waits for it.
pub struct Content {
    /// The language whose pack is being read.
    lang: Lang,
    builtin: Option<JoinHandle<Result<Pack, String>>>,
}

impl Content {
    /// Starts reading the built-in pack of `lang` (the environment's language; English when there is
    /// no pack in it) on another thread. Call it before parsing the command line.
    pub fn read_in_background(lang: Lang) -> Content {
        Content {
            lang,
            builtin: Some(std::thread::spawn(move || {
                crate::content::load_embedded_or_english(lang.code()).map_err(|e| e.to_string())
            })),
        }
    }

    /// Reads nothing yet: the built-in pack of `lang` is read when a command first asks for it (the
    /// home screen, after its first frame).
    pub fn read_later(lang: Lang) -> Content {
        Content {
            lang,
            builtin: None,
        }
    }

    /// The language asked for on the command line: when it is not the one whose pack is being read,
    /// its own pack is read instead when a command asks for one.
    pub fn use_lang(&mut self, lang: Lang) {
        if lang != self.lang {
            self.builtin = None;
            self.lang = lang;
        }
    }

    /// The pack for a command: the built-in one of the language as read in the background, or the
    /// adapted one in `dir` (checked first; the error is the check's report).
    pub fn pack(&mut self, dir: Option<&Path>) -> Result<Pack> {
        if dir.is_none()
            && let Some(handle) = self.builtin.take()
            && let Ok(Ok(pack)) = handle.join()
        {
            return Ok(pack);
        }
        if dir.is_none()
            && let Some(Ok(pack)) = crate::content::load_embedded_lang(self.lang.code())
        {
            return Ok(pack);
        }
        content_cmd::pack_for_run(dir).map_err(report)
    }

    /// The pack for the home screen: the built-in one may still be being read (the screen takes
    /// over the terminal meanwhile); an adapted one is checked first.
    fn for_home(mut self, dir: Option<&Path>) -> Result<tui::PackSource> {
        match (dir, self.builtin.take()) {
            (None, Some(handle)) => Ok(tui::PackSource::Loading(handle)),
            (None, None) => Ok(tui::PackSource::Builtin(self.lang)),
            (dir, _) => Ok(tui::PackSource::Ready(Arc::new(self.pack(dir)?))),
        }
    }
}

/// Runs the command line: the command, or the home screen without one.
pub fn run(cli: Cli, mut content: Content) -> Result<ExitCode> {
    let Cli {
        data_dir,
        content: content_dir,
        lang,
        dirs,
        plain,
        command,
    } = cli;
    if let Some(lang) = lang {
        crate::i18n::set_current(lang);
        content.use_lang(lang);
    }
    let (data_dir, content_dir) = (data_dir.as_deref(), content_dir.as_deref());
    let adapted = content_dir.is_some();
    let screens = |pack: Pack, start: tui::Start| {
        let data_dir = paths::resolve_data_dir(data_dir);
        open_screens(data_dir, pack, start, dirs.clone(), adapted)
    };
    // The plain, line-by-line front, when it is asked for or the terminal cannot take the screens.
    let terminals = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let env = |k: &str| std::env::var(k).ok();
    // Only the commands that open the screens have a plain form; `show`, `export`… are unchanged.
    let session_given = match &command {
        Some(Command::Open { .. } | Command::Review { .. }) => Some(true),
        Some(Command::New(args)) if !args.no_open => Some(true),
        None => Some(false),
        Some(_) => None,
    };
    if let Some(given) = session_given
        && crate::plain::chosen(plain, env, terminals, given)
    {
        let pack = Arc::new(content.pack(content_dir)?);
        let data_dir = paths::resolve_data_dir(data_dir);
        let start = match command {
            Some(Command::Open { path }) => crate::plain::Start::Open(path),
            Some(Command::Review { path }) => crate::plain::Start::Review(path),
            Some(Command::New(args)) => {
                crate::plain::Start::Open(new_cmd::create(&pack, &data_dir, &args)?)
            }
            _ => crate::plain::Start::Home,
        };
        return plain_front(data_dir, pack, start);
    }
    match command {
        Some(Command::Content(ContentCommand::Check { dir })) => {
            content_cmd::run_check(dir.as_deref())
        }
        Some(Command::Check { paths }) => session_cmds::check_files(&paths),
        Some(Command::Restore { path }) => session_cmds::restore_file(&path),
        Some(Command::List(args)) => {
            export_cmds::list(&args, data_dir, content.pack(content_dir).ok().as_ref())
        }
        Some(Command::Search(a)) => search_cmd::search(&a, data_dir, &content.pack(content_dir)?),
        Some(Command::Show(args)) => export_cmds::show(&args, &content.pack(content_dir)?),
        Some(Command::Export(args)) => export_cmds::export(&args, &content.pack(content_dir)?),
        Some(Command::ImportLandscape { path, csv, sheet }) => {
            landscape_cmd::import(&path, &csv, sheet.as_deref(), &content.pack(content_dir)?)
        }
        Some(Command::Merge(args)) => group_cmds::merge(&args),
        Some(Command::Split(args)) => group_cmds::split(&args, &content.pack(content_dir)?),
        Some(Command::Summary(args)) => group_cmds::summary(&args, &content.pack(content_dir)?),
        Some(Command::Open { path }) => screens(content.pack(content_dir)?, tui::Start::Open(path)),
        Some(Command::Review { path }) => {
            screens(content.pack(content_dir)?, tui::Start::Review(path))
        }
        Some(Command::New(args)) => {
            let pack = content.pack(content_dir)?;
            new(&args, pack, data_dir, dirs.clone(), adapted)
        }
        None => open_screens(
            paths::resolve_data_dir(data_dir),
            content.for_home(content_dir)?,
            tui::Start::Home,
            dirs,
            adapted,
        ),
    }
}

/// `pim-workshop new`: creates the session, then opens it (or prints its path with `--no-open`).
fn new(
    args: &NewArgs,
    pack: Pack,
    data_dir: Option<&Path>,
    dirs: Vec<PathBuf>,
    adapted_content: bool,
) -> Result<ExitCode> {
    let data_dir = paths::resolve_data_dir(data_dir);
    let path = new_cmd::create(&pack, &data_dir, args)?;
    if args.no_open {
        println!("{}", crate::display::one_line(&path.display().to_string()));
        return Ok(ExitCode::SUCCESS);
    }
    open_screens(
        data_dir,
        pack,
        tui::Start::Open(path),
        dirs,
        adapted_content,
    )
}

/// The screens, on an interactive terminal.
fn open_screens(
    data_dir: PathBuf,
    content: impl Into<tui::PackSource>,
    start: tui::Start,
    extra_dirs: Vec<PathBuf>,
    adapted_content: bool,
) -> Result<ExitCode> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Failure::NoTerminal.into());
    }
    tui::run(tui::Options {
        data_dir,
        content: content.into(),
        start,
        extra_dirs,
        adapted_content,
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The plain front on this process's input and output, paged when the input is a terminal.
fn plain_front(data_dir: PathBuf, pack: Arc<Pack>, start: crate::plain::Start) -> Result<ExitCode> {
    // The terminal's size is asked of the system (no escape sequence is written); 80×24 when it
    // cannot say.
    let page = std::io::stdin().is_terminal().then(|| {
        let (cols, rows) = crossterm::terminal::size().unwrap_or((80, 24));
        crate::plain::prompt::PageSize {
            rows: usize::from(rows),
            cols: usize::from(cols),
        }
    });
    let (stdin, stdout) = (std::io::stdin(), std::io::stdout());
    let mut io = crate::plain::prompt::Io::new(stdin.lock(), stdout.lock(), page);
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default();
    let options = crate::plain::Options {
        data_dir,
        pack,
        start,
        user,
    };
    crate::plain::run(options, &mut io).map_err(|message| anyhow::anyhow!(message))?;
    Ok(ExitCode::SUCCESS)
}
