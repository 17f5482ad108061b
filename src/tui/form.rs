//! A form: labelled fields (text, one choice, several choices), a focus, and a message per field when
//! validation fails. What the form is for (`FormPurpose`) decides what saving does.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::keys::Command;
use super::text_field::{Edit, TextField};
use crate::session::{ActionId, DecisionId, EntryId, RiskId};
use crate::t;

/// The key of a form's field. Each form family names its fields in an enum (see [`field_keys`]), so
/// a field read or marked under a wrong name does not compile.
pub trait FieldKey: Copy {
    fn key(self) -> &'static str;
}

/// Declares a form family's field keys: `field_keys!(pub enum DecisionField { Title => "title" })`.
macro_rules! field_keys {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variant:ident => $key:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name {
            $($variant),*
        }

        impl $crate::tui::form::FieldKey for $name {
            fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),*
                }
            }
        }
    };
}
pub(crate) use field_keys;

/// Why a form cannot be saved yet: the field at fault and a sentence that says what to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError<K> {
    pub field: K,
    pub message: String,
}

impl<K: FieldKey> FieldError<K> {
    pub fn new(field: K, message: impl Into<String>) -> Self {
        FieldError {
            field,
            message: message.into(),
        }
    }
}

/// Longest text a form field takes (a decision's rationale fits; a novel does not).
pub const MAX_FIELD_CHARS: usize = 4000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// A text with a cursor ([`TextField`]): one line, or several for notes and reasons.
    Text(Box<TextField>),
    /// One of the options (id, label).
    Choice {
        options: Vec<(String, String)>,
        selected: usize,
    },
    /// Any of the options; `cursor` is the option ↑/↓ is on (drawn reversed and bold).
    Multi {
        options: Vec<(String, String)>,
        chosen: Vec<bool>,
        cursor: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub label: String,
    pub hint: String,
    pub required: bool,
    pub kind: FieldKind,
    pub error: Option<String>,
}

impl Field {
    pub fn text(key: impl FieldKey, label: &str, hint: &str, value: &str, required: bool) -> Self {
        Field {
            key: key.key(),
            label: label.into(),
            hint: hint.into(),
            required,
            kind: FieldKind::Text(Box::new(TextField::new(value, false, MAX_FIELD_CHARS))),
            error: None,
        }
    }

    /// The same field taking several lines (Enter starts a new line; Tab goes on).
    pub fn multi_line(mut self) -> Self {
        if let FieldKind::Text(t) = &self.kind {
            self.kind = FieldKind::Text(Box::new(TextField::new(&t.text(), true, MAX_FIELD_CHARS)));
        }
        self
    }

    /// Put a value in a text field (a wizard's default, a value read back).
    pub fn set_text(&mut self, value: &str) {
        let multi = matches!(&self.kind, FieldKind::Text(t) if t.is_multi_line());
        self.kind = FieldKind::Text(Box::new(TextField::new(value, multi, MAX_FIELD_CHARS)));
    }

    /// The value as a string, to tell whether the form was changed.
    fn value(&self) -> String {
        match &self.kind {
            FieldKind::Text(t) => t.text(),
            FieldKind::Choice { selected, .. } => selected.to_string(),
            FieldKind::Multi { chosen, .. } => {
                chosen.iter().map(|c| if *c { '1' } else { '0' }).collect()
            }
        }
    }

    pub fn choice(
        key: impl FieldKey,
        label: &str,
        hint: &str,
        options: Vec<(String, String)>,
        selected: &str,
    ) -> Self {
        let selected = options
            .iter()
            .position(|(id, _)| id == selected)
            .unwrap_or(0);
        Field {
            key: key.key(),
            label: label.into(),
            hint: hint.into(),
            required: false,
            kind: FieldKind::Choice { options, selected },
            error: None,
        }
    }

    pub fn multi(
        key: impl FieldKey,
        label: &str,
        hint: &str,
        options: Vec<(String, String)>,
        chosen: &[String],
    ) -> Self {
        let flags = options.iter().map(|(id, _)| chosen.contains(id)).collect();
        Field {
            key: key.key(),
            label: label.into(),
            hint: hint.into(),
            required: false,
            kind: FieldKind::Multi {
                options,
                chosen: flags,
                cursor: 0,
            },
            error: None,
        }
    }
}

