//! The new-session wizard: a template, a title, who, and the context; it creates the file and opens
//! the workshop.

use super::ctx::Ctx;
use super::form::{Field, FieldError, Form, FormPurpose};
use super::msg::Effect;
use crate::content::Pack;
use crate::session::{
    Context, MAX_TITLE_CHARS, Participant, Session, TitleProblem, check_title, participants,
};
use crate::t;
use crate::tui::form::field_keys;

field_keys!(
    /// The fields of the new-session form.
    pub enum WizardField {
        Dates => "dates",
        Facilitator => "facilitator",
        Language => "language",
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
        &t!("home-entry-new"),
        FormPurpose::NewSession,
        vec![
            Field::choice(
                WizardField::Template,
                &t!("home-col-kind"),
                &t!("wizard-kind-hint"),
                templates,
                "full-process",
            ),
            Field::text(
                WizardField::Title,
                &t!("home-col-title"),
                &t!("wizard-title-hint"),
                "",
                true,
            ),
            Field::text(
                WizardField::Facilitator,
                &t!("wizard-facilitator"),
                &t!("wizard-facilitator-hint"),
                "",
                false,
            ),
            Field::text(
                WizardField::Participants,
                &t!("wizard-participants"),
                &t!("wizard-participants-hint"),
                "",
                false,
            ),
            Field::text(
                WizardField::Operation,
                &t!("wizard-operation"),
                &t!("wizard-operation-hint"),
                "",
                false,
            ),
            Field::text(
                WizardField::Location,
                &t!("wizard-location"),
                &t!("wizard-location-hint"),
                "",
                false,
            ),
            Field::text(
                WizardField::Dates,
                &t!("wizard-dates"),
                &t!("wizard-dates-hint"),
                "",
                false,
            ),
            Field::text(
                WizardField::RequestedBy,
                &t!("wizard-requested-by"),
                &t!("wizard-requested-by-hint"),
                "",
                false,
            ),
            Field::text(
                WizardField::RequestedTool,
                &t!("wizard-tool"),
                &t!("wizard-tool-hint"),
                "",
                false,
            ),
            Field::text(
                WizardField::Notes,
                &t!("wizard-notes"),
                &t!("wizard-notes-hint"),
                "",
                false,
            )
            .multi_line(),
            language_field(),
        ],
    )
}

/// The new-session form, read: what the session is created with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSessionDraft {
    /// Trimmed and checked by the domain (`check_title`).
    pub title: String,
    /// The template id chosen.
    pub template: String,
    /// Who runs the session (empty when not said); also who adds the participants.
    pub facilitator: String,
    pub context: Context,
    pub participants: Vec<Participant>,
    /// The language code chosen (`en`, `fr`…).
    pub language: String,
}

/// Read the new-session form. The title is refused when it is empty or too long (the domain's rule).
pub fn read_new_session(form: &Form) -> Result<NewSessionDraft, FieldError<WizardField>> {
    let title = check_title(&form.text(WizardField::Title))
        .map_err(|problem| FieldError::new(WizardField::Title, title_message(problem)))?
        .to_string();
    Ok(NewSessionDraft {
        title,
        template: form.choice(WizardField::Template),
        facilitator: form.text(WizardField::Facilitator),
        context: Context {
            operation: form.text(WizardField::Operation),
            location: form.text(WizardField::Location),
            dates: form.text(WizardField::Dates),
            requested_by: form.text(WizardField::RequestedBy),
            requested_tool: form.text(WizardField::RequestedTool),
            notes: form.text(WizardField::Notes),
            ..Context::default()
        },
        participants: participants::parse_list(&form.text(WizardField::Participants)),
        language: form.choice(WizardField::Language),
    })
}

/// The language the session is run in: its screens and exports speak it (the program's by default).
fn language_field() -> Field {
    let languages = crate::i18n::Lang::all()
        .map(|l| (l.code().to_string(), l.name()))
        .collect();
    Field::choice(
        WizardField::Language,
        &crate::t!("wizard-language"),
        &crate::t!("wizard-language-hint"),
        languages,
        crate::i18n::current().code(),
    )
}

