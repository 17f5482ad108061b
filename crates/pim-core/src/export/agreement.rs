//! A data-sharing agreement draft from the landscape register, as Markdown and as one HTML page. The
//! sections and their guidance are the content pack's (`sharing_agreement.json`); each section gets
//! what the register holds for the systems concerned, and every field the session does not hold is
//! marked to fill in. The systems are the register's, or those an export names
//! ([`super::ExportOptions::systems`]: ids, names or organisations).

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::{LandscapeEntry, Session, SharedWith};
use crate::t;

use super::escape::{html, markdown_inline};
use super::html::{CSP, STYLE, lang};

/// One field of a section: its label and its value (None: to fill in).
pub(super) struct Fact {
    pub(super) label: String,
    pub(super) value: Option<String>,
}

/// A section of the draft.
pub(super) struct Part {
    pub(super) title: String,
    pub(super) guidance: String,
    pub(super) facts: Vec<Fact>,
}

/// The draft: title, introduction and sections in the content's order.
pub(super) struct Draft {
    pub(super) title: String,
    pub(super) intro: String,
    pub(super) parts: Vec<Part>,
}

fn fact(label: String, value: impl Into<String>) -> Fact {
    let value = value.into();
    Fact {
        label,
        value: (!value.trim().is_empty()).then_some(value),
    }
}

fn to_fill(label: String) -> Fact {
    Fact { label, value: None }
}

/// The distinct non-empty values, in order.
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values.map(str::trim).filter(|v| !v.is_empty()) {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(v)) {
            out.push(v.to_string());
        }
    }
    out
}

fn sensitivity(shared: SharedWith) -> String {
    match shared {
        SharedWith::Public => t!("agreement-sensitivity-public"),
        SharedWith::ProtectionActors => t!("agreement-sensitivity-protection-actors"),
        SharedWith::InternalOnly => t!("agreement-sensitivity-internal"),
        SharedWith::Unknown => String::new(),
    }
}

/// What a section draws from each system.
fn each(systems: &[&LandscapeEntry], f: impl Fn(&LandscapeEntry) -> Vec<Fact>) -> Vec<Fact> {
    systems.iter().flat_map(|e| f(e)).collect()
}

/// The facts of one section, from the systems it covers.
fn facts(id: &str, session: &Session, pack: &Pack, systems: &[&LandscapeEntry]) -> Vec<Fact> {
    match id {
        "parties" => parties(systems),
        "purpose" => vec![
            fact(t!("agreement-operation"), session.context.operation.clone()),
            to_fill(t!("agreement-purpose")),
            to_fill(t!("agreement-use")),
        ],
        "data" => each(systems, data),
        "time-frame" => time_frame(systems),
        "channels" => vec![
            to_fill(t!("agreement-channels")),
            to_fill(t!("agreement-encryption")),
            to_fill(t!("agreement-access")),
        ],
        "retention" => vec![
            to_fill(t!("agreement-retention")),
            to_fill(t!("agreement-disposal")),
        ],
        "breach" => vec![
            to_fill(t!("agreement-breach-notice")),
            to_fill(t!("agreement-breach-subjects")),
            to_fill(t!("agreement-breach-consequence")),
        ],
        "impact-assessment" => vec![
            to_fill(t!("agreement-pia-required")),
            to_fill(t!("agreement-pia-by")),
        ],
        "solutions" => each(systems, |e| solutions(pack, e)),
        _ => Vec::new(),
    }
}

fn parties(systems: &[&LandscapeEntry]) -> Vec<Fact> {
    let mut v = vec![
        fact(
            t!("agreement-providing"),
            distinct(systems.iter().map(|e| e.organisation.as_str())).join(", "),
        ),
        to_fill(t!("agreement-receiving")),
    ];
    v.extend(each(systems, |e| {
        vec![fact(
            t!("agreement-focal-role", system = e.name.as_str()),
            e.contact_role.clone(),
        )]
    }));
    v
}

fn data(e: &LandscapeEntry) -> Vec<Fact> {
    let what = if e.shared_what.trim().is_empty() {
        e.outputs_note.clone()
    } else {
        e.shared_what.clone()
    };
    vec![
        fact(t!("agreement-data", system = e.name.as_str()), what),
        to_fill(t!("agreement-aggregation", system = e.name.as_str())),
        fact(
            t!("agreement-sensitivity", system = e.name.as_str()),
            sensitivity(e.shared_with),
        ),
    ]
}

