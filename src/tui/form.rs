//! A form: labelled fields (text, one choice, several choices), a focus, and a message per field when
//! validation fails. What the form is for (`FormPurpose`) decides what saving does.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::display;
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
    Text(String),
    /// One of the options (id, label).
    Choice {
        options: Vec<(String, String)>,
        selected: usize,
    },
    /// Any of the options; `cursor` is the option ←/→ is on.
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
            kind: FieldKind::Text(value.to_string()),
            error: None,
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
    /// When the training days start.
    DayStart,
    /// The manager's verdict on the scoping brief, and the brief's date.
    BriefApproval,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub title: String,
    pub purpose: FormPurpose,
    pub fields: Vec<Field>,
    pub focus: usize,
}

impl Form {
    pub fn new(title: &str, purpose: FormPurpose, fields: Vec<Field>) -> Self {
        Form {
            title: title.into(),
            purpose,
            fields,
            focus: 0,
        }
    }

    /// The text of a text field (empty when there is none).
    pub fn text(&self, key: impl FieldKey) -> String {
        self.fields
            .iter()
            .find(|f| f.key == key.key())
            .map(|f| match &f.kind {
                FieldKind::Text(t) => t.trim().to_string(),
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
            .filter(|f| f.required && matches!(&f.kind, FieldKind::Text(t) if t.trim().is_empty()))
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

    /// ←/→ on a choice or multiple-choice field.
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
                let n = options.len().max(1);
                *cursor = if forward {
                    (*cursor + 1) % n
                } else {
                    (*cursor + n - 1) % n
                };
            }
            FieldKind::Text(_) => {}
        }
    }

    /// A key the form's table does not claim: typing into a text field, Space toggling a choice.
    pub fn key(&mut self, ev: KeyEvent) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        field.error = None;
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match (&mut field.kind, ev.code) {
            (FieldKind::Text(t), KeyCode::Char(c))
                if !ctrl && t.chars().count() < MAX_FIELD_CHARS =>
            {
                t.push(c);
            }
            (FieldKind::Text(t), KeyCode::Backspace) => {
                t.pop();
            }
            (FieldKind::Text(t), KeyCode::Char('u')) if ctrl => t.clear(),
            (FieldKind::Multi { chosen, cursor, .. }, KeyCode::Char(' ')) => {
                if let Some(flag) = chosen.get_mut(*cursor) {
                    *flag = !*flag;
                }
            }
            (FieldKind::Choice { .. }, KeyCode::Char(' ')) => self.change(true),
            _ => {}
        }
    }

    /// Pasted text into a text field, on one line, control characters shown as marks.
    pub fn paste(&mut self, text: &str) {
        if let Some(Field {
            kind: FieldKind::Text(t),
            ..
        }) = self.fields.get_mut(self.focus)
        {
            let clean = display::sanitize(&text.replace(['\r', '\n'], " "), false).into_owned();
            let room = MAX_FIELD_CHARS.saturating_sub(t.chars().count());
            t.extend(clean.chars().take(room));
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
        f.key(KeyEvent::from(KeyCode::Backspace));
        assert_eq!(f.text(K::Title), "Use existing dat");
        f.move_focus(true);
        assert_eq!(f.choice(K::Status), "b");
        f.change(true);
        assert_eq!(f.choice(K::Status), "a");
        f.move_focus(true);
        f.key(KeyEvent::from(KeyCode::Char(' ')));
        assert_eq!(f.chosen(K::P), vec!["x".to_string(), "y".to_string()]);
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
