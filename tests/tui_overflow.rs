//! Text never vanishes without a sign: every screen is drawn at 80×24 and 60×18 with long content
//! (an answer, a decision, an action, a risk, a parking-lot point of 80 numbered words each). Where a
//! text's last word is not on screen, the row with its last visible word ends in "…" or the screen
//! shows a "▼ more" mark (a pane that scrolls).

mod support;

use pim_workshop::session::{ActionDraft, DecisionDraft, RiskDraft, Session};
use support::app::with_session;
use support::keys::press_keys;
use support::render::screen;

fn at() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
}

/// 80 words, "q01" to "q80", each findable on screen.
fn long(prefix: char) -> String {
    (1..=80)
        .map(|i| format!("{prefix}{i:02}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn session(template: &str) -> Session {
    let mut s = support::fixtures::fresh_session("Long content", template, "Amina Haddad", at());
    s.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        &long('a'),
        at(),
        "Amina",
    );
    s.add_decision(
        DecisionDraft {
            step: "assess-landscape".into(),
            substep: Some("define-purpose".into()),
            title: long('d'),
            rationale: long('w'),
            ..Default::default()
        },
        at(),
        "Amina",
    );
    s.add_action(
        ActionDraft {
            text: long('c'),
            owner: "Amina".into(),
            ..Default::default()
        },
        at(),
        "Amina",
    );
    s.add_risk(
        RiskDraft {
            description: long('r'),
            likelihood: 2,
            impact: 3,
            mitigation: long('m'),
            owner: "Amina".into(),
        },
        at(),
        "Amina",
    );
    s.add_parking(&long('p'), at(), "Amina");
    s
}

/// The screens, as keys from the workshop, and the long text each shows (' ': none of them).
const SCREENS: &[(&str, &str, char)] = &[
    ("workshop", "", 'a'),
    ("answer editor", "\n", 'a'),
    ("presenter view", "f", 'a'),
    ("decisions", "D", 'd'),
    ("actions", "A", 'c'),
    ("risks", "R", 'r'),
    ("parking lot", "P", 'p'),
    ("coverage", "c", ' '),
    ("help", "?", ' '),
];

/// For each long text on screen: its words from the first shown to the last shown are whole, or the
/// cut is marked — "…" on the row of the last (or first) word shown, or "▼" below / "▲" above.
fn unmarked_cuts(text: &str) -> Vec<String> {
    let mut cuts = Vec::new();
    for prefix in ['a', 'd', 'c', 'r', 'p', 'l', 'b'] {
        let shown: Vec<usize> = (1..=80)
            .filter(|i| text.contains(&format!("{prefix}{i:02}")))
            .collect();
        let (Some(&first), Some(&last)) = (shown.first(), shown.last()) else {
            continue;
        };
        let row_of = |i: usize| {
            let word = format!("{prefix}{i:02}");
            text.lines()
                .find(|l| l.contains(&word))
                .unwrap_or("")
                .to_string()
        };
        if last < 80 && !text.contains('▼') && !row_of(last).contains('…') {
            cuts.push(format!(
                "{prefix}{last:02} is the last shown, unmarked: {}",
                row_of(last)
            ));
        }
        if first > 1 && !text.contains('▲') && !row_of(first).contains('…') {
            cuts.push(format!(
                "{prefix}{first:02} is the first shown, unmarked: {}",
                row_of(first)
            ));
        }
    }
    cuts
}

#[test]
fn no_screen_cuts_text_without_a_mark() {
    let mut failures = Vec::new();
    for (w, h) in [(80, 24), (60, 18)] {
        for (name, opener, shows) in SCREENS {
            let template = if *name == "presenter view" {
                "pim-training"
            } else {
                "full-process"
            };
            let mut app = with_session(w, h, "s.json", session(template), None);
            press_keys(&mut app, opener);
            let text = screen(&app);
            if *shows != ' ' {
                // The check only means something where the text is on screen.
                let any = (1..=80).any(|i| text.contains(&format!("{shows}{i:02}")));
                assert!(any, "{name} at {w}×{h}:\n{text}");
            }
            for cut in unmarked_cuts(&text) {
                failures.push(format!("{name} at {w}×{h}: {cut}\n{text}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The words of a screen's body (runs of letters and digits), without the header, the tab bar and
/// the footer (whose hints give way to the screen's own by design, and whose tabs scroll with "‹ ›").
fn words(text: &str) -> std::collections::BTreeSet<String> {
    let lines: Vec<&str> = text.lines().collect();
    let body = lines.get(2..lines.len().saturating_sub(1)).unwrap_or(&[]);
    body.join("\n")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_string)
        .collect()
}

/// A screen that shows fewer words at `w`×`h` than at 200×100 says so: an "…", "▼" or "▲" mark.
fn cut_without_mark(small: &str, large: &str) -> Option<Vec<String>> {
    let missing: Vec<String> = words(large).difference(&words(small)).cloned().collect();
    let marked = small.contains('…') || small.contains('▼') || small.contains('▲');
    (!missing.is_empty() && !marked).then_some(missing)
}

/// A session whose landscape register and scoping brief hold long text: a system's diagnosis
/// ("l01"…) and the first essential answer of the brief ("b01"…).
fn landscape_and_brief_session() -> Session {
    let mut s = session("needs-assessment-scoping");
    s.add_landscape_entry(
        pim_workshop::session::LandscapeEntry {
            name: "Kestrel monthly tool".into(),
            organisation: "Cluster hub".into(),
            diagnosis: long('l'),
            ..Default::default()
        },
        at(),
        "Amina",
    );
    let pack = support::fixtures::pack();
    let (substep, prompt) = pim_workshop::scoping::essential::essential_prompts(&pack, &s)
        .into_iter()
        .map(|(sub, p)| (sub, p.id.to_string()))
        .next()
        .expect("the scoping template has essential prompts");
    s.set_answer(&substep, &prompt, &long('b'), at(), "Amina");
    s
}

/// The screens the first check leaves out: the reference library, a training's agenda, the landscape
/// register and the scoping brief. Words the screen has no room for are marked, and the session's long
/// texts obey the numbered-word rule.
#[test]
fn library_agenda_landscape_and_brief_never_cut_without_a_mark() {
    let screens: &[(&str, &str, &str, char)] = &[
        ("reference library", "full-process", "r", ' '),
        ("reference library, principles", "full-process", "r\t", ' '),
        (
            "reference library, glossary",
            "full-process",
            "r\t\t\t",
            ' ',
        ),
        ("agenda", "pim-training", "t", ' '),
        ("landscape", "needs-assessment-scoping", "L", 'l'),
        ("brief", "needs-assessment-scoping", "B", 'b'),
    ];
    let mut failures = Vec::new();
    for (name, template, opener, shows) in screens {
        let make = |w: u16, h: u16| {
            let session = if *template == "needs-assessment-scoping" {
                landscape_and_brief_session()
            } else {
                session(template)
            };
            let mut app = with_session(w, h, "s.json", session, None);
            press_keys(&mut app, opener);
            screen(&app)
        };
        let large = make(200, 100);
        for (w, h) in [(80, 24), (60, 18)] {
            let text = make(w, h);
            if *shows != ' ' {
                let any = (1..=80).any(|i| text.contains(&format!("{shows}{i:02}")));
                assert!(any, "{name} at {w}×{h}:\n{text}");
            }
            for cut in unmarked_cuts(&text) {
                failures.push(format!("{name} at {w}×{h}: {cut}\n{text}"));
            }
            if let Some(missing) = cut_without_mark(&text, &large) {
                failures.push(format!(
                    "{name} at {w}×{h}: {} words of the 200×100 screen are missing and nothing \
                     says so (first: {:?})\n{text}",
                    missing.len(),
                    &missing[..missing.len().min(5)]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_check_itself_catches_an_unmarked_cut() {
    let page = |body: &str| format!("header\ntabs\n{body}\nfooter");
    assert!(cut_without_mark(&page("│one two│"), &page("│one two three│")).is_some());
    assert!(cut_without_mark(&page("│one two▼│"), &page("│one two three│")).is_none());
    assert!(
        cut_without_mark(&page("│one two three│"), &page("│one two three│")).is_none(),
        "nothing missing"
    );
    let cut = "│a01 a02 a03                │\n│                           │";
    assert_eq!(unmarked_cuts(cut).len(), 1);
    assert!(unmarked_cuts("│a01 a02 a03…│").is_empty());
    assert!(unmarked_cuts("│a01 a02 a03 │\n│        ▼ more│").is_empty());
    assert_eq!(
        unmarked_cuts("│a78 a79 a80 │").len(),
        1,
        "the start cut off"
    );
    assert!(unmarked_cuts("│           ▲│\n│a78 a79 a80 │").is_empty());
}
