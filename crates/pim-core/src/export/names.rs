//! Names, not ids, where a person reads: a timeline event's summary was written with the ids of the
//! sub-step, prompt and principle it is about ("Answered define-purpose.decisions"); here those ids,
//! and only those (the event's target names them), become the sub-step's number and title, the
//! prompt's question and the principle's name, as the pack gives them.

use crate::content::Pack;
use crate::display;
use crate::session::{Session, TimelineEvent, TimelineKind};

/// A prompt's question in a summary is cut at this many characters (with "…").
const QUESTION_CHARS: usize = 60;

/// The event's summary with the ids of its target replaced by names.
pub fn readable_summary(pack: &Pack, session: &Session, event: &TimelineEvent) -> String {
    let Some(target) = event.target.as_deref() else {
        return event.summary.clone();
    };
    let mut text = event.summary.clone();
    let (first, second) = match target.split_once('/') {
        Some((a, b)) => (a, Some(b)),
        None => (target, None),
    };
    match (&event.kind, second) {
        (TimelineKind::Answer, Some(prompt)) => {
            if let Some((_, p)) = pack.prompt(&session.template, prompt) {
                let question = display::truncate(&display::one_line(p.question), QUESTION_CHARS);
                text = text.replace(prompt, &format!("“{question}”"));
            }
        }
        (TimelineKind::Principle, Some(principle)) => {
            if let Some(p) = pack.principle(principle) {
                text = text.replace(principle, &p.name);
            }
            text = substep_named(pack, &text, first);
        }
        (TimelineKind::Status, None) => text = substep_named(pack, &text, first),
        _ => {}
    }
    text
}

/// `substep` in `text` as "1.1 Title".
fn substep_named(pack: &Pack, text: &str, substep: &str) -> String {
    match (pack.substep(substep), pack.substep_code(substep)) {
        (Some((_, s)), Some(code)) => text.replace(substep, &format!("{code} {}", s.title)),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
    }

    #[test]
    fn ids_in_the_timeline_read_as_names() {
        let pack = crate::content::load_embedded().unwrap();
        let mut s = Session::new("T", "full-process", pack.content_ref(), "Amina", at());
        s.set_answer(
            "define-purpose",
            "define-purpose.decisions",
            "x",
            at(),
            "Amina",
        );
        s.set_substep_status(
            "develop-system",
            crate::session::SubstepStatus::Done,
            at(),
            "Amina",
        );
        s.set_principle_check(
            "define-purpose",
            "do-no-harm",
            crate::session::PrincipleStatus::Concern,
            "",
            at(),
            "Amina",
        );
        let read: Vec<String> = s
            .timeline
            .iter()
            .map(|e| readable_summary(&pack, &s, e))
            .collect();
        let all = read.join("\n");
        assert!(all.contains("“What decisions or actions"), "{all}");
        assert!(all.contains("2.3 Develop IM system is now"), "{all}");
        assert!(all.contains("Do no harm in 1.1 Define purpose"), "{all}");
        assert!(!all.contains("define-purpose.decisions"), "{all}");
        assert!(!all.contains("develop-system"), "{all}");
    }
}
