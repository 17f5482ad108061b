//! The new-session wizard: a template, a title, who, and the context; it creates the file and opens
//! the workshop.

use super::ctx::Ctx;
use super::form::{Field, Form, FormPurpose};
use super::msg::Effect;
use crate::content::Pack;
use crate::session::{Context, MAX_TITLE_CHARS, Session, TitleProblem, check_title, participants};

pub fn form(pack: &Pack) -> Form {
    let templates: Vec<(String, String)> = pack
        .templates
        .templates
        .iter()
        .map(|t| (t.id.clone(), t.title.clone()))
        .collect();
    Form::new(
        "New session",
        FormPurpose::NewSession,
        vec![
            Field::choice(
                "template",
                "Kind",
                "←→ or Space: the kind of session",
                templates,
                "full-process",
            ),
            Field::text(
                "title",
                "Title",
                "e.g. Kalma district: scoping the assessment request",
                "",
                true,
            ),
            Field::text(
                "facilitator",
                "Facilitator",
                "Who runs the session",
                "",
                false,
            ),
            Field::text(
                "participants",
                "Participants",
                "Name (Organisation, role); Name (Organisation); … — edit the list to add or remove",
                "",
                false,
            ),
            Field::text(
                "operation",
                "Operation",
                "e.g. Veldara displacement response",
                "",
                false,
            ),
            Field::text(
                "location",
                "Location",
                "Where the information is about",
                "",
                false,
            ),
            Field::text("dates", "Dates", "When the session runs", "", false),
            Field::text(
                "requested_by",
                "Requested by",
                "Who asked for the work",
                "",
                false,
            ),
            Field::text(
                "requested_tool",
                "Tool requested",
                "What they asked for, e.g. a needs assessment",
                "",
                false,
            ),
            Field::text(
                "notes",
                "Notes",
                "Anything else the room should know",
                "",
                false,
            ),
        ],
    )
}

/// Validate the wizard and ask the loop to create the session file.
pub fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    if !form.check_required() {
        *cx.form = Some(form);
        return Vec::new();
    }
    let typed = form.text("title");
    let title = match check_title(&typed) {
        Ok(title) => title.to_string(),
        Err(problem) => {
            let message = match problem {
                TitleProblem::Empty => "Title is needed: type it here.".to_string(),
                TitleProblem::TooLong => {
                    format!(
                        "The title is longer than {MAX_TITLE_CHARS} characters: shorten it; details go in Notes."
                    )
                }
            };
            form.set_error("title", message);
            *cx.form = Some(form);
            return Vec::new();
        }
    };
    let content = cx.pack.content_ref();
    let now = cx.clock.now;
    let facilitator = form.text("facilitator");
    let mut session = Session::new(&title, &form.choice("template"), content, &facilitator, now);
    session.context = Context {
        operation: form.text("operation"),
        location: form.text("location"),
        dates: form.text("dates"),
        requested_by: form.text("requested_by"),
        requested_tool: form.text("requested_tool"),
        notes: form.text("notes"),
        ..Context::default()
    };
    for p in participants::parse_list(&form.text("participants")) {
        session.add_participant(p, now, &facilitator);
    }
    vec![Effect::CreateSession(Box::new(session))]
}
