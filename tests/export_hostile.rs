//! The hostile corpus (tests/fixtures/hostile/, plus a 1 MB field built here) through every export
//! and the `show` summary: nothing in a session file may drive a terminal, inject markup or run as
//! a spreadsheet formula.

mod support;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pim_workshop::content::Pack;
use pim_workshop::display;
use pim_workshop::export::{self, Format};
use pim_workshop::session::{DecisionStatus, Session};
use proptest::prelude::*;
use support::fixtures::{hostile_dir, pack, read_session as load};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// A session with a 1 MB answer: markup, escapes and one 300 kB word with no break in it.
fn huge() -> Session {
    let mut s = load(&hostile_dir().join("everything.json"));
    let mut text = String::new();
    while text.len() < 700_000 {
        text.push_str(
            "<script>alert(1)</script> | [x](javascript:alert(1)) \u{1b}]52;c;eA==\u{7} =cmd\n",
        );
    }
    text.push_str(&"w".repeat(300_000));
    assert!(text.len() >= 1_000_000);
    let record = s.substeps.get_mut("define-purpose").unwrap();
    record
        .answers
        .get_mut("define-purpose.not-needed")
        .unwrap()
        .text = text.clone();
    s.decisions[0].rationale = text;
    s
}

fn corpus() -> Vec<(String, Session)> {
    let files: Vec<PathBuf> = support::fixtures::hostile_files();
    assert!(files.len() >= 5, "the hostile corpus is missing: {files:?}");
    let mut out: Vec<(String, Session)> = files
        .iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                load(p),
            )
        })
        .collect();
    out.push(("1 MB field".into(), huge()));
    out
}

// ------------------------------------------------------------------------------------------ checks

/// No C0 control except LF (and CR only as part of CRLF when `crlf`), no DEL or C1 control, no bidi
/// override, no isolate left open or closed without opening.
fn assert_inert(name: &str, what: &str, text: &str, crlf: bool) {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let u = c as u32;
        let ok = match c {
            '\n' => true,
            '\r' => crlf && chars.get(i + 1) == Some(&'\n'),
            _ => u >= 0x20 && !(0x7f..=0x9f).contains(&u) && !(0x202a..=0x202e).contains(&u),
        };
        assert!(
            ok,
            "{name} {what}: U+{u:04X} at char {i}: {:?}",
            chars[i.saturating_sub(30)..(i + 30).min(chars.len())]
                .iter()
                .collect::<String>()
        );
    }
    let opened = chars
        .iter()
        .filter(|c| ('\u{2066}'..='\u{2068}').contains(c))
        .count();
    let closed = chars.iter().filter(|c| **c == '\u{2069}').count();
    assert!(
        closed <= opened,
        "{name} {what}: an isolate closed that was not open"
    );
}

/// True when the character at byte `i` has an odd number of backslashes before it.
fn escaped(text: &str, i: usize) -> bool {
    text[..i].bytes().rev().take_while(|b| *b == b'\\').count() % 2 == 1
}

fn check_markdown(name: &str, md: &str) {
    assert_inert(name, "markdown", md, false);
    for (i, c) in md.char_indices() {
        if matches!(c, '<' | '[' | ']' | '`' | '&' | '!') {
            assert!(
                escaped(md, i),
                "{name}: unescaped {c:?} in Markdown near {:?}",
                &md[i.saturating_sub(40)..(i + 40).min(md.len())]
            );
        }
    }
    let mut table_pipes: Option<usize> = None;
    for line in md.lines() {
        assert!(
            !line.starts_with("    ") && !line.starts_with('\t'),
            "{name}: an indented line would be a code block: {line:?}"
        );
        let pipes = line
            .char_indices()
            .filter(|(i, c)| *c == '|' && !escaped(line, *i))
            .count();
        if line.starts_with("| ") || line.starts_with("|-") {
            // Every row of a table has as many cell borders as its header.
            let expected = *table_pipes.get_or_insert(pipes);
            assert_eq!(pipes, expected, "{name}: a table row breaks: {line:?}");
        } else {
            table_pipes = None;
            assert_eq!(pipes, 0, "{name}: unescaped | outside a table: {line:?}");
        }
    }
}

/// The tags of an HTML document, as `(name, attributes text)`. Data never holds a raw `<` (that is
/// checked by this very scan: every tag must be one the exporter writes).
fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').expect("every < opens a tag that closes");
        let inner = &after[..end];
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect::<String>()
            .to_ascii_lowercase();
        let attrs = inner
            .trim_start_matches('/')
            .get(name.len()..)
            .unwrap_or("")
            .to_string();
        out.push((name, attrs));
        rest = &after[end + 1..];
    }
    out
}

