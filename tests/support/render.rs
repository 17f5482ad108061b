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

/// Draw one frame and return its rows as the buffer holds them: each cell's cluster, the cells a wide
/// cluster covers skipped (TestBackend's text pads them with spaces).
pub fn rows(app: &App) -> Vec<String> {
    let terminal = draw(app);
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buf.area.width {
                let symbol = buf[(x, y)].symbol();
                row.push_str(symbol);
                let cells = pim_workshop::display::width(symbol).max(1);
                x += u16::try_from(cells).expect("a cluster is a few cells");
            }
            row
        })
        .collect()
}
