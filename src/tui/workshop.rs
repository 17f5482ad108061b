//! The workshop on the open session: where the team is and the answer being typed (the session itself
//! and its save state are the app's: `super::open`).

use super::text_field::TextField;

/// The panels of the workshop screen; Tab moves between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Map,
    Prompts,
    Guidance,
}

impl Panel {
    pub fn next(self, forward: bool) -> Panel {
        const ORDER: [Panel; 3] = [Panel::Map, Panel::Prompts, Panel::Guidance];
        let i = ORDER.iter().position(|p| *p == self).unwrap_or(1);
        ORDER[if forward { (i + 1) % 3 } else { (i + 2) % 3 }]
    }
}

/// The answer being typed.
#[derive(Clone, Debug)]
pub struct AnswerEditor {
    /// The text being typed: a multi-line field (Enter and Ctrl+J start a new line).
    pub field: TextField,
    pub substep: String,
    pub prompt: String,
    /// Whether the prompt had no answer when editing started (for the timeline event).
    pub first: bool,
    /// The text when editing started; an unchanged answer records no event.
    pub original: String,
}

impl AnswerEditor {
    pub fn new(substep: &str, prompt: &str, text: &str, first: bool) -> Self {
        // Untrusted text never reaches the terminal raw, not even inside the editor (TextField::new).
        AnswerEditor {
            field: TextField::new(text, true, usize::MAX),
            substep: substep.to_string(),
            prompt: prompt.to_string(),
            first,
            original: text.to_string(),
        }
    }

    pub fn text(&self) -> String {
        self.field.text()
    }
}

/// The workshop screen's own view state (where the team is belongs to the open session).
#[derive(Clone, Debug)]
pub struct WorkshopState {
    pub focus: Panel,
    pub editor: Option<AnswerEditor>,
    /// Index of the focused principle in the guidance panel.
    pub principle: usize,
    pub guidance_scroll: u16,
    /// The guidance panel follows the focused principle (true after ↑/↓ there) until PgUp/PgDn
    /// scroll it freely.
    pub guidance_anchored: bool,
    /// Where the guidance panel was last drawn from and how tall it was (written by the view, so
    /// PgUp/PgDn go on from what is on screen and move by a page).
    pub guidance_drawn: std::cell::Cell<(u16, u16)>,
    /// Esc asked "Close this session?": the next key answers.
    pub closing: bool,
    /// The session is a training (its template has an agenda): the training keys are in force.
    pub training: bool,
}

impl Default for WorkshopState {
    fn default() -> Self {
        WorkshopState {
            focus: Panel::Prompts,
            editor: None,
            principle: 0,
            guidance_scroll: 0,
            guidance_anchored: true,
            guidance_drawn: std::cell::Cell::new((0, 0)),
            closing: false,
            training: false,
        }
    }
}

impl WorkshopState {
    /// PgUp/PgDn in the guidance panel: a page from what is on screen; the panel stops following the
    /// focused principle until the focus moves again.
    pub fn scroll_guidance(&mut self, down: bool) {
        let (drawn, height) = self.guidance_drawn.get();
        let page = height.saturating_sub(2).max(1);
        self.guidance_scroll = if down {
            drawn.saturating_add(page)
        } else {
            drawn.saturating_sub(page)
        };
        self.guidance_anchored = false;
    }

    /// The key table in force: the editor's while an answer is typed.
    pub fn context(&self) -> super::keys::Context {
        if self.closing {
            super::keys::Context::Confirm
        } else if self.editor.is_some() {
            super::keys::Context::Editor
        } else {
            use super::keys::Context;
            match (self.training, self.focus == Panel::Guidance) {
                (true, true) => Context::TrainingGuidance,
                (true, false) => Context::Training,
                (false, true) => Context::Guidance,
                (false, false) => Context::Workshop,
            }
        }
    }
}