const ALLOWED_TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "header", "footer", "section",
    "article", "h1", "h2", "h3", "p", "div", "span", "strong", "br", "ul", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tr", "th", "td",
];

fn check_html(name: &str, html: &str) {
    assert_inert(name, "html", html, false);
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    ));
    assert!(html.contains("<html lang=\"en\">"));
    assert!(
        !html.to_ascii_lowercase().contains("<script"),
        "{name}: <script in HTML"
    );
    let tags = tags(html);
    assert_eq!(
        tags.iter().filter(|(n, _)| n == "meta").count(),
        5,
        "{name}: only our meta tags"
    );
    assert_eq!(
        tags.iter().filter(|(n, _)| n == "style").count(),
        2,
        "{name}: one style element"
    );
    for (tag, attrs) in &tags {
        assert!(
            ALLOWED_TAGS.contains(&tag.as_str()),
            "{name}: unexpected tag <{tag}{attrs}>"
        );
        let lower = attrs.to_ascii_lowercase();
        for word in lower.split(|c: char| c.is_whitespace() || c == '"') {
            let attr = word.split('=').next().unwrap_or("");
            assert!(
                !(attr.starts_with("on") && word.contains('=')),
                "{name}: event attribute in <{tag}{attrs}>"
            );
            assert!(
                !matches!(attr, "href" | "src" | "action" | "srcset"),
                "{name}: link in <{tag}{attrs}>"
            );
        }
        assert!(
            !lower.contains("javascript:"),
            "{name}: javascript: in <{tag}{attrs}>"
        );
    }
    let event_attr = regex_lite_free_on_attr(html);
    assert!(event_attr.is_none(), "{name}: {event_attr:?}");
}

/// A ` on<letters>=` anywhere in the document (escaped data writes `=` as `&#61;`).
fn regex_lite_free_on_attr(html: &str) -> Option<String> {
    let b = html.as_bytes();
    for i in 0..b.len().saturating_sub(3) {
        if b[i].is_ascii_whitespace() && b[i + 1] == b'o' && b[i + 2] == b'n' {
            let letters = b[i + 3..]
                .iter()
                .take_while(|c| c.is_ascii_lowercase())
                .count();
            if letters > 0 && b.get(i + 3 + letters) == Some(&b'=') {
                return Some(String::from_utf8_lossy(&b[i..(i + 40).min(b.len())]).into_owned());
            }
        }
    }
    None
}

/// A tiny RFC 4180 reader: records end with CRLF; quoted fields may hold `,`, `""`, CR and LF.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(
                    field.is_empty() && !was_quoted,
                    "a quote inside an unquoted field"
                );
                quoted = true;
                was_quoted = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' => {
                assert_eq!(
                    chars.next(),
                    Some('\n'),
                    "CR outside quotes must start CRLF"
                );
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                was_quoted = false;
            }
            '\n' => panic!("a bare LF outside quotes: records must end with CRLF"),
            c => {
                assert!(!was_quoted, "text after a closing quote");
                field.push(c);
            }
        }
    }
    assert!(!quoted, "unterminated quoted field");
    assert!(
        field.is_empty() && record.is_empty(),
        "the last record must end with CRLF"
    );
    records
}

/// The cell a value should become: sanitised, with a `'` before a formula start.
fn expected_cell(value: &str) -> String {
    let clean = display::sanitize_text(value, true).into_owned();
    let starts = [
        '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
    ];
    // A `'` before a formula start at the beginning, and after each `,` or `;` before a formula start
    // or a `'` (where a reader set to another separator may begin a cell).
    let mut out = String::new();
    let mut after_sep = false;
    for (i, c) in clean.chars().enumerate() {
        if (i == 0 && starts.contains(&c)) || (after_sep && (starts.contains(&c) || c == '\'')) {
            out.push('\'');
        }
        out.push(c);
        after_sep = c == ',' || c == ';';
    }
    out
}

