//! Word documents (.docx, written with `docx-rs`): the report and the scoping brief, with the same
//! content as their HTML, for managers who edit in Word or LibreOffice.
//!
//! Headings use the built-in "Heading 1–3" styles (so the navigation pane and a table of contents find
//! them), tables keep a bold header row, and a paragraph whose text starts in a right-to-left script
//! (Arabic, Persian, Hebrew…) is set right to left. Every value goes through
//! [`display::sanitize_text`] first: a control character or bidi override never reaches the file, and
//! nothing in it is markup (Word has no markup in text runs; the XML is escaped by the writer).

use chrono::NaiveDate;
use docx_rs::{
    AlignmentType, Docx, Paragraph, Run, Style, StyleType, Table as DocTable, TableCell, TableRow,
};

use crate::content::Pack;
use crate::display;
use crate::scoping::brief::{Block, build_brief};
use crate::session::Session;
use crate::t;

use super::labels;
use super::report;
use super::writer::{Answer, Cell, Doc, Fact, Layout, List, ReportWriter, Span, Table, Term, Tone};

/// One run of text: bold, italic or plain.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    text: String,
    bold: bool,
    italic: bool,
}

fn piece(text: impl Into<String>) -> Piece {
    Piece {
        text: text.into(),
        bold: false,
        italic: false,
    }
}

fn bold(text: impl Into<String>) -> Piece {
    Piece {
        bold: true,
        ..piece(text)
    }
}

fn italic(text: impl Into<String>) -> Piece {
    Piece {
        italic: true,
        ..piece(text)
    }
}

/// Whether text reads right to left: its first letter of a strong direction is Hebrew, Arabic,
/// Syriac, Thaana, N'Ko or their presentation forms.
pub fn starts_rtl(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| {
            matches!(u32::from(c),
                0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
        })
}

/// A paragraph of pieces in `style` (empty: the normal style), right to left when its text is.
fn paragraph(pieces: &[Piece], style: &str) -> Paragraph {
    let all: String = pieces.iter().map(|p| p.text.as_str()).collect();
    let mut p = Paragraph::new().style(if style.is_empty() { "Normal" } else { style });
    for piece in pieces {
        let clean = display::sanitize_text(&piece.text, false);
        let mut run = Run::new().add_text(clean.as_ref());
        if piece.bold {
            run = run.bold();
        }
        if piece.italic {
            run = run.italic();
        }
        p = p.add_run(run);
    }
    if starts_rtl(&all) {
        p.property = p.property.bidi(true);
        p = p.align(AlignmentType::Right);
    }
    p
}

/// A text that may hold several lines, as one paragraph per line.
fn lines(text: &str) -> impl Iterator<Item = Paragraph> + '_ {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| paragraph(&[piece(l)], ""))
}

/// A table with a bold header row; every cell is text, its lines kept.
fn table(headers: &[String], rows: &[Vec<String>]) -> DocTable {
    let row = |cells: &[String], head: bool| {
        TableRow::new(
            cells
                .iter()
                .map(|c| {
                    let mut cell = TableCell::new();
                    let mut any = false;
                    for line in c.lines().filter(|l| !l.trim().is_empty()) {
                        let p = if head { bold(line) } else { piece(line) };
                        cell = cell.add_paragraph(paragraph(&[p], ""));
                        any = true;
                    }
                    if !any {
                        cell = cell.add_paragraph(Paragraph::new().style("Normal"));
                    }
                    cell
                })
                .collect(),
        )
    };
    let mut all = vec![row(headers, true)];
    all.extend(rows.iter().map(|r| row(r, false)));
    DocTable::new(all)
}

/// What goes into the document, in order.
enum Item {
    Para(Box<Paragraph>),
    Table(Box<DocTable>),
}

/// A document being built: its paragraphs and tables in order.
#[derive(Default)]
struct Body {
    items: Vec<Item>,
}

impl Body {
    fn para(&mut self, p: Paragraph) {
        self.items.push(Item::Para(Box::new(p)));
    }

    fn heading(&mut self, level: u8, text: &str) {
        let style = format!("Heading{}", level.clamp(1, 3));
        self.para(paragraph(&[piece(text)], &style));
    }

    fn table(&mut self, headers: &[String], rows: &[Vec<String>]) {
        self.items.push(Item::Table(Box::new(table(headers, rows))));
        // Word joins two tables that touch; an empty paragraph keeps them apart.
        self.para(Paragraph::new().style("Normal"));
    }

