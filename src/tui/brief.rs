//! The scoping brief's preview: the brief as it will be exported, scrolled by line; Enter opens the
//! form for the manager's verdict and the brief's date.

use super::ctx::Ctx;
use super::form::{Field, FieldError, Form, FormPurpose, field_keys};
use super::keys::Command;
use super::library::{Notice, NoticeKind};
use super::msg::Effect;
use super::tabs::BriefView;
use crate::session::approval::Verdict;
use crate::session::{Session, dates};
use crate::t;

field_keys!(
    /// The fields of the brief's approval form.
    pub enum ApprovalField {
        Verdict => "verdict",
        By => "by",
        Comments => "comments",
        Date => "date",
    }
);

fn handle(view: &mut BriefView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    if command == Command::Open {
        if let Some(w) = cx.open.as_ref() {
            *cx.form = Some(approval_form(&w.session));
        }
        return Vec::new();
    }
    let lines = view.scroll_limit.get() + 1;
    if !super::tabs::move_cursor(&mut view.scroll, command, lines) && command == Command::Back {
        cx.back();
    }
    Vec::new()
}

crate::tui::screen::tab_screen!(BriefView, |_| crate::tui::tabs::RecordKind::Brief, handle);

/// The approval form, filled with what the session holds.
pub fn approval_form(session: &Session) -> Form {
    let approval = session.brief.approval.as_ref();
    let mut verdicts = vec![(String::new(), t!("brief-approval-pending"))];
    verdicts.extend(
        Verdict::ALL
            .into_iter()
            .map(|v| (v.as_str().to_string(), v.label())),
    );
    Form::new(
        &t!("approval-form-title"),
        FormPurpose::BriefApproval,
        vec![
            Field::choice(
                ApprovalField::Verdict,
                &t!("brief-approval-verdict"),
                &t!("approval-form-verdict-hint"),
                verdicts,
                approval.map_or("", |a| a.verdict.as_str()),
            ),
            Field::text(
                ApprovalField::By,
                &t!("approval-form-by"),
                &t!("approval-form-by-hint"),
                approval.map_or("", |a| a.by.as_str()),
                false,
            ),
            Field::text(
                ApprovalField::Comments,
                &t!("brief-approval-comments"),
                &t!("approval-form-comments-hint"),
                approval.map_or("", |a| a.comments.as_str()),
                false,
            ),
            Field::text(
                ApprovalField::Date,
                &t!("approval-form-date"),
                &t!("approval-form-date-hint"),
                &session
                    .brief
                    .date
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                false,
            ),
        ],
    )
}

/// Saves the approval form: a verdict needs the name of who gave it; the date is checked as every
/// date is.
pub fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    let verdict = Verdict::parse(&form.choice(ApprovalField::Verdict));
    let approver = form.text(ApprovalField::By);
    let date = dates::parse_due(&form.text(ApprovalField::Date), cx.clock.today());
    let refusal = match (&date, verdict) {
        (Err(p), _) => Some(FieldError::new(ApprovalField::Date, p.to_string())),
        (Ok(_), Some(_)) if approver.trim().is_empty() => Some(FieldError::new(
            ApprovalField::By,
            t!("approval-form-by-missing"),
        )),
        _ => None,
    };
    if let Some(error) = refusal {
        form.refuse(error);
        *cx.form = Some(form);
        return Vec::new();
    }
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let by = w.by.clone();
    let comments = form.text(ApprovalField::Comments);
    let date = date.unwrap_or_default();
    if !w
        .session
        .review_brief(verdict, &approver, &comments, date, cx.clock.now, &by)
    {
        return Vec::new();
    }
    w.save.dirty = true;
    *cx.notice = Some(Notice {
        kind: NoticeKind::Info,
        text: t!("approval-notice-saved"),
    });
    vec![Effect::SubmitSave]
}
