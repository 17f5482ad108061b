//! The language the screens speak while a session is open: the session's own (as it records it, or
//! as its content pack says), with that language's built-in pack unless an adapted pack was given.
//! The loop calls this when it has read a session and when it closes one; `update` never changes the
//! language (it is the environment of the views, like the clock).

use std::sync::Arc;

use super::app::App;
use crate::i18n::{self, Lang};
use crate::session::Session;

/// The language a session speaks, if it says (its `language`, else its content pack's).
pub fn of_session(session: &Session) -> Option<Lang> {
    Lang::parse(&session.language).or_else(|| {
        crate::content::embedded_pack_language(&session.content.pack_id).and_then(Lang::parse)
    })
}

/// Speak the session's language, if it says one.
pub fn speak_session(app: &mut App, session: &Session) {
    if let Some(lang) = of_session(session) {
        speak(app, lang);
    }
}

/// Speak `lang` from now on: the interface's words and, unless the pack is an adapted one, the
/// built-in content pack in that language when there is one (the English one otherwise).
pub fn speak(app: &mut App, lang: Lang) {
    i18n::set_current(lang);
    if app.adapted_content || app.content.info.language == lang.code() {
        return;
    }
    if let Ok(pack) = crate::content::load_embedded_or_english(lang.code()) {
        app.content = Arc::new(pack);
    }
}
