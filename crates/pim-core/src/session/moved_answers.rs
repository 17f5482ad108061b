//! Answers to prompts a template no longer asks, moved to the prompt that now asks the same thing.
//!
//! The scoping template once asked several questions twice (what is out of scope and what is not
//! needed; who decides and which decisions; the resources in 1.1 and again in 2.3…). Its prompts were
//! merged; a file written before that keeps every answer: on load, an answer to a merged prompt joins
//! the answer of the prompt it was merged into (both texts kept, one after the other).

use std::collections::BTreeMap;

use super::model::{Answer, Session};

/// A prompt where it is asked: (sub-step, prompt id).
pub type Place = (&'static str, &'static str);

/// (template, sub-step, prompt no longer asked) → (sub-step, prompt that asks it now).
pub const MOVED: [(&str, Place, Place); 13] = {
    const T: &str = "needs-assessment-scoping";
    const DP: &str = "define-purpose";
    const DR: &str = "data-review";
    const SN: &str = "sharing-networks";
    const DS: &str = "develop-system";
    [
        (
            T,
            (DP, "define-purpose.scoping-decision-owner"),
            (DP, "define-purpose.decisions"),
        ),
        (
            T,
            (DP, "define-purpose.scoping-out-of-scope"),
            (DP, "define-purpose.not-needed"),
        ),
        (
            T,
            (DP, "define-purpose.target-group"),
            (DP, "define-purpose.scoping-target-group"),
        ),
        (
            T,
            (DP, "define-purpose.scoping-output-match"),
            (DR, "data-review.scoping-output-match"),
        ),
        (
            T,
            (DP, "define-purpose.resources"),
            (DS, "develop-system.scoping-resources-fit"),
        ),
        (
            T,
            (DP, "define-purpose.risk-assessment"),
            (DS, "develop-system.scoping-sensitivity"),
        ),
        (
            T,
            (DP, "define-purpose.redundant-collection"),
            (DR, "data-review.scoping-data-exists"),
        ),
        (
            T,
            (DR, "data-review.sources"),
            (DR, "data-review.scoping-data-exists"),
        ),
        (
            T,
            (DR, "data-review.locate-collate"),
            (DR, "data-review.scoping-access-quality"),
        ),
        (
            T,
            (DR, "data-review.reliability"),
            (DR, "data-review.scoping-access-quality"),
        ),
        (
            T,
            (SN, "sharing-networks.map-actors"),
            (SN, "sharing-networks.scoping-who-else-collects"),
        ),
        (
            T,
            (SN, "sharing-networks.complementarity"),
            (SN, "sharing-networks.scoping-who-else-collects"),
        ),
        (
            T,
            (DS, "develop-system.methodology"),
            (DS, "develop-system.scoping-approach"),
        ),
    ]
};

/// Moves the answers of merged prompts into the prompts that ask them now; returns how many moved.
/// Does nothing to a session of another template, or one that has no such answer (so it is safe to
/// run on every load).
pub fn move_merged_answers(session: &mut Session) -> usize {
    let mut moved = 0;
    for (template, (from_sub, from), (to_sub, to)) in MOVED {
        if session.template != template {
            continue;
        }
        let Some(old) = session
            .substeps
            .get_mut(from_sub)
            .and_then(|r| r.answers.remove(from))
        else {
            continue;
        };
        moved += 1;
        let answers: &mut BTreeMap<String, Answer> = &mut session
            .substeps
            .entry(to_sub.to_string())
            .or_default()
            .answers;
        match answers.get_mut(to) {
            Some(kept) => join(kept, old),
            None => {
                answers.insert(to.to_string(), old);
            }
        }
    }
    moved
}

/// One answer made of two: the texts one after the other, the picks of both, the later date.
fn join(kept: &mut Answer, old: Answer) {
    let text = old.text.trim();
    if !text.is_empty() && !kept.text.contains(text) {
        kept.text = match kept.text.trim_end() {
            "" => text.to_string(),
            first => format!("{first}\n{text}"),
        };
    }
    for pick in old.picks {
        if !kept.picks.contains(&pick) {
            kept.picks.push(pick);
        }
    }
    if old.at > kept.at {
        kept.at = old.at;
        kept.by = old.by;
    }
}
