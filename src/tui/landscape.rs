//! The landscape register in the workshop: the form for a system, the data-sharing checklist per system,
//! removing an entry and importing a table. Pure: changes state, returns effects (reading the CSV file
//! is an effect the loop runs; its text comes back as [`super::update::Action::LandscapeFile`]).

use std::path::PathBuf;

use super::ctx::Ctx;
use super::form::{Field, FieldError, Form, FormPurpose};
use super::keys::Command;
use super::library::{Notice, NoticeKind};
use super::msg::Effect;
use super::screens::Screen;
use super::tabs::LandscapeView;
use crate::content::Pack;
use crate::landscape;
use crate::landscape::entry::EntryProblem;
use crate::session::{LandscapeEntry, Reliability, SharedWith, SystemStatus};
use crate::t;
use crate::tui::form::field_keys;

field_keys!(
    /// The fields of the landscape forms (a system, its data-sharing checklist, an import).
    pub enum LandscapeField {
        Areas => "areas",
        Category => "category",
        ContactRole => "contact_role",
        Diagnosis => "diagnosis",
        Frequency => "frequency",
        Group => "group",
        LastUpdate => "last_update",
        Methods => "methods",
        Name => "name",
        Organisation => "organisation",
        OutputsNote => "outputs_note",
        Path => "path",
        Reliability => "reliability",
        SharedWhat => "shared_what",
        SharedWith => "shared_with",
        Status => "status",
        SubCategory => "sub_category",
    }
);

fn options<T: Copy, L: Into<String>>(
    all: &[T],
    id: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> L,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (id(*v).to_string(), label(*v).into()))
        .collect()
}

/// The form for a new system (`entry` None) or for changing one.
pub fn entry_form(pack: &Pack, entry: Option<&LandscapeEntry>) -> Form {
    let blank = LandscapeEntry::default();
    let e = entry.unwrap_or(&blank);
    let mut categories = vec![(String::new(), t!("landscape-form-not-placed"))];
    categories.extend(
        pack.matrix
            .categories
            .iter()
            .map(|c| (c.id.clone(), format!("{}. {}", c.number, c.name))),
    );
    let purpose = match entry {
        Some(e) => FormPurpose::EditLandscape(e.id.clone().into()),
        None => FormPurpose::NewLandscape,
    };
    let title = match entry {
        Some(e) => t!("landscape-form-edit-title", id = &e.id),
        None => t!("landscape-form-new-title"),
    };
    Form::new(
        &title,
        purpose,
        vec![
            Field::text(
                LandscapeField::Name,
                &t!("landscape-form-name"),
                &t!("landscape-form-name-hint"),
                &e.name,
                true,
            ),
            Field::text(
                LandscapeField::Organisation,
                &t!("landscape-form-organisation"),
                &t!("landscape-form-organisation-hint"),
                &e.organisation,
                false,
            ),
            Field::choice(
                LandscapeField::Category,
                &t!("landscape-form-category"),
                &t!("landscape-form-category-hint"),
                categories,
                &e.category,
            ),
            Field::text(
                LandscapeField::SubCategory,
                &t!("landscape-form-sub-category"),
                &t!("landscape-form-sub-category-hint"),
                &e.sub_category,
                false,
            ),
            Field::text(
                LandscapeField::Methods,
                &t!("landscape-form-methods"),
                &t!("landscape-form-methods-hint"),
                &e.methods,
                false,
            ),
            Field::text(
                LandscapeField::Areas,
                &t!("landscape-form-areas"),
                &t!("landscape-form-areas-hint"),
                &e.areas.join("; "),
                false,
            ),
            Field::text(
                LandscapeField::Frequency,
                &t!("landscape-form-frequency"),
                &t!("landscape-form-frequency-hint"),
                &e.frequency,
                false,
            ),
            Field::text(
                LandscapeField::LastUpdate,
                &t!("landscape-form-last-update"),
                &t!("landscape-form-last-update-hint"),
                &e.last_update
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                false,
            ),
            Field::text(
                LandscapeField::OutputsNote,
                &t!("landscape-form-outputs"),
                &t!("landscape-form-outputs-hint"),
                &e.outputs_note,
                false,
            )
            .multi_line(),
            Field::choice(
                LandscapeField::SharedWith,
                &t!("landscape-form-shared-with"),
                &t!("landscape-form-choose-hint"),
                options(SharedWith::ALL, SharedWith::as_str, SharedWith::label),
                e.shared_with.as_str(),
            ),
            Field::text(
                LandscapeField::SharedWhat,
                &t!("landscape-form-shared-what"),
                &t!("landscape-form-shared-what-hint"),
                &e.shared_what,
                false,
            ),
            Field::text(
                LandscapeField::ContactRole,
                &t!("landscape-form-contact"),
                &t!("landscape-form-contact-hint"),
                &e.contact_role,
                false,
            ),
            Field::choice(
                LandscapeField::Status,
                &t!("landscape-form-status"),
                &t!("landscape-form-choose-hint"),
                options(SystemStatus::ALL, SystemStatus::as_str, SystemStatus::label),
                e.status.as_str(),
            ),
            Field::choice(
                LandscapeField::Reliability,
                &t!("landscape-form-reliability"),
                &t!("landscape-form-choose-hint"),
                options(Reliability::ALL, Reliability::as_str, Reliability::label),
                e.reliability.as_str(),
            ),
            Field::text(
                LandscapeField::Diagnosis,
                &t!("landscape-form-diagnosis"),
                &t!("landscape-form-diagnosis-hint"),
                &e.diagnosis,
                false,
            )
            .multi_line(),
        ],
    )
}

