//! The facilitator toolkit's forms: split into groups, merge group files, open a dot vote, add
//! participants, set the day's start; and what saving each does (part of `update`: pure).

use super::common::FacilField;
use std::path::PathBuf;

use super::common::{changed, notice, read_only};
use super::views::{FacilScreen, VoteView};
use crate::session::Session;
use crate::session::group_plan::GroupPlan;
use crate::storage::groups;
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::form::{Field, FieldError, Form, FormPurpose};
use crate::tui::library::NoticeKind;
use crate::tui::msg::Effect;
use crate::tui::msg::FacilEffect;
use crate::tui::screens::Screen;

fn need_session(cx: &mut Ctx) -> bool {
    if cx.open.as_ref().is_none() {
        notice(cx, NoticeKind::Info, t!("facil-notice-open-session"));
        return false;
    }
    !read_only(cx)
}

pub(super) fn split_form(cx: &mut Ctx) -> Vec<Effect> {
    if !need_session(cx) {
        return Vec::new();
    }
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    let pack = &cx.pack;
    let steps: Vec<(String, String)> = pack
        .template_substeps(&w.session.template)
        .into_iter()
        .filter_map(|id| pack.substep(id))
        .map(|(step, sub)| {
            let code = pack
                .substep_code(&sub.id)
                .unwrap_or_else(|| step.number.to_string());
            (sub.id.clone(), format!("{code} {}", sub.title))
        })
        .collect();
    let current = vec![w.substep_id().to_string()];
    let dir = crate::storage::save::parent_dir(&w.path);
    let mut fields = vec![
        Field::text(
            FacilField::Groups,
            &t!("facil-form-groups"),
            &t!(
                "facil-form-groups-hint",
                max = groups::MAX_GROUPS,
                dir = dir.display().to_string()
            ),
            "4",
            false,
        ),
        Field::multi(
            FacilField::Steps,
            &t!("facil-form-substeps"),
            &t!("facil-form-substeps-hint"),
            steps,
            &current,
        ),
    ];
    // The seed is shown, so the same groups can be drawn again; it starts from the clock.
    let seed = (cx.clock.now.timestamp().unsigned_abs() % 10_000).to_string();
    fields.extend(super::group_fields::fields(
        w.session.participants.len(),
        &seed,
    ));
    *cx.form = Some(Form::new(
        &t!("facil-form-split-title"),
        FormPurpose::SplitGroups,
        fields,
    ));
    Vec::new()
}

pub(super) fn merge_form(cx: &mut Ctx) -> Vec<Effect> {
    if !need_session(cx) {
        return Vec::new();
    }
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    // The loop looks for the group files split from this session, then the form opens.
    vec![Effect::Facil(FacilEffect::FindGroups {
        dir: crate::storage::save::parent_dir(&w.path),
        plenary_id: w.session.id.clone(),
    })]
}

/// The merge form, with the group files found beside the session filled in.
pub(super) fn open_merge_form(cx: &mut Ctx, found: &[PathBuf]) {
    let found: Vec<String> = found.iter().map(|p| p.display().to_string()).collect();
    let mut hint = if found.is_empty() {
        t!("facil-form-group-files-none")
    } else {
        t!("facil-form-group-files-found")
    };
    if let Some(merged) = cx.open.as_ref().and_then(|w| merged_so_far(&w.session)) {
        hint = format!("{hint} {merged}");
    }
    *cx.form = Some(Form::new(
        &t!("facil-form-merge-title"),
        FormPurpose::MergeGroups,
        vec![Field::text(
            FacilField::Files,
            &t!("facil-form-group-files"),
            &hint,
            &found.join("; "),
            true,
        )],
    ));
}

/// "Merged already: Group 1 (11:50), Group 2 (11:52)." — the groups this plenary has merged, in
/// group order, with their last merge; `None` before any.
fn merged_so_far(session: &Session) -> Option<String> {
    let mut merged: Vec<_> = session.breakout.merged.values().collect();
    if merged.is_empty() {
        return None;
    }
    merged.sort_by_key(|m| m.order());
    let names: Vec<String> = merged
        .iter()
        .map(|m| match m.merges.last() {
            Some(at) => t!(
                "groups-merged-at",
                group = crate::display::one_line(&m.group),
                time = at.format("%H:%M").to_string()
            ),
            None => crate::display::one_line(&m.group),
        })
        .collect();
    Some(t!("groups-merged-already", groups = names.join(", ")))
}

