//! A dot vote's screen and the list of votes. While a vote is open its screen shows each voter's own
//! dots and the count of dots placed, never the tally (no anchoring on the leader, no one's choice to
//! read off the screen); once closed, the ranked bars and totals.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::display;
use crate::session::Session;
use crate::session::voting::DotVote;
use crate::t;
use crate::tui::app::App;
use crate::tui::facil::{VoteView, views::VotesView};
use crate::tui::theme::Theme;

pub fn render_vote(app: &App, session: &Session, v: &VoteView, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let Some(vote) = session.vote(&v.vote) else {
        return;
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(
            format!(" {} {} ", vote.id, display::one_line(&vote.title)),
            theme.title(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let voter = vote.voters.get(v.voter).cloned().unwrap_or_default();
    let list = vote_list_name(&app.content, session, &vote.list);
    let head = vote_head(vote, &list, &voter, width, theme);
    let options = vote_options(vote, &voter, v.option, width, theme);
    let h = usize::from(inner.height);
    let skip = (v.option + head.len() + 1).saturating_sub(h);
    let shown: Vec<Line> = head
        .into_iter()
        .chain(options.into_iter().skip(skip))
        .take(h)
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// What a vote is on, as people read it: the list's name, or the question of the prompt whose answer
/// lines are voted on (never the prompt's id).
pub fn vote_list_name(pack: &crate::content::Pack, session: &Session, list: &str) -> String {
    match list {
        "categories" => t!("facil-form-list-categories"),
        "parking" => t!("facil-form-list-parking"),
        prompt => pack.prompt(&session.template, prompt).map_or_else(
            || display::one_line(prompt),
            |(_, p)| display::one_line(p.question),
        ),
    }
}

/// "Open · 9 dots placed (4 counted on paper) · tally hidden until closed (c)".
fn open_status(vote: &DotVote) -> String {
    let counted = vote.dots_counted();
    if counted > 0 {
        t!(
            "present-vote-open-counted",
            dots = vote.dots_cast(),
            counted = counted
        )
    } else {
        t!("present-vote-open", dots = vote.dots_cast())
    }
}

/// The vote's head lines: what is voted on, the voter and their dots left, (while open) how many dots
/// are placed, and a blank.
fn vote_head(
    vote: &DotVote,
    list: &str,
    voter: &str,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut head = vec![
        Line::styled(
            display::fit(
                &if vote.closed {
                    t!("vote-on-closed", list = list, dots = vote.dots_per_voter)
                } else {
                    t!("vote-on", list = list, dots = vote.dots_per_voter)
                },
                width,
            ),
            theme.muted(),
        ),
        Line::from(vec![
            Span::styled(format!("{} ◀ ", t!("vote-voter")), theme.text()),
            Span::styled(display::one_line(voter), theme.selected()),
            Span::styled(
                format!(
                    " ▶  {}",
                    t!(
                        "vote-dots-left",
                        left = vote.left(voter),
                        dots = vote.dots_per_voter,
                        voters = vote.voters.len()
                    )
                ),
                theme.text(),
            ),
        ]),
    ];
    if !vote.closed {
        head.push(Line::styled(
            display::fit(&open_status(vote), width),
            theme.warning(),
        ));
    }
    head.push(Line::default());
    head
}

/// One row per option: the voter's dots on it, then — once the vote is closed — a bar of its total and
/// the total; while it is open, only the dots counted on paper for it, if any.
fn vote_options(
    vote: &DotVote,
    voter: &str,
    cursor: usize,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let totals = vote.results().map(|_| vote.totals());
    let max = totals
        .as_ref()
        .and_then(|t| t.iter().copied().max())
        .unwrap_or(0)
        .max(1);
    let bar_w = (width / 4).clamp(4, 30);
    let mine_w = (vote.dots_per_voter as usize).min(10);
    let text_w = width.saturating_sub(bar_w + mine_w + 10);
    let mut lines = Vec::new();
    for (i, option) in vote.options.iter().enumerate() {
        let mine = vote.dots_on(voter, i) as usize;
        let dots = format!(
            "{}{}",
            "●".repeat(mine.min(mine_w)),
            " ".repeat(mine_w.saturating_sub(mine))
        );
        let tail = match &totals {
            Some(totals) => {
                let total = totals.get(i).copied().unwrap_or(0);
                let filled = (total as usize * bar_w).div_ceil(max as usize).min(bar_w);
                format!(
                    "{}{} {total:>3}",
                    "█".repeat(filled),
                    "░".repeat(bar_w - filled)
                )
            }
            None => match vote.counted_on(i) {
                0 => String::new(),
                n => t!("present-vote-counted-here", dots = n),
            },
        };
        let row = format!(
            "{} {} {dots} {tail}",
            if i == cursor { "▶" } else { " " },
            display::fit(&display::one_line(option), text_w),
        );
        let style = if i == cursor {
            theme.focus()
        } else {
            theme.text()
        };
        lines.push(Line::styled(display::fit(&row, width), style));
    }
    lines
}

/// The list of votes: the open ones (to resume) first, then the closed ones with their result.
pub fn render_votes(app: &App, session: &Session, v: &VotesView, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(
            format!(" {} ", t!("present-title-votes")),
            theme.title(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = 0;
    let mut last_closed = None;
    for (i, vote) in session.votes_listed().into_iter().enumerate() {
        if last_closed != Some(vote.closed) {
            last_closed = Some(vote.closed);
            if i > 0 {
                lines.push(Line::default());
            }
            let heading = if vote.closed {
                t!("present-votes-closed")
            } else {
                t!("present-votes-open")
            };
            lines.push(Line::styled(display::fit(&heading, width), theme.title()));
        }
        if i == v.cursor {
            cursor_line = lines.len();
        }
        let about = if vote.closed {
            vote.outcome_line()
        } else {
            t!(
                "present-votes-open-line",
                dots = vote.dots_cast(),
                voted = vote.voters_who_voted(),
                voters = vote.voters.len()
            )
        };
        let text = format!(
            "{} {} {} · {}",
            if i == v.cursor { "▶" } else { " " },
            vote.id,
            display::one_line(&vote.title),
            display::one_line(&about)
        );
        let style = if i == v.cursor {
            theme.focus()
        } else {
            theme.text()
        };
        lines.push(Line::styled(display::fit(&text, width), style));
    }
    lines.push(Line::default());
    let mut hint = crate::tui::doc::Doc::new(inner.width, theme);
    hint.muted(&t!("present-votes-hint"));
    lines.extend(hint.into_lines());
    let h = usize::from(inner.height);
    let skip = (cursor_line + 1).saturating_sub(h);
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(skip).take(h).collect::<Vec<_>>()),
        inner,
    );
}
