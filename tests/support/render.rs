//! Drawing an `App` on ratatui's `TestBackend` at the App's own size, and reading the screen as text.

use pim_workshop::tui::app::App;
use pim_workshop::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Draw one frame; the terminal holds the buffer (cells, styles) to look at.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal
}

/// Draw without reading the buffer back (TestBackend cannot print a 0-wide buffer).
pub fn draw_only(app: &App) {
    draw(app);
}

/// Draw one frame and return the screen as text, a line a row.
pub fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}