fn check_csv(name: &str, s: &Session, csv: &str) {
    assert_inert(name, "csv", csv, true);
    let body = csv
        .strip_prefix('\u{feff}')
        .expect("CSV starts with a UTF-8 BOM");
    let records = read_csv(body);
    let blocks: Vec<&[Vec<String>]> = records.split(|r| r == &vec![String::new()]).collect();
    assert_eq!(blocks.len(), 3, "{name}: decisions, actions, participants");
    for block in &blocks {
        for r in &block[1..] {
            for cell in r {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: live formula cell {cell:?}"
                );
            }
        }
    }
    let (decisions, actions, people) = (blocks[0], blocks[1], blocks[2]);
    assert_eq!(decisions[0][0], "section");
    assert_eq!(decisions.len(), s.decisions.len() + 1);
    for (row, d) in decisions[1..].iter().zip(&s.decisions) {
        let by = match &d.status {
            DecisionStatus::Superseded { by } => by.as_str(),
            _ => "",
        };
        let want = [
            "decision",
            &d.id,
            d.status.as_str(),
            &d.title,
            &d.rationale,
            &d.step,
            d.substep.as_deref().unwrap_or(""),
            &d.principles.join("; "),
            by,
            d.supersedes.as_deref().unwrap_or(""),
            &d.at.to_rfc3339(),
            &d.by,
        ];
        let want: Vec<String> = want.iter().map(|v| expected_cell(v)).collect();
        // Then the names people read (step, sub-step, principles), beside the ids.
        assert_eq!(row.len(), want.len() + 3, "{name}: decision {}", d.id);
        assert_eq!(&row[..want.len()], &want[..], "{name}: decision {}", d.id);
    }
    assert_eq!(actions.len(), s.actions.len() + 1);
    for (row, a) in actions[1..].iter().zip(&s.actions) {
        assert_eq!(row[0], "action");
        assert_eq!(row[1], expected_cell(&a.id));
        assert_eq!(row[5], expected_cell(&a.text));
        assert_eq!(row[6], expected_cell(&a.owner));
        assert_eq!(row[8], expected_cell(&a.decisions.join("; ")));
    }
    assert_eq!(people.len(), s.participants.len() + 1);
    for (row, p) in people[1..].iter().zip(&s.participants) {
        let want: Vec<String> = ["participant", &p.name, &p.organisation, &p.role]
            .iter()
            .map(|v| expected_cell(v))
            .collect();
        assert_eq!(row, &want, "{name}: participant");
    }
}

fn check_json(name: &str, s: &Session, json: &str) {
    assert_inert(name, "json", json, false);
    let back: Session = serde_json::from_str(json).unwrap();
    assert_eq!(&back, s, "{name}: JSON is exactly the model");
}

fn check_all(name: &str, s: &Session, pack: &Pack) {
    let text = export::text::render(s, pack, today());
    assert_inert(name, "show", &text, false);
    check_markdown(name, &export::render(s, pack, Format::Markdown, today()));
    check_html(name, &export::render(s, pack, Format::Html, today()));
    check_csv(name, s, &export::render(s, pack, Format::Csv, today()));
    check_json(name, s, &export::render(s, pack, Format::Json, today()));
}

// ------------------------------------------------------------------------------------------- tests

#[test]
fn hostile_corpus_through_every_format() {
    let pack = pack();
    for (name, s) in corpus() {
        check_all(&name, &s, &pack);
    }
}

#[test]
fn the_corpus_holds_what_it_claims() {
    let raw = std::fs::read_to_string(hostile_dir().join("everything.json")).unwrap();
    for needle in [
        "\\u001b]52;c;",
        "\\u001b]0;",
        "\\u001b[31m",
        "<script>alert(1)</script>",
        "javascript:alert(1)",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "| table | break",
        "\\u202e",
        "\\u200b",
        "\\u0000",
        "=HYPERLINK(",
        "+cmd",
        "@SUM",
    ] {
        assert!(raw.contains(needle), "everything.json lacks {needle}");
    }
    let deep = load(&hostile_dir().join("deep-nesting.json"));
    assert!(
        deep.extra.contains_key("x-future-field"),
        "the unknown field is kept"
    );
}

#[test]
fn the_huge_field_is_exported_whole() {
    let pack = pack();
    let s = huge();
    let html = export::render(&s, &pack, Format::Html, today());
    assert!(
        html.contains(&"w".repeat(300_000)),
        "no silent cut in the HTML export"
    );
    let csv = export::render(&s, &pack, Format::Csv, today());
    assert!(
        csv.contains(&"w".repeat(300_000)),
        "no silent cut in the CSV export"
    );
}

#[test]
fn formula_cells_start_with_a_quote() {
    let pack = pack();
    let s = load(&hostile_dir().join("formulas.json"));
    let csv = export::render(&s, &pack, Format::Csv, today());
    let records = read_csv(csv.strip_prefix('\u{feff}').unwrap());
    let cells: Vec<&String> = records.iter().flatten().collect();
    for prefix in ["'=HYPERLINK(", "'+cmd", "'@SUM", "'-2+3", "'\u{ff1d}SUM"] {
        assert!(
            cells.iter().any(|c| c.starts_with(prefix)),
            "no cell starts with {prefix}"
        );
    }
}

