//! A three-day training built with the program's own operations — everyone present in one go, a late
//! arrival, an early departure, absentees on day 1 and day 2, a closed and an open dot vote, breakout
//! groups merged on day 2 — through the sign-in sheet and certificate list (CSV and Markdown), the
//! end-of-day summaries of day 1 and day 2 and the whole-training report (Markdown and HTML).

mod support;

use chrono::{DateTime, FixedOffset, NaiveDate};
use pim_workshop::export::{self, Format, day_summary};
use pim_workshop::session::{
    ActionDraft, DecisionDraft, Lateness, Participant, Presence, Session, breakout,
};
use support::fixtures::pack;

const FAC: &str = "Ingrid Halvorsen";

/// `hm` on training day `day` (17, 18 and 19 November 2026).
fn at(day: u32, hm: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2026-11-{}T{hm}:00+03:00", 16 + day)).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 19).unwrap()
}

fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 16 + day).unwrap()
}

/// Ana, Ben, Chen and Dana over three days.
fn three_days() -> Session {
    let mut s = support::fixtures::fresh_session(
        "Port Selin PIM training",
        "pim-training",
        FAC,
        at(1, "08:00"),
    );
    for (name, org) in [
        ("Ana Ruiz", "Northbridge Relief"),
        ("Ben Okafor", "Kestrel Humanitarian"),
        ("Chen Li", "Selin Legal Aid Centre"),
        ("Dana Petrova", "Tamsin Women's Association"),
    ] {
        s.participants.push(Participant {
            organisation: org.into(),
            ..Participant::named(name)
        });
    }
    // Day 1: everyone in one key, then Chen is not there after all; Ben came late.
    assert_eq!(s.mark_all_present(1, at(1, "08:40"), FAC), 4);
    s.set_present(1, "Chen Li", false, at(1, "08:41"), FAC);
    s.set_lateness(1, "Ben Okafor", (Lateness::Late, true), at(1, "09:20"), FAC);
    s.start_module("opening", at(1, "09:00"));
    s.finish_module(
        "opening",
        "Opening and expectations",
        30,
        at(1, "09:25"),
        FAC,
    );
    let v1 = s.add_vote(
        "Which category first?",
        "Matrix categories",
        vec!["Protection Monitoring".into(), "Population Data".into()],
        vec!["Ana Ruiz".into(), "Ben Okafor".into()],
        1,
        at(1, "11:00"),
        FAC,
    );
    s.vote_mut(&v1).unwrap().give(0, 0).unwrap();
    s.vote_mut(&v1).unwrap().give(1, 0).unwrap();
    s.close_vote(&v1, at(1, "11:05"), FAC).unwrap();

    // Day 2: Dana is absent, Ana leaves early; three groups work and are merged back.
    for name in ["Ana Ruiz", "Ben Okafor", "Chen Li"] {
        s.set_present(2, name, true, at(2, "08:35"), FAC);
    }
    s.set_lateness(
        2,
        "Ana Ruiz",
        (Lateness::LeftEarly, true),
        at(2, "15:00"),
        FAC,
    );
    let subs = vec!["define-purpose".to_string()];
    let mut groups = breakout::split(&s, 2, &subs, at(2, "10:00"), FAC);
    for (n, g) in groups.iter_mut().enumerate() {
        g.id = format!("group-{n}");
        g.set_answer(
            "define-purpose",
            "define-purpose.decisions",
            &format!("Group answer number {}", n + 1),
            at(2, "10:30"),
            FAC,
        );
    }
    for g in &groups {
        breakout::merge(&mut s, g, at(2, "11:00"), FAC).unwrap();
    }
    let v2 = s.add_vote(
        "Which camp gets the next visit?",
        "answers",
        vec!["Camp North".into(), "Camp South".into()],
        vec!["Ana Ruiz".into(), "Ben Okafor".into()],
        2,
        at(2, "12:00"),
        FAC,
    );
    s.vote_mut(&v2).unwrap().give(0, 1).unwrap();
    s.vote_mut(&v2).unwrap().give(1, 1).unwrap();
    s.add_decision(
        DecisionDraft {
            step: "define-purpose".into(),
            title: "Start from the camp registration data".into(),
            ..DecisionDraft::default()
        },
        at(2, "12:30"),
        FAC,
    );
    s.add_action(
        ActionDraft {
            text: "Ask camp management for the registration".into(),
            owner: "Ben Okafor".into(),
            ..ActionDraft::default()
        },
        at(2, "12:35"),
        FAC,
    );

    // Day 3: everyone.
    assert_eq!(s.mark_all_present(3, at(3, "08:30"), FAC), 4);
    s
}

