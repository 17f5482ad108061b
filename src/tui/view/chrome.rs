//! The header bar, the notice line and the footer hints: the frame around every screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::display;
use crate::i18n::texts;
use crate::tui::app::{App, NoticeKind, Screen};
use crate::tui::keys;

pub fn header(app: &App, frame: &mut Frame, area: Rect) {
    let t = texts();
    let theme = app.theme;
    let place = match &app.screen {
        Screen::Home => t.home_title.to_string(),
        Screen::Reference(r) => match r.section {
            crate::tui::reference::Section::Matrix => {
                format!(
                    "{} › {} › {}",
                    t.ref_title,
                    r.section.title(),
                    r.matrix_mode.title()
                )
            }
            section => format!("{} › {}", t.ref_title, section.title()),
        },
    };
    let left = format!(" {} › {place}", t.app_name);
    let line = Line::from(vec![Span::styled(
        display::fit(&left, usize::from(area.width)),
        theme.title(),
    )]);
    frame.render_widget(Paragraph::new(line).style(theme.bar()), area);
}

pub fn notice(app: &App, frame: &mut Frame, area: Rect) {
    let Some(notice) = &app.notice else {
        return;
    };
    let style = match notice.kind {
        NoticeKind::Info => app.theme.success(),
        NoticeKind::Warning => app.theme.warning(),
        NoticeKind::Error => app.theme.error(),
    };
    let text = display::truncate(
        &display::one_line(&notice.text),
        usize::from(area.width.saturating_sub(1)),
    );
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(format!(" {text}"), style))),
        area,
    );
}

pub fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let ctx = app.context();
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    let max = usize::from(area.width);
    for (key, description) in keys::footer_hints(ctx) {
        let piece = display::width(&key) + 1 + display::width(description) + 2;
        if used + piece > max {
            break;
        }
        used += piece;
        spans.push(Span::styled(key, app.theme.key()));
        spans.push(Span::styled(format!(" {description}  "), app.theme.muted()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
