//! A small builder for scrollable, pre-wrapped text panels (details, help, review). Text is sanitised
//! and wrapped here by display width, never by ratatui's `Wrap` (which can panic on hostile Unicode).

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::display;
use crate::t;

pub struct Doc {
    pub lines: Vec<Line<'static>>,
    width: usize,
    theme: Theme,
}

impl Doc {
    pub fn new(width: u16, theme: Theme) -> Self {
        Doc {
            lines: Vec::new(),
            width: usize::from(width).max(1),
            theme,
        }
    }

    fn wrapped(&mut self, text: &str, first_prefix: &str, rest_prefix: &str, style: Style) {
        let clean = display::multi_line(text);
        let avail = self
            .width
            .saturating_sub(display::width(first_prefix))
            .max(1);
        for (i, line) in display::wrap(&clean, avail).into_iter().enumerate() {
            let prefix = if i == 0 { first_prefix } else { rest_prefix };
            self.lines.push(Line::from(vec![
                Span::styled(prefix.to_string(), style),
                Span::styled(line, style),
            ]));
        }
    }

    pub fn heading(&mut self, text: &str) -> &mut Self {
        let style = self.theme.title();
        self.wrapped(text, "", "", style);
        self
    }

    pub fn para(&mut self, text: &str) -> &mut Self {
        let style = self.theme.text();
        self.wrapped(text, "", "", style);
        self
    }

    pub fn styled(&mut self, text: &str, style: Style) -> &mut Self {
        self.wrapped(text, "", "", style);
        self
    }

    pub fn guidance(&mut self, text: &str) -> &mut Self {
        let style = self.theme.guidance();
        self.wrapped(text, "", "", style);
        self
    }

    pub fn muted(&mut self, text: &str) -> &mut Self {
        let style = self.theme.muted();
        self.wrapped(text, "", "", style);
        self
    }

    pub fn bullet(&mut self, text: &str) -> &mut Self {
        let style = self.theme.text();
        self.wrapped(text, "• ", "  ", style);
        self
    }

    /// A bullet followed by a dim mark ("example") on its last line, or on a line of its own when it
    /// does not fit there.
    pub fn marked_bullet(&mut self, text: &str, mark: &str) -> &mut Self {
        self.bullet(text);
        let mark = display::one_line(mark);
        let room = self.width;
        let muted = self.theme.muted();
        if let Some(last) = self.lines.last_mut()
            && last.width() + 1 + display::width(&mark) <= room
        {
            last.spans.push(Span::styled(format!(" {mark}"), muted));
            return self;
        }
        self.lines
            .push(Line::from(vec![Span::raw("  "), Span::styled(mark, muted)]));
        self
    }

    /// Text after a fixed prefix (an indent or a status mark), wrapped under the text.
    pub fn prefixed(&mut self, prefix: &str, text: &str) -> &mut Self {
        let style = self.theme.text();
        let rest = " ".repeat(display::width(prefix));
        self.wrapped(text, prefix, &rest, style);
        self
    }

    pub fn checkbox(&mut self, text: &str) -> &mut Self {
        let style = self.theme.text();
        self.wrapped(text, "☐ ", "  ", style);
        self
    }

    /// A bold label followed by its text on the same line, wrapped with a hanging indent.
    pub fn labelled(&mut self, label: &str, text: &str) -> &mut Self {
        let label = format!("{} ", t!("doc-label", label = label));
        let clean = display::multi_line(text);
        let avail = self.width.saturating_sub(display::width(&label)).max(1);
        let pad = " ".repeat(display::width(&label).min(self.width.saturating_sub(1)));
        for (i, line) in display::wrap(&clean, avail).into_iter().enumerate() {
            let head = if i == 0 {
                Span::styled(label.clone(), self.theme.title())
            } else {
                Span::raw(pad.clone())
            };
            self.lines.push(Line::from(vec![head, Span::raw(line)]));
        }
        self
    }

    pub fn blank(&mut self) -> &mut Self {
        self.lines.push(Line::default());
        self
    }

    pub fn into_lines(self) -> Vec<Line<'static>> {
        self.lines
    }
}
