//! The plain-text writer of the report walk ([`TextWriter`]): the `show` summary
//! ([`super::text::render`]) and the landscape register as text ([`super::landscape::text`]) are
//! written through it. Every value from the file or the pack goes through [`escape::line`] (see
//! [`display::sanitize`](crate::display::sanitize)), so no control character, escape sequence or
//! bidi override reaches the terminal. Lines are not wrapped (the reader's tool wraps them); tables
//! are aligned by display width. Section titles are underlined with `-`, which is how the review
//! screen finds them.

use crate::display::{fit, width};
use crate::t;

use super::coverage::{Coverage, CoverageCell};
use super::escape;
use super::labels;
use super::model::LandscapeView;
use super::writer::{
    Answer, Cell, Detail, Doc, Fact, Layout, List, ReportWriter, RiskMap, Span, Table, Term, Tone,
};

/// Writes the report as plain text.
#[derive(Debug, Default)]
pub struct TextWriter {
    out: String,
}

impl TextWriter {
    /// The text written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn line(&mut self, indent: usize, text: &str) {
        self.out.push_str(&" ".repeat(indent));
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn block(&mut self, indent: usize, text: &str) {
        for line in escape::lines(text) {
            self.line(indent, &line);
        }
    }
}

fn inline(spans: &[Span<'_>]) -> String {
    let mut out = String::new();
    for span in spans {
        match span {
            Span::Word(w) => out.push_str(w),
            Span::Text(t) => out.push_str(&escape::line(t)),
            Span::Status(inner) => out.push_str(&format!("[{}]", inline(inner))),
            Span::Substep(s) => out.push_str(&format!(
                "[{}]",
                labels::substep_status_with_reason(s, |t| escape::line(t).into_owned())
            )),
            Span::Strong(inner) | Span::Key(inner) | Span::Em(inner) | Span::Mark { inner, .. } => {
                out.push_str(&inline(inner));
            }
            Span::Break(sep) => out.push_str(sep),
        }
    }
    out
}

fn cell_text(cell: &Cell<'_>) -> String {
    match cell {
        Cell::Line(s) | Cell::Plain(s) | Cell::Classed(s, _) => inline(s),
        Cell::Id(t) | Cell::Text(t) => escape::line(t).into_owned(),
        Cell::Date(t) | Cell::Alert(t, _) => t.clone(),
        Cell::WithNote(s, note) => format!("{} {}", inline(s), escape::line(note)),
    }
}

/// Cells joined by ` | `, padded to their column's width, trailing spaces cut.
fn aligned(first: &str, first_w: usize, cells: &[String], widths: &[usize]) -> String {
    let mut line = fit(first, first_w);
    for (cell, w) in cells.iter().zip(widths) {
        line.push_str(&format!(" | {}", fit(cell, *w)));
    }
    line.trim_end().to_string()
}

impl ReportWriter for TextWriter {
    fn layout(&self) -> Layout {
        Layout::Lines
    }

    fn begin(&mut self, doc: &Doc<'_>) {
        let title = escape::line(doc.title);
        self.line(0, &title);
        self.line(0, &"=".repeat(width(&title).max(1)));
    }

    fn end(&mut self, _doc: &Doc<'_>) {}

    fn heading(&mut self, level: u8, text: &[Span<'_>]) {
        let title = inline(text);
        if level >= 3 {
            self.line(0, &t!("report-caption", text = title));
        } else {
            self.out.push('\n');
            self.line(0, &title);
            self.line(0, &"-".repeat(width(&title)));
        }
    }

    fn paragraph(&mut self, text: &[Span<'_>], tone: Tone) {
        if tone == Tone::Caption {
            if !self.out.ends_with("\n\n") {
                self.out.push('\n');
            }
            self.line(0, &t!("report-caption", text = inline(text)));
        } else {
            self.line(0, &inline(text));
        }
    }

    fn facts(&mut self, facts: &[Fact<'_>]) {
        for f in facts {
            if f.multi_line {
                self.line(0, &t!("report-caption", text = f.label.as_str()));
                self.block(4, &f.value);
            } else {
                let label = t!("report-label", label = f.label.as_str());
                self.line(0, &format!("{label}{}", escape::line(&f.value)));
            }
        }
    }

    fn list(&mut self, list: &List<'_>) {
        for item in &list.items {
            self.line(0, &format!("{}{}", list.marker, inline(item)));
        }
    }

    fn answers(&mut self, _term: Term, answers: &[Answer<'_>]) {
        for a in answers {
            self.line(
                2,
                &format!("{}{}", t!("report-question-prefix"), escape::line(a.term)),
            );
            self.block(6, a.text);
            for old in a.earlier {
                self.line(6, &t!("report-earlier", text = escape::line(old)));
            }
        }
    }

    /// A table as one line per row, its cells joined by `, ` (the walk lays tables out as records in
    /// this format).
    fn table(&mut self, table: &Table<'_>) {
        for row in &table.rows {
            let cells: Vec<String> = row
                .iter()
                .map(cell_text)
                .filter(|c| !c.trim().is_empty())
                .collect();
            self.line(2, &format!("- {}", cells.join(", ")));
        }
    }

    fn record(&mut self, head: &[Span<'_>], details: &[Detail<'_>]) {
        self.out.push('\n');
        self.line(0, &inline(head));
        for d in details {
            match d {
                Detail::Line(indent, spans) => self.line(*indent, &inline(spans)),
                Detail::Block(indent, text) => self.block(*indent, text),
            }
        }
    }

    /// The key (ASCII symbols, for any font and screen readers), the sub-steps, then the grid aligned by
    /// display width and a blank line.
    fn coverage_grid(&mut self, cov: &Coverage) {
        let legend: Vec<String> = CoverageCell::ALL
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    labels::coverage_ascii(*c),
                    labels::coverage_word(*c)
                )
            })
            .collect();
        self.line(
            0,
            &format!("{}{}", t!("report-key-prefix"), legend.join(", ")),
        );
        let cols: Vec<String> = cov
            .columns
            .iter()
            .map(|c| format!(" {} {}", escape::line(&c.code), escape::line(&c.title)))
            .collect();
        self.line(
            0,
            &format!("{}{}", t!("report-substeps-caption"), cols.join(";")),
        );
        self.out.push('\n');
        let names: Vec<String> = cov
            .rows
            .iter()
            .map(|r| escape::line(&r.name).into_owned())
            .collect();
        let name_w = names
            .iter()
            .map(|n| width(n))
            .max()
            .unwrap_or(0)
            .clamp(9, 50);
        let codes: Vec<String> = cov
            .columns
            .iter()
            .map(|c| escape::line(&c.code).into_owned())
            .collect();
        let col_w: Vec<usize> = codes.iter().map(|c| width(c).max(3)).collect();
        let grid_line = |first: &str, cells: Vec<&str>| {
            let mut line = fit(first, name_w);
            for (cell, w) in cells.iter().zip(&col_w) {
                line.push_str(&format!(" {}", fit(cell, *w)));
            }
            line.trim_end().to_string()
        };
        let principle = t!("report-col-principle");
        let header = grid_line(&principle, codes.iter().map(String::as_str).collect());
        self.line(0, &header);
        for (row, name) in cov.rows.iter().zip(&names) {
            let cells = row
                .cells
                .iter()
                .map(|c| labels::coverage_ascii(*c))
                .collect();
            let line = grid_line(name, cells);
            self.line(0, &line);
        }
        self.out.push('\n');
    }

    /// The 4×4 map, likelihood up and impact across, risk ids in the cells.
    fn risk_map_picture(&mut self, map: &RiskMap<'_>) {
        self.line(0, &t!("report-risk-map-text"));
        for l in (0..4).rev() {
            let mut row = format!("  {} |", l + 1);
            for cell in &map[l] {
                let text = map_cell(cell, ",");
                row.push_str(&format!(" {text:^9}"));
            }
            self.line(0, row.trim_end());
        }
        let axis: String = (1..=4).map(|i| format!(" {i:^9}")).collect();
        self.line(6, axis.trim_end());
    }

    /// The map again as a table with the level names, aligned by display width.
    fn risk_map_table(&mut self, map: &RiskMap<'_>) {
        self.paragraph(
            &[super::writer::word(t!("report-risk-map-table"))],
            Tone::Caption,
        );
        let (likelihood, impact) = (labels::likelihood(), labels::impact());
        let cells: Vec<Vec<String>> = map
            .iter()
            .map(|row| row.iter().map(|ids| map_cell(ids, ",")).collect())
            .collect();
        let label_w = likelihood.iter().map(|l| width(l) + 2).max().unwrap_or(0);
        let col_w: Vec<usize> = (0..4)
            .map(|i| {
                let content = cells.iter().map(|row| width(&row[i])).max().unwrap_or(0);
                content.max(width(&impact[i]) + 2).min(40)
            })
            .collect();
        let header: Vec<String> = (0..4).map(|i| format!("{} {}", i + 1, impact[i])).collect();
        self.line(0, &aligned(&" ".repeat(label_w), label_w, &header, &col_w));
        for l in (0..4).rev() {
            let label = format!("{} {}", l + 1, likelihood[l]);
            self.line(0, &aligned(&label, label_w, &cells[l], &col_w));
        }
    }

    /// The operation's Matrix as counts of running systems per area, then its gaps.
    fn matrix(&mut self, view: &LandscapeView<'_>) {
        self.paragraph(
            &[super::writer::word(t!("report-operation-matrix-text"))],
            Tone::Caption,
        );
        let label_w = 34;
        let m = &view.matrix;
        let areas = m.area_columns();
        let names: Vec<String> = areas
            .iter()
            .map(|a| {
                a.map_or_else(
                    || t!("report-all-areas-lower"),
                    |a| escape::line(a).into_owned(),
                )
            })
            .collect();
        let mut head = format!("  {}", fit("", label_w));
        for name in &names {
            head.push_str(&format!("  {name}"));
        }
        self.line(0, head.trim_end());
        for col in &m.columns {
            let category = format!("{} {}", col.category.number, col.category.name);
            let mut line = format!("  {}", fit(&escape::line(&category), label_w));
            for (a, name) in areas.iter().zip(&names) {
                let cell = match col.running_in(*a).count() {
                    0 => "-".to_string(),
                    n => n.to_string(),
                };
                line.push_str(&format!("  {}", fit(&cell, width(name))));
            }
            self.line(0, line.trim_end());
        }
        if !view.gaps.is_empty() {
            self.line(0, &t!("report-gaps-text"));
            for g in &view.gaps {
                self.line(2, &format!("! {}", escape::line(g)));
            }
        }
    }
}

fn map_cell(ids: &[&str], sep: &str) -> String {
    if ids.is_empty() {
        ".".into()
    } else {
        ids.iter()
            .map(|i| escape::line(i).into_owned())
            .collect::<Vec<_>>()
            .join(sep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::writer::hostile;
    use crate::session::Session;

    #[test]
    fn plain_text_marks_controls_and_bidi_and_keeps_markup_as_text() {
        let mut w = TextWriter::default();
        hostile::write_all(&mut w);
        let out = w.finish();
        hostile::assert_inert(&out);
        assert!(out.contains("<b>x</b> *y* _z_ [l](http://a) | #h ␛[31m rtl\u{2066} حماية"));
        assert!(
            out.contains("      <i>one</i> ␛]52;c;eA==␇\n      # two  می\u{200c}خواهم\n"),
            "blocks keep their lines, indented"
        );
        // Arabic passes, and so does the Persian ZWNJ.
        assert!(out.contains("حماية می\u{200c}خواهم"));
        assert!(out.contains("\n[<b>x</b>"), "a status in brackets");
    }

    #[test]
    fn the_matrix_sanitises_category_names_from_the_pack() {
        let mut pack = crate::content::load_embedded().expect("the embedded pack loads");
        pack.matrix.categories[0].name = "Population \u{1b}[2J\u{202e}Data".into();
        let session = Session {
            landscape: vec![crate::session::LandscapeEntry {
                id: "L-1".into(),
                name: "DTM".into(),
                category: pack.matrix.categories[0].id.clone(),
                areas: vec!["Kalma".into()],
                ..Default::default()
            }],
            ..Session::default()
        };
        let out = crate::export::landscape::text(&session, &pack);
        hostile::assert_inert(&out);
        assert!(out.contains("1 Population ␛[2JData"), "{out}");
    }
}
