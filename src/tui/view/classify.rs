//! The quick classification screen: the system on the left (what the table said of it), the Matrix
//! categories on the right with the definition of the one under the cursor.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::display;
use crate::t;
use crate::tui::app::App;
use crate::tui::classify::{ClassifyView, to_classify};
use crate::tui::doc::Doc;

impl super::draw::Draw for ClassifyView {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        let Some(open) = app.open.as_ref() else {
            return;
        };
        let s = &open.session;
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(area);
        let mut doc = Doc::new(left.width.saturating_sub(2), app.theme);
        let left_count = to_classify(s).len();
        doc.muted(&t!("classify-left", count = left_count));
        if let Some(e) = self.system.as_ref().and_then(|id| s.landscape_entry(id)) {
            doc.heading(&format!("{} {}", e.id, display::one_line(&e.name)));
            let facts = [
                (t!("classify-organisation"), &e.organisation),
                (t!("classify-sector"), &e.sector),
                (t!("classify-methods"), &e.methods),
                (t!("classify-outputs"), &e.outputs_note),
                (t!("classify-shared"), &e.shared_what),
            ];
            for (label, value) in facts {
                if !value.trim().is_empty() {
                    doc.labelled(&label, &display::one_line(value));
                }
            }
            if !e.areas.is_empty() {
                doc.labelled(
                    &t!("classify-areas"),
                    &display::one_line(&e.areas.join(", ")),
                );
            }
        }
        frame.render_widget(
            Paragraph::new(doc.into_lines())
                .block(Block::default().borders(Borders::RIGHT))
                .wrap(Wrap { trim: false }),
            left,
        );
        let mut doc = Doc::new(right.width.saturating_sub(2), app.theme);
        doc.muted(&t!("classify-choose"));
        for (i, c) in app.content.matrix.categories.iter().enumerate() {
            let mark = if i == self.cursor { "▶" } else { " " };
            let line = format!("{mark} {}", display::one_line(&c.name));
            if i == self.cursor {
                doc.styled(&line, app.theme.selected());
            } else {
                doc.para(&line);
            }
        }
        if let Some(c) = app.content.matrix.categories.get(self.cursor) {
            doc.blank();
            doc.guidance(&display::one_line(&c.definition));
        }
        frame.render_widget(
            Paragraph::new(doc.into_lines()).wrap(Wrap { trim: false }),
            right,
        );
    }
}
