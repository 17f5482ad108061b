//! The output picker with the output-first comparison, and the scoping brief as it will be exported.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::content::Pack;
use crate::display;
use crate::scoping::brief::{Block as BriefBlock, build_brief};
use crate::scoping::session_match;
use crate::session::Session;
use crate::t;
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::scoping::pick_items;
use crate::tui::tabs::{BriefView, OutputsView, RecordKind};
use crate::tui::theme::Theme;

pub fn outputs(app: &App, state: &OutputsView, frame: &mut Frame, area: Rect) {
    let Some(w) = app.open.as_ref() else {
        return;
    };
    let (pack, s, theme, cursor) = (&*app.content, &*w.session, app.theme, state.cursor);
    let entry = state.entry.as_deref();
    let picked = crate::tui::scoping::picked(&app.content, app.open.as_ref(), entry);
    let wide = area.width >= 110;
    let below = if wide { 0 } else { 8.min(area.height / 3) };
    let (list_area, side) = if wide {
        let [l, r] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
            .areas(area);
        (l, r)
    } else {
        let [l, r] = Layout::vertical([Constraint::Min(3), Constraint::Length(below)]).areas(area);
        (l, r)
    };

    // The list, category by category.
    let w = usize::from(list_area.width.saturating_sub(1));
    let (lines, cursor_line) = pick_list(pack, &picked, cursor, w, theme);
    let height = usize::from(list_area.height);
    let offset = cursor_line.saturating_sub(height.saturating_sub(3));
    frame.render_widget(
        Paragraph::new(
            lines
                .into_iter()
                .skip(offset)
                .take(height)
                .collect::<Vec<_>>(),
        ),
        list_area,
    );

    // The comparison (needed outputs), or the system (a landscape entry's outputs).
    if side.height == 0 {
        return;
    }
    let block = Block::default()
        .borders(if wide { Borders::LEFT } else { Borders::TOP })
        .border_style(theme.border());
    let inner = block.inner(side);
    frame.render_widget(block, side);
    // The comparison scrolls with ] and [, with ▲ / ▼ more when there is more.
    let lines = outputs_side(pack, s, entry, inner.width.saturating_sub(1), theme);
    super::scroll::scrolled(frame, inner, lines, state.side_scroll);
}

/// The pickable outputs under their category headings, and the line the cursor is on.
fn pick_list(
    pack: &Pack,
    picked: &[String],
    cursor: usize,
    w: usize,
    theme: Theme,
) -> (Vec<Line<'static>>, usize) {
    let items = pick_items(pack);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = 0;
    let mut last_cat = usize::MAX;
    for (i, item) in items.iter().enumerate() {
        if item.category != last_cat {
            last_cat = item.category;
            let c = &pack.matrix.categories[item.category];
            let n = items
                .iter()
                .filter(|x| x.category == item.category && picked.contains(&x.id))
                .count();
            let count = if n > 0 {
                format!(" — {}", t!("scoping-picker-picked", count = n))
            } else {
                String::new()
            };
            lines.push(Line::styled(
                display::fit(&format!("{} {}{count}", c.number, c.name), w),
                theme.title(),
            ));
        }
        let mark = if picked.contains(&item.id) {
            "[x]"
        } else {
            "[ ]"
        };
        let kind = if item.decision_data {
            format!("{} ", t!("scoping-picker-for-decisions"))
        } else {
            String::new()
        };
        let full = format!(" {mark} {kind}{}", display::one_line(&item.text));
        let text = display::fit(&full, w);
        if i == cursor {
            // The focused output in full: its row wraps instead of ending in "…".
            cursor_line = lines.len();
            for (j, part) in display::wrap(full.trim_start(), w.saturating_sub(5).max(1))
                .into_iter()
                .enumerate()
            {
                let indent = if j == 0 { " " } else { "     " };
                lines.push(Line::styled(
                    display::fit(&format!("{indent}{part}"), w),
                    theme.focus(),
                ));
            }
        } else if picked.contains(&item.id) {
            lines.push(Line::styled(text, theme.selected()));
        } else {
            lines.push(Line::raw(text));
        }
    }
    (lines, cursor_line)
}

