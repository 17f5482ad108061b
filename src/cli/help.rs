//! The command line's help in the current language. clap's derive (`args.rs` and the commands'
//! argument structs) gives the commands and their arguments, and no words: clap's derive texts are
//! compile-time literals. The words are the catalogue's (`locales/*/cli.ftl`), set here on the parser
//! when it is built, in the language of the moment: `--help` speaks it.

use std::collections::HashMap;
use std::sync::LazyLock;

use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use crate::i18n::{self, Lang};
use crate::t;

/// The command line (`Cli`), parsed by the parser of [`command`]; on `--help`, `--version` or an
/// error, says so and exits, as `Cli::parse` does.
pub fn parse<C: CommandFactory + FromArgMatches>() -> C {
    let matches = command::<C>().get_matches();
    C::from_arg_matches(&matches)
        .map_err(|e| e.format(&mut command::<C>()))
        .unwrap_or_else(|e| e.exit())
}

/// The command line's parser (`Cli`'s) with every word in the current language, built (clap's own
/// help flags and `help` command are there, translated too).
pub fn command<C: CommandFactory>() -> Command {
    let cmd = C::command()
        .about(t!("cli-about"))
        .long_about(t!("cli-long-about"));
    let mut cmd = words("", cmd);
    cmd.build();
    clap_words(cmd)
}

/// The words of a command, its arguments and its subcommands; `path` is the command's own, e.g.
/// `content check` (empty for the program itself).
fn words(path: &str, cmd: Command) -> Command {
    let cmd = match about(path) {
        Some(about) => cmd.about(about),
        None => cmd,
    };
    let cmd = if cmd.has_subcommands() {
        cmd.subcommand_help_heading(commands_heading())
    } else {
        cmd
    };
    cmd.mut_args(|arg| match argument(path, arg.get_id().as_str()) {
        Some(help) => arg.help(help),
        None => arg,
    })
    .mut_subcommands(|sub| {
        let path = format!("{path} {}", sub.get_name());
        words(path.trim_start(), sub)
    })
}

/// The heading of a command's list of commands in every language, read once: clap wants it for
/// the life of the program.
static COMMANDS_HEADING: LazyLock<HashMap<Lang, String>> = LazyLock::new(|| {
    Lang::all()
        .chain(std::iter::once(Lang::PSEUDO))
        .map(|lang| (lang, i18n::with_lang(lang, || t!("cli-heading-commands"))))
        .collect()
});

fn commands_heading() -> &'static str {
    COMMANDS_HEADING
        .get(&i18n::current())
        .map_or("Commands", String::as_str)
}

/// What a command does, by its path (the program's own is set in [`command`]).
fn about(path: &str) -> Option<String> {
    Some(match path {
        "content" => t!("cli-about-content"),
        "content check" => t!("cli-about-content-check"),
        "open" => t!("cli-about-open"),
        "review" => t!("cli-about-review"),
        "new" => t!("cli-about-new"),
        "check" => t!("cli-about-check"),
        "restore" => t!("cli-about-restore"),
        "list" => t!("cli-about-list"),
        "search" => t!("cli-about-search"),
        "show" => t!("cli-about-show"),
        "export" => t!("cli-about-export"),
        "import-landscape" => t!("cli-about-import-landscape"),
        "split" => t!("cli-about-split"),
        "merge" => t!("cli-about-merge"),
        "summary" => t!("cli-about-summary"),
        _ => return None,
    })
}

/// What an argument is, by its command's path and its id (the field's name). The global options
/// are the program's: clap copies them into every command when it builds the parser.
fn argument(path: &str, id: &str) -> Option<String> {
    Some(match (path, id) {
        ("", "data_dir") => t!("cli-arg-data-dir"),
        ("", "content") => t!("cli-arg-content"),
        ("", "lang") => t!("cli-arg-lang"),
        ("", "dirs") => t!("cli-arg-dirs"),
        ("", "plain") => t!("plain-arg"),
        ("new", "template") => t!("cli-arg-new-template"),
        ("new", "title") => t!("cli-arg-new-title"),
        ("new", "facilitator") => t!("cli-arg-new-facilitator"),
        ("new", "no_open") => t!("cli-arg-new-no-open"),
        ("list", "dir") => t!("cli-arg-list-dir"),
        ("list", "json") => t!("cli-arg-list-json"),
        ("search", "query") => t!("cli-arg-search-query"),
        ("search", "dir") => t!("cli-arg-search-dir"),
        ("search", "json") => t!("cli-arg-search-json"),
        ("show" | "import-landscape", "path") => t!("cli-arg-session-file"),
        ("export", "path") => t!("cli-arg-export-path"),
        ("export", "format") => t!("cli-arg-export-format"),
        ("export", "out") => t!("cli-arg-export-out"),
        ("export" | "summary", "force") => t!("cli-arg-force"),
        ("import-landscape", "csv") => t!("cli-arg-import-csv"),
        ("import-landscape", "sheet") => t!("cli-arg-import-sheet"),
        ("export", "include") => t!("cli-arg-export-include"),
        ("export", "system") => t!("cli-arg-export-system"),
        ("split", "path") => t!("cli-arg-split-path"),
        ("split", "groups") => t!("cli-arg-split-groups"),
        ("split", "steps") => t!("cli-arg-split-steps"),
        ("split", "members") => t!("groups-arg-members"),
        ("split", "assign") => t!("groups-arg-assign"),
        ("split", "seed") => t!("groups-arg-seed"),
        ("split", "names") => t!("groups-arg-names"),
        ("split", "rapporteurs") => t!("groups-arg-rapporteurs"),
        ("split", "round") => t!("groups-arg-round"),
        ("merge", "plenary") => t!("cli-arg-merge-plenary"),
        ("merge", "groups") => t!("cli-arg-merge-groups"),
        ("summary", "path") => t!("cli-arg-summary-path"),
        ("summary", "day") => t!("cli-arg-summary-day"),
        ("summary", "date") => t!("cli-arg-summary-date"),
        ("summary", "out") => t!("cli-arg-summary-out"),
        _ => return None,
    })
}

