//! HTML export: one self-contained, print-ready file (A4, a page break before each major section,
//! readable in black and white), with no scripts, no links and no remote resources, under a
//! Content-Security-Policy that allows only inline styles.
//!
//! Every value is sanitised and escaped (`& < > " ' =`, see [`super::escape::html`]). Elements holding user
//! text carry `dir="auto"`, so Arabic or Hebrew reads right to left; the page's `lang` comes from the
//! content pack. The print style names, after the Latin fonts, the system fonts of each platform
//! (Noto on Linux, macOS' and Windows' own) for Arabic, Persian and Urdu, Devanagari, Bengali, Thai,
//! Ethiopic, Myanmar, Chinese, Japanese, Korean and emoji, so a report prints in any of these scripts
//! where such a font is installed (tests/export_html_pdf.rs prints the corpus). Beside the shared walk, HTML draws three pictures of its own: the coverage grid in
//! colour, the risk map as a coloured 4×4 grid and the landscape's Matrix.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::{Session, SubstepStatus};
use crate::t;

use super::coverage::{Coverage, CoverageCell};
use super::escape::{html as escape, html_line as esc1};
use super::labels::{self, level_class};
use super::model::{LandscapeView, Report};
use super::records::risk_level;
use super::report;
use super::writer::{
    Answer, Cell, Doc, Fact, Layout, List, Part, ReportWriter, RiskMap, Section, Span, Table, Term,
    Tone,
};

/// The Content-Security-Policy of every export: nothing may load, only inline styles apply.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'";

