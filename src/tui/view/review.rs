//! The read-only review of a session: the whole session as text, by section, with search.

use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::display;
use crate::tui::app::{App, ReviewState};

pub fn render(app: &App, state: &ReviewState, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let [status, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(status_line(app, state)), status);

    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border());
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let width = crate::tui::review_lines::text_width(body.width);
    let height = usize::from(inner.height);
    let query = crate::search::Query::new(&state.query);
    let mut lines: Vec<Line> = Vec::with_capacity(height);
    // Wrap only what is on screen: a large session stays fast.
    for (i, source) in state.lines.iter().enumerate().skip(state.scroll) {
        if lines.len() >= height {
            break;
        }
        let is_section = state.sections.iter().any(|(_, l)| *l == i);
        let is_match = query.as_ref().is_some_and(|q| q.matches(source));
        let style = if is_match {
            theme.selected()
        } else if is_section {
            theme.title()
        } else if source.starts_with('!') {
            theme.warning()
        } else {
            theme.text()
        };
        for part in crate::tui::review_lines::wrapped(source, width) {
            lines.push(Line::styled(part, style));
        }
    }
    lines.truncate(height);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The line above the text: read-only, the section, and the search with its match count.
fn status_line<'a>(app: &'a App, state: &'a ReviewState) -> Line<'a> {
    let theme = app.theme;
    let mut spans = vec![
        Span::styled(format!(" {} ", t!("overview-read-only")), theme.muted()),
        Span::styled(display::one_line(state.section()), theme.title()),
    ];
    if state.searching || !state.query.is_empty() {
        spans.push(Span::styled(
            format!("  {} ", t!("doc-label", label = t!("ref-search"))),
            theme.key(),
        ));
        match app.search.as_ref().filter(|_| state.searching) {
            Some(field) => spans.extend(super::text_line::spans(field, theme)),
            None => {
                spans.push(Span::raw(display::one_line(&state.query)));
                if state.searching {
                    spans.push(Span::styled("▏", theme.focus_border()));
                }
            }
        }
        match crate::tui::review::match_position(state) {
            Some((_, 0)) => spans.push(Span::styled(
                format!("  {}", t!("review-search-none")),
                theme.warning(),
            )),
            Some((at, total)) => spans.push(Span::styled(
                format!("  {}", t!("review-search-position", at = at, total = total)),
                theme.muted(),
            )),
            None => {}
        }
    }
    Line::from(spans)
}

impl super::draw::Draw for ReviewState {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        render(app, self, frame, area);
    }
}
