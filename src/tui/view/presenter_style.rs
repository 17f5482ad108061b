//! The presenter view's styles (high contrast; light grey, never dark grey, for second lines; without
//! colours only bold and reverse), its scrolled text, and the big digits of its clock.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;

use crate::session::agenda::{TimerView, format_clock};
use crate::tui::app::App;

/// High contrast: bold, bright white when colours are allowed.
pub fn strong(app: &App) -> Style {
    let s = Style::default().add_modifier(Modifier::BOLD);
    if app.theme.no_color {
        s
    } else {
        s.fg(Color::White)
    }
}

pub fn plain(app: &App) -> Style {
    if app.theme.no_color {
        Style::default()
    } else {
        Style::default().fg(Color::White)
    }
}

/// Second lines (what is timed, the day, the list voted on): light grey, which a projector keeps.
pub fn subtitle(app: &App) -> Style {
    if app.theme.no_color {
        Style::default()
    } else {
        Style::default().fg(Color::Gray)
    }
}

/// The projected text, drawn from the presenter's scroll; where it was drawn from is kept for the
/// next PgUp/PgDn.
pub fn projected_text(app: &App, frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    let drawn = super::scroll::scrolled(frame, area, lines, app.facil.presenter_scroll);
    app.facil
        .presenter_drawn
        .set((drawn, area.height, app.facil.presenter_scroll));
}

/// Lines drawn for a panel, made readable on a projector: dark grey becomes light grey, default text
/// bright white. Without colours nothing changes (bold and reverse stay).
pub fn restyled(app: &App, lines: Vec<Line<'static>>) -> Vec<Line<'static>> {
    if app.theme.no_color {
        return lines;
    }
    lines
        .into_iter()
        .map(|mut line| {
            for span in &mut line.spans {
                span.style = match span.style.fg {
                    Some(Color::DarkGray) => span.style.fg(Color::Gray),
                    None => span.style.fg(Color::White),
                    _ => span.style,
                };
            }
            line
        })
        .collect()
}

/// Glyphs 3 pixels wide (':' 1) and 5 high.
fn glyph(c: char) -> [&'static str; 5] {
    match c {
        '0' => ["###", "#.#", "#.#", "#.#", "###"],
        '1' => [".#.", "##.", ".#.", ".#.", "###"],
        '2' => ["###", "..#", "###", "#..", "###"],
        '3' => ["###", "..#", "###", "..#", "###"],
        '4' => ["#.#", "#.#", "###", "..#", "..#"],
        '5' => ["###", "#..", "###", "..#", "###"],
        '6' => ["###", "#..", "###", "#.#", "###"],
        '7' => ["###", "..#", "..#", "..#", "..#"],
        '8' => ["###", "#.#", "###", "#.#", "###"],
        '9' => ["###", "#.#", "###", "..#", "###"],
        ':' => [".", "#", ".", "#", "."],
        '-' => ["...", "...", "###", "...", "..."],
        _ => ["...", "...", "...", "...", "..."],
    }
}

/// The remaining time in big digits (each pixel two cells wide, times `scale`), one string per row.
pub fn big_clock(timer: &TimerView, scale: usize) -> Vec<String> {
    big_text(&format_clock(timer.remaining_secs), scale)
}

pub fn big_text(text: &str, scale: usize) -> Vec<String> {
    let scale = scale.max(1);
    let mut rows = vec![String::new(); 5 * scale];
    for (i, c) in text.chars().enumerate() {
        let g = glyph(c);
        for (r, pattern) in g.iter().enumerate() {
            for row in rows.iter_mut().skip(r * scale).take(scale) {
                if i > 0 {
                    row.push_str(&" ".repeat(2 * scale));
                }
                for px in pattern.chars() {
                    let cell = if px == '#' { "█" } else { " " };
                    row.push_str(&cell.repeat(2 * scale));
                }
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display;

    #[test]
    fn big_digits_have_even_rows() {
        let rows = big_text("-12:05", 1);
        assert_eq!(rows.len(), 5);
        let w = display::width(&rows[0]);
        assert!(rows.iter().all(|r| display::width(r) == w));
        assert_eq!(big_text("1", 2).len(), 10);
        assert_eq!(display::width(&big_text("8", 2)[0]), 12);
    }
}
