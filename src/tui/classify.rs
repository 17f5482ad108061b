//! The quick classification screen: the systems an import left without a PIM category, one at a time,
//! with the Matrix categories and their definitions beside it. Enter gives the system the category
//! under the cursor and goes on to the next one; `s` leaves it for later.

use super::ctx::Ctx;
use super::keys::{Command, Context};
use super::library::{HomeState, Notice, NoticeKind};
use super::msg::Effect;
use super::open::OpenSession;
use super::screen::{ScreenKind, in_session};
use crate::session::Session;
use crate::t;

/// Which system is being classified, and the category under the cursor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassifyView {
    /// The id of the system on screen (None: none is left).
    pub system: Option<String>,
    /// Index into the Matrix's categories.
    pub cursor: usize,
}

/// The ids of the systems without a category, in register order.
pub fn to_classify(session: &Session) -> Vec<String> {
    session
        .landscape
        .iter()
        .filter(|e| e.category.trim().is_empty())
        .map(|e| e.id.clone())
        .collect()
}

impl ClassifyView {
    /// The screen on the first system to classify (None when every system has a category).
    pub fn first(session: &Session) -> Option<ClassifyView> {
        to_classify(session)
            .into_iter()
            .next()
            .map(|id| ClassifyView {
                system: Some(id),
                cursor: 0,
            })
    }

    /// The next system to classify after the one on screen (wrapping round; itself excluded).
    fn next(&self, session: &Session) -> Option<String> {
        let left = to_classify(session);
        let here = self
            .system
            .as_ref()
            .and_then(|id| session.landscape.iter().position(|e| &e.id == id));
        let after = |id: &String| {
            session
                .landscape
                .iter()
                .position(|e| &e.id == id)
                .is_some_and(|p| here.is_none_or(|h| p > h))
        };
        left.iter()
            .find(|id| after(id))
            .or_else(|| left.iter().find(|id| Some(*id) != self.system.as_ref()))
            .cloned()
    }
}

/// Give the system on screen the category under the cursor, then go on.
fn assign(view: &mut ClassifyView, cx: &mut Ctx) -> Vec<Effect> {
    if cx.writable().is_none() {
        return Vec::new();
    }
    let Some(category) = cx
        .pack
        .matrix
        .categories
        .get(view.cursor)
        .map(|c| c.id.clone())
    else {
        return Vec::new();
    };
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let Some(mut e) = view
        .system
        .as_ref()
        .and_then(|id| w.session.landscape_entry(id))
        .cloned()
    else {
        return Vec::new();
    };
    e.category = category;
    let (id, by) = (e.id.clone(), w.by.clone());
    if !w
        .session
        .update_landscape_entry(&id, e, cx.clock.now, &by)
        .unwrap_or(false)
    {
        return Vec::new();
    }
    w.touch();
    let next = view.next(&w.session);
    go_on(view, next, cx);
    vec![Effect::SubmitSave]
}

/// Show `next`, or say that every system is classified and go back.
fn go_on(view: &mut ClassifyView, next: Option<String>, cx: &mut Ctx) {
    match next {
        Some(id) => {
            view.system = Some(id);
            view.cursor = 0;
        }
        None => {
            *cx.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: t!("classify-all-done"),
            });
            cx.back();
        }
    }
}

impl ScreenKind for ClassifyView {
    fn context(&self, _: &HomeState) -> Context {
        Context::Classify
    }
    fn title(&self, open: Option<&OpenSession>) -> String {
        in_session(open, &t!("classify-title"))
    }
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        let categories = cx.pack.matrix.categories.len();
        if super::tabs::move_cursor(&mut self.cursor, command, categories) {
            return Vec::new();
        }
        match command {
            Command::Open => assign(self, cx),
            Command::Skip => {
                let next = cx.open.as_ref().and_then(|w| self.next(&w.session));
                match next {
                    Some(id) => self.system = Some(id),
                    None => {
                        *cx.notice = Some(Notice {
                            kind: NoticeKind::Info,
                            text: t!("classify-only-one"),
                        });
                    }
                }
                Vec::new()
            }
            Command::Back => {
                cx.back();
                Vec::new()
            }
            _ => Vec::new(),
        }
    }
}