fn time_frame(systems: &[&LandscapeEntry]) -> Vec<Fact> {
    let mut v = each(systems, |e| {
        let update = e
            .last_update
            .map(crate::i18n::long_date)
            .map(|d| t!("agreement-updated", date = d))
            .unwrap_or_default();
        let rhythm = [e.frequency.trim().to_string(), update]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        vec![fact(
            t!("agreement-rhythm", system = e.name.as_str()),
            rhythm,
        )]
    });
    v.push(to_fill(t!("agreement-period")));
    v.push(to_fill(t!("agreement-review-date")));
    v
}

/// The data-sharing solutions in place for a system, in the checklist's words.
fn solutions(pack: &Pack, e: &LandscapeEntry) -> Vec<Fact> {
    let items: Vec<String> = e
        .sharing_in_place
        .iter()
        .filter_map(|id| {
            pack.data_sharing
                .groups
                .iter()
                .flat_map(|g| &g.items)
                .find(|i| &i.id == id)
                .map(|i| i.text.clone())
        })
        .collect();
    vec![fact(
        t!("agreement-in-place", system = e.name.as_str()),
        items.join(" · "),
    )]
}

pub(super) fn draft(session: &Session, pack: &Pack) -> Draft {
    let systems: Vec<&LandscapeEntry> = session.landscape.iter().collect();
    let names: Vec<String> = systems.iter().map(|e| e.name.clone()).collect();
    let a = &pack.sharing_agreement;
    Draft {
        title: t!("agreement-title", systems = names.join(", ")),
        intro: a.intro.clone(),
        parts: a
            .sections
            .iter()
            .map(|s| Part {
                title: s.title.clone(),
                guidance: s.guidance.clone(),
                facts: facts(&s.id, session, pack, &systems),
            })
            .collect(),
    }
}

/// The draft as Markdown.
pub fn markdown(session: &Session, pack: &Pack, _today: NaiveDate) -> String {
    let d = draft(session, pack);
    let e = markdown_inline;
    let fill = t!("agreement-to-fill");
    let mut out = format!("# {}\n\n{}\n", e(&d.title), e(&d.intro));
    for (i, p) in d.parts.iter().enumerate() {
        out.push_str(&format!(
            "\n## {}. {}\n\n*{}*\n\n",
            i + 1,
            e(&p.title),
            e(&p.guidance)
        ));
        for f in &p.facts {
            let value = f
                .value
                .as_deref()
                .map_or_else(|| format!("**{}**", e(&fill)), e);
            out.push_str(&format!("- {}: {}\n", e(&f.label), value));
        }
    }
    out.push_str(&format!("\n---\n\n{}\n", e(&source_line(pack))));
    out
}

pub(super) fn source_line(pack: &Pack) -> String {
    let s = &pack.sharing_agreement.source;
    let doc = pack
        .info
        .documents
        .iter()
        .find(|d| d.id == s.doc)
        .map_or(s.doc.as_str(), |d| d.title.as_str());
    t!(
        "agreement-source",
        document = doc,
        section = s.section.as_str()
    )
}

/// The draft as one self-contained HTML page (strict CSP, no scripts).
pub fn html_page(session: &Session, pack: &Pack, _today: NaiveDate) -> String {
    let d = draft(session, pack);
    let fill = html(&t!("agreement-to-fill"));
    let mut h = String::new();
    h.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"pim-workshop\">\n\
         <title>{}</title>\n<style>{STYLE}\n.fill {{ font-weight: bold; }}</style>\n</head>\n<body>\n",
        html(&lang()),
        html(&d.title)
    ));
    h.push_str(&format!(
        "<h1 dir=\"auto\">{}</h1>\n<p dir=\"auto\">{}</p>\n",
        html(&d.title),
        html(&d.intro)
    ));
    for (i, p) in d.parts.iter().enumerate() {
        h.push_str(&format!(
            "<h2>{}. {}</h2>\n<p class=\"muted\">{}</p>\n<ul>\n",
            i + 1,
            html(&p.title),
            html(&p.guidance)
        ));
        for f in &p.facts {
            let value = f.value.as_deref().map_or_else(
                || format!("<span class=\"fill\">{fill}</span>"),
                |v| format!("<span dir=\"auto\">{}</span>", html(v)),
            );
            h.push_str(&format!("<li><b>{}</b>: {value}</li>\n", html(&f.label)));
        }
        h.push_str("</ul>\n");
    }
    h.push_str(&format!(
        "<footer>{}</footer>\n</body>\n</html>\n",
        html(&source_line(pack))
    ));
    h
}
