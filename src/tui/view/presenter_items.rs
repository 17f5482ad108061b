//! What the presenter view projects besides the workshop and the agenda: a dot vote (its options and
//! the count of dots while open, its ranked result once closed) and a reference library entry (a Matrix
//! category, a principle, a glossary term… as the library shows it, in the projector's styles).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::presenter_style::{plain, projected_text, restyled, strong, subtitle};
use crate::display;
use crate::session::Session;
use crate::session::voting::DotVote;
use crate::t;
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::reference::EntryKey;

/// A vote's page: its question, what it is on, and where it stands.
pub fn vote_title(app: &App, session: &Session, vote: &DotVote) -> Vec<(String, Style)> {
    let list = super::vote::vote_list_name(&app.content, session, &vote.list);
    let state = if vote.closed {
        t!("present-vote-closed-state", dots = vote.dots_cast())
    } else {
        t!("present-vote-open-room", dots = vote.dots_cast())
    };
    vec![
        (display::one_line(&vote.title), strong(app)),
        (
            t!("vote-on", list = list, dots = vote.dots_per_voter),
            subtitle(app),
        ),
        (state, subtitle(app)),
    ]
}

/// An open vote: its options, numbered, for the room to choose from (no tally). A closed one: the
/// options by dots, with a bar and the total.
pub fn render_vote(app: &App, vote: &DotVote, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(1);
    let spaced = usize::from(area.height) >= vote.options.len() * 2 + 2;
    let lines = match vote.results() {
        None => {
            let mut doc = Doc::new(width, app.theme);
            for (n, option) in vote.options.iter().enumerate() {
                doc.prefixed(&format!("{}. ", n + 1), option);
                if spaced {
                    doc.blank();
                }
            }
            let mut lines = restyled(app, doc.into_lines());
            lines.push(Line::default());
            lines.push(Line::styled(t!("present-vote-hidden"), subtitle(app)));
            lines
        }
        Some(rows) => {
            let width = usize::from(width);
            let max = rows.first().map_or(0, |r| r.dots).max(1);
            let bar_w = (width / 3).clamp(4, 40);
            let text_w = width.saturating_sub(bar_w + 6);
            let mut lines = Vec::new();
            for (i, row) in rows.iter().enumerate() {
                let filled = (row.dots as usize * bar_w)
                    .div_ceil(max as usize)
                    .min(bar_w);
                let style = if i == 0 && row.dots > 0 {
                    strong(app)
                } else {
                    plain(app)
                };
                lines.push(Line::from(vec![
                    Span::styled(display::fit(&display::one_line(&row.text), text_w), style),
                    Span::styled(
                        format!(
                            " {}{} {:>3}",
                            "█".repeat(filled),
                            "░".repeat(bar_w - filled),
                            row.dots
                        ),
                        style,
                    ),
                ]));
                if spaced {
                    lines.push(Line::default());
                }
            }
            lines
        }
    };
    projected_text(app, frame, area, lines);
}

/// A reference entry as the library details it, in the projector's styles.
pub fn render_reference(app: &App, key: &EntryKey, frame: &mut Frame, area: Rect) {
    let lines =
        super::reference::detail(&app.content, key, area.width.saturating_sub(1), app.theme);
    let mut lines = restyled(app, lines);
    // The entry's heading, first, underlined as a slide's title.
    if let Some(first) = lines.first_mut() {
        for span in &mut first.spans {
            span.style = strong(app).add_modifier(Modifier::UNDERLINED);
        }
        lines.insert(1, Line::default());
    }
    projected_text(app, frame, area, lines);
}
