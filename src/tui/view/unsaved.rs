//! The question asked when leaving with changes that could not be saved (`save_failure.rs`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::display;
use crate::t;
use crate::tui::app::App;
use crate::tui::keys::{self, Context};
use crate::tui::save_trouble::QuitDialog;

pub fn render(app: &App, dialog: &QuitDialog, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let width = area.width.saturating_sub(4).min(72);
    let inner_w = usize::from(width.saturating_sub(2)).max(1);
    let lines = lines(app, dialog, inner_w);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = super::form::centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" {} ", t!("unsaved-title")))
                .border_style(theme.error()),
        ),
        popup,
    );
}

/// The question's lines, `inner_w` cells wide: why, the rescue copy, then the choices or the prompt.
fn lines(app: &App, dialog: &QuitDialog, inner_w: usize) -> Vec<Line<'static>> {
    let theme = app.theme;
    let mut lines: Vec<Line> = Vec::new();
    let para = |text: &str, style, lines: &mut Vec<Line>| {
        for part in display::wrap(&display::one_line(text), inner_w) {
            lines.push(Line::styled(part, style));
        }
    };
    let why = crate::tui::save_failure::why(app);
    para(
        &t!("unsaved-question", why = why),
        theme.error(),
        &mut lines,
    );
    if let Some(rescue) = &app.unsaved.rescue {
        para(
            &t!("unsaved-rescue-at", path = rescue.display().to_string()),
            theme.muted(),
            &mut lines,
        );
    }
    lines.push(Line::default());
    match &dialog.prompt {
        Some(typed) => {
            para(&t!("unsaved-prompt"), theme.title(), &mut lines);
            let shown = display::one_line(typed);
            let tail: String = {
                let w = display::width(&shown);
                if w + 1 > inner_w {
                    // Show the end of a long path, where the typing is.
                    let skip = shown
                        .chars()
                        .count()
                        .saturating_sub(inner_w.saturating_sub(2));
                    format!("…{}", shown.chars().skip(skip).collect::<String>())
                } else {
                    shown
                }
            };
            lines.push(Line::from(vec![
                Span::styled(tail, theme.key()),
                Span::styled("▏", theme.key()),
            ]));
            para(&t!("unsaved-prompt-keys"), theme.muted(), &mut lines);
        }
        None if dialog.retrying => para(&t!("unsaved-retrying"), theme.warning(), &mut lines),
        None => {
            for binding in keys::bindings(Context::Unsaved) {
                if !binding.footer {
                    continue;
                }
                lines.push(Line::from(vec![
                    Span::styled(format!("{:>4}  ", keys::keys_label(binding)), theme.key()),
                    Span::raw(binding.description),
                ]));
            }
        }
    }
    if let Some(error) = &dialog.error {
        lines.push(Line::default());
        para(error, theme.error(), &mut lines);
    }
    lines
}
