//! The breakout groups' answers merged into a session, for the reports: per prompt, each group's answer
//! under its name (with earlier wordings kept). Every format escapes every value; nothing is written
//! when the session merged no group.

use crate::content::Pack;
use crate::session::Session;

use super::escape;
use super::outline::session_substeps;

/// One prompt with the groups' answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSection {
    /// The sub-step's code and title, e.g. "1.1 Define purpose and information needs".
    pub place: String,
    /// The question (the prompt id when the pack does not know it).
    pub question: String,
    /// Group name, answer, earlier wordings.
    pub answers: Vec<(String, String, Vec<String>)>,
}

/// The groups' answers in process order, then any the pack does not place.
pub fn sections(session: &Session, pack: &Pack) -> Vec<GroupSection> {
    let answers = &session.breakout.answers;
    if answers.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (sub_id, code) in session_substeps(session, pack) {
        let title = pack
            .substep(&sub_id)
            .map_or(sub_id.clone(), |(_, s)| s.title.clone());
        for p in pack.prompts_for(&session.template, &sub_id) {
            let key = format!("{sub_id}/{}", p.id);
            if let Some(list) = answers.get(&key) {
                seen.insert(key);
                out.push(section(&format!("{code} {title}"), p.question, list));
            }
        }
    }
    for (key, list) in answers {
        if !seen.contains(key) {
            out.push(section(key, key, list));
        }
    }
    out
}

fn section(
    place: &str,
    question: &str,
    list: &[crate::session::breakout::GroupAnswer],
) -> GroupSection {
    GroupSection {
        place: place.to_string(),
        question: question.to_string(),
        answers: list
            .iter()
            .map(|a| (a.group.clone(), a.text.clone(), a.earlier.clone()))
            .collect(),
    }
}

/// For the plain-text summary (`show`, the review).
pub fn text(session: &Session, pack: &Pack) -> String {
    let sections = sections(session, pack);
    if sections.is_empty() {
        return String::new();
    }
    let one = |t: &str| escape::line(t).into_owned();
    let title = "Breakout groups' answers";
    let mut out = format!("\n{title}\n{}\n", "-".repeat(title.len()));
    for s in sections {
        out.push_str(&format!("\n{}\n  Q: {}\n", one(&s.place), one(&s.question)));
        for (group, answer, earlier) in s.answers {
            out.push_str(&format!("    {}:\n", one(&group)));
            for line in escape::lines(&answer) {
                out.push_str(&format!("      {line}\n"));
            }
            for e in earlier {
                out.push_str(&format!("      (earlier: {})\n", one(&e)));
            }
        }
    }
    out
}

/// For the Markdown export.
pub fn markdown(session: &Session, pack: &Pack) -> String {
    use super::escape::{markdown_block as escape_block, markdown_inline as e};
    let sections = sections(session, pack);
    if sections.is_empty() {
        return String::new();
    }
    let mut out = String::from("\n## Breakout groups' answers\n\n");
    for s in sections {
        out.push_str(&format!(
            "### {}\n\n**{}**\n\n",
            e(&s.place),
            e(&s.question)
        ));
        for (group, answer, earlier) in s.answers {
            out.push_str(&format!(
                "*{}:*\n\n{}\n\n",
                e(&group),
                escape_block(&answer)
            ));
            for old in earlier {
                out.push_str(&format!("*Earlier wording:* {}\n\n", e(&old)));
            }
        }
    }
    out
}

/// For the HTML report: a section of its own, every value escaped.
pub fn html(session: &Session, pack: &Pack) -> String {
    use super::escape::{html as escape, html_line as one};
    let sections = sections(session, pack);
    if sections.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<section class=\"major\" id=\"groups\">\n<h2>Breakout groups' answers</h2>\n",
    );
    for s in sections {
        out.push_str(&format!(
            "<h3 dir=\"auto\">{}</h3>\n<p dir=\"auto\"><strong>{}</strong></p>\n<dl class=\"answers\">\n",
            one(&s.place),
            one(&s.question)
        ));
        for (group, answer, earlier) in s.answers {
            out.push_str(&format!(
                "<dt dir=\"auto\">{}</dt><dd dir=\"auto\" class=\"text\">{}</dd>\n",
                one(&group),
                escape(answer.trim_end())
            ));
            for old in earlier {
                out.push_str(&format!(
                    "<dd dir=\"auto\" class=\"muted\">Earlier wording: {}</dd>\n",
                    one(&old)
                ));
            }
        }
        out.push_str("</dl>\n");
    }
    out.push_str("</section>\n");
    out
}