/// What saving a form does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormPurpose {
    NewDecision {
        supersedes: Option<DecisionId>,
    },
    EditDecision(DecisionId),
    NewAction,
    EditAction(ActionId),
    NewRisk,
    EditRisk(RiskId),
    NewParking,
    SkipSubstep(String),
    PrincipleNote {
        substep: String,
        principle: String,
    },
    /// Export the session read from (or open at) `session_path`.
    Export {
        session_path: std::path::PathBuf,
    },
    NewSession,
    NewLandscape,
    EditLandscape(EntryId),
    /// The data-sharing solutions in place for a landscape entry.
    LandscapeSharing(EntryId),
    /// The administrative level and P-code of a landscape system's areas.
    LandscapeAreas(EntryId),
    ImportLandscape,
    /// The kind of request (a choice prompt of the scoping template).
    RequestKind {
        substep: String,
        prompt: String,
    },
    /// The approach recommended (a choice prompt of the scoping template).
    Approach {
        substep: String,
        prompt: String,
    },
    /// Split the open session into breakout group files.
    SplitGroups,
    /// Merge group files into the open session.
    MergeGroups,
    /// Open a dot vote in the open session.
    NewVote,
    /// Add participants to the open session (from the attendance screen).
    NewParticipants,
    /// A training day of the agenda: its date, its start, and the number of days.
    DayStart(u8),
    /// A new agenda item on a day, after an item (else at the day's end).
    AgendaAdd {
        day: u8,
        after: Option<String>,
    },
    /// An agenda item's planned minutes (a free item's title, a module's minutes taken).
    AgendaItem(String),
    /// Set, change or stop the free timer (`facil/free_timer.rs`).
    FreeTimer,
    /// The dots counted on a flipchart for one option of a vote (`facil/votes.rs`).
    CountDots {
        vote: crate::session::VoteId,
        option: usize,
    },
    /// The manager's verdict on the scoping brief, and the brief's date.
    BriefApproval,
    /// A question waiting for yes or no (`confirm.rs` carries the answer out).
    Confirm(Confirmation),
}

/// What "yes" to a question does (`confirm::apply`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirmation {
    /// Remove a landscape system with all its fields (the timeline keeps a note).
    RemoveLandscape(EntryId),
    /// Reset a module's (or its exercise's) timer, throwing its recorded time away.
    ResetTimer(String),
    /// Take an item out of the agenda.
    RemoveAgendaItem(String),
    /// A timer was left running when the session was closed: stop it at the close time.
    StopTimerAtClose,
    /// Quit while a module's timer runs.
    QuitWithTimer,
    /// Remove an action, a risk or a parking-lot point (the timeline keeps a note).
    RemoveRecord(crate::session::removal::Removable, String),
    /// Move a merged group file into the archive folder.
    ArchiveGroup(std::path::PathBuf),
}

/// Why a form asks before it closes: Esc, or Ctrl+C (quitting the program).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    Cancel,
    Quit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub title: String,
    pub purpose: FormPurpose,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// The values as the form opened: a form left with other values asks first.
    original: Vec<String>,
    /// The question "Discard what you typed?" is on screen.
    pub leaving: Option<Leaving>,
}

impl Form {
    pub fn new(title: &str, purpose: FormPurpose, fields: Vec<Field>) -> Self {
        let original = fields.iter().map(Field::value).collect();
        Form {
            title: title.into(),
            purpose,
            fields,
            focus: 0,
            original,
            leaving: None,
        }
    }

    /// A question before a destructive action: a form without fields, y / n.
    pub fn question(question: &str, what: Confirmation) -> Self {
        Form::new(question, FormPurpose::Confirm(what), Vec::new())
    }

    /// Take the current values as the form's starting point (after defaults are filled in).
    pub fn mark_clean(&mut self) {
        self.original = self.fields.iter().map(Field::value).collect();
    }

    /// Whether anything was typed, chosen or ticked since the form opened.
    pub fn dirty(&self) -> bool {
        self.fields.len() != self.original.len()
            || self
                .fields
                .iter()
                .zip(&self.original)
                .any(|(f, o)| f.value() != *o)
    }

    /// The key table in force: the question, or the focused field's kind.
    pub fn context(&self) -> super::keys::Context {
        use super::keys::Context;
        if self.leaving.is_some() || self.is_question() {
            return Context::Confirm;
        }
        match self.fields.get(self.focus).map(|f| &f.kind) {
            Some(FieldKind::Choice { .. }) => Context::Choice,
            Some(FieldKind::Multi { .. }) => Context::Checklist,
            _ => Context::Form,
        }
    }

    /// Whether this is a question (`confirm.rs`) rather than fields to fill in.
    pub fn is_question(&self) -> bool {
        matches!(self.purpose, FormPurpose::Confirm(_))
    }

    /// Whether the focus is on the last field (Enter there saves).
    pub fn on_last_field(&self) -> bool {
        self.focus + 1 >= self.fields.len()
    }

    /// The text of a text field (empty when there is none).
    pub fn text(&self, key: impl FieldKey) -> String {
        self.fields
            .iter()
            .find(|f| f.key == key.key())
            .map(|f| match &f.kind {
                FieldKind::Text(t) => t.text().trim().to_string(),
                _ => String::new(),
            })
            .unwrap_or_default()
    }

