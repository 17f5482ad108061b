//! Keys while a form is open (part of `update`): the form's tables first (the focused field's kind
//! decides which: `Form::context`), then typing. Leaving a form with something typed asks first, with
//! Esc as with Ctrl+C: one rule for every form (the wizard, records, the landscape, the facilitator's).

use crossterm::event::KeyEvent;

use super::app::App;
use super::form::{Form, Leaving};
use super::keys::{self, Command, Context};
use super::msg::Effect;
use super::text_field::Edit;

/// What a key in a form comes to: effects, or the form to save (`update` hands it to its screen).
pub enum FormStep {
    Effects(Vec<Effect>),
    Save(Form),
}

impl From<Vec<Effect>> for FormStep {
    fn from(effects: Vec<Effect>) -> Self {
        FormStep::Effects(effects)
    }
}

pub fn on_form(app: &mut App, command: Option<Command>, ev: KeyEvent) -> FormStep {
    let Some(form) = &mut app.form else {
        return Vec::new().into();
    };
    if form.is_question() {
        // A question before a destructive action: y does it, any other key leaves things as they are.
        return match keys::lookup(Context::Confirm, &ev) {
            Some(Command::Yes) => save(app),
            Some(Command::Quit) => {
                app.form = None;
                quit(app).into()
            }
            _ => {
                app.form = None;
                Vec::new().into()
            }
        };
    }
    if let Some(leaving) = form.leaving {
        // The question "Discard what you typed?": y leaves, any other key goes back to the form.
        match keys::lookup(Context::Confirm, &ev) {
            Some(Command::Yes) => {
                app.form = None;
                if leaving == Leaving::Quit {
                    return quit(app).into();
                }
            }
            Some(Command::Quit) => {
                app.form = None;
                return quit(app).into();
            }
            _ => form.leaving = None,
        }
        return Vec::new().into();
    }
    match command {
        Some(Command::FocusNext) => form.move_focus(true),
        Some(Command::PrevTab) => form.move_focus(false),
        Some(Command::Up) => form.vertical(false),
        Some(Command::Down) => form.vertical(true),
        Some(Command::ChangeLeft) => form.change(false),
        Some(Command::ChangeRight) => form.change(true),
        Some(Command::Tick) => form.tick(),
        Some(Command::PageUp) => form.page(false),
        Some(Command::PageDown) => form.page(true),
        Some(Command::Cancel) => return leave(app, Leaving::Cancel).into(),
        Some(Command::Quit) => return leave(app, Leaving::Quit).into(),
        Some(Command::Save) => return save(app),
        Some(Command::NextOrSave) => return next_or_save(app),
        Some(other) => {
            if form.text_command(other) == Edit::LineEnd {
                return next_or_save(app);
            }
        }
        None => form.key(ev),
    }
    Vec::new().into()
}

/// Esc or Ctrl+C: close at once when nothing was typed, else ask.
fn leave(app: &mut App, why: Leaving) -> Vec<Effect> {
    let Some(form) = &mut app.form else {
        return Vec::new();
    };
    if form.dirty() {
        form.leaving = Some(why);
        return Vec::new();
    }
    app.form = None;
    if why == Leaving::Quit {
        return quit(app);
    }
    Vec::new()
}

fn quit(app: &mut App) -> Vec<Effect> {
    app.quitting = true;
    vec![Effect::Quit]
}

/// Enter on a one-line field or an option: the next field, or save on the last one.
fn next_or_save(app: &mut App) -> FormStep {
    match &mut app.form {
        Some(form) if !form.on_last_field() => {
            form.move_focus(true);
            Vec::new().into()
        }
        _ => save(app),
    }
}

fn save(app: &mut App) -> FormStep {
    match app.form.take() {
        Some(form) => FormStep::Save(form),
        None => Vec::new().into(),
    }
}
