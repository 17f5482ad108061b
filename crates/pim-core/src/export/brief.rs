//! The scoping brief as Markdown or as one print-ready HTML page (see [`crate::scoping::brief`] for
//! what goes in it). Escaped like every export: the session is untrusted.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::scoping::brief::{Block, Brief, build_brief};
use crate::session::Session;
use crate::t;

use super::escape::{
    html as escape, html_line as esc1, markdown_block as escape_block,
    markdown_inline as escape_inline,
};
use super::html::{CSP, STYLE, lang};

/// The brief of `session` as Markdown.
pub fn markdown(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    render_markdown(&build_brief(session, pack, today))
}

/// The brief of `session` as one HTML page.
pub fn html(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    render_html(&build_brief(session, pack, today), &lang())
}

/// The brief's line under the title: context, who prepared it, its date.
pub(super) fn byline(b: &Brief) -> Vec<String> {
    let mut parts = Vec::new();
    if !b.context.is_empty() {
        parts.push(b.context.clone());
    }
    if !b.prepared_by.trim().is_empty() {
        parts.push(t!("brief-prepared-by", name = b.prepared_by.trim()));
    }
    parts.push(crate::i18n::long_date(b.date));
    parts
}

/// A brief as Markdown.
pub fn render_markdown(b: &Brief) -> String {
    let e = escape_inline;
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", t!("brief-title", title = e(&b.title))));
    let by: Vec<String> = byline(b).iter().map(|s| e(s)).collect();
    out.push_str(&format!("*{}*\n", by.join(" · ")));
    for s in &b.sections {
        out.push_str(&format!("\n## {}\n", e(&s.heading)));
        for block in &s.blocks {
            out.push('\n');
            match block {
                Block::Field { label, text } => {
                    if text.contains('\n') {
                        out.push_str(&format!("**{}**\\\n{}\n", e(label), escape_block(text)));
                    } else {
                        let label = t!("report-caption", text = e(label));
                        out.push_str(&format!("**{label}** {}\n", e(text)));
                    }
                }
                Block::List { label, items } => {
                    let label = t!("report-caption", text = e(label));
                    out.push_str(&format!("**{label}**\n\n"));
                    for item in items {
                        out.push_str(&format!("- {}\n", e(item)));
                    }
                }
                Block::Table { headers, rows, .. } => {
                    let head: Vec<String> = headers.iter().map(|h| e(h)).collect();
                    out.push_str(&format!("| {} |\n", head.join(" | ")));
                    out.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
                    for row in rows {
                        let cells: Vec<String> = row
                            .iter()
                            .map(|c| if c.is_empty() { " ".into() } else { e(c) })
                            .collect();
                        out.push_str(&format!("| {} |\n", cells.join(" | ")));
                    }
                }
                Block::Sentences(lines) => {
                    for line in lines {
                        out.push_str(&format!("- {}\n", e(line)));
                    }
                }
            }
        }
    }
    if !b.missing.is_empty() {
        let missing: Vec<String> = b.missing.iter().map(|m| e(m)).collect();
        out.push_str(&format!(
            "\n---\n\n*{}*\n",
            t!("brief-missing-md", missing = missing.join("; "))
        ));
    }
    out
}

const BRIEF_STYLE: &str = r#"
@page { size: A4; margin: 10mm 12mm 10mm; }
body { max-width: 186mm; font-size: 8.4pt; line-height: 1.15; }
h1 { font-size: 14pt; margin: 0 0 2pt; }
h2 { font-size: 10.5pt; margin: 6pt 0 2pt; padding-bottom: 1pt; }
p.field { margin: 1pt 0; }
p.field b { margin-inline-end: 4pt; }
ul { margin: 0 0 3pt; padding-inline-start: 14pt; }
li { margin: 0; }
table { font-size: 8pt; margin: 3pt 0 5pt; }
td, th { overflow-wrap: break-word; }
th, td { padding: 1.5pt 3pt; }
"#;

