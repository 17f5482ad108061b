//! The language this thread speaks in.

use std::cell::Cell;

use super::lang::Lang;

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::EN) };
}

/// The language this thread speaks in.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Speak `lang` on this thread from now on.
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Run `f` with this thread speaking `lang`, then go back to the language before.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = current();
    set_current(lang);
    let result = f();
    set_current(before);
    result
}
