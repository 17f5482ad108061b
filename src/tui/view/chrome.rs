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
        Screen::Overview(o) => match &o.loaded {
            Ok(session) => format!(
                "{} › {}",
                t.overview_title,
                display::one_line(&session.title)
            ),
            Err(_) => t.overview_title.to_string(),
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
    let (mut own, global) = keys::footer_hints(app.context());
    let width = |hints: &[keys::Hint]| -> usize {
        hints
            .iter()
            .map(|(k, d)| display::width(k) + 1 + display::width(d) + 2)
            .sum()
    };
    // The screen's own hints give way first, so help and quit always show.
    let max = usize::from(area.width).saturating_sub(1);
    while !own.is_empty() && width(&own) + width(&global) > max {
        own.pop();
    }
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (key, description) in own.into_iter().chain(global) {
        let piece = display::width(&key) + 1 + display::width(description) + 2;
        if used + piece > usize::from(area.width) {
            break;
        }
        used += piece;
        spans.push(Span::styled(key, app.theme.key()));
        spans.push(Span::styled(format!(" {description}  "), app.theme.muted()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