/// Appends `s` and a newline.
fn line(h: &mut String, s: &str) {
    h.push_str(s);
    h.push('\n');
}

/// A brief as one HTML page (self-contained, strict CSP, A4).
pub fn render_html(b: &Brief, lang: &str) -> String {
    let mut h = String::new();
    line(&mut h, "<!DOCTYPE html>");
    line(&mut h, &format!("<html lang=\"{}\">", escape(lang)));
    line(&mut h, "<head>");
    line(&mut h, "<meta charset=\"utf-8\">");
    line(
        &mut h,
        &format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"),
    );
    line(&mut h, "<meta name=\"referrer\" content=\"no-referrer\">");
    line(&mut h, "<meta name=\"generator\" content=\"pim-workshop\">");
    line(
        &mut h,
        &format!(
            "<title>{}</title>",
            t!("brief-title", title = esc1(&b.title))
        ),
    );
    line(&mut h, &format!("<style>{STYLE}{BRIEF_STYLE}</style>"));
    line(&mut h, "</head>");
    line(&mut h, "<body>");
    line(
        &mut h,
        &format!(
            "<h1 dir=\"auto\">{}</h1>",
            t!("brief-title", title = esc1(&b.title))
        ),
    );
    let by: Vec<String> = byline(b).iter().map(|s| esc1(s)).collect();
    line(
        &mut h,
        &format!("<p class=\"muted\" dir=\"auto\">{}</p>", by.join(" · ")),
    );
    for s in &b.sections {
        line(&mut h, &format!("<h2>{}</h2>", esc1(&s.heading)));
        for block in &s.blocks {
            html_block(&mut h, block);
        }
    }
    if !b.missing.is_empty() {
        let missing: Vec<String> = b.missing.iter().map(|m| esc1(m)).collect();
        line(
            &mut h,
            &format!(
                "<footer>{}</footer>",
                t!("brief-missing", missing = missing.join("; "))
            ),
        );
    }
    line(&mut h, "</body>");
    line(&mut h, "</html>");
    h
}

fn html_block(h: &mut String, block: &Block) {
    match block {
        Block::Field { label, text } => line(
            h,
            &format!(
                "<p class=\"field\"><b>{}</b> <span class=\"text\" dir=\"auto\">{}</span></p>",
                t!("report-caption", text = esc1(label)),
                escape(text)
            ),
        ),
        Block::List { label, items } => {
            line(
                h,
                &format!(
                    "<p class=\"field\"><b>{}</b></p>",
                    t!("report-caption", text = esc1(label))
                ),
            );
            line(h, "<ul>");
            for item in items {
                line(h, &format!("<li dir=\"auto\">{}</li>", esc1(item)));
            }
            line(h, "</ul>");
        }
        Block::Table {
            headers,
            widths,
            rows,
        } => html_table(h, headers, widths, rows),
        Block::Sentences(lines) => {
            line(h, "<ul class=\"sentences\">");
            for s in lines {
                line(h, &format!("<li>{}</li>", esc1(s)));
            }
            line(h, "</ul>");
        }
    }
}

fn html_table(h: &mut String, headers: &[String], widths: &[u8], rows: &[Vec<String>]) {
    line(h, "<table>");
    let cols: String = widths
        .iter()
        .map(|w| format!("<col style=\"width: {w}%\">"))
        .collect();
    line(h, &format!("<colgroup>{cols}</colgroup>"));
    line(h, "<thead><tr>");
    for head in headers {
        line(h, &format!("<th>{}</th>", esc1(head)));
    }
    line(h, "</tr></thead>");
    line(h, "<tbody>");
    for row in rows {
        let cells: String = row
            .iter()
            .map(|c| format!("<td dir=\"auto\">{}</td>", esc1(c)))
            .collect();
        line(h, &format!("<tr>{cells}</tr>"));
    }
    line(h, "</tbody>");
    line(h, "</table>");
}
