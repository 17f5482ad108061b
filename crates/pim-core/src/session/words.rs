//! Status and level words: how a value of a status enum is found again from what a file, a table or a
//! person wrote. Each enum keeps its own words (its file name and its label); this is how they are
//! compared.

use thiserror::Error;

use crate::i18n::{Lang, with_lang};
use crate::t;

/// How a word is compared: trimmed, lower case, spaces and dashes read as underscores, so
/// `In progress`, `in-progress` and `in_progress` are the same word.
pub fn word_key(word: &str) -> String {
    word.trim().to_lowercase().replace([' ', '-'], "_")
}

/// The value among `all` whose file name or label is `word` (compared by [`word_key`]). The label is
/// read in the current language and in English, so `in progress` works in every language.
pub fn find_word<T: Clone>(
    word: &str,
    all: &[T],
    name: impl Fn(&T) -> &'static str,
    label: impl Fn(&T) -> String,
) -> Option<T> {
    let key = word_key(word);
    all.iter()
        .find(|v| {
            name(v) == key
                || word_key(&label(v)) == key
                || word_key(&with_lang(Lang::EN, || label(v))) == key
        })
        .cloned()
}

/// A word that is none of an enum's values.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", t!("status-unknown-word", word = format!("{word:?}"), expected = expected.join(", ")))]
pub struct UnknownWord {
    /// What was written.
    pub word: String,
    /// The file names of the values, in the order people list them.
    pub expected: Vec<&'static str>,
}

/// `FromStr` through the enum's `parse`, the error listing `$listed` (a slice of the enum's values) by
/// their file names.
macro_rules! from_str_by_parse {
    ($t:ty, $listed:expr) => {
        impl std::str::FromStr for $t {
            type Err = $crate::session::words::UnknownWord;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$t>::parse(s).ok_or_else(|| $crate::session::words::UnknownWord {
                    word: s.to_string(),
                    expected: $listed.iter().map(|v| v.as_str()).collect(),
                })
            }
        }
    };
}
pub(crate) use from_str_by_parse;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_compared_loosely() {
        assert_eq!(word_key("  In Progress "), "in_progress");
        assert_eq!(word_key("not-applicable"), "not_applicable");
        let e = UnknownWord {
            word: "sometimes".into(),
            expected: vec!["active", "ended"],
        };
        assert_eq!(e.to_string(), "\"sometimes\" is not one of active, ended");
    }
}
