//! The floor for startup time: the smallest ratatui program that draws a frame. `examples/startup.rs`
//! measures pim-workshop's time to its first frame against this one, built with the same profile
//! (see BENCHMARKS.md).
//!
//! It takes over the terminal (raw mode, alternate screen), draws one paragraph, and leaves on the first
//! key, like pim-workshop's home screen on `q`.

use std::io;

use crossterm::event::{self, Event, KeyEventKind};
use ratatui::widgets::Paragraph;

fn main() -> io::Result<()> {
    let mut terminal = ratatui::init();
    let drawn = terminal.draw(|frame| {
        frame.render_widget(
            Paragraph::new("floor: first frame (press a key)"),
            frame.area(),
        );
    });
    let result = drawn.and_then(|_| {
        loop {
            if let Event::Key(key) = event::read()?
                && key.kind == KeyEventKind::Press
            {
                break Ok(());
            }
        }
    });
    ratatui::restore();
    result
}