/// The data-sharing checklist for one system: one field per group of solutions.
pub fn sharing_form(pack: &Pack, entry: &LandscapeEntry) -> Form {
    let fields = pack
        .data_sharing
        .groups
        .iter()
        .map(|g| {
            let options = g
                .items
                .iter()
                .map(|i| (i.id.clone(), i.text.clone()))
                .collect();
            Field::multi(
                LandscapeField::Group,
                &g.title,
                &t!("landscape-form-sharing-hint"),
                options,
                &entry.sharing_in_place,
            )
        })
        .collect();
    Form::new(
        &t!("landscape-form-sharing-title", name = &entry.name),
        FormPurpose::LandscapeSharing(entry.id.clone().into()),
        fields,
    )
}

/// The form asking for the CSV file to import.
pub fn import_form() -> Form {
    Form::new(
        &t!("landscape-form-import-title"),
        FormPurpose::ImportLandscape,
        vec![Field::text(
            LandscapeField::Path,
            &t!("landscape-form-import-file"),
            &t!("landscape-form-import-hint"),
            "",
            true,
        )],
    )
}

/// Expands a leading `~/` to the home folder.
fn expand(path: &str) -> PathBuf {
    match path.strip_prefix("~/") {
        Some(rest) => directories::BaseDirs::new()
            .map(|d| d.home_dir().join(rest))
            .unwrap_or_else(|| PathBuf::from(path)),
        None => PathBuf::from(path),
    }
}

/// Saves one of the landscape forms.
pub fn submit(cx: &mut Ctx, mut form: Form) -> Vec<Effect> {
    if !form.check_required() {
        *cx.form = Some(form);
        return Vec::new();
    }
    match form.purpose.clone() {
        FormPurpose::ImportLandscape => {
            return vec![Effect::ReadLandscapeFile(expand(
                &form.text(LandscapeField::Path),
            ))];
        }
        FormPurpose::LandscapeSharing(id) => return save_sharing(cx, &id, &form),
        _ => {}
    }
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let existing = match &form.purpose {
        FormPurpose::EditLandscape(id) => w.session.landscape_entry(id).cloned(),
        _ => None,
    };
    let entry = match read_entry(&form, existing.clone().unwrap_or_default(), &cx.pack) {
        Ok(entry) => entry,
        Err(error) => {
            form.refuse(error);
            *cx.form = Some(form);
            return Vec::new();
        }
    };
    let (at, by) = (cx.clock.now, w.by.clone());
    let message = match existing {
        Some(old) => {
            if !w
                .session
                .update_landscape_entry(&old.id, entry, at, &by)
                .unwrap_or(false)
            {
                return Vec::new();
            }
            t!("landscape-notice-updated", id = &old.id)
        }
        None => {
            let id = w.session.add_landscape_entry(entry, at, &by);
            // The new system gets the cursor, so o or c next act on it (the form opens only from
            // the register, which it replaces with itself on the new row).
            let cursor = w.session.landscape.len().saturating_sub(1);
            cx.nav
                .push(super::ctx::Nav::Replace(Screen::Landscape(LandscapeView {
                    cursor,
                })));
            t!("landscape-notice-added", id = id)
        }
    };
    w.save.dirty = true;
    *cx.notice = Some(Notice {
        kind: NoticeKind::Info,
        text: message,
    });
    vec![Effect::SubmitSave]
}

