//! Markdown export: a heading per step, tables for decisions, actions, coverage and risks.
//!
//! All text from the session and the pack is escaped so nothing in it becomes markup (see
//! [`super::escape::markdown_inline`]): control characters and bidi overrides become visible marks, every
//! character that would become markup in its position gets a backslash (``\ ` * [ ] < ! | ~ $ &``
//! anywhere, `_` outside words, `# > - + =` and `1.` at the start of a line, a closing `#`, `:` before
//! `/` and `www.`; `<` so no HTML gets through, `[` and `://` so no link does; GitHub still links
//! e-mail addresses, which cannot be escaped) and prose, dates and names read as typed; leading spaces are dropped
//! (no code blocks), newlines in table cells become `␤`, and newlines in paragraphs become hard line
//! breaks.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::Session;
use crate::t;

use super::escape::{markdown_block, markdown_inline, markdown_line};
use super::labels;
use super::report::{self, Report};
use super::writer::{Answer, Cell, Doc, Fact, Layout, List, ReportWriter, Span, Table, Term, Tone};

/// The session as Markdown, with actions marked overdue against `today`.
pub fn render(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    let mut w = MarkdownWriter::default();
    report::write(
        &Report {
            session,
            pack,
            today,
        },
        &mut w,
    );
    w.out
}

/// Writes the report as Markdown. Blocks are separated by exactly one blank line.
#[derive(Debug, Default)]
pub struct MarkdownWriter {
    out: String,
}

impl MarkdownWriter {
    /// The Markdown written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        if !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn para(&mut self, text: &str) {
        self.blank();
        self.line(text);
        self.blank();
    }
}

fn inline(spans: &[Span<'_>]) -> String {
    let mut out = String::new();
    for span in spans {
        match span {
            Span::Word(w) => out.push_str(&markdown_line(w)),
            Span::Text(t) => out.push_str(&markdown_inline(t)),
            Span::Status(inner) => out.push_str(&format!("({})", inline(inner))),
            Span::Substep(s) => out.push_str(&format!(
                "({})",
                labels::substep_status_with_reason(s, markdown_inline)
            )),
            Span::Strong(inner) => out.push_str(&format!("**{}**", inline(inner))),
            Span::Em(inner) => out.push_str(&format!("*{}*", inline(inner))),
            Span::Key(inner) | Span::Mark { inner, .. } => out.push_str(&inline(inner)),
            Span::Break(sep) => out.push_str(&markdown_line(sep)),
        }
    }
    out
}

fn cell(cell: &Cell<'_>) -> String {
    match cell {
        Cell::Line(s) | Cell::Plain(s) | Cell::Classed(s, _) => inline(s),
        Cell::Id(t) | Cell::Text(t) => markdown_inline(t),
        Cell::Date(d) => markdown_line(d),
        Cell::Alert(w, _) => format!("**{}**", markdown_inline(w)),
        Cell::WithNote(s, note) => format!("{} {}", inline(s), markdown_inline(note)),
    }
}

impl ReportWriter for MarkdownWriter {
    fn layout(&self) -> Layout {
        Layout::Wide
    }

    fn begin(&mut self, doc: &Doc<'_>) {
        self.line(&format!("# {}", markdown_inline(doc.title)));
        self.para(&markdown_line(&doc.byline));
    }

    /// Markdown has no footer; the file ends with one newline.
    fn end(&mut self, _doc: &Doc<'_>) {
        self.out.truncate(self.out.trim_end().len());
        self.out.push('\n');
    }

    fn heading(&mut self, level: u8, text: &[Span<'_>]) {
        self.blank();
        self.line(&format!(
            "{} {}",
            "#".repeat(usize::from(level)),
            inline(text)
        ));
        self.blank();
    }

    fn paragraph(&mut self, text: &[Span<'_>], tone: Tone) {
        let text = inline(text);
        match tone {
            Tone::Plain | Tone::Empty => self.para(&text),
            Tone::Aside => self.para(&format!("*{text}*")),
            Tone::Caption => self.para(&t!("report-caption", text = text)),
        }
    }

    /// A list with the labels in bold; multi-line values under a heading of their own.
    fn facts(&mut self, facts: &[Fact<'_>]) {
        for f in facts {
            let label = markdown_line(&f.label);
            if f.multi_line {
                self.heading(3, &[super::writer::word(f.label.as_str())]);
                self.para(&markdown_block(&f.value));
            } else {
                let label = t!("report-caption", text = label);
                self.line(&format!("- **{label}** {}", markdown_inline(&f.value)));
            }
        }
    }

    fn list(&mut self, list: &List<'_>) {
        for item in &list.items {
            self.line(&format!("- {}", inline(item)));
        }
        self.blank();
    }

    fn answers(&mut self, term: Term, answers: &[Answer<'_>]) {
        for a in answers {
            let t = markdown_inline(a.term);
            match term {
                Term::Question => self.para(&format!("**{t}**")),
                Term::Group => self.para(&format!("*{t}:*")),
            }
            self.para(&markdown_block(a.text));
            for old in a.earlier {
                self.para(&t!(
                    "report-earlier-wording-md",
                    text = markdown_inline(old)
                ));
            }
        }
    }

    /// A GitHub table; an empty cell holds a space. A table without rows keeps its header row.
    fn table(&mut self, table: &Table<'_>) {
        self.blank();
        let head: Vec<String> = table.columns.iter().map(|(h, _)| inline(h)).collect();
        self.line(&format!("| {} |", head.join(" | ")));
        self.line(&format!("|{}", "---|".repeat(head.len())));
        for row in &table.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| {
                    let text = cell(c);
                    if text.is_empty() { " ".into() } else { text }
                })
                .collect();
            self.line(&format!("| {} |", cells.join(" | ")));
        }
        self.blank();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::writer::hostile;

    #[test]
    fn markdown_escapes_markup_and_marks_controls_and_bidi() {
        let mut w = MarkdownWriter::default();
        hostile::write_all(&mut w);
        let out = w.finish();
        hostile::assert_inert(&out);
        let escaped =
            "\\<b>x\\</b> \\*y\\* \\_z\\_ \\[l\\](http\\://a) \\| #h ␛\\[31m rtl\u{2066} حماية";
        assert!(out.contains(&format!("## {escaped}")), "{out}");
        assert!(out.contains(&format!("**{escaped}")), "bold stays markup");
        assert!(
            out.contains("\\<i>one\\</i> ␛\\]52;c;eA==␇\\\n\\# two"),
            "blocks"
        );
        assert!(
            !out.replace("\\<", "").contains("<b>") && !out.replace("\\]", "").contains("](http"),
            "no HTML, no link"
        );
        for line in out.lines().filter(|l| l.starts_with('|')) {
            let cells = line.matches(" | ").count();
            assert!(cells <= 4, "a | inside a cell opened a column: {line}");
        }
        // Arabic passes; the Persian ZWNJ is shown as a mark, as it always was.
        assert!(out.contains("حماية می\u{200c}خواهم"));
    }
}
