//! The reference library's About section (what PIM is, the Initiative, the Matrix cover page, further
//! reading) and the mark that sets the project's own examples apart from the framework's text.

use crate::t;

use crate::content::{Example, Pack, SourceRef, Statement};
use crate::tui::doc::Doc;
use crate::tui::reference::AboutPart;
use crate::tui::theme::Theme;

/// The details of one About entry.
pub fn about_detail(pack: &Pack, part: AboutPart, theme: Theme, doc: &mut Doc) {
    let fw = &pack.framework;
    doc.heading(&part.title());
    match part {
        AboutPart::Definition => {
            doc.blank().guidance(&fw.definition.marked()).blank();
            doc.para(&fw.definition.plain).blank();
            doc.muted(&source_line(pack, &fw.definition.source));
        }
        AboutPart::Statements => statements(pack, &fw.statements, theme, doc),
        AboutPart::Vision => {
            doc.para(&fw.vision.summary).blank();
            for (n, marker) in fw.vision.markers.iter().enumerate() {
                doc.prefixed(&format!("{}. ", n + 1), marker);
            }
            doc.blank().muted(&source_line(pack, &fw.vision.source));
        }
        AboutPart::Results => statements(pack, &fw.results, theme, doc),
        AboutPart::Background => statements(pack, &fw.background, theme, doc),
        AboutPart::MatrixCover => statements(pack, &pack.matrix.cover_notes, theme, doc),
        AboutPart::FurtherReading => {
            doc.muted(&t!("ref-about-reading-note")).blank();
            for r in &fw.further_reading {
                let mut title = r.published_title.clone();
                if let Some(year) = r.year {
                    title = format!("{title} ({year})");
                }
                if let Some(by) = &r.by {
                    title = t!(
                        "ref-about-reading-by",
                        title = title.as_str(),
                        by = by.as_str()
                    );
                }
                doc.styled(&title, theme.selected());
                doc.para(&r.note).blank();
            }
        }
    }
}

fn statements(pack: &Pack, list: &[Statement], theme: Theme, doc: &mut Doc) {
    doc.blank();
    for s in list {
        doc.styled(&s.title, theme.selected());
        doc.para(&s.text);
        doc.muted(&source_line(pack, &s.source)).blank();
    }
}

/// "Source: …": where an entry comes from.
pub fn source_line(pack: &Pack, source: &SourceRef) -> String {
    t!(
        "doc-label-value",
        label = t!("ref-source"),
        value = pack.cite(source)
    )
}

/// The examples of an adaptable row as bullets, framework text and the project's illustrations told
/// apart: when all are the project's, one dim line says so; otherwise each of the project's carries a
/// dim "(example)" mark.
pub fn example_bullets<'a>(examples: impl IntoIterator<Item = &'a Example>, doc: &mut Doc) {
    let examples: Vec<&Example> = examples.into_iter().collect();
    if examples.is_empty() {
        return;
    }
    let all_project = examples.iter().all(|e| e.is_project());
    if all_project {
        doc.muted(&t!("ref-examples-all-project"));
    }
    let mark = t!("ref-example-mark");
    for e in examples {
        if e.is_project() && !all_project {
            doc.marked_bullet(&e.text, &mark);
        } else {
            doc.bullet(&e.text);
        }
    }
}

/// Texts that are all the project's own (the Output row's examples), with the line that says so.
pub fn project_bullets<'a>(texts: impl IntoIterator<Item = &'a str>, doc: &mut Doc) {
    doc.muted(&t!("ref-examples-all-project"));
    for text in texts {
        doc.bullet(text);
    }
}

/// The line that says what the "example" mark means.
pub fn example_legend(doc: &mut Doc) {
    doc.muted(&t!("ref-example-legend", mark = t!("ref-example-mark")));
}
