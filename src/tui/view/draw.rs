//! The one verb of drawing every screen has: `Draw`, implemented in each screen's view file.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::tui::app::App;

/// How a screen draws itself into the body (between the header and the notice and footer).
/// Implemented in the screen's view file, next to its other drawing.
pub trait Draw {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect);
}

impl<T: Draw + ?Sized> Draw for Box<T> {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        (**self).draw(app, frame, area);
    }
}