fn render(s: &Session, format: Format) -> String {
    export::render(s, &pack(), format, today())
}

/// The CSV's rows (these files hold no quoted line break), without the BOM.
fn rows(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("a BOM");
    assert!(body.ends_with("\r\n"), "CRLF");
    body.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(split_fields)
        .collect()
}

fn split_fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out
}

#[test]
fn the_register_knows_who_was_where() {
    let s = three_days();
    assert_eq!(
        s.presence(1, "Ben Okafor"),
        Presence::Present {
            late: true,
            left_early: false
        }
    );
    assert_eq!(s.presence(1, "Chen Li"), Presence::Absent);
    assert_eq!(s.presence(4, "Chen Li"), Presence::NotRecorded);
    let reg = export::attendance::register(&s, &pack());
    assert_eq!(reg.days.len(), 4, "the template's agenda has four days");
    assert_eq!(reg.counted(), [1, 2, 3]);
    let certified: Vec<&str> = reg
        .rows
        .iter()
        .filter(|r| reg.certified(r))
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(certified, ["Ana Ruiz", "Ben Okafor"]);
}

#[test]
fn sign_in_sheet_as_csv_and_markdown() {
    let s = three_days();
    let csv = rows(&render(&s, Format::SignInCsv));
    assert_eq!(
        csv[0],
        [
            "Name",
            "Organisation",
            "Role",
            "Day 1 (2026-11-17)",
            "Day 2 (2026-11-18)",
            "Day 3 (2026-11-19)",
            "Day 4",
            "Days attended"
        ]
    );
    assert_eq!(
        csv[1],
        [
            "Ana Ruiz",
            "Northbridge Relief",
            "",
            "present",
            "left early",
            "present",
            "",
            "3"
        ]
    );
    assert_eq!(csv[2][3..], ["late", "present", "present", "", "3"]);
    assert_eq!(csv[3][3..], ["absent", "present", "present", "", "2"]);
    assert_eq!(csv[4][3..], ["present", "absent", "present", "", "2"]);
    assert_eq!(csv.len(), 5);

    let md = render(&s, Format::SignIn);
    assert!(md.starts_with("# Port Selin PIM training\n"), "{md}");
    assert!(
        md.contains("| Name | Organisation | Day 1 (2026-11-17) | Day 2 (2026-11-18) | Day 3 (2026-11-19) | Day 4 |"),
        "{md}"
    );
    assert!(
        md.contains("| Ben Okafor | Kestrel Humanitarian | late | present | present |   |"),
        "{md}"
    );
    assert!(md.contains("- Day 1 (2026-11-17): 3 of 4 present, 1 late, 0 left early"));
    assert!(md.contains("- Day 2 (2026-11-18): 3 of 4 present, 0 late, 1 left early"));
    assert!(md.contains("- Day 4: attendance not taken"));
}

#[test]
fn certificate_list_states_its_rule() {
    let s = three_days();
    let csv = rows(&render(&s, Format::CertificatesCsv));
    assert_eq!(
        csv[0][3..],
        [
            "Days attended",
            "Days counted",
            "Certified (present on all 3 days on which attendance was taken)"
        ]
    );
    let certified: Vec<(&str, &str)> = csv[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[5].as_str()))
        .collect();
    assert_eq!(
        certified,
        [
            ("Ana Ruiz", "yes"),
            ("Ben Okafor", "yes"),
            ("Chen Li", "no"),
            ("Dana Petrova", "no")
        ]
    );
    let md = render(&s, Format::Certificates);
    assert!(md.contains(
        "Rule: a participant is certified when present on all 3 days on which attendance was taken (days 1, 2, 3); arriving late or leaving early counts as present."
    ), "{md}");
    assert!(
        md.contains("Attendance was not taken on 1 of the 4 training days (day 4)"),
        "{md}"
    );
    assert!(
        md.contains("| Chen Li | Selin Legal Aid Centre | 2 of 3 | no |"),
        "{md}"
    );
    assert!(md.contains("Certified: 2 of 4 participants."), "{md}");
}