/// The table's text arrived (or could not be read): import it, all or nothing.
pub fn file_read(
    cx: &mut Ctx,
    path: PathBuf,
    text: Result<landscape::RawTable, String>,
) -> Vec<Effect> {
    let pack = std::sync::Arc::clone(&cx.pack);
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            *cx.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: t!(
                    "landscape-notice-unreadable",
                    path = path.display().to_string(),
                    error = e
                ),
            });
            return Vec::new();
        }
    };
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let by = w.by.clone();
    match landscape::import_table(&mut w.session, &pack, &text, cx.clock.now, &by) {
        Ok(report) => {
            let changed = !report.added.is_empty() || !report.updated.is_empty();
            if changed {
                w.save.dirty = true;
            }
            *cx.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: report.to_string(),
            });
            if changed {
                vec![Effect::SubmitSave]
            } else {
                Vec::new()
            }
        }
        Err(e) => {
            // One line for the notice; the first problems are named, with their lines.
            let text = e.to_string();
            let mut lines = text.lines();
            let head = lines.next().unwrap_or_default().to_string();
            let first: Vec<String> = lines.take(3).map(|l| l.trim().to_string()).collect();
            *cx.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: if first.is_empty() {
                    head
                } else {
                    format!("{head} {}", first.join("; "))
                },
            });
            Vec::new()
        }
    }
}

/// Keys on the landscape register.
fn on_landscape(view: &mut LandscapeView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    let n = w.session.landscape.len();
    view.cursor = view.cursor.min(n.saturating_sub(1));
    if super::tabs::move_cursor(&mut view.cursor, command, n) {
        return Vec::new();
    }
    let cursor = view.cursor;
    if command == Command::Back {
        cx.back();
        return Vec::new();
    }
    if command == Command::PickOutputs {
        if let Some(e) = w.session.landscape.get(cursor) {
            let entry = Some(e.id.clone().into());
            cx.push(Screen::Outputs(super::tabs::OutputsView {
                cursor: 0,
                entry,
                side_scroll: 0,
            }));
        }
        return Vec::new();
    }
    let writes = matches!(
        command,
        Command::Open
            | Command::New
            | Command::CycleStatus
            | Command::Import
            | Command::Checklist
            | Command::Areas
            | Command::Delete
            | Command::Classify
    );
    if writes && cx.writable().is_none() {
        return Vec::new();
    }
    let Some(w) = cx.open.as_ref() else {
        return Vec::new();
    };
    match command {
        Command::Import => *cx.form = Some(import_form()),
        Command::Classify => match super::classify::ClassifyView::first(&w.session) {
            Some(view) => cx.push(Screen::Classify(view)),
            None => {
                *cx.notice = Some(Notice {
                    kind: NoticeKind::Info,
                    text: t!("classify-none"),
                })
            }
        },
        Command::Checklist => {
            if let Some(e) = w.session.landscape.get(cursor) {
                *cx.form = Some(sharing_form(&cx.pack, e));
            }
        }
        Command::Areas => super::landscape_areas::open(cursor, cx),
        Command::New => *cx.form = Some(entry_form(&cx.pack, None)),
        Command::Open => {
            if let Some(e) = w.session.landscape.get(cursor) {
                *cx.form = Some(entry_form(&cx.pack, Some(e)));
            }
        }
        Command::Delete => return remove(view, cx),
        Command::CycleStatus => return cycle_status(cursor, cx),
        _ => {}
    }
    Vec::new()
}

/// `X` on a system: ask first (the system and all its fields would go).
fn remove(view: &LandscapeView, cx: &mut Ctx) -> Vec<Effect> {
    let Some(e) = cx
        .open
        .as_ref()
        .and_then(|w| w.session.landscape.get(view.cursor))
    else {
        return Vec::new();
    };
    let name = crate::display::one_line(&format!("{} {}", e.id, e.name));
    let question = t!("edit-remove-system", name = name);
    *cx.form = Some(super::form::Form::question(
        &question,
        super::form::Confirmation::RemoveLandscape(e.id.clone().into()),
    ));
    Vec::new()
}

