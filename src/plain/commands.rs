//! The words the plain front understands: one table, which reads what is typed and which `help`
//! lists. Each command has its English word, a short form, and its word in the current language.

use crate::i18n::tr;
use crate::t;

/// What a typed line asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmd {
    Help,
    Show,
    Next,
    Back,
    Go,
    Answer,
    Principles,
    Done,
    Skip,
    Decide,
    Supersede,
    Act,
    Risk,
    Park,
    Records,
    Guide,
    Library,
    Review,
    Export,
    Quit,
}

/// One row of the table: the command, its English word, its short form, and the catalogue ids of
/// its word in the current language and of what `help` says about it.
pub struct Word {
    pub cmd: Cmd,
    pub english: &'static str,
    pub short: &'static str,
    pub word_id: &'static str,
    pub help_id: &'static str,
}

macro_rules! words {
    ($($cmd:ident $english:literal $short:literal $word:literal $help:literal;)+) => {
        /// Every command, in the order `help` lists them.
        pub const WORDS: &[Word] = &[
            $(Word { cmd: Cmd::$cmd, english: $english, short: $short, word_id: $word, help_id: $help },)+
        ];
    };
}

words! {
    Help "help" "h" "plain-cmd-help" "plain-help-help";
    Show "show" "s" "plain-cmd-show" "plain-help-show";
    Next "next" "n" "plain-cmd-next" "plain-help-next";
    Back "back" "b" "plain-cmd-back" "plain-help-back";
    Go "go" "g" "plain-cmd-go" "plain-help-go";
    Answer "answer" "a" "plain-cmd-answer" "plain-help-answer";
    Principles "principles" "p" "plain-cmd-principles" "plain-help-principles";
    Done "done" "d" "plain-cmd-done" "plain-help-done";
    Skip "skip" "k" "plain-cmd-skip" "plain-help-skip";
    Decide "decide" "dc" "plain-cmd-decide" "plain-help-decide";
    Supersede "supersede" "su" "plain-cmd-supersede" "plain-help-supersede";
    Act "act" "ac" "plain-cmd-act" "plain-help-act";
    Risk "risk" "r" "plain-cmd-risk" "plain-help-risk";
    Park "park" "pk" "plain-cmd-park" "plain-help-park";
    Records "records" "rc" "plain-cmd-records" "plain-help-records";
    Guide "guide" "gu" "plain-cmd-guide" "plain-help-guide";
    Library "library" "l" "plain-cmd-library" "plain-help-library";
    Review "review" "rv" "plain-cmd-review" "plain-help-review";
    Export "export" "x" "plain-cmd-export" "plain-help-export";
    Quit "quit" "q" "plain-cmd-quit" "plain-help-quit";
}

/// The command a line names, and the rest of the line (`go 2.3` → Go, "2.3"); None when its first
/// word is no command's (in English, in short, or in the current language; case ignored).
pub fn parse(line: &str) -> Option<(Cmd, &str)> {
    let line = line.trim();
    let (first, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let first = first.to_lowercase();
    if first == "?" {
        return Some((Cmd::Help, rest.trim()));
    }
    WORDS
        .iter()
        .find(|w| first == w.english || first == w.short || first == tr(w.word_id).to_lowercase())
        .map(|w| (w.cmd, rest.trim()))
}

/// What `help` says: one line a command, its word, its short form and what it does.
pub fn help_text() -> String {
    let mut out = vec![t!("plain-help-heading")];
    out.extend(WORDS.iter().map(|w| {
        t!(
            "plain-help-line",
            word = tr(w.word_id),
            short = w.short,
            what = tr(w.help_id)
        )
    }));
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_short_forms_and_arguments_are_read() {
        assert_eq!(parse("go 2.3"), Some((Cmd::Go, "2.3")));
        assert_eq!(parse("  N "), Some((Cmd::Next, "")));
        assert_eq!(parse("export md"), Some((Cmd::Export, "md")));
        assert_eq!(parse("x   md"), Some((Cmd::Export, "md")));
        assert_eq!(parse("?"), Some((Cmd::Help, "")));
        assert_eq!(parse("fly"), None);
    }

    #[test]
    fn no_two_commands_share_a_word() {
        let mut seen = std::collections::HashSet::new();
        for w in WORDS {
            assert!(seen.insert(w.english), "{}", w.english);
            assert!(seen.insert(w.short), "{}", w.short);
        }
    }
}