#[test]
fn nobody_is_certified_before_attendance_is_taken() {
    let mut s = three_days();
    s.facilitation.attendance.clear();
    let md = render(&s, Format::Certificates);
    assert!(md.contains("No attendance has been taken yet, so nobody can be certified"));
    assert!(md.contains("Certified: 0 of 4 participants."), "{md}");
}

#[test]
fn attendance_csv_never_holds_a_live_formula() {
    let mut s = three_days();
    s.participants.push(Participant {
        name: "=HYPERLINK(\"https://evil.example\",\"x\")".into(),
        organisation: "+cmd|' /C calc'!A0".into(),
        role: "@SUM(1+1);-2+3".into(),
        ..Participant::default()
    });
    s.mark_all_present(3, at(3, "09:00"), FAC);
    for format in [Format::SignInCsv, Format::CertificatesCsv] {
        let csv = render(&s, format);
        let row = rows(&csv).pop().unwrap();
        assert_eq!(
            row[0], "'=HYPERLINK(\"https://evil.example\",\"x\")",
            "{format}"
        );
        assert_eq!(row[1], "'+cmd|' /C calc'!A0", "{format}");
        assert_eq!(row[2], "'@SUM(1+1);'-2+3", "{format}");
        for cell in rows(&csv).iter().flatten() {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{format}: {cell}");
        }
    }
}

#[test]
fn day_summaries_of_day_1_and_day_2_list_their_own_absentees() {
    let s = three_days();
    let pack = pack();
    let one = day_summary::lines(&day_summary::summarize(&s, &pack, 1, Some(date(1)))).join("\n");
    let two = day_summary::lines(&day_summary::summarize(&s, &pack, 2, Some(date(2)))).join("\n");
    assert!(one.contains("## Absent (1)\n  • Chen Li\n"), "{one}");
    assert!(one.contains("## Arrived late\n  • Ben Okafor\n"), "{one}");
    assert!(one.contains("## Left early\n  Nobody left early."), "{one}");
    assert!(
        one.contains("Which category first?: closed: Protection Monitoring (2)"),
        "{one}"
    );
    assert!(
        one.contains("## Group outputs\n  No group output was merged on this day."),
        "{one}"
    );
    assert!(two.contains("## Absent (1)\n  • Dana Petrova\n"), "{two}");
    assert!(two.contains("## Left early\n  • Ana Ruiz\n"), "{two}");
    assert!(
        two.contains("## Arrived late\n  Nobody arrived late."),
        "{two}"
    );
    assert!(
        two.contains("Group 1 on “What decisions or actions must this information support, and who will take them?”: Group answer number 1"),
        "{two}"
    );
    assert!(two.contains("Group answer number 2"), "{two}");
    // The open vote: no tally before it closes.
    assert!(
        two.contains("Which camp gets the next visit?: open (results are shown once it is closed)"),
        "{two}"
    );
    assert!(!two.contains("Camp North"), "{two}");
    let md = day_summary::markdown(&day_summary::summarize(&s, &pack, 2, Some(date(2))));
    assert!(md.contains("## Absent (1)\n\n- Dana Petrova\n"), "{md}");
}

#[test]
fn a_day_without_attendance_lists_no_absentee() {
    let s = three_days();
    let four =
        day_summary::lines(&day_summary::summarize(&s, &pack(), 4, Some(date(4)))).join("\n");
    assert!(
        four.contains("No attendance recorded for this day."),
        "{four}"
    );
    assert!(!four.contains("Absent ("), "{four}");
}

