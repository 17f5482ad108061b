//! What the report walk ([`super::report`]) hands to a format: the [`ReportWriter`] trait and the
//! pieces it is given. Every string in these pieces is raw (unescaped); each writer escapes it with
//! its own function from [`super::escape`] as it writes.
//!
//! The three formats do not lay everything out the same way, and the walk keeps them as they were:
//! lists of records are one paragraph per record in the plain text, one wide table in Markdown and a
//! table narrowed for A4 in HTML ([`Layout`]); the coverage grid, the risk map and the landscape's
//! Matrix are pictures each format draws its own way (the methods with a default). Those defaults
//! are the plain layouts at the end of this file ([`plain_coverage`], [`plain_risk_map`],
//! [`plain_landscape`], [`plain_matrix`]). The walk's [`Section`] is here too, since a writer is told
//! which section it is in ([`Part`]); the data a report is made of is in [`super::model`].

use std::borrow::Cow;

use crate::session::SubstepStatus;
use crate::t;

use super::coverage::{Coverage, CoverageCell};
use super::labels;
use super::model::{LandscapeView, Report, System};
use super::records::risk_map;

/// The 4×4 risk map: `map[likelihood - 1][impact - 1]`, the ids of the risks in that cell.
pub type RiskMap<'a> = [[Vec<&'a str>; 4]; 4];

/// The ids of the session's risks in the 4×4 map.
pub fn risk_ids(session: &crate::session::Session) -> RiskMap<'_> {
    risk_map(session).map(|row| row.map(|cell| cell.iter().map(|r| r.id.as_str()).collect()))
}

/// How a format lays out a list of records (decisions, actions, risks, systems): the one place where
/// the three formats really differ in what they show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One record after another: a line with its id, status and title, then its details indented
    /// (the plain-text summary, for pipes and screen readers).
    Lines,
    /// One wide table per list, a column per field (Markdown).
    Wide,
    /// Tables narrowed to fit an A4 page, some fields sharing a column (HTML).
    Print,
}

/// A piece of inline text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span<'a> {
    /// The program's own words: labels, counts, dates. Markdown still escapes them.
    Word(Cow<'a, str>),
    /// Text from the session or the content pack, shown on one line.
    Text(Cow<'a, str>),
    /// A status: `[open]` in the plain text, `(open)` in Markdown, a badge in HTML.
    Status(Vec<Span<'a>>),
    /// A sub-step's status, with the reason when it was skipped.
    Substep(&'a SubstepStatus),
    /// Bold (plain in the plain text).
    Strong(Vec<Span<'a>>),
    /// What a list item is about: bold in HTML only.
    Key(Vec<Span<'a>>),
    /// Emphasis in Markdown only.
    Em(Vec<Span<'a>>),
    /// A line break in HTML; the given separator elsewhere.
    Break(&'static str),
    /// An HTML `<span>` with an optional class and `dir="auto"` when `dir`; the text alone elsewhere.
    Mark {
        /// The CSS class.
        class: Option<&'static str>,
        /// Whether the span holds text that may run right to left.
        dir: bool,
        /// The content.
        inner: Vec<Span<'a>>,
    },
}

/// The program's own words.
pub fn word<'a>(text: impl Into<Cow<'a, str>>) -> Span<'a> {
    Span::Word(text.into())
}

/// Text from the file or the pack.
pub fn text<'a>(text: impl Into<Cow<'a, str>>) -> Span<'a> {
    Span::Text(text.into())
}

/// A message of the catalogue as spans: its own words as [`Span::Word`], the values from the file or
/// the pack as [`Span::Text`], so that the writer escapes them and the message keeps its word order.
/// `message` is given a stand-in for each value (`v[0]`, `v[1]`…) and returns the message.
pub fn message_spans<'a>(
    message: impl FnOnce(&[&str]) -> String,
    values: &[&'a str],
) -> Vec<Span<'a>> {
    // Private-use characters: no catalogue message holds them.
    let marks: Vec<String> = (0..values.len())
        .map(|i| char::from_u32(0xE000 + i as u32).map_or_else(String::new, String::from))
        .collect();
    let stand_ins: Vec<&str> = marks.iter().map(String::as_str).collect();
    let message = message(&stand_ins);
    let mut spans = Vec::new();
    let mut rest = message.as_str();
    while let Some((at, i)) = marks
        .iter()
        .enumerate()
        .filter_map(|(i, m)| rest.find(m.as_str()).map(|at| (at, i)))
        .min()
    {
        if at > 0 {
            spans.push(word(rest[..at].to_string()));
        }
        spans.push(text(values[i]));
        rest = &rest[at + marks[i].len()..];
    }
    if !rest.is_empty() {
        spans.push(word(rest.to_string()));
    }
    spans
}

/// An identifier from the session (`D-3`): bold and never broken in HTML.
pub fn id<'a>(value: impl Into<Cow<'a, str>>) -> Span<'a> {
    Span::Mark {
        class: Some("id"),
        dir: false,
        inner: vec![text(value)],
    }
}