    /// The chosen option's id of a choice field.
    pub fn choice(&self, key: impl FieldKey) -> String {
        self.fields
            .iter()
            .find(|f| f.key == key.key())
            .and_then(|f| match &f.kind {
                FieldKind::Choice { options, selected } => {
                    options.get(*selected).map(|(id, _)| id.clone())
                }
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The chosen options' ids of a multiple-choice field (of every field with that key, in order: a
    /// checklist may be split into several fields).
    pub fn chosen(&self, key: impl FieldKey) -> Vec<String> {
        self.fields
            .iter()
            .filter(|f| f.key == key.key())
            .flat_map(|f| match &f.kind {
                FieldKind::Multi {
                    options, chosen, ..
                } => options
                    .iter()
                    .zip(chosen)
                    .filter(|(_, c)| **c)
                    .map(|((id, _), _)| id.clone())
                    .collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    /// Mark a field as wrong; the focus goes to the first field with an error.
    pub fn set_error(&mut self, key: impl FieldKey, message: String) {
        self.set_error_at(key.key(), message);
    }

    fn set_error_at(&mut self, key: &str, message: String) {
        if let Some(i) = self.fields.iter().position(|f| f.key == key) {
            self.fields[i].error = Some(message);
            if self.fields[..i].iter().all(|f| f.error.is_none()) {
                self.focus = i;
            }
        }
    }

    /// Show a reading's error on its field, keeping the form open.
    pub fn refuse<K: FieldKey>(&mut self, error: FieldError<K>) {
        self.set_error(error.field, error.message);
    }

    /// Required text fields that are empty get an error. True when the form may be saved.
    pub fn check_required(&mut self) -> bool {
        for f in &mut self.fields {
            f.error = None;
        }
        let missing: Vec<(&'static str, String)> = self
            .fields
            .iter()
            .filter(|f| {
                f.required && matches!(&f.kind, FieldKind::Text(t) if t.text().trim().is_empty())
            })
            .map(|f| (f.key, t!("form-field-needed", label = &f.label)))
            .collect();
        let ok = missing.is_empty();
        for (key, message) in missing {
            self.set_error_at(key, message);
        }
        ok
    }

    pub fn move_focus(&mut self, forward: bool) {
        let n = self.fields.len().max(1);
        self.focus = if forward {
            (self.focus + 1) % n
        } else {
            (self.focus + n - 1) % n
        };
    }

    /// ←/→ on a choice field (the option), or ↑/↓ inside a checklist (the cursor, stopping at the ends).
    pub fn change(&mut self, forward: bool) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        match &mut field.kind {
            FieldKind::Choice { options, selected } => {
                let n = options.len().max(1);
                *selected = if forward {
                    (*selected + 1) % n
                } else {
                    (*selected + n - 1) % n
                };
            }
            FieldKind::Multi {
                options, cursor, ..
            } => {
                let last = options.len().saturating_sub(1);
                *cursor = if forward {
                    (*cursor + 1).min(last)
                } else {
                    cursor.saturating_sub(1)
                };
            }
            FieldKind::Text(_) => {}
        }
    }

    /// ↑/↓: inside a multi-line text or a checklist while there is room, else the field above or below.
    pub fn vertical(&mut self, down: bool) {
        let inside = match self.fields.get_mut(self.focus).map(|f| &mut f.kind) {
            Some(FieldKind::Text(t)) if t.is_multi_line() && !t.at_edge(down) => {
                t.command(if down { Command::Down } else { Command::Up });
                true
            }
            Some(FieldKind::Multi {
                options, cursor, ..
            }) => {
                let room = if down {
                    *cursor + 1 < options.len()
                } else {
                    *cursor > 0
                };
                if room {
                    *cursor = if down { *cursor + 1 } else { *cursor - 1 };
                }
                room
            }
            _ => false,
        };
        if !inside {
            self.move_focus(down);
        }
    }

    /// PgUp/PgDn in a checklist: ten options.
    pub fn page(&mut self, down: bool) {
        if let Some(FieldKind::Multi {
            options, cursor, ..
        }) = self.fields.get_mut(self.focus).map(|f| &mut f.kind)
        {
            let last = options.len().saturating_sub(1);
            *cursor = if down {
                (*cursor + 10).min(last)
            } else {
                cursor.saturating_sub(10)
            };
        }
    }

    /// Space in a checklist: tick or untick the option under the cursor.
    pub fn tick(&mut self) {
        if let Some(field) = self.fields.get_mut(self.focus) {
            field.error = None;
            if let FieldKind::Multi { chosen, cursor, .. } = &mut field.kind
                && let Some(flag) = chosen.get_mut(*cursor)
            {
                *flag = !*flag;
            }
        }
    }

    /// A typing command (cursor, undo, new line…) for the focused text field.
    pub fn text_command(&mut self, command: Command) -> Edit {
        match self.fields.get_mut(self.focus) {
            Some(Field {
                kind: FieldKind::Text(t),
                error,
                ..
            }) => {
                let edit = t.command(command);
                if edit == Edit::Changed {
                    *error = None;
                }
                edit
            }
            // Enter on an option field goes on, as in a one-line text field.
            Some(_) if command == Command::NewLine => Edit::LineEnd,
            _ => Edit::Ignored,
        }
    }

    /// A key no table claims: a character typed into a text field.
    pub fn key(&mut self, ev: KeyEvent) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        if let (FieldKind::Text(t), KeyCode::Char(c)) = (&mut field.kind, ev.code)
            && !ctrl
            && !alt
            && t.insert_char(c) == Edit::Changed
        {
            field.error = None;
        }
    }

    /// Pasted text into a text field (one line unless the field takes several), control characters
    /// shown as marks.
    pub fn paste(&mut self, text: &str) {
        if let Some(Field {
            kind: FieldKind::Text(t),
            error,
            ..
        }) = self.fields.get_mut(self.focus)
            && t.paste(text) == Edit::Changed
        {
            *error = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    field_keys!(enum K { Title => "title", Status => "status", P => "p" });

    fn form() -> Form {
        Form::new(
            "Decision",
            FormPurpose::NewDecision { supersedes: None },
            vec![
                Field::text(K::Title, "Title", "", "", true),
                Field::choice(
                    K::Status,
                    "Status",
                    "",
                    vec![("a".into(), "A".into()), ("b".into(), "B".into())],
                    "b",
                ),
                Field::multi(
                    K::P,
                    "Principles",
                    "",
                    vec![("x".into(), "X".into()), ("y".into(), "Y".into())],
                    &["y".into()],
                ),
            ],
        )
    }

    #[test]
    fn typing_choosing_and_toggling() {
        let mut f = form();
        for c in "Use existing data".chars() {
            f.key(KeyEvent::from(KeyCode::Char(c)));
        }
        f.text_command(Command::DeleteBack);
        assert_eq!(f.text(K::Title), "Use existing dat");
        f.move_focus(true);
        assert_eq!(f.choice(K::Status), "b");
        f.change(true);
        assert_eq!(f.choice(K::Status), "a");
        f.move_focus(true);
        f.tick();
        assert_eq!(f.chosen(K::P), vec!["x".to_string(), "y".to_string()]);
    }

    #[test]
    fn a_typo_in_the_middle_is_fixed_in_place() {
        let mut f = form();
        for c in "Use exsting data".chars() {
            f.key(KeyEvent::from(KeyCode::Char(c)));
        }
        f.text_command(Command::LineStart);
        f.text_command(Command::WordRight);
        f.text_command(Command::CursorRight);
        f.text_command(Command::CursorRight);
        f.key(KeyEvent::from(KeyCode::Char('i')));
        assert_eq!(f.text(K::Title), "Use existing data");
        assert_eq!(f.text_command(Command::NewLine), Edit::LineEnd);
        assert_eq!(
            f.text(K::Title),
            "Use existing data",
            "a line feed deletes nothing"
        );
    }

    #[test]
    fn the_checklist_cursor_moves_inside_then_leaves() {
        let mut f = form();
        f.focus = 2;
        f.vertical(true);
        assert_eq!(f.focus, 2, "↓ moves inside the list first");
        f.tick();
        assert!(f.chosen(K::P).is_empty(), "y unticked");
        f.vertical(true);
        assert_eq!(f.focus, 0, "from the last option, ↓ goes to the next field");
    }

    #[test]
    fn a_form_knows_when_something_was_typed() {
        let mut f = form();
        assert!(!f.dirty());
        f.key(KeyEvent::from(KeyCode::Char('a')));
        assert!(f.dirty());
        f.text_command(Command::DeleteBack);
        assert!(!f.dirty(), "back to what it was");
        f.focus = 1;
        f.change(true);
        assert!(f.dirty());
    }

    #[test]
    fn required_fields_get_a_message_and_the_focus() {
        let mut f = form();
        f.focus = 2;
        assert!(!f.check_required());
        assert_eq!(f.focus, 0);
        assert!(
            f.fields[0]
                .error
                .as_ref()
                .unwrap()
                .contains("Title is needed")
        );
    }

    #[test]
    fn paste_is_one_line_and_safe() {
        let mut f = form();
        f.paste("a\nb\u{1b}[2J");
        assert_eq!(f.text(K::Title), "a b␛[2J");
    }
}
