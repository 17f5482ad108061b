//! The free timer in the header, on every screen of the open session: "▶ 04:12 Coffee break",
//! "TIME UP -00:30 Coffee break". (The presenter view shows it in big digits.)

use ratatui::style::Style;

use crate::display;
use crate::t;
use crate::tui::app::App;
use crate::tui::facil::free_timer::free_timer_title;

/// The header's free timer, while one is shown.
pub fn header(app: &App) -> Option<(String, Style)> {
    let w = app.open.as_ref()?;
    let (timer, view) = w.session.free_timer(app.clock.now)?;
    let mark = if view.remaining_secs <= 0 {
        t!("agenda-time-up")
    } else {
        "▶".to_string()
    };
    // Below 100 columns the session title needs the room: the clock alone.
    let title = if app.size.0 >= 100 {
        format!(" {}", display::truncate(&free_timer_title(timer), 18))
    } else {
        String::new()
    };
    Some((
        format!(
            " {mark} {}{title} ",
            crate::session::agenda::format_clock(view.remaining_secs)
        ),
        super::agenda::timer_style(app.theme, &view),
    ))
}