/// Beside the list: the system's name (picking a landscape entry's outputs), else the comparison
/// with the needed outputs.
fn outputs_side(
    pack: &Pack,
    s: &Session,
    entry: Option<&str>,
    width: u16,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut doc = Doc::new(width, theme);
    match entry {
        Some(id) => {
            if let Some(e) = s.landscape_entry(id) {
                doc.styled(
                    &format!("{} {} — {}", e.id, e.name, e.organisation),
                    theme.title(),
                );
                doc.muted(&t!("scoping-picker-system-hint"));
            }
        }
        None => {
            let m = session_match(pack, s);
            for sentence in m.sentences(pack) {
                doc.bullet(&sentence);
            }
        }
    }
    doc.into_lines()
}

/// The brief as it will be exported, scrolled by `offset` lines; `limit` learns how far it can scroll at
/// this size, so the cursor stops at the last page.
pub fn brief(
    pack: &Pack,
    s: &Session,
    today: chrono::NaiveDate,
    frame: &mut Frame,
    area: Rect,
    (offset, limit): (usize, &std::cell::Cell<usize>),
    theme: Theme,
) {
    let b = build_brief(s, pack, today);
    let mut doc = Doc::new(area.width.saturating_sub(1), theme);
    doc.styled(
        &t!("scoping-preview-title", title = b.title.as_str()),
        theme.title(),
    );
    doc.muted(&t!("scoping-preview-hint"));
    for section in &b.sections {
        doc.blank();
        doc.styled(&section.heading.to_uppercase(), theme.title());
        for block in &section.blocks {
            match block {
                BriefBlock::Field { label, text } => {
                    doc.styled(label, theme.selected());
                    doc.para(text);
                }
                BriefBlock::List { label, items } => {
                    doc.styled(label, theme.selected());
                    for item in items {
                        doc.bullet(item);
                    }
                }
                BriefBlock::Table { headers, rows, .. } => {
                    for row in rows {
                        let cells: Vec<String> = headers
                            .iter()
                            .zip(row)
                            .filter(|(_, c)| !c.is_empty())
                            .enumerate()
                            .map(|(i, (h, c))| {
                                if i == 0 {
                                    c.clone()
                                } else {
                                    t!("doc-label-value", label = h, value = c)
                                }
                            })
                            .collect();
                        doc.bullet(&cells.join(" · "));
                    }
                }
                BriefBlock::Sentences(lines) => {
                    for line in lines {
                        doc.bullet(line);
                    }
                }
            }
        }
    }
    if !b.missing.is_empty() {
        doc.blank();
        doc.styled(
            &t!("scoping-preview-missing", items = b.missing.join("; ")),
            theme.warning(),
        );
    }
    draw_marked(frame, area, doc.into_lines(), (offset, limit), theme);
}

/// The brief's lines from `offset`, with "▲"/"▼ more" marks; `limit` learns how far it can scroll.
fn draw_marked(
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    (offset, limit): (usize, &std::cell::Cell<usize>),
    theme: Theme,
) {
    let total = lines.len();
    // A brief longer than the screen keeps its last row for the "▼ more" mark (PgDn reads on), so
    // the mark never covers a word.
    let height = match usize::from(area.height) {
        h if total > h => h.saturating_sub(1).max(1),
        h => h,
    };
    let max = total.saturating_sub(height);
    limit.set(max);
    let skip = offset.min(max);
    frame.render_widget(
        Paragraph::new(
            lines
                .into_iter()
                .skip(skip)
                .take(height)
                .collect::<Vec<_>>(),
        ),
        area,
    );
    let marked = Rect {
        height: area.height.min(height as u16 + 1),
        ..area
    };
    super::scroll::marks(frame, marked, skip, total, height, theme);
}

impl super::draw::Draw for OutputsView {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        let entry = self.entry.as_deref();
        if let Some((_, inner)) =
            super::records::tab_frame(app, RecordKind::Outputs, entry, frame, area)
        {
            outputs(app, self, frame, inner);
        }
    }
}

impl super::draw::Draw for BriefView {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        if let Some((s, inner)) =
            super::records::tab_frame(app, RecordKind::Brief, None, frame, area)
        {
            let today = app.clock.today();
            let view = (self.scroll, &self.scroll_limit);
            brief(&app.content, s, today, frame, inner, view, app.theme);
        }
    }
}
