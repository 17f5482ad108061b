//! The semantic theme: views ask for a role ("focus", "warning"), never for a colour.
//!
//! With `NO_COLOR` set, every role loses its colour but keeps its modifiers, so focus and selection stay
//! visible as reverse video and bold (crossterm's own NO_COLOR handling would drop those too).

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub no_color: bool,
}

impl Theme {
    /// The theme for this process: colours unless `NO_COLOR` is set to a non-empty value.
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { no_color }
    }

    pub fn colour() -> Self {
        Theme { no_color: false }
    }

    pub fn monochrome() -> Self {
        Theme { no_color: true }
    }

    fn style(&self, fg: Option<Color>, bg: Option<Color>, modifiers: Modifier) -> Style {
        let mut style = Style::default().add_modifier(modifiers);
        if !self.no_color {
            if let Some(fg) = fg {
                style = style.fg(fg);
            }
            if let Some(bg) = bg {
                style = style.bg(bg);
            }
        }
        style
    }

    /// Screen and section titles.
    pub fn title(&self) -> Style {
        self.style(Some(Color::Cyan), None, Modifier::BOLD)
    }
    /// Ordinary text.
    pub fn text(&self) -> Style {
        Style::default()
    }
    /// Secondary text: hints, dates, counts.
    pub fn muted(&self) -> Style {
        self.style(Some(Color::DarkGray), None, Modifier::empty())
    }
    /// Framework guidance: principles, matrix notes.
    pub fn guidance(&self) -> Style {
        self.style(Some(Color::LightBlue), None, Modifier::empty())
    }
    /// The focused item of a list (always reverse + bold, so it shows without colour).
    pub fn focus(&self) -> Style {
        self.style(
            Some(Color::Black),
            Some(Color::Cyan),
            Modifier::REVERSED | Modifier::BOLD,
        )
        .patch(if self.no_color {
            Style::default()
        } else {
            // With colours, the cyan background is the mark; drop reverse so it reads as cyan.
            Style::default().remove_modifier(Modifier::REVERSED)
        })
    }
    /// A selected (chosen, not focused) item.
    pub fn selected(&self) -> Style {
        self.style(
            Some(Color::Cyan),
            None,
            Modifier::BOLD | Modifier::UNDERLINED,
        )
    }
    /// The border of the focused panel.
    pub fn focus_border(&self) -> Style {
        self.style(Some(Color::Cyan), None, Modifier::BOLD)
    }
    /// The border of other panels.
    pub fn border(&self) -> Style {
        self.style(Some(Color::DarkGray), None, Modifier::empty())
    }
    pub fn warning(&self) -> Style {
        self.style(Some(Color::Yellow), None, Modifier::BOLD)
    }
    pub fn error(&self) -> Style {
        self.style(Some(Color::Red), None, Modifier::BOLD)
    }
    pub fn success(&self) -> Style {
        self.style(Some(Color::Green), None, Modifier::empty())
    }
    /// Keys in the footer and help.
    pub fn key(&self) -> Style {
        self.style(Some(Color::Yellow), None, Modifier::BOLD)
    }
    /// The header and footer bars.
    pub fn bar(&self) -> Style {
        self.style(None, None, Modifier::empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_keeps_modifiers_drops_colours() {
        let t = Theme::monochrome();
        let focus = t.focus();
        assert!(focus.add_modifier.contains(Modifier::REVERSED));
        assert!(focus.add_modifier.contains(Modifier::BOLD));
        assert_eq!(focus.fg, None);
        assert_eq!(focus.bg, None);
        assert_eq!(t.error().fg, None);
        assert!(t.error().add_modifier.contains(Modifier::BOLD));
    }

    #[test]
    fn colour_focus_has_background() {
        let focus = Theme::colour().focus();
        assert_eq!(focus.bg, Some(Color::Cyan));
        assert!(focus.add_modifier.contains(Modifier::BOLD));
    }
}