    /// The document as .docx bytes.
    fn finish(self) -> Result<Vec<u8>, String> {
        let mut doc = Docx::new()
            .default_size(21)
            .add_style(heading_style("Title", "Title", 36))
            .add_style(heading_style("Heading1", "heading 1", 30))
            .add_style(heading_style("Heading2", "heading 2", 26))
            .add_style(heading_style("Heading3", "heading 3", 23));
        for item in self.items {
            doc = match item {
                Item::Para(p) => doc.add_paragraph(*p),
                Item::Table(t) => doc.add_table(*t),
            };
        }
        let mut out = std::io::Cursor::new(Vec::new());
        doc.build().pack(&mut out).map_err(|e| e.to_string())?;
        Ok(out.into_inner())
    }
}

fn heading_style(id: &str, name: &str, half_points: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .size(half_points)
        .bold()
}

/// Spans as pieces of text, bold and italic kept.
fn pieces(spans: &[Span<'_>], out: &mut Vec<Piece>, strong: bool, em: bool) {
    let push = |out: &mut Vec<Piece>, text: String| {
        out.push(Piece {
            text,
            bold: strong,
            italic: em,
        });
    };
    for span in spans {
        match span {
            Span::Word(w) | Span::Text(w) => push(out, w.to_string()),
            Span::Break(sep) => push(out, sep.to_string()),
            Span::Substep(s) => push(
                out,
                format!(
                    "({})",
                    labels::substep_status_with_reason(s, |t| t.to_string())
                ),
            ),
            Span::Status(inner) => {
                push(out, "(".into());
                pieces(inner, out, strong, em);
                push(out, ")".into());
            }
            Span::Strong(inner) => pieces(inner, out, true, em),
            Span::Em(inner) => pieces(inner, out, strong, true),
            Span::Key(inner) | Span::Mark { inner, .. } => pieces(inner, out, strong, em),
        }
    }
}

fn flat(spans: &[Span<'_>]) -> Vec<Piece> {
    let mut out = Vec::new();
    pieces(spans, &mut out, false, false);
    out
}

fn plain(spans: &[Span<'_>]) -> String {
    flat(spans).into_iter().map(|p| p.text).collect()
}

fn cell_text(cell: &Cell<'_>) -> String {
    match cell {
        Cell::Line(s) | Cell::Plain(s) | Cell::Classed(s, _) => plain(s),
        Cell::Id(t) | Cell::Text(t) => (*t).to_string(),
        Cell::Date(d) | Cell::Alert(d, _) => d.clone(),
        Cell::WithNote(s, note) => format!("{} {note}", plain(s)),
    }
}

/// Writes the report walk into a Word document.
#[derive(Default)]
struct DocxWriter {
    body: Body,
}

impl ReportWriter for DocxWriter {
    fn layout(&self) -> Layout {
        Layout::Print
    }

    fn begin(&mut self, doc: &Doc<'_>) {
        self.body.para(paragraph(&[piece(doc.title)], "Title"));
        self.body
            .para(paragraph(&[italic(doc.byline.as_str())], ""));
    }

    fn end(&mut self, doc: &Doc<'_>) {
        let mut foot = flat(&doc.footer);
        for p in &mut foot {
            p.italic = true;
        }
        self.body.para(paragraph(&foot, ""));
    }

    fn heading(&mut self, level: u8, text: &[Span<'_>]) {
        self.body
            .heading(level.saturating_sub(1).max(1), &plain(text));
    }

    fn paragraph(&mut self, text: &[Span<'_>], tone: Tone) {
        let mut p = flat(text);
        if matches!(tone, Tone::Aside | Tone::Caption) {
            for piece in &mut p {
                piece.italic = true;
            }
        }
        self.body.para(paragraph(&p, ""));
    }

    fn facts(&mut self, facts: &[Fact<'_>]) {
        for f in facts {
            let label = t!("report-caption", text = f.label.as_str());
            if f.multi_line {
                self.body.para(paragraph(&[bold(label)], ""));
                for p in lines(&f.value) {
                    self.body.para(p);
                }
            } else {
                let value = piece(format!(" {}", f.value));
                self.body.para(paragraph(&[bold(label), value], ""));
            }
        }
    }

    fn list(&mut self, list: &List<'_>) {
        for item in &list.items {
            let mut p = vec![piece("• ")];
            p.extend(flat(item));
            self.body.para(paragraph(&p, ""));
        }
    }

    fn answers(&mut self, term: Term, answers: &[Answer<'_>]) {
        for a in answers {
            let head = match term {
                Term::Question => bold(a.term),
                Term::Group => italic(a.term),
            };
            self.body.para(paragraph(&[head], ""));
            for p in lines(a.text) {
                self.body.para(p);
            }
            for old in a.earlier {
                let note = t!("report-earlier", text = old.as_str());
                self.body.para(paragraph(&[italic(note)], ""));
            }
        }
    }

    fn table(&mut self, table: &Table<'_>) {
        let headers: Vec<String> = table.columns.iter().map(|(h, _)| plain(h)).collect();
        let rows: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|r| r.iter().map(cell_text).collect())
            .collect();
        if rows.is_empty()
            && let Some(empty) = &table.empty
        {
            self.body.para(paragraph(&[italic(empty.as_str())], ""));
            return;
        }
        self.body.table(&headers, &rows);
    }
}

/// The report of `session` as a Word document.
pub fn report(session: &Session, pack: &Pack, today: NaiveDate) -> Result<Vec<u8>, String> {
    let mut w = DocxWriter::default();
    report::write_session(session, pack, today, &mut w);
    w.body.finish()
}

/// The data-sharing agreement draft of `session` (already scoped to the systems asked for) as a Word
/// document: the sections the content gives, each fact with its value or a bold "to fill in".
pub fn agreement(session: &Session, pack: &Pack) -> Result<Vec<u8>, String> {
    let d = super::agreement::draft(session, pack);
    let fill = t!("agreement-to-fill");
    let mut body = Body::default();
    body.para(paragraph(&[piece(d.title.as_str())], "Title"));
    for p in lines(&d.intro) {
        body.para(p);
    }
    for (i, part) in d.parts.iter().enumerate() {
        body.heading(1, &format!("{}. {}", i + 1, part.title));
        body.para(paragraph(&[italic(part.guidance.as_str())], ""));
        for f in &part.facts {
            let label = bold(t!("report-caption", text = f.label.as_str()));
            let value = match &f.value {
                Some(v) => piece(format!(" {v}")),
                None => bold(format!(" {fill}")),
            };
            body.para(paragraph(&[label, value], ""));
        }
    }
    body.para(paragraph(
        &[italic(super::agreement::source_line(pack))],
        "",
    ));
    body.finish()
}

/// The scoping brief of `session` as a Word document.
pub fn brief(session: &Session, pack: &Pack, today: NaiveDate) -> Result<Vec<u8>, String> {
    let b = build_brief(session, pack, today);
    let mut body = Body::default();
    body.para(paragraph(
        &[piece(t!("brief-title", title = b.title.as_str()))],
        "Title",
    ));
    body.para(paragraph(
        &[italic(super::brief::byline(&b).join(" · "))],
        "",
    ));
    for s in &b.sections {
        body.heading(1, &s.heading);
        for block in &s.blocks {
            brief_block(&mut body, block);
        }
    }
    if !b.missing.is_empty() {
        let missing = t!("brief-missing", missing = b.missing.join("; "));
        body.para(paragraph(&[italic(missing)], ""));
    }
    body.finish()
}

fn brief_block(body: &mut Body, block: &Block) {
    match block {
        Block::Field { label, text } => {
            let label = t!("report-caption", text = label.as_str());
            // A right-to-left answer gets its own paragraph, so that it is set in its direction.
            if text.contains('\n') || starts_rtl(text) {
                body.para(paragraph(&[bold(label)], ""));
                for p in lines(text) {
                    body.para(p);
                }
            } else {
                body.para(paragraph(&[bold(label), piece(format!(" {text}"))], ""));
            }
        }
        Block::List { label, items } => {
            body.para(paragraph(
                &[bold(t!("report-caption", text = label.as_str()))],
                "",
            ));
            for item in items {
                body.para(paragraph(&[piece("• "), piece(item.as_str())], ""));
            }
        }
        Block::Table { headers, rows, .. } => body.table(headers, rows),
        Block::Sentences(sentences) => {
            for s in sentences {
                body.para(paragraph(&[piece("• "), piece(s.as_str())], ""));
            }
        }
    }
}
