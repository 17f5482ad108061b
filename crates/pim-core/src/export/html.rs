//! HTML export: one self-contained, print-ready file (A4, a page break before each major section,
//! readable in black and white), with no scripts, no links and no remote resources, under a
//! Content-Security-Policy that allows only inline styles.
//!
//! Every value is sanitised (controls and bidi overrides become visible marks) and escaped
//! (`& < > " ' =`, see [`super::escape::html`]). Elements holding user text carry `dir="auto"`, so Arabic or Hebrew
//! reads right to left; the page's `lang` comes from the content pack.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::{DecisionStatus, Session, SubstepStatus};

use super::coverage::{CoverageCell, coverage};
use super::escape::{html as escape, html_line as esc1};
use super::labels::{self, count};
use super::outline::{kind_title, outline, place, principle_name};
use super::records::{
    ActionMark, RiskLevel, action_mark, risk_level, risk_map, risks_by_score, supersede_chains,
};

/// The Content-Security-Policy of every export: nothing may load, only inline styles apply.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'";

pub(super) const STYLE: &str = r#"
@page { size: A4; margin: 16mm 14mm 18mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
html { color: #000; background: #fff; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
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
pub(super) fn lang(pack: &Pack) -> String {
    let l = &pack.info.language;
    let ok =
        !l.is_empty() && l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok { l.clone() } else { "und".into() }
}

struct Html {
    out: String,
}

impl Html {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }
}

/// The session as one HTML page, with actions marked overdue against `today`.
pub fn render(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    let mut h = Html { out: String::new() };
    h.line("<!DOCTYPE html>");
    h.line(&format!("<html lang=\"{}\">", escape(&lang(pack))));
    h.line("<head>");
    h.line("<meta charset=\"utf-8\">");
    h.line(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
    ));
    h.line("<meta name=\"referrer\" content=\"no-referrer\">");
    h.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.line("<meta name=\"generator\" content=\"pim-workshop\">");
    h.line(&format!("<title>{}</title>", esc1(&session.title)));
    h.line(&format!("<style>{STYLE}{}</style>", width_css()));
    h.line("</head>");
    h.line("<body>");
    h.line("<header>");
    h.line(&format!("<h1 dir=\"auto\">{}</h1>", esc1(&session.title)));
    h.line(&format!(
        "<p class=\"muted\">Session summary from pim-workshop, as of {}.</p>",
        today.format("%Y-%m-%d")
    ));
    h.line("</header>");
    overview(&mut h, session, pack);
    steps(&mut h, session, pack);
    h.push(&super::groups::html(session, pack));
    decisions(&mut h, session, pack);
    actions(&mut h, session, today);
    coverage_grid(&mut h, session, pack);
    risks(&mut h, session);
    h.push(&super::landscape::html(session, pack));
    parking(&mut h, session);
    h.line(&format!(
        "<footer>Exported by pim-workshop on {} from session {} (content pack {} {}).</footer>",
        today.format("%Y-%m-%d"),
        esc1(&session.id),
        esc1(&session.content.pack_id),
        esc1(&session.content.version)
    ));
    h.line("</body>");
    h.line("</html>");
    h.out
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

/// Opens a table with a header row of `(label, width in percent)`; the width must be in [`WIDTHS`].
fn table_head(h: &mut Html, class: &str, headers: &[(&str, u8)]) {
    h.line(&format!("<table class=\"{class}\">"));
    h.push("<thead><tr>");
    for (th, w) in headers {
        debug_assert!(WIDTHS.contains(w), "add {w} to WIDTHS");
        h.push(&format!("<th scope=\"col\" class=\"w{w}\">{th}</th>"));
    }
    h.line("</tr></thead>");
    h.line("<tbody>");
}

fn table_end(h: &mut Html) {
    h.line("</tbody>");
    h.line("</table>");
}

fn overview(h: &mut Html, s: &Session, pack: &Pack) {
    h.line("<section id=\"overview\">");
    h.line("<h2>Overview</h2>");
    let c = &s.context;
    let created = s.created.format("%Y-%m-%d %H:%M").to_string();
    let updated = s.updated.format("%Y-%m-%d %H:%M").to_string();
    let pack_ref = format!("{} {}", s.content.pack_id, s.content.version);
    let kind = kind_title(s, pack);
    h.line("<table class=\"facts\">");
    for (label, value) in [
        ("Kind", kind.as_str()),
        ("Facilitator", &s.facilitator),
        ("Operation", &c.operation),
        ("Location", &c.location),
        ("Dates", &c.dates),
        ("Requested by", &c.requested_by),
        ("Requested tool", &c.requested_tool),
        ("Created", &created),
        ("Last changed", &updated),
        ("Content pack", &pack_ref),
    ] {
        if !value.trim().is_empty() {
            h.line(&format!(
                "<tr><th scope=\"row\">{label}</th><td dir=\"auto\">{}</td></tr>",
                esc1(value)
            ));
        }
    }
    if !c.notes.trim().is_empty() {
        h.line(&format!(
            "<tr><th scope=\"row\">Notes</th><td dir=\"auto\" class=\"text\">{}</td></tr>",
            escape(c.notes.trim_end())
        ));
    }
    h.line("</table>");
    h.line(&format!("<h3>Participants ({})</h3>", s.participants.len()));
    if s.participants.is_empty() {
        h.line("<p class=\"muted\">No participants recorded.</p>");
    } else {
        table_head(
            h,
            "people",
            &[("Name", 30), ("Organisation", 30), ("Role", 40)],
        );
        for p in &s.participants {
            h.line(&format!(
                "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td></tr>",
                esc1(&p.name),
                esc1(&p.organisation),
                esc1(&p.role)
            ));
        }
        table_end(h);
    }
    h.line("</section>");
}

fn status_badge(status: &SubstepStatus) -> String {
    let word = labels::substep_status(status);
    match status {
        SubstepStatus::Skipped { reason } if !reason.trim().is_empty() => format!(
            "<span class=\"status\">{word}</span> <span dir=\"auto\" class=\"muted\">{}</span>",
            esc1(reason)
        ),
        _ => format!("<span class=\"status\">{word}</span>"),
    }
}

fn steps(h: &mut Html, s: &Session, pack: &Pack) {
    h.line("<section class=\"major\" id=\"steps\">");
    for step in outline(s, pack) {
        let title = match step.number {
            Some(n) => format!("Step {n}. {}", esc1(&step.title)),
            None => esc1(&step.title),
        };
        h.line(&format!("<h2 dir=\"auto\">{title}</h2>"));
        for sub in &step.substeps {
            h.line("<article class=\"substep\">");
            h.line(&format!(
                "<h3><span dir=\"auto\">{} {}</span> {}</h3>",
                esc1(&sub.code),
                esc1(&sub.title),
                status_badge(&sub.status)
            ));
            if !sub.answers.is_empty() {
                h.line("<dl class=\"answers\">");
                for a in &sub.answers {
                    h.line(&format!(
                        "<dt dir=\"auto\">{}</dt><dd dir=\"auto\" class=\"text\">{}</dd>",
                        esc1(&a.question),
                        escape(a.text.trim_end())
                    ));
                }
                h.line("</dl>");
            }
            if sub.unanswered > 0 {
                h.line(&format!(
                    "<p class=\"muted\">{} not answered.</p>",
                    count(sub.unanswered, "prompt", "prompts")
                ));
            }
            if !sub.checks.is_empty() {
                h.line("<p>Principles considered:</p>");
                h.line("<ul class=\"checks\">");
                for c in &sub.checks {
                    let note = if c.note.trim().is_empty() {
                        String::new()
                    } else {
                        format!(". {}", esc1(&c.note))
                    };
                    h.line(&format!(
                        "<li dir=\"auto\"><strong>{}</strong>: {}{note}</li>",
                        esc1(&c.principle),
                        labels::principle_status(c.status)
                    ));
                }
                h.line("</ul>");
            }
            h.line("</article>");
        }
    }
    h.line("</section>");
}

fn decisions(h: &mut Html, s: &Session, pack: &Pack) {
    h.line("<section class=\"major\" id=\"decisions\">");
    h.line(&format!("<h2>Decisions ({})</h2>", s.decisions.len()));
    if s.decisions.is_empty() {
        h.line("<p class=\"muted\">No decisions recorded.</p>");
        h.line("</section>");
        return;
    }
    table_head(
        h,
        "decisions",
        &[
            ("ID", 7),
            ("Status", 15),
            ("Decision and why", 37),
            ("Step", 14),
            ("Principles", 15),
            ("Recorded", 12),
        ],
    );
    for d in &s.decisions {
        let mut status = format!(
            "<span class=\"status\">{}</span>",
            labels::decision_status(&d.status)
        );
        if let DecisionStatus::Superseded { by } = &d.status {
            status.push_str(&format!(" by <span class=\"id\">{}</span>", esc1(by)));
        }
        if let Some(old) = &d.supersedes {
            status.push_str(&format!(
                "<br>replaces <span class=\"id\">{}</span>",
                esc1(old)
            ));
        }
        let why = if d.rationale.trim().is_empty() {
            String::new()
        } else {
            format!(
                "<div dir=\"auto\" class=\"text muted\">{}</div>",
                escape(d.rationale.trim_end())
            )
        };
        let principles: Vec<String> = d
            .principles
            .iter()
            .map(|p| esc1(&principle_name(pack, p)))
            .collect();
        h.line(&format!(
            "<tr><td class=\"id\" dir=\"auto\">{}</td><td>{status}</td><td><div dir=\"auto\">{}</div>{why}</td>\
             <td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{}<br>{}</td></tr>",
            esc1(&d.id),
            esc1(&d.title),
            esc1(&place(pack, &d.step, d.substep.as_deref())),
            principles.join("; "),
            esc1(&d.by),
            d.at.format("%Y-%m-%d")
        ));
    }
    table_end(h);
    let chains = supersede_chains(s);
    if !chains.is_empty() {
        h.line("<h3>Superseded chains (oldest first)</h3>");
        h.line("<ul>");
        for chain in chains {
            let ids: Vec<String> = chain
                .iter()
                .map(|id| format!("<span class=\"id\">{}</span>", esc1(id)))
                .collect();
            let last = chain
                .last()
                .and_then(|id| s.decision(id))
                .map_or("not in this session", |d| {
                    labels::decision_status(&d.status)
                });
            h.line(&format!(
                "<li dir=\"auto\">{} (last: {last})</li>",
                ids.join(" → ")
            ));
        }
        h.line("</ul>");
    }
    h.line("</section>");
}

fn actions(h: &mut Html, s: &Session, today: NaiveDate) {
    h.line("<section class=\"major\" id=\"actions\">");
    h.line(&format!("<h2>Actions ({})</h2>", s.actions.len()));
    let marks: Vec<ActionMark> = s.actions.iter().map(|a| action_mark(a, today)).collect();
    let pending = marks.iter().filter(|m| **m != ActionMark::Finished).count();
    let overdue = marks
        .iter()
        .filter(|m| matches!(m, ActionMark::Overdue { .. }))
        .count();
    h.line(&format!(
        "<p>As of {}: {pending} still to do, {overdue} overdue.</p>",
        today.format("%Y-%m-%d")
    ));
    if !s.actions.is_empty() {
        table_head(
            h,
            "actions",
            &[
                ("ID", 7),
                ("Status", 15),
                ("Action", 40),
                ("Owner", 15),
                ("Due", 12),
                ("Decisions", 11),
            ],
        );
        for (a, mark) in s.actions.iter().zip(marks) {
            let class = if matches!(mark, ActionMark::Overdue { .. }) {
                " class=\"overdue\""
            } else {
                ""
            };
            h.line(&format!(
                "<tr><td class=\"id\" dir=\"auto\">{}</td><td{class}>{}</td><td dir=\"auto\">{}</td>\
                 <td dir=\"auto\">{}</td><td class=\"date\">{}</td><td dir=\"auto\">{}</td></tr>",
                esc1(&a.id),
                labels::action_mark(a.status, mark),
                esc1(&a.text),
                esc1(&a.owner),
                a.due
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                esc1(&a.decisions.join(", "))
            ));
        }
        table_end(h);
    }
    h.line("</section>");
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

fn coverage_grid(h: &mut Html, s: &Session, pack: &Pack) {
    let cov = coverage(s, pack);
    h.line("<section class=\"major\" id=\"coverage\">");
    h.line("<h2>Principles coverage</h2>");
    if cov.columns.is_empty() {
        h.line("<p class=\"muted\">No sub-steps in this session.</p>");
        h.line("</section>");
        return;
    }
    h.line("<p>How each PIM principle was considered in each sub-step of the session.</p>");
    h.line("<ul class=\"legend\">");
    for c in CoverageCell::ALL {
        h.line(&format!(
            "<li><span class=\"sym {}\">{}</span>{}</li>",
            cov_class(c),
            labels::coverage_symbol(c),
            labels::coverage_word(c)
        ));
    }
    h.line("</ul>");
    h.line("<table class=\"grid\">");
    h.push("<thead><tr><th scope=\"col\" class=\"w33\">Principle</th>");
    for col in &cov.columns {
        h.push(&format!(
            "<th scope=\"col\" class=\"col\" title=\"{}\">{}</th>",
            esc1(&col.title),
            esc1(&col.code)
        ));
    }
    h.line("</tr></thead>");
    h.line("<tbody>");
    for row in &cov.rows {
        h.push(&format!(
            "<tr><th scope=\"row\" dir=\"auto\">{}</th>",
            esc1(&row.name)
        ));
        for cell in &row.cells {
            h.push(&format!(
                "<td class=\"{}\" title=\"{}\">{}</td>",
                cov_class(*cell),
                labels::coverage_word(*cell),
                labels::coverage_symbol(*cell)
            ));
        }
        h.line("</tr>");
    }
    table_end(h);
    h.line("<p><strong>Sub-steps:</strong></p>");
    h.line("<ul>");
    for col in &cov.columns {
        h.line(&format!(
            "<li dir=\"auto\"><span class=\"id\">{}</span> {}</li>",
            esc1(&col.code),
            esc1(&col.title)
        ));
    }
    h.line("</ul>");
    let gaps = cov.gaps();
    if gaps.is_empty() {
        h.line("<p>No gaps: every principle was considered in every sub-step.</p>");
    } else {
        h.line("<h3>Gaps (open or never discussed)</h3>");
        h.line("<ul>");
        for (row, cols) in gaps {
            let codes: Vec<String> = cols.iter().map(|c| esc1(&c.code)).collect();
            h.line(&format!(
                "<li dir=\"auto\"><strong>{}</strong>: {}</li>",
                esc1(&row.name),
                codes.join(", ")
            ));
        }
        h.line("</ul>");
    }
    h.line("</section>");
}

fn level_class(l: RiskLevel) -> &'static str {
    match l {
        RiskLevel::Low => "risk-low",
        RiskLevel::Medium => "risk-medium",
        RiskLevel::High => "risk-high",
        RiskLevel::Critical => "risk-critical",
    }
}

fn risks(h: &mut Html, s: &Session) {
    h.line("<section class=\"major\" id=\"risks\">");
    h.line(&format!("<h2>Risks ({})</h2>", s.risks.len()));
    if s.risks.is_empty() {
        h.line("<p class=\"muted\">No risks recorded.</p>");
        h.line("</section>");
        return;
    }
    h.line("<h3>Risk map (likelihood × impact)</h3>");
    h.line("<table class=\"riskmap\">");
    h.push("<thead><tr><th scope=\"col\">Likelihood ↓ Impact →</th>");
    for (i, name) in labels::IMPACT.iter().enumerate() {
        h.push(&format!("<th scope=\"col\">{} {name}</th>", i + 1));
    }
    h.line("</tr></thead>");
    h.line("<tbody>");
    let map = risk_map(s);
    for l in (0..4).rev() {
        h.push(&format!(
            "<tr><th scope=\"row\">{} {}</th>",
            l + 1,
            labels::LIKELIHOOD[l]
        ));
        for (i, cell) in map[l].iter().enumerate() {
            let score = ((l + 1) * (i + 1)) as u8;
            let level = risk_level(score);
            let ids: Vec<String> = cell.iter().map(|r| esc1(&r.id)).collect();
            h.push(&format!(
                "<td class=\"{}\"><span class=\"ids\" dir=\"auto\">{}</span><span class=\"level\">{} {score}</span></td>",
                level_class(level),
                ids.join(", "),
                labels::risk_level(level)
            ));
        }
        h.line("</tr>");
    }
    table_end(h);
    table_head(
        h,
        "risks",
        &[
            ("ID", 7),
            ("Level", 12),
            ("Risk", 33),
            ("Mitigation", 33),
            ("Owner", 15),
        ],
    );
    for r in risks_by_score(s) {
        let level = risk_level(r.score());
        h.line(&format!(
            "<tr><td class=\"id\" dir=\"auto\">{}</td><td class=\"{}\">{} {}<br>L{} × I{}</td>\
             <td dir=\"auto\" class=\"text\">{}</td><td dir=\"auto\" class=\"text\">{}</td><td dir=\"auto\">{}</td></tr>",
            esc1(&r.id),
            level_class(level),
            labels::risk_level(level),
            r.score(),
            r.likelihood.clamp(1, 4),
            r.impact.clamp(1, 4),
            escape(r.description.trim_end()),
            escape(r.mitigation.trim_end()),
            esc1(&r.owner)
        ));
    }
    table_end(h);
    h.line("</section>");
}

fn parking(h: &mut Html, s: &Session) {
    h.line("<section id=\"parking\">");
    h.line(&format!("<h2>Parking lot ({})</h2>", s.parking_lot.len()));
    if s.parking_lot.is_empty() {
        h.line("<p class=\"muted\">Nothing parked.</p>");
    } else {
        h.line("<ul>");
        for p in &s.parking_lot {
            let state = if p.resolved { "resolved" } else { "open" };
            h.line(&format!(
                "<li><span class=\"id\" dir=\"auto\">{}</span> <span class=\"status\">{state}</span> <span dir=\"auto\">{}</span></li>",
                esc1(&p.id),
                esc1(&p.text)
            ));
        }
        h.line("</ul>");
    }
    h.line("</section>");
}