/// A status word.
pub fn status<'a>(value: impl Into<Cow<'a, str>>) -> Span<'a> {
    Span::Status(vec![word(value)])
}

/// `items` with `sep` (the program's words) between them.
pub fn joined<'a>(items: impl IntoIterator<Item = Span<'a>>, sep: &'static str) -> Vec<Span<'a>> {
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(word(sep));
        }
        out.push(item);
    }
    out
}

/// How a paragraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Ordinary text.
    Plain,
    /// There is nothing to show ("No risks recorded."): grey in HTML.
    Empty,
    /// A remark beside the content ("3 prompts not answered."): grey in HTML, italic in Markdown.
    Aside,
    /// Introduces the list or table that follows: a heading in HTML, a line ending in a colon elsewhere.
    Caption,
}

/// One labelled value of a facts table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact<'a> {
    /// The label (the program's words).
    pub label: String,
    /// The value (raw).
    pub value: Cow<'a, str>,
    /// Whether the value is multi-line text, kept with its line breaks.
    pub multi_line: bool,
}

/// A list of items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List<'a> {
    /// What the plain text writes before each item, e.g. `"  - "`.
    pub marker: &'static str,
    /// The HTML class of the list.
    pub class: Option<&'static str>,
    /// Whether each HTML item carries `dir="auto"`.
    pub dir: bool,
    /// The items.
    pub items: Vec<Vec<Span<'a>>>,
}

impl<'a> List<'a> {
    /// A list of items that may run right to left (`dir="auto"` on each in HTML).
    pub fn new(marker: &'static str, items: Vec<Vec<Span<'a>>>) -> Self {
        List {
            marker,
            class: None,
            dir: true,
            items,
        }
    }
}

/// Who or what an answer is given under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    /// A question (bold in Markdown).
    Question,
    /// A breakout group (italic and followed by a colon in Markdown).
    Group,
}

/// A term and the multi-line answer under it, with earlier wordings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer<'a> {
    /// The question or the group (raw, one line).
    pub term: &'a str,
    /// The answer (raw, multi-line).
    pub text: &'a str,
    /// Earlier wordings of the answer (raw, one line each).
    pub earlier: &'a [String],
}