/// What to do about a title the domain refuses, worded for this form.
fn title_message(problem: TitleProblem) -> String {
    match problem {
        TitleProblem::Empty => t!("form-field-needed", label = t!("home-col-title")),
        TitleProblem::TooLong => t!("wizard-title-too-long", max = MAX_TITLE_CHARS),
        TitleProblem::Invisible => t!("title-invisible"),
    }
}

/// Validate the wizard and ask the loop to create the session file.
pub fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    if !form.check_required() {
        *cx.form = Some(form);
        return Vec::new();
    }
    let draft = match read_new_session(&form) {
        Ok(draft) => draft,
        Err(error) => {
            form.refuse(error);
            *cx.form = Some(form);
            return Vec::new();
        }
    };
    let now = cx.clock.now;
    // The session is run with the built-in pack of its language (the pack in use when that is the
    // same language, or an adapted one).
    let content = match crate::content::embedded_content_ref(&draft.language) {
        Some(other) if cx.pack.info.language != draft.language && !cx.adapted_content => other,
        _ => cx.pack.content_ref(),
    };
    let mut session = Session::new(
        &draft.title,
        &draft.template,
        content,
        &draft.facilitator,
        now,
    );
    session.language = draft.language;
    session.context = draft.context;
    crate::scoping::prefill::prefill_from_context(&cx.pack, &mut session, now);
    for p in draft.participants {
        session.add_participant(p, now, &draft.facilitator);
    }
    vec![Effect::CreateSession(Box::new(session))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::FieldKey;

    /// The new-session form with `title` and a few other fields typed in.
    fn typed(title: &str) -> Form {
        let pack = crate::content::load_embedded().expect("the embedded pack loads");
        let mut form = form(&pack);
        for (key, value) in [
            (WizardField::Title, title),
            (WizardField::Facilitator, "Amina Haddad"),
            (
                WizardField::Participants,
                "José Ferreira (Kestrel, PM); ; Rania (KWA)",
            ),
            (WizardField::Location, "  Kalma district "),
            (WizardField::Notes, "Bring the 2025 maps"),
        ] {
            let field = form
                .fields
                .iter_mut()
                .find(|f| f.key == key.key())
                .expect("the form has the field");
            field.set_text(value);
        }
        form
    }

    #[test]
    fn a_good_form_reads_into_a_draft() {
        let draft = read_new_session(&typed("  Kalma scoping ")).expect("reads");
        assert_eq!(draft.title, "Kalma scoping");
        assert_eq!(draft.template, "full-process");
        assert_eq!(draft.facilitator, "Amina Haddad");
        assert_eq!(draft.context.location, "Kalma district");
        assert_eq!(draft.context.notes, "Bring the 2025 maps");
        assert_eq!(draft.context.operation, "");
        let names: Vec<&str> = draft.participants.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["José Ferreira", "Rania"]);
        assert_eq!(draft.participants[0].organisation, "Kestrel");
        assert_eq!(draft.participants[0].role, "PM");
    }

    #[test]
    fn an_empty_title_is_refused_on_the_title() {
        let error = read_new_session(&typed("   ")).expect_err("refused");
        assert_eq!(error.field, WizardField::Title);
        assert_eq!(error.message, "Title is needed: type it here.");
    }

    #[test]
    fn a_title_too_long_is_refused_on_the_title() {
        let long = "x".repeat(MAX_TITLE_CHARS + 1);
        let error = read_new_session(&typed(&long)).expect_err("refused");
        assert_eq!(error.field, WizardField::Title);
        assert!(
            error
                .message
                .contains(&format!("longer than {MAX_TITLE_CHARS}")),
            "{}",
            error.message
        );
        let longest = "x".repeat(MAX_TITLE_CHARS);
        assert_eq!(
            read_new_session(&typed(&longest)).expect("reads").title,
            longest
        );
    }

    #[test]
    fn a_refused_title_keeps_the_form_and_takes_the_focus() {
        let mut form = typed(&"x".repeat(MAX_TITLE_CHARS + 1));
        form.focus = 5;
        let error = read_new_session(&form).expect_err("refused");
        form.refuse(error);
        let title = form
            .fields
            .iter()
            .position(|f| f.key == WizardField::Title.key())
            .expect("the form has a title");
        assert_eq!(form.focus, title, "the focus goes to the title");
        assert!(form.fields[title].error.is_some());
    }
}
