//! The areas of one landscape system, by hand: each area's administrative level and P-code, which the
//! HXL export needs (`#adm1`/`#adm2`/`#adm3` and their `+code` columns). An import fills them in; this
//! form is how a person sets or corrects them.

use super::ctx::Ctx;
use super::form::{Field, FieldKind, Form, FormPurpose};
use super::library::{Notice, NoticeKind};
use super::msg::Effect;
use crate::session::{LandscapeEntry, MAX_ADMIN_LEVEL};
use crate::t;
use crate::tui::form::field_keys;

field_keys!(
    /// The fields of the areas form: one level and one P-code per area, in the system's order.
    pub enum AreaField {
        Level => "level",
        Pcode => "pcode",
    }
);

/// The level options: not recorded, then 1 to 3 with what each usually is.
fn level_options() -> Vec<(String, String)> {
    std::iter::once((String::new(), t!("areas-level-none")))
        .chain((1..=MAX_ADMIN_LEVEL).map(|l| (l.to_string(), t!("areas-level", level = l))))
        .collect()
}

/// The form for a system's areas (None when the system names no area: there is nothing to set).
pub fn areas_form(session: &crate::session::Session, entry: &LandscapeEntry) -> Option<Form> {
    if entry.areas.is_empty() {
        return None;
    }
    let fields = entry
        .areas
        .iter()
        .flat_map(|name| {
            let known = session.landscape_area(name);
            let level = known
                .and_then(|a| a.level)
                .map(|l| l.to_string())
                .unwrap_or_default();
            let pcode = known.map(|a| a.pcode.as_str()).unwrap_or_default();
            [
                Field::choice(
                    AreaField::Level,
                    &t!("areas-field-level", area = name.as_str()),
                    &t!("areas-field-level-hint"),
                    level_options(),
                    &level,
                ),
                Field::text(
                    AreaField::Pcode,
                    &t!("areas-field-pcode", area = name.as_str()),
                    &t!("areas-field-pcode-hint"),
                    pcode,
                    false,
                ),
            ]
        })
        .collect();
    Some(Form::new(
        &t!("areas-form-title", name = entry.name.as_str()),
        FormPurpose::LandscapeAreas(entry.id.clone().into()),
        fields,
    ))
}

/// `a` on the register: the areas form of the system under the cursor, or a sentence saying why not.
pub fn open(cursor: usize, cx: &mut Ctx) {
    let Some(w) = cx.open.as_ref() else {
        return;
    };
    let Some(e) = w.session.landscape.get(cursor) else {
        return;
    };
    match areas_form(&w.session, e) {
        Some(form) => *cx.form = Some(form),
        None => {
            *cx.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: t!("areas-none", name = e.name.as_str()),
            })
        }
    }
}

/// Each area's (level, P-code) as the form holds them, in the system's order.
fn values(form: &Form) -> Vec<(Option<u8>, String)> {
    let mut out = Vec::new();
    let mut level = None;
    for field in &form.fields {
        match &field.kind {
            FieldKind::Choice { options, selected } if field.key == "level" => {
                level = options.get(*selected).and_then(|(id, _)| id.parse().ok());
            }
            FieldKind::Text(t) if field.key == "pcode" => {
                out.push((level.take(), t.text().trim().to_string()));
            }
            _ => {}
        }
    }
    out
}

/// Saves the areas form: every area whose level or P-code changed, one timeline entry each.
pub fn submit(cx: &mut Ctx, form: Form, id: &str) -> Vec<Effect> {
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let Some(entry) = w.session.landscape_entry(id).cloned() else {
        return Vec::new();
    };
    let by = w.by.clone();
    let changed = entry
        .areas
        .iter()
        .zip(values(&form))
        .filter(|(name, (level, pcode))| {
            w.session
                .set_landscape_area(name, *level, pcode, cx.clock.now, &by)
        })
        .count();
    if changed == 0 {
        return Vec::new();
    }
    w.touch();
    *cx.notice = Some(Notice {
        kind: NoticeKind::Info,
        text: t!("areas-saved", count = changed, name = entry.name.as_str()),
    });
    vec![Effect::SubmitSave]
}
