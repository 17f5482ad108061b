//! Scoping a request: the answers a scoping session records (what was requested, the outputs needed,
//! the areas, the approach), the output-first matching against the Matrix and the landscape register,
//! and the scoping brief handed to the manager.
//!
//! The prompts that hold these answers are found by their kind (`PromptKind`), so a template or an
//! adapted pack decides where they are asked.

pub mod answers;
pub mod brief;
pub mod matching;

pub use answers::answer_summary;
pub use brief::{Brief, BriefSection, build_brief};
pub use matching::{CategoryShare, Fit, OutputMatch, join_and, join_or, match_outputs};

use crate::content::{Pack, PromptKind};
use crate::session::Session;

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
