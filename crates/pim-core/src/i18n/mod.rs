//! The interface's words in every language, through Fluent (`fluent-bundle`). The catalogues are the
//! `.ftl` files under `locales/<lang>/`, embedded at build time (see `build.rs`): a language joins by
//! adding its folder, without a code change. Content (the PIM framework itself) is not here: it lives
//! in `content/<lang>/`.
//!
//! Words are looked up by id with [`t!`](crate::t): `t!("home-title")`, `t!("records-count", n = 3)`.
//! Plurals and other variants are the catalogue's (Fluent selectors with the language's plural rules),
//! never `if n == 1` in code. A message missing from a language falls back to English.
//!
//! The language in use is per thread: [`set_current`] (the TUI's one thread, the CLI's) and
//! [`with_lang`] (an export written in its session's language). [`Lang::PSEUDO`] is a pseudo-locale
//! for tests: English made longer, accented and bracketed, so that a word left out of the catalogue,
//! or a label cut short, shows.

mod catalogue;
mod current;
mod dates;
mod lang;
mod pseudo;

pub use catalogue::{Args, has_message, message_ids, parse_errors, tr, tr_with};
pub use current::{current, set_current, with_lang};
pub use dates::{long_date, month_name};
pub use lang::Lang;
pub use pseudo::pseudo_text;

/// A message of the catalogue in the current language: `t!("id")` or `t!("id", name = value, …)`.
/// Values are strings or numbers (numbers choose plural forms).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::default();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::tr_with($id, &args)
    }};
}