#[test]
fn html_marks_user_text_for_direction() {
    let pack = pack();
    let s = load(&hostile_dir().join("everything.json"));
    let html = export::render(&s, &pack, Format::Html, today());
    assert!(html.contains("<h1 dir=\"auto\">"));
    assert!(html.contains("رانيا الخطيب"));
    // Overrides are dropped (not obeyed, not shown), the words they held stay.
    assert!(!html.contains('\u{202e}'), "bidi overrides are not obeyed");
    assert!(html.contains("evil-reversed"));
}

fn arb_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("|".to_string()),
        Just("\u{1b}]52;c;x\u{7}".to_string()),
        Just("=".to_string()),
        Just("\r\n".to_string()),
        Just("\\".to_string()),
        Just("\"".to_string()),
        any::<char>().prop_map(String::from),
        "[ -~]{0,6}",
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_text_never_escapes(title in arb_text(), text in arb_text(), owner in arb_text()) {
        let pack = pack();
        let mut s = load(&hostile_dir().join("markup.json"));
        s.title = title;
        s.decisions[0].title = text.clone();
        s.decisions[0].id = owner.clone();
        s.actions[0].text = text;
        s.actions[0].owner = owner.clone();
        s.participants[0].name = owner;
        check_all("random", &s, &pack);
    }
}

/// When cmark-gfm (the GitHub Markdown renderer) is installed, render the Markdown exports and check
/// that data made no element: no link, image, code, quote or HTML. Skipped with a notice otherwise.
#[test]
fn rendered_markdown_has_only_our_elements() {
    let renderer = Path::new("/usr/bin/cmark-gfm");
    if !renderer.exists() {
        eprintln!(
            "NOTICE: skipping the rendered Markdown check: /usr/bin/cmark-gfm is not installed."
        );
        return;
    }
    let pack = pack();
    let allowed = [
        "p", "h1", "h2", "h3", "ul", "li", "em", "strong", "br", "table", "thead", "tbody", "tr",
        "th", "td",
    ];
    for (name, s) in corpus().into_iter().filter(|(n, _)| n != "1 MB field") {
        let md = export::render(&s, &pack, Format::Markdown, today());
        let out = support::bin::with_input(
            std::process::Command::new(renderer).args([
                "--unsafe",
                "-e",
                "table",
                "-e",
                "strikethrough",
                "-e",
                "autolink",
            ]),
            &md,
        );
        let html = String::from_utf8(out.stdout).unwrap();
        for (tag, attrs) in tags(&html) {
            assert!(
                allowed.contains(&tag.as_str()),
                "{name}: the Markdown rendered a <{tag}{attrs}>"
            );
        }
    }
}

/// The attendance files and the training report, from each hostile file made a training: every
/// participant present on day 1, the first late and leaving early on day 2, a vote closed on hostile
/// options. Markdown and HTML pass the same checks as the session report; no CSV cell is a live
/// formula and each name comes out as the guard writes it.
#[test]
fn hostile_corpus_through_the_training_exports() {
    let pack = pack();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+03:00").unwrap();
    for (name, mut s) in corpus().into_iter().filter(|(n, _)| n != "1 MB field") {
        s.template = "pim-training".into();
        s.mark_all_present(1, now, "f");
        if let Some(first) = s.participants.first().map(|p| p.name.clone()) {
            use pim_workshop::session::Lateness;
            s.set_lateness(2, &first, (Lateness::Late, true), now, "f");
            s.set_lateness(2, &first, (Lateness::LeftEarly, true), now, "f");
        }
        let options: Vec<String> = s.participants.iter().map(|p| p.name.clone()).collect();
        let id = s.add_vote(
            &s.title.clone(),
            "x",
            options,
            vec!["v".into()],
            1,
            now,
            "f",
        );
        if s.vote_mut(&id).unwrap().give(0, 0).is_ok() {
            s.close_vote(&id, now, "f").unwrap();
        }
        for f in [Format::SignIn, Format::Certificates, Format::TrainingReport] {
            check_markdown(
                &format!("{name} {f}"),
                &export::render(&s, &pack, f, today()),
            );
        }
        check_html(
            &name,
            &export::render(&s, &pack, Format::TrainingReportHtml, today()),
        );
        for f in [Format::SignInCsv, Format::CertificatesCsv] {
            let csv = export::render(&s, &pack, f, today());
            assert_inert(&name, "attendance csv", &csv, true);
            let records = read_csv(csv.strip_prefix('\u{feff}').expect("a BOM"));
            for (row, p) in records[1..].iter().zip(&s.participants) {
                assert_eq!(row[0], expected_cell(&p.name), "{name} {f}");
                assert_eq!(row[1], expected_cell(&p.organisation), "{name} {f}");
            }
            for cell in records.iter().flatten() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name} {f}: live formula cell {cell:?}"
                );
            }
        }
    }
}