pub(super) fn vote_form(cx: &mut Ctx) -> Vec<Effect> {
    if !need_session(cx) {
        return Vec::new();
    }
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    let mut lists = vec![("categories".to_string(), t!("facil-form-list-categories"))];
    let prompt = cx
        .pack
        .prompts_for(&w.session.template, w.substep_id())
        .get(w.prompt)
        .map(|p| p.id.to_string());
    if let Some(p) = &prompt
        && answer_lines(&w.session, w.substep_id(), p).len() >= 2
    {
        lists.push(("answer".to_string(), t!("facil-form-list-answer")));
    }
    if w.session.parking_lot.iter().any(|p| !p.resolved) {
        lists.push(("parking".to_string(), t!("facil-form-list-parking")));
    }
    let mut voters = Vec::new();
    if !w.session.participants.is_empty() {
        voters.push((
            "participants".to_string(),
            t!(
                "facil-form-voters-participants",
                count = w.session.participants.len()
            ),
        ));
    }
    voters.push(("groups".to_string(), t!("facil-form-voters-groups")));
    *cx.form = Some(Form::new(
        &t!("facil-title-vote"),
        FormPurpose::NewVote,
        vec![
            Field::text(
                FacilField::Title,
                &t!("facil-form-question"),
                &t!("facil-form-question-hint"),
                "",
                true,
            ),
            Field::choice(
                FacilField::List,
                &t!("facil-form-on"),
                &t!("facil-form-on-hint"),
                lists,
                "categories",
            ),
            Field::choice(
                FacilField::Voters,
                &t!("facil-form-who-votes"),
                "←→",
                voters,
                "participants",
            ),
            Field::text(
                FacilField::Groups,
                &t!("facil-form-groups"),
                &t!("facil-form-vote-groups-hint"),
                "4",
                false,
            ),
            Field::text(
                FacilField::Dots,
                &t!("facil-form-dots"),
                &t!("facil-form-dots-hint"),
                "3",
                true,
            ),
        ],
    ));
    Vec::new()
}

/// The non-empty lines of an answer, without list marks: the options of a vote on it.
pub fn answer_lines(session: &Session, substep: &str, prompt: &str) -> Vec<String> {
    crate::scoping::list_items(session.answer_text(substep, prompt))
}

type Read<T> = Result<T, FieldError<FacilField>>;

/// A whole number from 1 to `max` typed in a field.
fn number(form: &Form, key: FacilField, max: usize) -> Read<usize> {
    match form.text(key).parse::<usize>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        _ => Err(FieldError::new(key, t!("facil-form-number", max = max))),
    }
}

/// The split form, read: the round's plan, and the sub-steps the groups work on.
fn read_split(
    form: &Form,
    participants: &[crate::session::Participant],
) -> Read<(GroupPlan, Vec<String>)> {
    let plan = super::group_fields::read_plan(form, participants)?;
    let chosen = form.chosen(FacilField::Steps);
    if chosen.is_empty() {
        return Err(FieldError::new(
            FacilField::Steps,
            t!("facil-form-choose-substep"),
        ));
    }
    Ok((plan, chosen))
}

/// The new-vote form, read.
struct VoteInput {
    title: String,
    /// What is voted on: `answer`, `parking` or `categories`.
    list: String,
    dots: usize,
    /// `participants`, or `groups` with this many groups.
    voters: String,
    groups: usize,
}

fn read_vote(form: &Form) -> Read<VoteInput> {
    let dots = number(form, FacilField::Dots, 20)?;
    let voters = form.choice(FacilField::Voters);
    let groups = if voters == "groups" {
        number(form, FacilField::Groups, groups::MAX_GROUPS)?
    } else {
        0
    };
    Ok(VoteInput {
        title: form.text(FacilField::Title),
        list: form.choice(FacilField::List),
        dots,
        voters,
        groups,
    })
}

