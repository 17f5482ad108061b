//! The HTML export prints: headless Chromium renders it to a PDF with pages. Skipped with a notice when
//! /usr/bin/chromium is missing, except under CI (env CI set), where a missing Chromium fails.

mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use pim_workshop::content;
use pim_workshop::export::{self, Format};

const CHROMIUM: &str = "/usr/bin/chromium";

/// Chromium, or None (with a notice) when it is missing outside CI.
fn chromium() -> Option<&'static Path> {
    let path = Path::new(CHROMIUM);
    if path.exists() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{CHROMIUM} is missing but CI is set: install it (apt-get install -y chromium); \
         .ci/run does so in its system packages step."
    );
    eprintln!(
        "NOTICE: skipping the PDF rendering test: {CHROMIUM} is not installed \
         (apt-get install chromium to run it)."
    );
    None
}

/// Renders `html` to a PDF and returns its bytes.
fn print_to_pdf(chromium: &Path, dir: &Path, html: &str) -> Vec<u8> {
    let page = dir.join("export.html");
    let pdf = dir.join("out.pdf");
    let profile = tempfile::tempdir().unwrap();
    std::fs::write(&page, html).unwrap();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(&page)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium exited with {status}");
            break;
        }
        if start.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            panic!("chromium did not finish within 3 minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    std::fs::read(&pdf).expect("chromium wrote the PDF")
}

/// Pages in a PDF: occurrences of `/Type /Page` (or `/Type/Page`) not followed by `s` (`/Pages`).
fn page_count(pdf: &[u8]) -> usize {
    let mut count = 0;
    for pattern in [&b"/Type /Page"[..], &b"/Type/Page"[..]] {
        count += pdf
            .windows(pattern.len() + 1)
            .filter(|w| w.starts_with(pattern) && w[pattern.len()] != b's')
            .count();
    }
    count
}

fn session(path: &str) -> pim_workshop::session::Session {
    support::fixtures::read_session(&support::fixtures::manifest_path(path))
}

#[test]
fn html_exports_print_to_pdf() {
    let Some(chromium) = chromium() else { return };
    let pack = content::load_embedded().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let dir = tempfile::tempdir().unwrap();

    let kalma = session("sessions/kalma-needs-assessment-scoping.json");
    let pdf = print_to_pdf(
        chromium,
        dir.path(),
        &export::render(&kalma, &pack, Format::Html, today),
    );
    assert!(pdf.starts_with(b"%PDF"), "a PDF file");
    // Overview, steps, decisions, actions, coverage and risks each start a page.
    let pages = page_count(&pdf);
    assert!(pages >= 6, "the Kalma export printed on {pages} pages");

    let hostile = session("tests/fixtures/hostile/everything.json");
    let pdf = print_to_pdf(
        chromium,
        dir.path(),
        &export::render(&hostile, &pack, Format::Html, today),
    );
    assert!(page_count(&pdf) >= 1, "the hostile export prints too");
}

#[test]
fn the_scoping_brief_prints_on_two_pages_at_most() {
    let Some(chromium) = chromium() else { return };
    let pack = content::load_embedded().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 13).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let kalma = session("sessions/kalma-needs-assessment-scoping.json");
    let pdf = print_to_pdf(
        chromium,
        dir.path(),
        &export::render(&kalma, &pack, Format::BriefHtml, today),
    );
    let pages = page_count(&pdf);
    assert!(
        (1..=2).contains(&pages),
        "the Kalma brief printed on {pages} pages; a brief is one or two"
    );
}

#[test]
fn page_count_skips_the_pages_tree() {
    let pdf = b"<< /Type /Pages /Kids [] >> << /Type /Page >> << /Type/Page/Parent 1 0 R >>";
    assert_eq!(page_count(pdf), 2);
}

/// The text of a PDF as poppler's pdftotext reads it.
fn pdf_text(dir: &Path, pdf: &[u8]) -> String {
    let file = dir.join("corpus.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}

/// `word` as pdftotext reads it from a printed page: without the direction marks, which are not
/// printed (the soft hyphen is kept), and with each lam-alef ligature in the order pdftotext gives its one glyph
/// (alef first: `الأطفال` reads back `األطفال`).
fn as_printed(word: &str) -> String {
    let mut out: Vec<char> = word
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}'))
        .collect();
    for i in 1..out.len() {
        if out[i - 1] == 'ل' && matches!(out[i], 'ا' | 'أ' | 'إ' | 'آ') {
            out.swap(i - 1, i);
        }
    }
    out.into_iter().collect()
}

/// The fonts a PDF embeds, as poppler's pdffonts lists them.
fn pdf_fonts(dir: &Path) -> String {
    let out = Command::new("pdffonts")
        .arg(dir.join("corpus.pdf"))
        .output()
        .expect("pdffonts runs (apt-get install poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_corpus_prints_with_its_words_in_fonts_for_its_scripts() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let session = support::corpus::session();
    let pack = support::fixtures::pack();
    let html = export::render(&session, &pack, Format::Html, support::corpus::today());
    let text = pdf_text(dir.path(), &print_to_pdf(chromium, dir.path(), &html));
    for sentence in support::corpus::CORPUS {
        for word in sentence.split(' ') {
            let printed = as_printed(word);
            assert!(
                text.contains(&printed),
                "{word:?} ({printed:?}) is not in the PDF's text"
            );
        }
    }
    // The print style names a font for each script; where the Noto fonts are installed (CI installs
    // them), the PDF embeds them rather than printing empty boxes.
    let installed = Command::new("fc-list")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("NotoSansMyanmar"));
    assert!(
        installed || std::env::var_os("CI").is_none(),
        "CI is set but the Noto fonts are missing: .ci/run installs fonts-noto-core"
    );
    if installed {
        let fonts = pdf_fonts(dir.path());
        for font in [
            "NotoNaskhArabic",
            "NotoSansDevanagari",
            "NotoSansBengali",
            "NotoSansThai",
            "NotoSansEthiopic",
            "NotoSansMyanmar",
        ] {
            assert!(fonts.contains(font), "{font} is not in the PDF:\n{fonts}");
        }
    }
}