/// Remove a system, once confirmed (the timeline keeps a note of what and by whom).
pub(super) fn remove_entry(id: &str, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let by = w.by.clone();
    if w.session.remove_landscape_entry(id, now, &by).is_err() {
        return Vec::new();
    }
    w.touch();
    *cx.notice = Some(Notice {
        kind: NoticeKind::Info,
        text: t!("landscape-notice-removed", id = id),
    });
    vec![Effect::SubmitSave]
}

/// Space on a system: its next status (unknown → active → paused → ended → planned).
fn cycle_status(cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let Some(mut e) = w.session.landscape.get(cursor).cloned() else {
        return Vec::new();
    };
    e.status = e.status.next();
    let (id, by) = (e.id.clone(), w.by.clone());
    if w.session
        .update_landscape_entry(&id, e, cx.clock.now, &by)
        .unwrap_or(false)
    {
        w.touch();
        vec![Effect::SubmitSave]
    } else {
        Vec::new()
    }
}

/// Read the system form into an entry (over `base`, which keeps what the form does not show), checked
/// by the register's own rules: a name, a Matrix category, a date written YYYY-MM-DD, and a contact role
/// with no personal contact details. Outputs and sharing solutions are kept as they were (their own
/// screens check them).
pub fn read_entry(
    form: &Form,
    base: LandscapeEntry,
    pack: &Pack,
) -> Result<LandscapeEntry, FieldError<LandscapeField>> {
    let last_update = landscape::entry::parse_last_update(&form.text(LandscapeField::LastUpdate))
        .map_err(|_| {
        FieldError::new(LandscapeField::LastUpdate, t!("landscape-form-bad-date"))
    })?;
    let entry = LandscapeEntry {
        name: form.text(LandscapeField::Name),
        organisation: form.text(LandscapeField::Organisation),
        category: form.choice(LandscapeField::Category),
        sub_category: form.text(LandscapeField::SubCategory),
        methods: form.text(LandscapeField::Methods),
        areas: form
            .text(LandscapeField::Areas)
            .split([';', ','])
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect(),
        frequency: form.text(LandscapeField::Frequency),
        last_update,
        outputs_note: form.text(LandscapeField::OutputsNote),
        shared_with: SharedWith::parse(&form.choice(LandscapeField::SharedWith))
            .unwrap_or_default(),
        shared_what: form.text(LandscapeField::SharedWhat),
        contact_role: form.text(LandscapeField::ContactRole),
        status: SystemStatus::parse(&form.choice(LandscapeField::Status)).unwrap_or_default(),
        reliability: Reliability::parse(&form.choice(LandscapeField::Reliability))
            .unwrap_or_default(),
        diagnosis: form.text(LandscapeField::Diagnosis),
        ..base
    };
    for problem in entry.problems(pack) {
        let field = match problem {
            EntryProblem::NameEmpty => LandscapeField::Name,
            EntryProblem::UnknownCategory(_) => LandscapeField::Category,
            EntryProblem::PersonalContact => {
                return Err(FieldError::new(
                    LandscapeField::ContactRole,
                    t!("landscape-form-personal-contact"),
                ));
            }
            _ => continue,
        };
        return Err(FieldError::new(
            field,
            format!("{}.", capitalised(&problem.to_string())),
        ));
    }
    Ok(entry)
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The data-sharing checklist of a system, saved.
fn save_sharing(cx: &mut Ctx, id: &str, form: &Form) -> Vec<Effect> {
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let Some(mut e) = w.session.landscape_entry(id).cloned() else {
        return Vec::new();
    };
    e.sharing_in_place = form.chosen(LandscapeField::Group);
    let by = w.by.clone();
    if !w
        .session
        .update_landscape_entry(id, e, cx.clock.now, &by)
        .unwrap_or(false)
    {
        return Vec::new();
    }
    w.touch();
    *cx.notice = Some(Notice {
        kind: NoticeKind::Info,
        text: t!("landscape-notice-sharing-saved", id = id),
    });
    vec![Effect::SubmitSave]
}

crate::tui::screen::tab_screen!(
    LandscapeView,
    |_| crate::tui::tabs::RecordKind::Landscape,
    on_landscape
);
