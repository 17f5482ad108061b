//! The session's dot votes as a list, open ones first: `V` offers it before a new vote once a vote
//! exists, `Enter` resumes an open vote (or reads a closed one), `c` closes one, `n` starts another.
//! And the dots counted on a flipchart: `=` on the vote screen types the count of the option under
//! the cursor. Part of `update`: pure.

use super::common::{FacilField, changed, notice};
use super::views::{FacilScreen, VoteView, VotesView};
use crate::session::voting::{DotVote, MAX_COUNTED};
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::form::{Field, FieldError, Form, FormPurpose};
use crate::tui::keys::Command;
use crate::tui::library::NoticeKind;
use crate::tui::msg::Effect;
use crate::tui::screens::Screen;

/// `V`: the list of votes when there are any (open ones first), else the new vote's form.
pub(super) fn dot_vote_key(cx: &mut Ctx) -> Vec<Effect> {
    let any = cx
        .open
        .as_ref()
        .is_some_and(|w| !w.session.facilitation.votes.is_empty());
    if !any {
        return super::forms::vote_form(cx);
    }
    cx.push(Screen::Facil(Box::new(FacilScreen::Votes(VotesView {
        cursor: 0,
    }))));
    Vec::new()
}

/// The vote under the list's cursor.
pub fn listed_vote(open: Option<&crate::tui::open::OpenSession>, cursor: usize) -> Option<DotVote> {
    open?
        .session
        .votes_listed()
        .get(cursor)
        .map(|v| (*v).clone())
}

/// Keys on the list of votes.
pub(super) fn on_votes(view: &mut VotesView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let len = cx
        .open
        .as_ref()
        .map_or(0, |w| w.session.facilitation.votes.len());
    match command {
        Command::Up => view.cursor = view.cursor.saturating_sub(1),
        Command::Down => view.cursor = (view.cursor + 1).min(len.saturating_sub(1)),
        Command::New => return super::forms::vote_form(cx),
        Command::Open => {
            if let Some(vote) = listed_vote(cx.open.as_ref(), view.cursor) {
                cx.push(Screen::Facil(Box::new(FacilScreen::Vote(VoteView {
                    vote: vote.id.as_str().into(),
                    option: 0,
                    voter: resume_voter(&vote),
                }))));
            }
        }
        Command::CloseVote => return close_listed(view, cx),
        _ => {}
    }
    Vec::new()
}

/// Where a resumed vote picks up: the first voter who still has dots to place.
fn resume_voter(vote: &DotVote) -> usize {
    vote.voters
        .iter()
        .position(|v| vote.left(v) > 0)
        .unwrap_or(0)
}

/// `c` on the list: close the vote under the cursor and record its result.
fn close_listed(view: &VotesView, cx: &mut Ctx) -> Vec<Effect> {
    let Some(vote) = listed_vote(cx.open.as_ref(), view.cursor) else {
        return Vec::new();
    };
    let now = cx.clock.now;
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let by = w.by.clone();
    match w.session.close_vote(&vote.id, now, &by) {
        Ok(true) => {
            notice(
                cx,
                NoticeKind::Info,
                t!("facil-notice-vote-closed", title = vote.title.as_str()),
            );
            changed(cx)
        }
        Ok(false) => {
            notice(
                cx,
                NoticeKind::Info,
                t!("present-vote-already-closed", id = vote.id.as_str()),
            );
            Vec::new()
        }
        Err(e) => {
            notice(cx, NoticeKind::Warning, e.to_string());
            Vec::new()
        }
    }
}

/// `=` on the vote screen: the form for the dots counted on a flipchart for the option under the cursor.
pub(super) fn count_form(view: &VoteView, cx: &mut Ctx) -> Vec<Effect> {
    let Some(vote) = cx
        .open
        .as_ref()
        .and_then(|w| w.session.vote(&view.vote).cloned())
    else {
        return Vec::new();
    };
    if vote.closed {
        notice(cx, NoticeKind::Warning, t!("session-vote-closed-error"));
        return Vec::new();
    }
    let Some(option) = vote.options.get(view.option) else {
        return Vec::new();
    };
    *cx.form = Some(Form::new(
        &t!(
            "present-count-title",
            option = crate::display::truncate(&crate::display::one_line(option), 40)
        ),
        FormPurpose::CountDots {
            vote: view.vote.clone(),
            option: view.option,
        },
        vec![Field::text(
            FacilField::Dots,
            &t!("present-count-field"),
            &t!("present-count-hint", max = MAX_COUNTED),
            &vote.counted_on(view.option).to_string(),
            true,
        )],
    ));
    Vec::new()
}

/// The count form saved: the number goes on the option, in place of the count before.
pub(super) fn submit_count(cx: &mut Ctx, mut form: Form, vote: &str, option: usize) -> Vec<Effect> {
    let refuse = |cx: &mut Ctx, mut form: Form, message: String| {
        form.refuse(FieldError::new(FacilField::Dots, message));
        *cx.form = Some(form);
        Vec::new()
    };
    if !form.check_required() {
        *cx.form = Some(form);
        return Vec::new();
    }
    let typed = form.text(FacilField::Dots);
    let Ok(dots) = typed.parse::<u32>() else {
        let message = t!(
            "present-count-not-number",
            text = crate::display::one_line(&typed),
            max = MAX_COUNTED
        );
        return refuse(cx, form, message);
    };
    let now = cx.clock.now;
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let set = w
        .session
        .vote_mut(vote)
        .and_then(|v| v.set_counted(option, dots));
    match set {
        Ok(()) => {
            w.session.updated = now;
            changed(cx)
        }
        Err(e) => refuse(cx, form, e.to_string()),
    }
}

/// Leaving a vote's screen: an open vote stays open, and the notice says how to come back to it.
pub(super) fn left_vote(view: &VoteView, cx: &mut Ctx) {
    let open = cx
        .open
        .as_ref()
        .and_then(|w| w.session.vote(&view.vote))
        .filter(|v| !v.closed)
        .map(|v| (v.id.clone(), crate::display::one_line(&v.title)));
    if let Some((id, title)) = open {
        notice(
            cx,
            NoticeKind::Info,
            t!("present-vote-stays-open", id = id, title = title),
        );
    }
}