/// Save one of the toolkit's forms: read it (a wrong field keeps the form open with a sentence on it),
/// then apply it.
pub fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    if !form.check_required() {
        *cx.form = Some(form);
        return Vec::new();
    }
    let applied = match form.purpose {
        FormPurpose::SplitGroups => {
            let people = cx
                .open
                .as_ref()
                .map(|w| w.session.participants.clone())
                .unwrap_or_default();
            read_split(&form, &people).map(|(plan, steps)| split(cx, &plan, &steps))
        }
        FormPurpose::NewParticipants => Ok(add_participants(cx, &form)),
        FormPurpose::MergeGroups => Ok(read_groups(&form)),
        FormPurpose::NewVote => read_vote(&form).map(|v| start_vote(cx, v)),
        _ => Ok(Vec::new()),
    };
    applied.unwrap_or_else(|error| {
        form.refuse(error);
        *cx.form = Some(form);
        Vec::new()
    })
}

fn split(cx: &mut Ctx, plan: &GroupPlan, steps: &[String]) -> Vec<Effect> {
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    let plan = plan.clone().named(&cx.pack, steps);
    let group_sessions =
        crate::session::breakout::split_plan(&w.session, &plan, steps, cx.clock.now, &w.by);
    vec![Effect::Facil(FacilEffect::WriteGroups {
        dir: crate::storage::save::parent_dir(&w.path),
        groups: group_sessions,
    })]
}

fn add_participants(cx: &mut Ctx, form: &Form) -> Vec<Effect> {
    let people = crate::session::participants::parse_list(&form.text(FacilField::Participants));
    let now = cx.clock.now;
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let by = w.by.clone();
    let n = people.len();
    for p in people {
        w.session.add_participant(p, now, &by);
    }
    notice(
        cx,
        NoticeKind::Info,
        t!("facil-notice-participants-added", count = n),
    );
    changed(cx)
}

/// The group files to merge, as typed (`;` between them).
fn read_groups(form: &Form) -> Vec<Effect> {
    let paths: Vec<PathBuf> = form
        .text(FacilField::Files)
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
        .collect();
    vec![Effect::Facil(FacilEffect::ReadGroups(paths))]
}

fn start_vote(cx: &mut Ctx, v: VoteInput) -> Vec<Effect> {
    let pack = std::sync::Arc::clone(&cx.pack);
    let now = cx.clock.now;
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let (label, options) = vote_options(&pack, w, &v.list);
    let voters: Vec<String> = if v.voters == "participants" {
        w.session
            .participants
            .iter()
            .map(|p| p.name.clone())
            .collect()
    } else {
        (1..=v.groups)
            .map(|n| t!("facil-vote-group", n = n))
            .collect()
    };
    let by = w.by.clone();
    let id = w
        .session
        .add_vote(&v.title, &label, options, voters, v.dots as u32, now, &by);
    cx.push(Screen::Facil(Box::new(FacilScreen::Vote(VoteView {
        vote: id.into(),
        option: 0,
        voter: 0,
    }))));
    changed(cx)
}

/// What a vote is on: its label and its options (the lines of the current answer, the open
/// parking-lot points, or the Matrix categories).
fn vote_options(
    pack: &crate::content::Pack,
    w: &crate::tui::open::OpenSession,
    list: &str,
) -> (String, Vec<String>) {
    match list {
        "answer" => {
            let prompt = pack
                .prompts_for(&w.session.template, w.substep_id())
                .get(w.prompt)
                .map(|p| p.id.to_string())
                .unwrap_or_default();
            let lines = answer_lines(&w.session, w.substep_id(), &prompt);
            (prompt, lines)
        }
        "parking" => (
            t!("tab-parking"),
            w.session
                .parking_lot
                .iter()
                .filter(|p| !p.resolved)
                .map(|p| format!("{} {}", p.id, p.text))
                .collect(),
        ),
        _ => (
            t!("facil-form-list-categories"),
            pack.matrix
                .categories
                .iter()
                .map(|c| c.name.clone())
                .collect(),
        ),
    }
}
