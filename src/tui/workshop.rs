//! The workshop on an open session: where the team is, the answer being typed, the save state.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use ratatui_textarea::{TextArea, WrapMode};

use crate::content::Pack;
use crate::display;
use crate::session::Session;

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
    pub textarea: TextArea<'static>,
    pub substep: String,
    pub prompt: String,
    /// Whether the prompt had no answer when editing started (for the timeline event).
    pub first: bool,
    /// The text when editing started; an unchanged answer records no event.
    pub original: String,
}

impl AnswerEditor {
    pub fn new(substep: &str, prompt: &str, text: &str, first: bool) -> Self {
        // Untrusted text never reaches the terminal raw, not even inside the editor.
        let shown = display::sanitize(text, true).into_owned();
        let lines: Vec<String> = shown.split('\n').map(str::to_string).collect();
        let mut textarea = TextArea::new(lines);
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.move_cursor(ratatui_textarea::CursorMove::Bottom);
        textarea.move_cursor(ratatui_textarea::CursorMove::End);
        AnswerEditor {
            textarea,
            substep: substep.to_string(),
            prompt: prompt.to_string(),
            first,
            original: text.to_string(),
        }
    }

    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }
}

/// What the header says about saving.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SaveState {
    /// The newest snapshot handed to the saver.
    pub submitted: u64,
    /// The newest snapshot known to be on disk, and when it got there.
    pub saved: Option<(u64, DateTime<FixedOffset>)>,
    /// The last failure, until a later save succeeds.
    pub failed: Option<String>,
    /// A change was made that has not been handed to the saver yet.
    pub dirty: bool,
}

impl SaveState {
    pub fn all_saved(&self) -> bool {
        !self.dirty && self.failed.is_none() && self.saved.is_some_and(|(g, _)| g >= self.submitted)
    }
}

#[derive(Clone, Debug)]
pub struct WorkshopState {
    pub path: PathBuf,
    pub session: Box<Session>,
    /// Why the session is read-only (another instance holds it), if it is.
    pub read_only: Option<String>,
    /// The sub-steps of the session's template, in order.
    pub substeps: Vec<String>,
    /// Index into `substeps`.
    pub sub: usize,
    /// Index into the current sub-step's prompts.
    pub prompt: usize,
    pub focus: Panel,
    pub editor: Option<AnswerEditor>,
    /// Index of the focused principle in the guidance panel.
    pub principle: usize,
    pub guidance_scroll: u16,
    pub save: SaveState,
    /// Who is recorded as making changes.
    pub by: String,
}

impl WorkshopState {
    /// A workshop on `session`, placed where it was left.
    pub fn new(pack: &Pack, path: PathBuf, session: Session, read_only: Option<String>) -> Self {
        // A group file walks only the sub-steps it was split for.
        let group_steps = session
            .breakout
            .origin
            .as_ref()
            .map(|o| o.substeps.clone())
            .filter(|s| !s.is_empty());
        let substeps: Vec<String> = pack
            .template_substeps(&session.template)
            .into_iter()
            .filter(|s| {
                group_steps
                    .as_ref()
                    .is_none_or(|g| g.iter().any(|x| x == s))
            })
            .map(str::to_string)
            .collect();
        let (sub, prompt) = session
            .position
            .as_ref()
            .and_then(|pos| {
                let sub = substeps.iter().position(|s| *s == pos.substep)?;
                let prompt = pos
                    .prompt
                    .as_deref()
                    .and_then(|p| {
                        pack.prompts_for(&session.template, &substeps[sub])
                            .iter()
                            .position(|v| v.id == p)
                    })
                    .unwrap_or(0);
                Some((sub, prompt))
            })
            .unwrap_or((0, 0));
        let by = if session.facilitator.trim().is_empty() {
            std::env::var("USER").unwrap_or_default()
        } else {
            session.facilitator.clone()
        };
        WorkshopState {
            path,
            session: Box::new(session),
            read_only,
            substeps,
            sub,
            prompt,
            focus: Panel::Prompts,
            editor: None,
            principle: 0,
            guidance_scroll: 0,
            save: SaveState::default(),
            by,
        }
    }

    pub fn substep_id(&self) -> &str {
        self.substeps
            .get(self.sub)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The step the current sub-step belongs to.
    pub fn step_id<'a>(&self, pack: &'a Pack) -> &'a str {
        pack.substep(self.substep_id())
            .map(|(step, _)| step.id.as_str())
            .unwrap_or("")
    }
}
