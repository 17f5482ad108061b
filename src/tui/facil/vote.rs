//! Dot votes: dots per voter, the tally, the result recorded.

use super::*;

pub(super) fn on_vote(app: &mut App, command: Command) -> Vec<Effect> {
    let Screen::Facil(f) = &app.screen else {
        return Vec::new();
    };
    let FacilScreen::Vote(view) = f.as_ref() else {
        return Vec::new();
    };
    let view = view.clone();
    let Some(vote) = app.open.as_ref().and_then(|w| {
        w.session
            .facilitation
            .votes
            .iter()
            .find(|v| v.id == view.vote)
            .cloned()
    }) else {
        app.pop_screen();
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
        Command::GiveDot | Command::TakeDot | Command::CloseVote => {
            if read_only(app) {
                return Vec::new();
            }
            let now = app.clock.now;
            let Some(w) = app.open.as_mut() else {
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
                    .map(|_| Some(format!("Vote closed and recorded: {}", vote.title))),
            };
            match result {
                Ok(message) => {
                    if let Some(m) = message {
                        notice(app, NoticeKind::Info, m);
                    }
                    effects = changed(app);
                }
                Err(e) => notice(app, NoticeKind::Warning, e.to_string()),
            }
        }
        _ => {}
    }
    if let Screen::Facil(f) = &mut app.screen
        && let FacilScreen::Vote(v) = f.as_mut()
    {
        v.option = next.option;
        v.voter = next.voter;
    }
    effects
}
