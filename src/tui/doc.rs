//! A small builder for scrollable, pre-wrapped text panels (details, help, review). Text is sanitised
//! and wrapped here by display width, never by ratatui's `Wrap` (which can panic on hostile Unicode).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::display;
use crate::t;

/// The wrapped lines of each text, by width and language, kept between frames: a screen draws the
/// same answers and guidance frame after frame, and sanitising and wrapping them was most of the
/// view's own work on a large session (BENCHMARKS.md, keystrokes). The lines depend on the text, the
/// width and the language (a capped text says so in it), and on nothing else.
type Wrapped = HashMap<(usize, crate::i18n::Lang), HashMap<String, Rc<[String]>>>;

thread_local! {
    static WRAPPED: RefCell<Wrapped> = RefCell::new(HashMap::new());
}

/// At most this many texts are kept; past it the cache starts again.
const WRAPPED_KEPT: usize = 4096;

/// `text` sanitised for display and wrapped at `width` cells (`display::multi_line`, then
/// `display::wrap`), from the cache when it was wrapped before.
fn wrapped_lines(text: &str, width: usize) -> Rc<[String]> {
    let key = (width, crate::i18n::current());
    WRAPPED.with(|cache| {
        if let Some(lines) = cache.borrow().get(&key).and_then(|texts| texts.get(text)) {
            return Rc::clone(lines);
        }
        let lines: Rc<[String]> = display::wrap(&display::multi_line(text), width).into();
        let mut cache = cache.borrow_mut();
        if cache.values().map(HashMap::len).sum::<usize>() >= WRAPPED_KEPT {
            cache.clear();
        }
        let texts = cache.entry(key).or_default();
        texts.insert(text.to_string(), Rc::clone(&lines));
        lines
    })
}

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
        let avail = self
            .width
            .saturating_sub(display::width(first_prefix))
            .max(1);
        for (i, line) in wrapped_lines(text, avail).iter().enumerate() {
            let prefix = if i == 0 { first_prefix } else { rest_prefix };
            self.lines.push(Line::from(vec![
                Span::styled(prefix.to_string(), style),
                Span::styled(line.clone(), style),
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
        let avail = self.width.saturating_sub(display::width(&label)).max(1);
        let pad = " ".repeat(display::width(&label).min(self.width.saturating_sub(1)));
        for (i, line) in wrapped_lines(text, avail).iter().enumerate() {
            let head = if i == 0 {
                Span::styled(label.clone(), self.theme.title())
            } else {
                Span::raw(pad.clone())
            };
            self.lines
                .push(Line::from(vec![head, Span::raw(line.clone())]));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The cache gives what sanitising and wrapping give, for each width and text asked for.
    #[test]
    fn wrapped_lines_are_the_texts_wrapped() {
        let texts = [
            "Évaluation à Goma: who holds the lists, and why",
            "حماية البيانات الشخصية للنازحين في المخيمات",
            "a\u{1b}[31mred\u{7} bell\nsecond line",
            "",
        ];
        for _ in 0..2 {
            for text in texts {
                for width in [1, 7, 20, 80] {
                    let fresh = display::wrap(&display::multi_line(text), width);
                    assert_eq!(
                        &*wrapped_lines(text, width),
                        fresh.as_slice(),
                        "{text:?} at {width}"
                    );
                }
            }
        }
    }
}
