//! Every user-facing string of the program, in one place, so another language can be added.
//!
//! A language is a [`Texts`] value; `en` is the only one today. Content (the PIM framework itself) is not
//! here: it lives in `content/<lang>/`.

mod en;
mod strings;

pub use en::EN;
pub use strings::Texts;

/// The language in use.
pub fn texts() -> &'static Texts {
    &EN
}
