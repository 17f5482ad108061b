//! An `App` as the update and render tests drive it: built in one place, with a session opened in one
//! place, so a change to `App::new` or to how the TUI opens a session is made here and nowhere else.

use std::path::PathBuf;
use std::sync::Arc;

use pim_workshop::session::Session;
use pim_workshop::tui::app::App;
use pim_workshop::tui::theme::Theme;
use pim_workshop::tui::update::{Action, Effect, update};

use super::fixtures::pack;

/// The data folder every test App is given (nothing is read from or written to it).
pub const DATA_DIR: &str = "/data";

/// An App on the home screen in a `w`×`h` terminal with `theme` and the embedded content.
pub fn app_with_theme(w: u16, h: u16, theme: Theme) -> App {
    App::new(PathBuf::from(DATA_DIR), Arc::new(pack()), theme, (w, h))
}

/// An App on the home screen in a `w`×`h` terminal, monochrome (as with `NO_COLOR`), the theme of
/// every snapshot.
pub fn home(w: u16, h: u16) -> App {
    app_with_theme(w, h, Theme::monochrome())
}

/// The time the tests' loop says it is when a session opens (the TUI reads no clock: the loop hands the
/// time in with `Action::Tick`).
pub fn clock() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-11-21T10:00:00+03:00").expect("a valid time")
}

/// Open `session` in `app` as if it had been loaded from `/data/sessions/{file}`; `read_only` is why it
/// is read-only (another instance holds it), if it is. The loop's clock then says [`clock`]. Returns the
/// effects the update asked for.
pub fn open_session(
    app: &mut App,
    file: &str,
    session: Session,
    read_only: Option<&str>,
) -> Vec<Effect> {
    let mut effects = update(
        app,
        Action::SessionOpened {
            path: PathBuf::from(DATA_DIR).join("sessions").join(file),
            session: Box::new(session),
            read_only: read_only.map(str::to_string),
            warnings: Vec::new(),
        },
    );
    effects.extend(update(app, Action::Tick(clock())));
    effects
}

/// A monochrome `w`×`h` App with `session` open (from `/data/sessions/{file}`).
pub fn with_session(w: u16, h: u16, file: &str, session: Session, read_only: Option<&str>) -> App {
    let mut app = home(w, h);
    open_session(&mut app, file, session, read_only);
    app
}

/// The session open in `app`.
pub fn session_of(app: &App) -> &Session {
    &app.open.as_ref().expect("a session is open").session
}

/// The session open in `app`, to change it behind the screens' back.
pub fn session_of_mut(app: &mut App) -> &mut Session {
    &mut app.open.as_mut().expect("a session is open").session
}
