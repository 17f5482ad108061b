//! The brief path through a session (only the essential prompts, the others a toggle away) and the
//! list items a prompt offers back (a later prompt that goes key question by key question).
//!
//! Both are read from the content: the template's `essential` list and a prompt's `list_from`.

use crate::content::{Pack, PromptView};
use crate::session::Session;

use super::answers::list_items;
use super::essential::is_essential;

/// Whether the session's template marks a brief path (some prompts essential).
pub fn has_brief_path(pack: &Pack, session: &Session) -> bool {
    pack.template(&session.template)
        .is_some_and(|t| !t.essential.is_empty())
}

/// The prompts of `substep` as the workshop lists them: all of them, or on the brief path only the
/// essential ones (in the same order).
pub fn shown_prompts<'a>(
    pack: &'a Pack,
    session: &Session,
    substep: &str,
    brief_path: bool,
) -> Vec<PromptView<'a>> {
    let all = pack.prompts_for(&session.template, substep);
    if !brief_path || !has_brief_path(pack, session) {
        return all;
    }
    all.into_iter()
        .filter(|p| is_essential(pack, session, p.id))
        .collect()
}

/// The list a prompt offers back: the question of the list prompt it names (`list_from`) and the
/// items answered there, one per line. None when it names none, or that list is still empty.
pub fn offered_items<'a>(
    pack: &'a Pack,
    session: &Session,
    prompt: &PromptView<'_>,
) -> Option<(&'a str, Vec<String>)> {
    let from = prompt.list_from?;
    let (sub, view) = pack.prompt(&session.template, from)?;
    let items = list_items(session.answer_text(&sub, from));
    (!items.is_empty()).then_some((view.question, items))
}

/// `text` with a line `item: ` added for each offered item it does not mention yet, so the team can
/// answer item by item; what was written stays as it was, first.
pub fn with_items(text: &str, items: &[String]) -> String {
    let mut out = text.trim_end().to_string();
    for item in items {
        if text.contains(item.as_str()) {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(item);
        out.push_str(": ");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_added_once_after_what_was_written() {
        let items = vec![
            "KQ1 Where are risks highest?".to_string(),
            "KQ2 Who is missed?".into(),
        ];
        let first = with_items("", &items);
        assert_eq!(
            first,
            "KQ1 Where are risks highest?: \nKQ2 Who is missed?: "
        );
        let answered = first.replace("highest?: ", "highest?: Ferrin and Lower Tessa.");
        assert_eq!(with_items(&answered, &items), answered.trim_end());
        let partly = "Notes first.\nKQ2 Who is missed?: older people";
        assert_eq!(
            with_items(partly, &items),
            "Notes first.\nKQ2 Who is missed?: older people\nKQ1 Where are risks highest?: "
        );
    }
}