#[test]
fn training_report_in_markdown() {
    let md = render(&three_days(), Format::TrainingReport);
    let order = [
        "# Port Selin PIM training",
        "Training report from pim-workshop, as of 19 November 2026.",
        "- **Training days:** 4",
        "## Attendance per day",
        "- Day 1 (2026-11-17): 3 of 4 present, 1 late, 0 left early",
        "| Ana Ruiz | Northbridge Relief | present | left early | present |   |",
        "### Certificates",
        "Certified: 2 of 4 participants.",
        "## Modules: planned and actual time",
        "- Day 1: 5 modules, 325 min planned, 25 min taken",
        "| 1 | Opening and expectations | 30 min | 25 min | finished |",
        "| 1 | What PIM is | 60 min | 0 min | not started |",
        "## Votes",
        "- V-1 Which category first? — closed: Protection Monitoring (2)",
        "- V-2 Which camp gets the next visit? — open (results are shown once it is closed)",
        "## Breakout groups' answers",
        "*Group 1:*",
        "Group answer number 1",
        "## Decisions (1)",
        "Start from the camp registration data",
        "## Actions (1)",
        "Ask camp management for the registration",
    ];
    let mut from = 0;
    for want in order {
        let at = md[from..]
            .find(want)
            .unwrap_or_else(|| panic!("{want:?} missing after byte {from}:\n{md}"));
        from += at + want.len();
    }
    assert!(
        !md.contains("Camp North"),
        "the open vote's options stay out"
    );
}

#[test]
fn training_report_in_html_escapes_hostile_names() {
    let mut s = three_days();
    let hostile = "<img src=x onerror=alert(1)> \u{1b}[31m\u{202e}";
    s.participants[0].name = hostile.into();
    s.participants[0].organisation = "<script>alert(1)</script>".into();
    s.facilitation.votes[0].title = "<b>Which</b> & \"first\"".into();
    s.mark_all_present(3, at(3, "10:00"), FAC);
    let html = render(&s, Format::TrainingReportHtml);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("<b>"));
    assert!(
        html.contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;b&gt;Which&lt;/b&gt; &amp; &quot;first&quot;"));
    assert!(
        !html.contains('\u{1b}') && !html.contains('\u{202e}'),
        "no control gets through"
    );
    for heading in [
        "Attendance per day",
        "Modules: planned and actual time",
        "Votes",
        "Breakout groups",
        "Decisions (1)",
        "Actions (1)",
    ] {
        assert!(html.contains(heading), "{heading}");
    }
    assert!(html.contains("<td>25 min</td>"), "actual minutes");
    let md = render(&s, Format::TrainingReport);
    assert!(md.contains("\\<img src=x onerror=alert(1)>"), "{md}");
    assert!(md.contains("\\<script>alert(1)\\</script>"), "{md}");
    assert!(
        !md.replace("\\<", "").contains('<'),
        "no raw markup in Markdown"
    );
}

#[test]
fn attendance_files_load_from_older_sessions_and_round_trip() {
    let old = r#"{"day": 1, "present": ["Ana"]}"#;
    let day: pim_workshop::session::facilitation::AttendanceDay =
        serde_json::from_str(old).unwrap();
    assert!(day.late.is_empty() && day.left_early.is_empty());
    let s = three_days();
    let json = serde_json::to_string(&s).unwrap();
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back.facilitation.attendance, s.facilitation.attendance);
    assert!(json.contains("\"late\":[\"Ben Okafor\"]"), "late is stored");
    assert!(json.contains("\"left_early\":[\"Ana Ruiz\"]"));
}

#[test]
fn the_command_line_writes_the_attendance_files_and_the_report() {
    use support::bin::{bin, stderr, stdout};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("three-days.json");
    pim_workshop::storage::write_atomic(
        &path,
        serde_json::to_string(&three_days()).unwrap().as_bytes(),
    )
    .unwrap();
    let run = |format: &str| {
        bin()
            .arg("export")
            .arg(&path)
            .args(["--format", format])
            .output()
            .unwrap()
    };
    let csv = run("certificates-csv");
    assert!(csv.status.success(), "{}", stderr(&csv));
    assert!(
        stdout(&csv).contains("Certified (present on all 3 days on which attendance was taken)")
    );
    let out = dir.path().join("report.html");
    let html = bin()
        .arg("export")
        .arg(&path)
        .args(["--format", "training-report-html", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(html.status.success(), "{}", stderr(&html));
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("<h2>Attendance per day</h2>"), "{written}");
    // A scoping session has no training days: the sheet is still written, with a word on stderr.
    let kalma = bin()
        .arg("export")
        .arg(support::fixtures::kalma_path())
        .args(["--format", "sign-in"])
        .output()
        .unwrap();
    assert!(kalma.status.success());
    assert!(
        stderr(&kalma).contains("no agenda and no attendance"),
        "{}",
        stderr(&kalma)
    );
}
