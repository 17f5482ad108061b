//! The language and pack a session's documents are written in on the command line: the session's
//! language (`export::language_of`) and, when the command runs on a built-in pack, the built-in pack
//! of that language — so a French session exported on an English machine is a French document.

use std::borrow::Cow;

use crate::content::{self, Pack};
use crate::session::Session;

/// The pack to write `session`'s documents with.
pub fn pack_for<'a>(session: &Session, pack: &'a Pack) -> Cow<'a, Pack> {
    let built_in = content::embedded_pack_language(&pack.info.id).is_some();
    if !built_in || session.content.pack_id == pack.info.id {
        return Cow::Borrowed(pack);
    }
    let lang = content::embedded_pack_language(&session.content.pack_id)
        .or_else(|| (!session.language.is_empty()).then_some(session.language.as_str()));
    match lang.and_then(content::load_embedded_lang) {
        Some(Ok(own)) => Cow::Owned(own),
        _ => Cow::Borrowed(pack),
    }
}

/// Run `f` speaking `session`'s language with its pack.
pub fn in_session_language<R>(session: &Session, pack: &Pack, f: impl FnOnce(&Pack) -> R) -> R {
    let pack = pack_for(session, pack);
    let lang = crate::export::language_of(session, &pack);
    crate::i18n::with_lang(lang, || f(&pack))
}
