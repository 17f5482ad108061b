//! A dot vote's screen: dots per voter (the tally hidden until it closes), the result recorded.

use super::common::*;
use super::views::*;
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::keys::Command;
use crate::tui::library::NoticeKind;
use crate::tui::msg::Effect;

pub(super) fn on_vote(current: &mut VoteView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let view = current.clone();
    let Some(vote) = cx.open.as_ref().and_then(|w| {
        w.session
            .facilitation
            .votes
            .iter()
            .find(|v| v.id == view.vote)
            .cloned()
    }) else {
        cx.back();
        return Vec::new();
    };
    let (options, voters) = (vote.options.len(), vote.voters.len());
    let mut next = view.clone();
    let mut effects = Vec::new();
    match command {
        Command::Up => next.option = view.option.saturating_sub(1),
        Command::Down => next.option = (view.option + 1).min(options.saturating_sub(1)),
        Command::ChangeLeft => next.voter = (view.voter + voters.max(1) - 1) % voters.max(1),
        Command::ChangeRight => next.voter = (view.voter + 1) % voters.max(1),
        Command::CountDots => return super::votes::count_form(&view, cx),
        Command::GiveDot | Command::TakeDot | Command::CloseVote => {
            let now = cx.clock.now;
            let Some(w) = cx.writable() else {
                return Vec::new();
            };
            let by = w.by.clone();
            let result = match command {
                Command::GiveDot => w
                    .session
                    .vote_mut(&view.vote)
                    .and_then(|v| v.give(view.voter, view.option))
                    .map(|()| {
                        w.session.updated = now;
                        None
                    }),
                Command::TakeDot => w
                    .session
                    .vote_mut(&view.vote)
                    .and_then(|v| v.take(view.voter, view.option))
                    .map(|()| {
                        w.session.updated = now;
                        None
                    }),
                _ => w
                    .session
                    .close_vote(&view.vote, now, &by)
                    .map(|_| Some(t!("facil-notice-vote-closed", title = &vote.title))),
            };
            match result {
                Ok(message) => {
                    if let Some(m) = message {
                        notice(cx, NoticeKind::Info, m);
                    }
                    effects = changed(cx);
                }
                Err(e) => notice(cx, NoticeKind::Warning, e.to_string()),
            }
        }
        _ => {}
    }
    current.option = next.option;
    current.voter = next.voter;
    effects
}
