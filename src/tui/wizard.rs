//! The new-session wizard: a template, a title, who, and the context; it creates the file and opens
//! the workshop.

use super::ctx::Ctx;
use super::form::{Field, Form, FormPurpose};
use super::msg::Effect;
use crate::content::Pack;
use crate::session::{Context, MAX_TITLE_CHARS, Session, TitleProblem, check_title, participants};
use crate::tui::form::field_keys;

field_keys!(
    /// The fields of the new-session form.
    pub enum WizardField {
        Dates => "dates",
        Facilitator => "facilitator",
        Location => "location",
        Notes => "notes",
        Operation => "operation",
        Participants => "participants",
        RequestedBy => "requested_by",
        RequestedTool => "requested_tool",
        Template => "template",
        Title => "title",
    }
);

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
                WizardField::Template,
                "Kind",
                "←→ or Space: the kind of session",
                templates,
                "full-process",
            ),
            Field::text(
                WizardField::Title,
                "Title",
                "e.g. Kalma district: scoping the assessment request",
                "",
                true,
            ),
            Field::text(
                WizardField::Facilitator,
                "Facilitator",
                "Who runs the session",
                "",
                false,
            ),
            Field::text(
                WizardField::Participants,
                "Participants",
                "Name (Organisation, role); Name (Organisation); … — edit the list to add or remove",
                "",
                false,
            ),
            Field::text(
                WizardField::Operation,
                "Operation",
                "e.g. Veldara displacement response",
                "",
                false,
            ),
            Field::text(
                WizardField::Location,
                "Location",
                "Where the information is about",
                "",
                false,
            ),
            Field::text(
                WizardField::Dates,
                "Dates",
                "When the session runs",
                "",
                false,
            ),
            Field::text(
                WizardField::RequestedBy,
                "Requested by",
                "Who asked for the work",
                "",
                false,
            ),
            Field::text(
                WizardField::RequestedTool,
                "Tool requested",
                "What they asked for, e.g. a needs assessment",
                "",
                false,
            ),
            Field::text(
                WizardField::Notes,
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
    let typed = form.text(WizardField::Title);
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
            form.set_error(WizardField::Title, message);
            *cx.form = Some(form);
            return Vec::new();
        }
    };
    let content = cx.pack.content_ref();
    let now = cx.clock.now;
    let facilitator = form.text(WizardField::Facilitator);
    let mut session = Session::new(
        &title,
        &form.choice(WizardField::Template),
        content,
        &facilitator,
        now,
    );
    session.context = Context {
        operation: form.text(WizardField::Operation),
        location: form.text(WizardField::Location),
        dates: form.text(WizardField::Dates),
        requested_by: form.text(WizardField::RequestedBy),
        requested_tool: form.text(WizardField::RequestedTool),
        notes: form.text(WizardField::Notes),
        ..Context::default()
    };
    for p in participants::parse_list(&form.text(WizardField::Participants)) {
        session.add_participant(p, now, &facilitator);
    }
    vec![Effect::CreateSession(Box::new(session))]
}
