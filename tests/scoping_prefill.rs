//! The new-session form's request fields fill the scoping prompts that ask the same thing, and the
//! answers are there when the session is saved and opened again.

mod support;

use pim_workshop::scoping::prefill::prefill_from_context;
use pim_workshop::session::Session;
use support::fixtures::{fresh_session, pack};

#[test]
fn a_reopened_scoping_session_has_its_request_fields_prefilled() {
    let pack = pack();
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let mut s = fresh_session("Tessa", "needs-assessment-scoping", "Amina Haddad", at);
    s.context.requested_by = "Jean-Luc Mbeki (chef de bureau)".into();
    s.context.requested_tool = "Une enquête auprès des ménages".into();
    assert_eq!(prefill_from_context(&pack, &mut s, at), 2);
    // Nothing typed is ever overwritten: a second pass writes nothing.
    assert_eq!(prefill_from_context(&pack, &mut s, at), 0);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    std::fs::write(&path, serde_json::to_string(&s).unwrap()).unwrap();
    let back: Session = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        back.answer_text("define-purpose", "define-purpose.scoping-requested-by"),
        "Jean-Luc Mbeki (chef de bureau)"
    );
    assert_eq!(
        back.answer_text("define-purpose", "define-purpose.scoping-request-as-stated"),
        "Une enquête auprès des ménages"
    );
}