/// A table cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell<'a> {
    /// Inline text (`dir="auto"` in HTML when it holds text from the file).
    Line(Vec<Span<'a>>),
    /// An identifier.
    Id(&'a str),
    /// Multi-line text: kept with its line breaks in HTML, on one line (`␤`) in Markdown.
    Text(&'a str),
    /// A date or another value that must not wrap.
    Date(String),
    /// The program's words, in bold in Markdown and with this class in HTML (e.g. `overdue`).
    Alert(String, &'static str),
    /// Words with an HTML class only (e.g. a risk level's colour).
    Classed(Vec<Span<'a>>, &'static str),
    /// Text from the pack shown without `dir="auto"` (a category name).
    Plain(Vec<Span<'a>>),
    /// A line with multi-line text in grey under it (HTML's decision column).
    WithNote(Vec<Span<'a>>, &'a str),
}

/// A table: a header row and rows of cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table<'a> {
    /// The HTML class.
    pub class: &'static str,
    /// Column headings with their width in percent for HTML (see `html::WIDTHS`).
    pub columns: Vec<(Vec<Span<'a>>, u8)>,
    /// The rows.
    pub rows: Vec<Vec<Cell<'a>>>,
    /// What HTML says instead of a table without rows (Markdown writes the header row alone).
    pub empty: Option<String>,
}

impl<'a> Table<'a> {
    /// A table with these columns and rows.
    pub fn new(
        class: &'static str,
        columns: Vec<(Vec<Span<'a>>, u8)>,
        rows: impl IntoIterator<Item = Vec<Cell<'a>>>,
    ) -> Self {
        Table {
            class,
            columns,
            rows: rows.into_iter().collect(),
            empty: None,
        }
    }
}

/// Column headings in the program's words, with their widths in percent for HTML.
pub fn columns(headers: &[(String, u8)]) -> Vec<(Vec<Span<'static>>, u8)> {
    headers
        .iter()
        .map(|(h, w)| (vec![word(h.clone())], *w))
        .collect()
}

/// Column headings in the program's words, for a table HTML does not print (no widths).
pub fn headers(names: &[String]) -> Vec<(Vec<Span<'static>>, u8)> {
    names.iter().map(|h| (vec![word(h.clone())], 0)).collect()
}

/// A cell holding one line of text from the file.
pub fn cell<'a>(value: impl Into<Cow<'a, str>>) -> Cell<'a> {
    Cell::Line(vec![text(value)])
}

/// A detail of a record in the plain-text layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail<'a> {
    /// A line indented by so many spaces.
    Line(usize, Vec<Span<'a>>),
    /// Multi-line text, each line indented by so many spaces.
    Block(usize, &'a str),
}

/// The document's own facts, for its head and foot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc<'a> {
    /// The session's title (raw).
    pub title: &'a str,
    /// "Session summary from pim-workshop, as of …" (the program's words).
    pub byline: String,
    /// The content pack's language (HTML's `lang`).
    pub language: &'a str,
    /// "Exported by pim-workshop on … from session …" (HTML's footer).
    pub footer: Vec<Span<'a>>,
}

/// One section of the report (the walk lists them in `report::SECTIONS`).
pub struct Section {
    /// Its id (the HTML anchor).
    pub id: &'static str,
    /// Whether printing starts it on a new page.
    pub page_break: bool,
    /// Whether only the plain-text summary shows it (on screen, not in exported files).
    pub screen_only: bool,
    /// Whether the session has anything for it (a section without content writes nothing at all).
    pub shown: fn(&Report<'_>) -> bool,
    /// What it writes.
    pub write: fn(&Report<'_>, &mut dyn ReportWriter),
}

impl std::fmt::Debug for Section {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Section").field("id", &self.id).finish()
    }
}

/// A part of the document that a format may wrap.
#[derive(Debug, Clone, Copy)]
pub enum Part<'a> {
    /// A section of the walk.
    Section(&'a Section),
    /// One sub-step under its step.
    Substep,
}

/// A report format. The walk calls these in order; the writer escapes every value it is given.
pub trait ReportWriter {
    /// How this format lays out lists of records.
    fn layout(&self) -> Layout;
    /// The head of the document (its title).
    fn begin(&mut self, doc: &Doc<'_>);
    /// The foot of the document.
    fn end(&mut self, doc: &Doc<'_>);
    /// A part begins (a `<section>` or `<article>` in HTML).
    fn open(&mut self, _part: Part<'_>) {}
    /// A part ends.
    fn close(&mut self, _part: Part<'_>) {}
    /// A heading: level 2 for a section, 3 under it.
    fn heading(&mut self, level: u8, text: &[Span<'_>]);
    /// A paragraph.
    fn paragraph(&mut self, text: &[Span<'_>], tone: Tone);
    /// Labelled values (the overview).
    fn facts(&mut self, facts: &[Fact<'_>]);
    /// A list.
    fn list(&mut self, list: &List<'_>);
    /// Answers under their questions or groups.
    fn answers(&mut self, term: Term, answers: &[Answer<'_>]);
    /// A table.
    fn table(&mut self, table: &Table<'_>);
    /// A record with its details, in the [`Layout::Lines`] layout. By default a paragraph each.
    fn record(&mut self, head: &[Span<'_>], details: &[Detail<'_>]) {
        self.paragraph(head, Tone::Plain);
        for d in details {
            match d {
                Detail::Line(_, spans) => self.paragraph(spans, Tone::Plain),
                Detail::Block(_, t) => self.paragraph(&[text(*t)], Tone::Plain),
            }
        }
    }
    /// The coverage grid: its key, the sub-steps and the grid. By default a key, a list of the
    /// sub-steps and a plain table (Markdown).
    fn coverage_grid(&mut self, cov: &Coverage) {
        plain_coverage(self, cov);
    }
    /// A picture of the risk map before the list of risks. By default none.
    fn risk_map_picture(&mut self, _map: &RiskMap<'_>) {}
    /// The risk map as a table after the list of risks. By default a plain table (Markdown).
    fn risk_map_table(&mut self, map: &RiskMap<'_>) {
        plain_risk_map(self, map);
    }
    /// The landscape register and the operation's Matrix. By default the register, the Matrix and
    /// possible duplication, in that order.
    fn landscape(&mut self, view: &LandscapeView<'_>) {
        plain_landscape(self, view);
    }
    /// The operation's Matrix in the default landscape layout. By default a table naming the running
    /// systems (Markdown).
    fn matrix(&mut self, view: &LandscapeView<'_>) {
        plain_matrix(self, view);
    }
}

// ------------------------------------------------------------------------ the default layouts
//
// What the trait's methods with a default write: the coverage grid, the risk map and the landscape
// register as captioned plain tables (Markdown uses them all, the plain text some). They are here,
// beside the trait, so that the trait needs nothing from the walk or the formats above it.

/// The coverage grid as a key, the sub-steps and a plain table (the default of
/// [`ReportWriter::coverage_grid`]).
pub fn plain_coverage<W: ReportWriter + ?Sized>(w: &mut W, cov: &Coverage) {
    let key = CoverageCell::ALL.iter().map(|c| {
        word(format!(
            "{} {}",
            labels::coverage_symbol(*c),
            labels::coverage_word(*c)
        ))
    });
    let mut line = vec![word(t!("report-key-prefix"))];
    line.extend(joined(key, ", "));
    line.push(word("."));
    w.paragraph(&line, Tone::Plain);
    let mut line = vec![word(format!("{} ", t!("report-substeps-caption")))];
    for (i, col) in cov.columns.iter().enumerate() {
        if i > 0 {
            line.push(word("; "));
        }
        line.extend([text(&col.code), word(" "), text(&col.title)]);
    }
    line.push(word("."));
    w.paragraph(&line, Tone::Plain);
    let mut head = vec![(vec![word(t!("report-col-principle"))], 33)];
    head.extend(cov.columns.iter().map(|c| (vec![text(&c.code)], 0)));
    let rows = cov.rows.iter().map(|row| {
        let mut cells = vec![cell(&row.name)];
        cells.extend(
            row.cells
                .iter()
                .map(|c| Cell::Line(vec![word(labels::coverage_symbol(*c))])),
        );
        cells
    });
    w.table(&Table::new("grid", head, rows));
}

/// The risk map as a captioned table (the default of [`ReportWriter::risk_map_table`]).
pub fn plain_risk_map<W: ReportWriter + ?Sized>(w: &mut W, map: &RiskMap<'_>) {
    w.paragraph(&[word(t!("report-risk-map-table"))], Tone::Caption);
    let (likelihood, impact) = (labels::likelihood(), labels::impact());
    let mut head = vec![(vec![word(t!("report-col-likelihood"))], 0)];
    head.extend(
        impact
            .iter()
            .enumerate()
            .map(|(i, name)| (vec![word(format!("{} {name}", i + 1))], 0)),
    );
    let rows = (0..4).rev().map(|l| {
        let mut row = vec![Cell::Line(vec![word(format!(
            "{} {}",
            l + 1,
            likelihood[l]
        ))])];
        row.extend(
            map[l]
                .iter()
                .map(|ids| Cell::Line(joined(ids.iter().map(|i| text(*i)), ", "))),
        );
        row
    });
    w.table(&Table::new("riskmap", head, rows));
}

/// The default layout: the register (a record per system, or a table), the Matrix, then possible
/// duplication.
pub fn plain_landscape<W: ReportWriter + ?Sized>(w: &mut W, view: &LandscapeView<'_>) {
    w.heading(
        2,
        &[word(t!(
            "report-register-heading",
            count = view.systems.len()
        ))],
    );
    if w.layout() == Layout::Lines {
        for s in &view.systems {
            w.record(&system_head(s), &system_details(s));
        }
    } else {
        w.table(&register_table(view));
    }
    w.matrix(view);
    if !view.duplication.is_empty() {
        w.paragraph(
            &[
                Span::Strong(vec![word(t!("report-duplication"))]),
                word(t!("report-duplication-same")),
            ],
            Tone::Plain,
        );
        let items = view.duplication.iter().map(|d| vec![text(d)]);
        w.list(&List::new("  ! ", items.collect()));
    }
}

fn system_head<'a>(s: &System<'a>) -> Vec<Span<'a>> {
    let e = s.entry;
    vec![
        text(&e.id),
        word(" "),
        text(&e.name),
        word(" — "),
        text(&e.organisation),
    ]
}

fn system_details<'a>(s: &System<'a>) -> Vec<Detail<'a>> {
    let e = s.entry;
    let line = |label: String, value: String| Detail::Line(4, vec![word(label), text(value)]);
    let mut out = vec![line(String::new(), s.facts.join(" · "))];
    if !s.outputs.is_empty() {
        out.push(line(t!("report-system-produces"), s.outputs.join("; ")));
    }
    for (label, value) in [
        (String::new(), &e.outputs_note),
        (t!("report-system-shares"), &e.shared_what),
        (t!("report-system-diagnosis"), &e.diagnosis),
    ] {
        if !value.is_empty() {
            out.push(line(label, value.clone()));
        }
    }
    if !e.sharing_in_place.is_empty() {
        out.push(Detail::Line(
            4,
            vec![word(t!(
                "report-system-sharing-in-place",
                count = e.sharing_in_place.len()
            ))],
        ));
    }
    out
}

fn register_table<'a>(view: &LandscapeView<'a>) -> Table<'a> {
    let rows = view.systems.iter().map(|s| {
        let x = s.entry;
        [
            format!("{} {}", x.id, x.name),
            x.organisation.clone(),
            s.category.clone(),
            x.areas.join(", "),
            x.status.label(),
            x.last_update
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            x.reliability.label(),
            x.shared_with.label(),
        ]
        .into_iter()
        .map(cell)
        .collect()
    });
    let names = [
        t!("report-col-system"),
        t!("report-col-organisation"),
        t!("report-col-category"),
        t!("report-col-areas"),
        t!("report-col-status"),
        t!("report-col-last-update"),
        t!("report-col-reliability"),
        t!("report-col-shared-with"),
    ];
    Table::new("register", headers(&names), rows)
}

/// The Matrix as a table naming the running systems in each cell (the default of
/// [`ReportWriter::matrix`]).
pub fn plain_matrix<W: ReportWriter + ?Sized>(w: &mut W, view: &LandscapeView<'_>) {
    let m = &view.matrix;
    w.heading(3, &[word(t!("report-operation-matrix"))]);
    let areas = m.area_columns();
    let mut head = vec![(vec![word(t!("report-col-category"))], 0)];
    head.extend(areas.iter().map(|a| {
        let name = match a {
            Some(a) => text(*a),
            None => word(t!("report-all-areas")),
        };
        (vec![name], 0)
    }));
    let rows = m.columns.iter().map(|col| {
        let category = format!("{} {}", col.category.number, col.category.name);
        let mut row = vec![cell(category)];
        row.extend(areas.iter().map(|a| {
            let ids: Vec<&str> = col.running_in(*a).map(|x| x.id.as_str()).collect();
            if ids.is_empty() {
                Cell::Line(vec![word(t!("report-gap"))])
            } else {
                cell(ids.join(", "))
            }
        }));
        row
    });
    w.table(&Table::new("opmatrix", head, rows));
}

/// Hostile input for the writers' tests: every primitive of the trait, given text that tries markup,
/// terminal escapes and bidi overrides, beside Arabic and Persian.
#[cfg(test)]
pub(crate) mod hostile {
    use super::*;

    /// Markup of both formats, an escape sequence, a bidi override and isolate, Arabic, and Persian
    /// written with a zero-width non-joiner.
    pub const TEXT: &str =
        "<b>x</b> *y* _z_ [l](http://a) | #h \u{1b}[31m \u{202e}rtl\u{2066} حماية می\u{200c}خواهم";

    /// The same on two lines, as a multi-line answer.
    pub const BLOCK: &str = "<i>one</i> \u{1b}]52;c;eA==\u{7}\n# two \u{202e} می\u{200c}خواهم";

    /// Calls every primitive with hostile text.
    pub fn write_all(w: &mut dyn ReportWriter) {
        let earlier = [TEXT.to_string()];
        let line = || vec![word("Label: "), text(TEXT)];
        w.heading(2, &[text(TEXT)]);
        w.heading(3, &[Span::Status(vec![text(TEXT)])]);
        for tone in [Tone::Plain, Tone::Empty, Tone::Aside, Tone::Caption] {
            w.paragraph(&[Span::Strong(vec![text(TEXT)])], tone);
        }
        w.facts(&[
            Fact {
                label: "Kind".into(),
                value: TEXT.into(),
                multi_line: false,
            },
            Fact {
                label: "Notes".into(),
                value: BLOCK.into(),
                multi_line: true,
            },
        ]);
        w.list(&List::new("  - ", vec![line(), vec![id(TEXT)]]));
        let answer = Answer {
            term: TEXT,
            text: BLOCK,
            earlier: &earlier,
        };
        w.answers(Term::Question, std::slice::from_ref(&answer));
        w.answers(Term::Group, &[answer]);
        let row = vec![
            Cell::Line(line()),
            Cell::Id(TEXT),
            Cell::Text(BLOCK),
            Cell::Plain(vec![text(TEXT)]),
            Cell::WithNote(vec![text(TEXT)], BLOCK),
        ];
        w.table(&Table::new(
            "t",
            vec![(vec![text(TEXT)], 7), (vec![word("B")], 11)],
            [row],
        ));
        w.record(
            &[text(TEXT), word(" "), status("open")],
            &[Detail::Line(4, line()), Detail::Block(6, BLOCK)],
        );
    }

    /// No control character but the newline, no DEL or C1 control, no bidi override, no isolate
    /// left open; and the Persian word's non-joiner is there, as typed.
    pub fn assert_inert(out: &str) {
        let mut open = 0i64;
        for c in out.chars() {
            let u = c as u32;
            let bad = (u < 0x20 && c != '\n')
                || (0x7f..=0x9f).contains(&u)
                || (0x202a..=0x202e).contains(&u);
            assert!(!bad, "U+{u:04X} got through: {out}");
            match u {
                0x2066..=0x2068 => open += 1,
                0x2069 => open -= 1,
                _ => {}
            }
            assert!(open >= 0, "an isolate closed that was not open: {out}");
        }
        assert_eq!(open, 0, "an isolate left open: {out}");
        if out.contains("خواهم") {
            assert!(out.contains("می\u{200c}خواهم"), "the ZWNJ is kept: {out}");
        }
    }
}
