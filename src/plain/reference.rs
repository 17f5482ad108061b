//! Reading the framework line by line: the guidance of the current sub-step (its purpose, prompts,
//! facilitator notes, Matrix rows, glossary, and the Principles in Action), and the reference library
//! (the process, the principles, the Matrix by category, by criterion and output first, the glossary
//! searched). The entries and their details are the library screen's own (`tui::reference`).

use ratatui::text::Line;

use super::prompt::{Choice, Io};
use super::workshop::Workshop;
use crate::content::Pack;
use crate::t;
use crate::tui::reference::{EntryKey, MatrixMode, RefState, Section, entries};
use crate::tui::theme::Theme;

/// Details are not wrapped here: a screen reader or a terminal wraps a long line itself.
const UNWRAPPED: u16 = 4000;

/// An entry's details as plain lines.
fn detail_text(pack: &Pack, key: &EntryKey) -> String {
    let lines: Vec<Line> =
        crate::tui::view::reference_detail(pack, key, UNWRAPPED, Theme::monochrome());
    lines
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .map(|l| l.trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `guide`: the current sub-step's guidance, then the Principles in Action for its step.
pub fn guide(w: &Workshop, io: &mut Io) {
    let pack = &w.pack;
    let mut text = detail_text(pack, &EntryKey::Substep(w.substep_id().to_string()));
    let step = w.step_id();
    for p in &pack.principles.principles {
        let prompts = pack.in_action(&step, &p.id, Some(w.substep_id()));
        if prompts.is_empty() {
            continue;
        }
        text.push_str(&format!(
            "\n\n{}",
            t!("plain-in-action", name = p.name.as_str())
        ));
        for q in prompts {
            text.push_str(&format!("\n- {q}"));
        }
    }
    io.page(&text);
}

/// The parts of the library, in the order they are listed.
fn parts() -> Vec<(String, RefState)> {
    let matrix = |mode: MatrixMode| {
        let mut state = RefState::new(Section::Matrix);
        state.matrix_mode = mode;
        (
            format!("{} — {}", Section::Matrix.title(), mode.title()),
            state,
        )
    };
    vec![
        (Section::Process.title(), RefState::new(Section::Process)),
        (
            Section::Principles.title(),
            RefState::new(Section::Principles),
        ),
        matrix(MatrixMode::ByCategory),
        matrix(MatrixMode::ByCriterion),
        matrix(MatrixMode::OutputFirst),
        (Section::Glossary.title(), RefState::new(Section::Glossary)),
        (
            Section::DataSharing.title(),
            RefState::new(Section::DataSharing),
        ),
        (
            Section::Competencies.title(),
            RefState::new(Section::Competencies),
        ),
    ]
}

/// `library`: choose a part, (for the glossary, a word to search), then an entry, and read it; an
/// entry after another until Enter.
pub fn library(pack: &Pack, io: &mut Io) {
    let mut parts = parts();
    let names: Vec<String> = parts.iter().map(|(n, _)| n.clone()).collect();
    let Choice::Picked(i) = io.choose(&names, &t!("plain-ask-part")) else {
        return;
    };
    let state = &mut parts[i].1;
    if state.section == Section::Glossary {
        let Some(word) = io.ask(&t!("plain-ask-search")) else {
            return;
        };
        state.query = word.trim().to_string();
    }
    let found = entries(pack, state);
    if found.is_empty() {
        io.say(&t!("plain-nothing-found"));
        return;
    }
    let labels: Vec<String> = found.iter().map(|e| e.label.clone()).collect();
    loop {
        match io.choose(&labels, &t!("plain-ask-entry")) {
            Choice::Picked(k) => io.page(&detail_text(pack, &found[k].key)),
            Choice::Keep | Choice::Ended => return,
        }
    }
}
