//! Key events, and pressing and typing them into an `App` through `update`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use pim_workshop::tui::app::App;
use pim_workshop::tui::update::{Action, Effect, update};

/// A key press with no modifier.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Press `code` (no modifier); returns the effects the update asked for.
pub fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Action::Key(key(code)))
}

/// Press the character key `c`.
pub fn press_char(app: &mut App, c: char) -> Vec<Effect> {
    press(app, KeyCode::Char(c))
}

/// Type `text` one character key at a time; returns every effect asked for on the way.
pub fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in text.chars() {
        effects.extend(press_char(app, c));
    }
    effects
}

/// Press Ctrl+`c`.
pub fn press_ctrl(app: &mut App, c: char) -> Vec<Effect> {
    update(
        app,
        Action::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

/// Save the open form from whatever field has the focus (Ctrl+S; Enter goes to the next field).
pub fn save_form(app: &mut App) -> Vec<Effect> {
    press_ctrl(app, 's')
}

/// Press keys written as text: `\t` is Tab, `\n` is Enter, any other character its key.
pub fn press_keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        match c {
            '\t' => press(app, KeyCode::Tab),
            '\n' => press(app, KeyCode::Enter),
            c => press_char(app, c),
        };
    }
}
