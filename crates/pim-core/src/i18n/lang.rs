//! The languages the program speaks: one per catalogue folder embedded at build time, plus the
//! pseudo-locale for tests.

use crate::embedded::CATALOGUES;

/// A language of the interface: an index into the embedded catalogues (English is always the first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(u8);

impl Lang {
    /// English, the catalogue every other one falls back to.
    pub const EN: Lang = Lang(0);
    /// The pseudo-locale (`pseudo`): English, longer, accented and bracketed, for tests.
    pub const PSEUDO: Lang = Lang(u8::MAX);

    /// Every real language, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..CATALOGUES.len().max(1)).map(|i| Lang(u8::try_from(i).unwrap_or(0)))
    }

    /// The code, as in `--lang` and in a session file: `en`, `fr`, `pseudo`.
    pub fn code(self) -> &'static str {
        if self == Lang::PSEUDO {
            "pseudo"
        } else {
            CATALOGUES.get(usize::from(self.0)).map_or("en", |(c, _)| c)
        }
    }

    /// The catalogue behind the words (the pseudo-locale's is English's).
    pub(super) fn index(self) -> usize {
        if self == Lang::PSEUDO {
            0
        } else {
            usize::from(self.0)
        }
    }

    /// A language from a code or a locale name: `fr`, `FR`, `fr-CA`, `fr_FR.UTF-8`, `pseudo`. `None`
    /// when the program has no catalogue for it.
    pub fn parse(text: &str) -> Option<Lang> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("pseudo") {
            return Some(Lang::PSEUDO);
        }
        let base = text
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::all().find(|l| l.code() == base)
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
    /// and not empty (POSIX order), else the system's language (`system`, e.g. Windows' UI language),
    /// when the program has it; else English. `C` and `POSIX` mean English.
    pub fn from_env(var: impl Fn(&str) -> Option<String>, system: Option<String>) -> Lang {
        let asked = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|v| !v.trim().is_empty())
            .or(system);
        asked.and_then(|a| Lang::parse(&a)).unwrap_or(Lang::EN)
    }

    /// The code to put in a document's `lang` attribute (the pseudo-locale's words are English).
    pub fn html_code(self) -> &'static str {
        if self == Lang::PSEUDO {
            "en"
        } else {
            self.code()
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_reach_their_language() {
        assert_eq!(Lang::parse("en_GB.UTF-8"), Some(Lang::EN));
        let fr = Lang::parse("fr").expect("French is embedded");
        assert_eq!(Lang::parse("fr_FR.UTF-8"), Some(fr));
        assert_eq!(Lang::parse("FR-ca"), Some(fr));
        assert_eq!(Lang::parse("pseudo"), Some(Lang::PSEUDO));
        assert_eq!(Lang::parse("xx"), None);
        assert_eq!(Lang::parse("C"), None);
    }

    #[test]
    fn the_environment_in_posix_order_then_the_system() {
        let fr = Lang::parse("fr").expect("French is embedded");
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env(env(&[("LANG", "fr_FR.UTF-8")]), None), fr);
        let both = env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "fr_FR.UTF-8")]);
        assert_eq!(Lang::from_env(both, None), Lang::EN);
        assert_eq!(
            Lang::from_env(env(&[("LANG", "")]), Some("fr-FR".into())),
            fr
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "C")]), Some("fr-FR".into())),
            Lang::EN
        );
        assert_eq!(Lang::from_env(env(&[]), None), Lang::EN);
    }
}