pub(super) const STYLE: &str = r#"
@page { size: A4; margin: 16mm 14mm 18mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
html { color: #000; background: #fff; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial,
  "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Nastaliq Urdu", "Geeza Pro", Tahoma,
  "Noto Sans Devanagari", "Kohinoor Devanagari", "Devanagari Sangam MN", "Nirmala UI", Mangal,
  "Noto Sans Bengali", "Kohinoor Bangla", "Bangla Sangam MN", Vrinda,
  "Noto Sans Thai", Thonburi, "Leelawadee UI",
  "Noto Sans Ethiopic", Kefa, Ebrima,
  "Noto Sans Myanmar", "Myanmar Sangam MN", "Myanmar Text",
  "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic",
  "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic",
  "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif;
  font-size: 10.5pt;
  line-height: 1.4; margin: 0 auto; max-width: 182mm; padding: 0 2mm; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; border-bottom: 1.5pt solid #000; padding-bottom: 2pt; margin: 16pt 0 6pt; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
h2, h3, dt { break-after: avoid; page-break-after: avoid; }
section.major { break-before: page; page-break-before: always; }
p, li, td, th, dd, dt, h1, h2, h3 { overflow-wrap: anywhere; }
.muted { color: #444; font-style: italic; }
.text { white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; table-layout: fixed; font-size: 9.5pt; }
td.date { white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #555; padding: 3pt 4pt; text-align: start; vertical-align: top; }
th { background: #e8e8e8; font-weight: bold; }
table.facts th { width: 28%; }
dl.answers dt { font-weight: bold; margin-top: 6pt; }
dl.answers dd { margin: 2pt 0 4pt 12pt; }
.status { display: inline-block; border: 0.75pt solid #000; border-radius: 3pt; padding: 0 3pt;
  font-size: 8.5pt; font-weight: normal; }
.overdue { font-weight: bold; text-decoration: underline; }
.id { white-space: nowrap; font-weight: bold; }
table.grid td, table.grid th.col { text-align: center; padding: 2pt 1pt; }
table.grid td { font-size: 12pt; line-height: 1.1; }
.cov-addressed { background: #d4edd4; }
.cov-concern { background: #ffcf8a; font-weight: bold; }
.cov-na { background: #e6e6e6; color: #333; }
.cov-open { background: #fff; font-weight: bold; }
.cov-never { background: #fff; color: #666; }
table.riskmap td { height: 16mm; width: 20%; text-align: center; vertical-align: middle; }
table.riskmap .level { display: block; font-size: 8pt; color: #222; }
table.riskmap .ids { font-weight: bold; }
.risk-low { background: #dcefdc; }
.risk-medium { background: #fff0b3; }
.risk-high { background: #ffc891; }
.risk-critical { background: #f4a3a3; border-width: 2pt; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4pt 12pt; }
ul.legend span.sym { display: inline-block; min-width: 14pt; text-align: center;
  border: 0.75pt solid #555; margin-inline-end: 3pt; }
table.opmatrix th.cat { width: 24%; }
table.opmatrix td { font-size: 8.5pt; }
td.gap, span.gap { background: #e6e6e6; color: #333; font-style: italic; text-align: center; }
td.dup, span.dup { border: 2pt solid #000; font-weight: bold; }
footer { margin-top: 18pt; font-size: 8.5pt; color: #444; }
"#;

/// The page language from the pack (`und` when it is not a plausible language tag).
/// The document's `lang`: the language the export is written in (the thread's, which `render` sets
/// to the session's).
pub(super) fn lang() -> String {
    lang_tag(crate::i18n::current().html_code())
}

fn lang_tag(l: &str) -> String {
    let ok =
        !l.is_empty() && l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok { l.to_string() } else { "und".into() }
}

/// The session as one HTML page, with actions marked overdue against `today`.
pub fn render(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    let mut w = HtmlWriter::default();
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

/// Column widths used by the tables, in percent (one CSS class `wN` each). Tables have a fixed
/// layout, so a hostile 1 MB word cannot widen a column; it wraps instead.
const WIDTHS: [u8; 11] = [7, 11, 12, 14, 15, 25, 30, 33, 37, 40, 45];

fn width_css() -> String {
    WIDTHS
        .iter()
        .map(|w| format!(".w{w} {{ width: {w}%; }}\n"))
        .collect()
}

fn cov_class(c: CoverageCell) -> &'static str {
    match c {
        CoverageCell::Addressed => "cov-addressed",
        CoverageCell::Concern => "cov-concern",
        CoverageCell::NotApplicable => "cov-na",
        CoverageCell::Open => "cov-open",
        CoverageCell::NeverDiscussed => "cov-never",
    }
}

/// Writes the report as one HTML page.
#[derive(Debug, Default)]
pub struct HtmlWriter {
    out: String,
}

impl HtmlWriter {
    /// The HTML written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// Opens a table with a header row of `(label, width in percent)`; the width must be in [`WIDTHS`].
    fn table_head(&mut self, class: &str, headers: &[(Vec<Span<'_>>, u8)]) {
        self.line(&format!("<table class=\"{class}\">"));
        self.push("<thead><tr>");
        for (th, w) in headers {
            debug_assert!(WIDTHS.contains(w), "add {w} to WIDTHS");
            self.push(&format!(
                "<th scope=\"col\" class=\"w{w}\">{}</th>",
                inline(th)
            ));
        }
        self.line("</tr></thead>");
        self.line("<tbody>");
    }

    fn table_end(&mut self) {
        self.line("</tbody>");
        self.line("</table>");
    }
}

/// Whether the spans hold text from the file outside a span of its own (which carries its own
/// direction): then the element gets `dir="auto"`.
fn has_text(spans: &[Span<'_>]) -> bool {
    spans.iter().any(|s| match s {
        Span::Text(_) => true,
        Span::Status(inner) | Span::Strong(inner) | Span::Key(inner) | Span::Em(inner) => {
            has_text(inner)
        }
        Span::Word(_) | Span::Substep(_) | Span::Break(_) | Span::Mark { .. } => false,
    })
}

fn dir(spans: &[Span<'_>]) -> &'static str {
    if has_text(spans) { " dir=\"auto\"" } else { "" }
}

fn badge(s: &SubstepStatus) -> String {
    let word = labels::substep_status(s);
    match s {
        SubstepStatus::Skipped { reason } if !reason.trim().is_empty() => format!(
            "<span class=\"status\">{word}</span> <span dir=\"auto\" class=\"muted\">{}</span>",
            esc1(reason)
        ),
        _ => format!("<span class=\"status\">{word}</span>"),
    }
}

fn inline(spans: &[Span<'_>]) -> String {
    let mut out = String::new();
    for span in spans {
        match span {
            Span::Word(w) => out.push_str(w),
            Span::Text(t) => out.push_str(&esc1(t)),
            Span::Status(inner) => {
                out.push_str(&format!("<span class=\"status\">{}</span>", inline(inner)));
            }
            Span::Substep(s) => out.push_str(&badge(s)),
            Span::Strong(inner) | Span::Key(inner) => {
                out.push_str(&format!("<strong>{}</strong>", inline(inner)));
            }
            Span::Em(inner) => out.push_str(&inline(inner)),
            Span::Break(_) => out.push_str("<br>"),
            Span::Mark { class, dir, inner } => {
                let class = class.map_or(String::new(), |c| format!(" class=\"{c}\""));
                let dir = if *dir { " dir=\"auto\"" } else { "" };
                out.push_str(&format!("<span{class}{dir}>{}</span>", inline(inner)));
            }
        }
    }
    out
}

fn cell(cell: &Cell<'_>) -> String {
    match cell {
        Cell::Line(s) => format!("<td dir=\"auto\">{}</td>", inline(s)),
        Cell::Plain(s) => format!("<td>{}</td>", inline(s)),
        Cell::Id(t) => format!("<td class=\"id\" dir=\"auto\">{}</td>", esc1(t)),
        Cell::Text(t) => format!(
            "<td dir=\"auto\" class=\"text\">{}</td>",
            escape(t.trim_end())
        ),
        Cell::Date(d) => format!("<td class=\"date\">{d}</td>"),
        Cell::Alert(w, class) => format!("<td class=\"{class}\">{w}</td>"),
        Cell::Classed(s, class) => format!("<td class=\"{class}\">{}</td>", inline(s)),
        Cell::WithNote(s, note) => {
            let note = if note.trim().is_empty() {
                String::new()
            } else {
                format!(
                    "<div dir=\"auto\" class=\"text muted\">{}</div>",
                    escape(note.trim_end())
                )
            };
            format!("<td><div dir=\"auto\">{}</div>{note}</td>", inline(s))
        }
    }
}

impl ReportWriter for HtmlWriter {
    fn layout(&self) -> Layout {
        Layout::Print
    }

    fn begin(&mut self, doc: &Doc<'_>) {
        self.line("<!DOCTYPE html>");
        self.line(&format!(
            "<html lang=\"{}\">",
            escape(&lang_tag(doc.language))
        ));
        self.line("<head>");
        self.line("<meta charset=\"utf-8\">");
        self.line(&format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
        ));
        self.line("<meta name=\"referrer\" content=\"no-referrer\">");
        self.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        self.line("<meta name=\"generator\" content=\"pim-workshop\">");
        self.line(&format!("<title>{}</title>", esc1(doc.title)));
        self.line(&format!("<style>{STYLE}{}</style>", width_css()));
        self.line("</head>");
        self.line("<body>");
        self.line("<header>");
        self.line(&format!("<h1 dir=\"auto\">{}</h1>", esc1(doc.title)));
        self.line(&format!("<p class=\"muted\">{}</p>", doc.byline));
        self.line("</header>");
    }

    fn end(&mut self, doc: &Doc<'_>) {
        self.line(&format!("<footer>{}</footer>", inline(&doc.footer)));
        self.line("</body>");
        self.line("</html>");
    }

    fn open(&mut self, part: Part<'_>) {
        match part {
            // The landscape section has always named its id first.
            Part::Section(Section {
                id: "landscape", ..
            }) => {
                self.line("<section id=\"landscape\" class=\"major\">");
            }
            Part::Section(s) if s.page_break => {
                self.line(&format!("<section class=\"major\" id=\"{}\">", s.id));
            }
            Part::Section(s) => self.line(&format!("<section id=\"{}\">", s.id)),
            Part::Substep => self.line("<article class=\"substep\">"),
        }
    }

    fn close(&mut self, part: Part<'_>) {
        match part {
            Part::Section(_) => self.line("</section>"),
            Part::Substep => self.line("</article>"),
        }
    }

    fn heading(&mut self, level: u8, text: &[Span<'_>]) {
        self.line(&format!(
            "<h{level}{}>{}</h{level}>",
            dir(text),
            inline(text)
        ));
    }

    fn paragraph(&mut self, text: &[Span<'_>], tone: Tone) {
        let body = inline(text);
        match tone {
            Tone::Plain => self.line(&format!("<p{}>{body}</p>", dir(text))),
            Tone::Empty | Tone::Aside => self.line(&format!("<p class=\"muted\">{body}</p>")),
            Tone::Caption => self.line(&format!("<h3>{body}</h3>")),
        }
    }

    fn facts(&mut self, facts: &[Fact<'_>]) {
        self.line("<table class=\"facts\">");
        for f in facts {
            let (class, value) = if f.multi_line {
                (" class=\"text\"", escape(f.value.trim_end()))
            } else {
                ("", esc1(&f.value))
            };
            self.line(&format!(
                "<tr><th scope=\"row\">{}</th><td dir=\"auto\"{class}>{value}</td></tr>",
                f.label
            ));
        }
        self.line("</table>");
    }

    fn list(&mut self, list: &List<'_>) {
        let class = list
            .class
            .map_or(String::new(), |c| format!(" class=\"{c}\""));
        let dir = if list.dir { " dir=\"auto\"" } else { "" };
        self.line(&format!("<ul{class}>"));
        for item in &list.items {
            self.line(&format!("<li{dir}>{}</li>", inline(item)));
        }
        self.line("</ul>");
    }

    /// A definition list: the question or group, the answer kept with its line breaks, earlier
    /// wordings in grey.
    fn answers(&mut self, _term: Term, answers: &[Answer<'_>]) {
        if answers.is_empty() {
            return;
        }
        self.line("<dl class=\"answers\">");
        for a in answers {
            self.line(&format!(
                "<dt dir=\"auto\">{}</dt><dd dir=\"auto\" class=\"text\">{}</dd>",
                esc1(a.term),
                escape(a.text.trim_end())
            ));
            for old in a.earlier {
                self.line(&format!(
                    "<dd dir=\"auto\" class=\"muted\">{}</dd>",
                    t!("report-earlier-wording", text = esc1(old))
                ));
            }
        }
        self.line("</dl>");
    }

    fn table(&mut self, table: &Table<'_>) {
        if let (true, Some(empty)) = (table.rows.is_empty(), &table.empty) {
            self.line(&format!("<p class=\"muted\">{empty}</p>"));
            return;
        }
        self.table_head(table.class, &table.columns);
        for row in &table.rows {
            let cells: String = row.iter().map(cell).collect();
            self.line(&format!("<tr>{cells}</tr>"));
        }
        self.table_end();
    }

    fn coverage_grid(&mut self, cov: &Coverage) {
        self.line(&format!("<p>{}</p>", t!("report-coverage-intro")));
        self.line("<ul class=\"legend\">");
        for c in CoverageCell::ALL {
            self.line(&format!(
                "<li><span class=\"sym {}\">{}</span>{}</li>",
                cov_class(c),
                labels::coverage_symbol(c),
                labels::coverage_word(c)
            ));
        }
        self.line("</ul>");
        self.coverage_table(cov);
        self.line(&format!(
            "<p><strong>{}</strong></p>",
            t!("report-substeps-caption")
        ));
        self.line("<ul>");
        for col in &cov.columns {
            self.line(&format!(
                "<li dir=\"auto\"><span class=\"id\">{}</span> {}</li>",
                esc1(&col.code),
                esc1(&col.title)
            ));
        }
        self.line("</ul>");
    }

    /// The coloured 4×4 grid, likelihood down and impact across, each cell with its level.
    fn risk_map_picture(&mut self, map: &RiskMap<'_>) {
        self.line(&format!("<h3>{}</h3>", t!("report-risk-map-picture")));
        self.line("<table class=\"riskmap\">");
        self.push(&format!(
            "<thead><tr><th scope=\"col\">{}</th>",
            t!("report-risk-map-axes")
        ));
        let likelihood = labels::likelihood();
        for (i, name) in labels::impact().iter().enumerate() {
            self.push(&format!("<th scope=\"col\">{} {name}</th>", i + 1));
        }
        self.line("</tr></thead>");
        self.line("<tbody>");
        for l in (0..4).rev() {
            self.push(&format!(
                "<tr><th scope=\"row\">{} {}</th>",
                l + 1,
                likelihood[l]
            ));
            for (i, cell) in map[l].iter().enumerate() {
                let score = ((l + 1) * (i + 1)) as u8;
                let level = risk_level(score);
                let ids: Vec<String> = cell.iter().map(|id| esc1(id)).collect();
                self.push(&format!(
                    "<td class=\"{}\"><span class=\"ids\" dir=\"auto\">{}</span><span class=\"level\">{} {score}</span></td>",
                    level_class(level),
                    ids.join(", "),
                    labels::risk_level(level)
                ));
            }
            self.line("</tr>");
        }
        self.table_end();
    }

    /// Nothing: the picture before the list is the map.
    fn risk_map_table(&mut self, _map: &RiskMap<'_>) {}

    /// The Matrix as a picture first (the running systems named in each cell, gaps shaded, possible
    /// duplication outlined), then possible duplication and the register.
    fn landscape(&mut self, view: &LandscapeView<'_>) {
        self.line(&format!(
            "<h2>{}</h2>",
            t!("report-landscape-heading", count = view.systems.len())
        ));
        self.opmatrix(view);
        self.line(&format!(
            "<ul class=\"legend\"><li><span class=\"sym gap\">{}</span> {}</li><li><span class=\"sym dup\">≡</span> {}</li></ul>",
            t!("report-gap"),
            t!("report-legend-gap"),
            t!("report-legend-duplication")
        ));
        if !view.duplication.is_empty() {
            self.line(&format!("<h3>{}</h3><ul>", t!("report-duplication")));
            for d in &view.duplication {
                self.line(&format!("<li dir=\"auto\">{}</li>", esc1(d)));
            }
            self.line("</ul>");
        }
        self.register(view);
    }
}

impl HtmlWriter {
    fn coverage_table(&mut self, cov: &Coverage) {
        self.line("<table class=\"grid\">");
        self.push(&format!(
            "<thead><tr><th scope=\"col\" class=\"w33\">{}</th>",
            t!("report-col-principle")
        ));
        for col in &cov.columns {
            self.push(&format!(
                "<th scope=\"col\" class=\"col\" title=\"{}\">{}</th>",
                esc1(&col.title),
                esc1(&col.code)
            ));
        }
        self.line("</tr></thead>");
        self.line("<tbody>");
        for row in &cov.rows {
            self.push(&format!(
                "<tr><th scope=\"row\" dir=\"auto\">{}</th>",
                esc1(&row.name)
            ));
            for c in &row.cells {
                self.push(&format!(
                    "<td class=\"{}\" title=\"{}\">{}</td>",
                    cov_class(*c),
                    labels::coverage_word(*c),
                    labels::coverage_symbol(*c)
                ));
            }
            self.line("</tr>");
        }
        self.table_end();
    }

    /// The operation's Matrix: categories down, areas across.
    fn opmatrix(&mut self, view: &LandscapeView<'_>) {
        let m = &view.matrix;
        let areas = m.area_columns();
        self.line("<table class=\"opmatrix\">");
        self.line(&format!(
            "<thead><tr><th class=\"cat\">{}</th>",
            t!("report-col-category")
        ));
        for a in &areas {
            let name = a.map_or_else(|| t!("report-all-areas"), esc1);
            self.line(&format!("<th dir=\"auto\">{name}</th>"));
        }
        self.line("</tr></thead><tbody>");
        for col in &m.columns {
            self.line(&format!(
                "<tr><th class=\"cat\">{} {}</th>",
                col.category.number,
                esc1(&col.category.name)
            ));
            for a in &areas {
                let names: Vec<String> = col
                    .running_in(*a)
                    .map(|x| {
                        format!(
                            "<span dir=\"auto\">{} {}</span>",
                            esc1(&x.id),
                            esc1(&x.name)
                        )
                    })
                    .collect();
                if names.is_empty() {
                    self.line(&format!("<td class=\"gap\">{}</td>", t!("report-gap")));
                    continue;
                }
                let dup = a.is_some_and(|a| m.is_duplicated(&col.category.id, a));
                let (class, mark) = if dup {
                    ("sys dup", "<b>≡</b> ")
                } else {
                    ("sys", "")
                };
                self.line(&format!(
                    "<td class=\"{class}\">{mark}{}</td>",
                    names.join("<br>")
                ));
            }
            self.line("</tr>");
        }
        self.line("</tbody></table>");
    }

    /// The register: one row per system, its facts on one line.
    fn register(&mut self, view: &LandscapeView<'_>) {
        self.line(&format!("<h3>{}</h3>", t!("report-register")));
        self.line(&format!(
            "<table><thead><tr><th class=\"w15\">{}</th><th class=\"w14\">{}</th><th class=\"w14\">{}</th><th>{}</th><th class=\"w25\">{}</th></tr></thead><tbody>",
            t!("report-col-system"),
            t!("report-col-organisation"),
            t!("report-col-category"),
            t!("report-col-facts"),
            t!("report-col-diagnosis")
        ));
        for s in &view.systems {
            let x = s.entry;
            let mut fact: Vec<String> = s.facts.iter().skip(1).cloned().collect();
            if !s.outputs.is_empty() {
                fact.push(t!("report-produces", outputs = s.outputs.join("; ")));
            }
            self.line(&format!(
                "<tr><td dir=\"auto\"><span class=\"id\">{}</span> {}</td><td dir=\"auto\">{}</td><td>{}</td><td dir=\"auto\">{}</td><td dir=\"auto\" class=\"text\">{}</td></tr>",
                esc1(&x.id),
                esc1(&x.name),
                esc1(&x.organisation),
                esc1(&s.category),
                esc1(&fact.join(" · ")),
                escape(&x.diagnosis)
            ));
        }
        self.line("</tbody></table>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::writer::hostile;

    #[test]
    fn html_escapes_markup_and_marks_controls_and_bidi() {
        let mut w = HtmlWriter::default();
        hostile::write_all(&mut w);
        let out = w.finish();
        hostile::assert_inert(&out);
        let escaped = "&lt;b&gt;x&lt;/b&gt; *y* _z_ [l](http://a) | #h ␛[31m rtl\u{2066} حماية";
        assert!(
            out.contains(&format!("<h2 dir=\"auto\">{escaped}")),
            "{out}"
        );
        assert!(out.contains(&format!("<td class=\"id\" dir=\"auto\">{escaped}")));
        assert!(
            out.contains("&lt;i&gt;one&lt;/i&gt; ␛]52;c;eA&#61;&#61;␇\n# two"),
            "blocks"
        );
        let tags: Vec<&str> = out
            .split('<')
            .skip(1)
            .filter_map(|t| t.split(['>', ' ']).next())
            .collect();
        for tag in tags {
            let name = tag.trim_start_matches('/');
            assert!(
                [
                    "h2", "h3", "p", "strong", "span", "table", "thead", "tbody", "tr", "th", "td",
                    "ul", "li", "dl", "dt", "dd", "div", "br"
                ]
                .contains(&name),
                "unexpected element <{tag}>"
            );
        }
        // Arabic passes; the Persian ZWNJ is shown as a mark, as it always was.
        assert!(out.contains("حماية می\u{200c}خواهم"));
    }
}
