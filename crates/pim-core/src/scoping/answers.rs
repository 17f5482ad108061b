//! How an answer reads, whatever its kind: a request kind, picked outputs and an approach are named
//! from the content pack, followed by what the team wrote.

use crate::content::{Pack, PromptKind};
use crate::session::Answer;

use super::USE_EXISTING_DATA;

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
                (true, true) => "Use data that already exists.".to_string(),
                (true, false) => format!(
                    "Use data that already exists, and collect new data as {}.",
                    super::join_and(&categories)
                ),
                (false, false) => format!("New collection as {}.", super::join_and(&categories)),
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
