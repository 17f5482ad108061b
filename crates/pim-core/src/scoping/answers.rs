//! A session's scoping answers: where they are (found by prompt kind), and how an answer reads,
//! whatever its kind: a request kind, picked outputs and an approach are named from the content pack,
//! followed by what the team wrote.

use crate::content::{Pack, PromptKind};
use crate::session::{Answer, Session};
use crate::t;

use super::matching::{OutputMatch, join_and, match_outputs};

/// The answer as people read it. Empty when nothing was recorded.
pub fn answer_summary(pack: &Pack, kind: PromptKind, answer: &Answer) -> String {
    let mut lines: Vec<String> = Vec::new();
    match kind {
        PromptKind::RequestKind => {
            for id in &answer.picks {
                lines.push(
                    pack.request_kind(id)
                        .map_or_else(|| id.clone(), |k| k.label.clone()),
                );
            }
        }
        PromptKind::Outputs => {
            for id in &answer.picks {
                lines.push(match pack.needed_output(id) {
                    Some((c, item)) => format!("• {} ({})", item.text, c.name),
                    None => format!("• {id}"),
                });
            }
        }
        PromptKind::Approach => {
            let existing = answer.picks.iter().any(|id| id == USE_EXISTING_DATA);
            let categories: Vec<String> = answer
                .picks
                .iter()
                .filter(|id| *id != USE_EXISTING_DATA)
                .map(|id| {
                    pack.category(id)
                        .map_or_else(|| id.clone(), |c| c.name.clone())
                })
                .collect();
            let line = match (existing, categories.is_empty()) {
                (true, true) => t!("scoping-approach-existing"),
                (true, false) => t!(
                    "scoping-approach-existing-and-new",
                    categories = join_and(&categories)
                ),
                (false, false) => t!("scoping-approach-new", categories = join_and(&categories)),
                (false, true) => String::new(),
            };
            if !line.is_empty() {
                lines.push(line);
            }
        }
        PromptKind::Text | PromptKind::List | PromptKind::Areas | PromptKind::Landscape => {}
    }
    let text = answer.text.trim_end();
    if !text.trim().is_empty() {
        lines.push(text.to_string());
    }
    lines.join("\n")
}

/// The id `Approach` answers pick for "use data that already exists" instead of a category.
pub const USE_EXISTING_DATA: &str = "use-existing-data";

/// The answer to the session template's prompt of a kind: (sub-step, prompt id, picks, text).
pub fn answer_of_kind<'a>(
    pack: &'a Pack,
    session: &'a Session,
    kind: PromptKind,
) -> Option<(String, &'a str, &'a [String], &'a str)> {
    let (sub, prompt) = pack.prompt_of_kind(&session.template, kind)?;
    let answer = session
        .substeps
        .get(&sub)
        .and_then(|r| r.answers.get(prompt.id));
    let picks = answer.map_or(&[][..], |a| a.picks.as_slice());
    let text = answer.map_or("", |a| a.text.as_str());
    Some((sub, prompt.id, picks, text))
}

/// The lines of a list answer: trimmed, without bullets or blank lines.
pub fn list_items(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['-', '*', '•'])
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// The session's needed outputs read against its request and landscape register.
pub fn session_match<'a>(pack: &'a Pack, session: &'a Session) -> OutputMatch<'a> {
    let needed = answer_of_kind(pack, session, PromptKind::Outputs)
        .map(|(_, _, picks, _)| picks.to_vec())
        .unwrap_or_default();
    let request = answer_of_kind(pack, session, PromptKind::RequestKind)
        .and_then(|(_, _, picks, _)| picks.first().cloned());
    let areas = answer_of_kind(pack, session, PromptKind::Areas)
        .map(|(_, _, _, text)| list_items(text))
        .unwrap_or_default();
    match_outputs(
        pack,
        &needed,
        request.as_deref(),
        &session.landscape,
        &areas,
    )
}

/// Whether the session's template asks for the outputs needed (and so has a comparison and a brief).
pub fn is_scoping(pack: &Pack, session: &Session) -> bool {
    pack.prompt_of_kind(&session.template, PromptKind::Outputs)
        .is_some()
}