/// The words clap adds when it builds the parser: the `-h`/`--help` and `-V`/`--version` flags of
/// every command, and the `help` command. (Arguments are changed in place: after the build, clap
/// finds them by their position.)
fn clap_words(cmd: Command) -> Command {
    if cmd.get_name() == "help" {
        return help_command();
    }
    cmd.mut_args(clap_flag).mut_subcommands(clap_words)
}

/// clap's `help` command, as it makes it for parsing (the full build gives it a copy of every
/// command instead, which would change what `help help` says).
fn help_command() -> Command {
    Command::new("help")
        .about(t!("cli-help-command"))
        .arg(
            Arg::new("subcommand")
                .action(ArgAction::Append)
                .num_args(..)
                .value_name("COMMAND")
                .help(t!("cli-help-subcommands")),
        )
        .disable_help_flag(true)
        .disable_version_flag(true)
}

fn clap_flag(arg: Arg) -> Arg {
    match arg.get_id().as_str() {
        // clap's help flag has a long help when the command's `--help` says more than its `-h`.
        "help" if arg.get_long_help().is_some() => arg
            .help(t!("cli-help-flag-short"))
            .long_help(t!("cli-help-flag-long")),
        "help" => arg.help(t!("cli-help-flag")),
        "version" => arg.help(t!("cli-version-flag")),
        _ => arg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;

    /// Every command and argument of the parser, with its path.
    fn all(cmd: &Command, path: &str, out: &mut Vec<(String, Command)>) {
        out.push((path.to_string(), cmd.clone()));
        for sub in cmd.get_subcommands() {
            let sub_path = format!("{path} {}", sub.get_name());
            all(sub, sub_path.trim_start(), out);
        }
    }

    /// The positional arguments that have never had a help text (the command's says it all).
    const BARE: &[(&str, &str)] = &[
        ("content check", "dir"),
        ("open", "path"),
        ("review", "path"),
        ("check", "paths"),
        ("restore", "path"),
    ];

    #[test]
    fn every_command_and_argument_has_its_words() {
        let mut commands = Vec::new();
        all(&command::<Cli>(), "", &mut commands);
        for (path, cmd) in &commands {
            if path.split(' ').any(|p| p == "help") {
                continue;
            }
            assert!(cmd.get_about().is_some(), "`{path}` has no help text");
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if BARE.contains(&(path.as_str(), id)) {
                    continue;
                }
                assert!(
                    arg.get_help().is_some(),
                    "`{path}`'s argument {id} has no help: give it a message in \
                     locales/*/cli.ftl and a line in src/cli/help.rs's `argument`"
                );
            }
        }
    }

    #[test]
    fn the_help_speaks_the_current_language() {
        let fr = Lang::parse("fr").expect("French is embedded");
        let english = command::<Cli>().render_long_help().to_string();
        assert!(
            english.contains("Print help (see a summary with '-h')"),
            "{english}"
        );
        assert!(english.contains("Commands:"), "{english}");
        let mut export = i18n::with_lang(fr, command::<Cli>);
        let french = export.render_long_help().to_string();
        assert!(french.contains("Commandes:"), "{french}");
        assert!(french.contains("Afficher l'aide"), "{french}");
        assert!(french.contains("Sans commande, il ouvre"), "{french}");
        let export = export
            .find_subcommand_mut("export")
            .expect("export")
            .render_long_help()
            .to_string();
        assert!(export.contains("Note de cadrage (Markdown"), "{export}");
        // Options and values are the same in every language.
        assert!(export.contains("--format <FORMAT>") && export.contains("landscape-csv"));
    }
}
