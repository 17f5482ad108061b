//! A match's place named for a reader: the sub-step and its prompt or principle, or the record by its
//! own words — never a bare id.

use super::files::Place;
use crate::content::Pack;
use crate::display;
use crate::export::outline;
use crate::t;

/// Longest record name shown for a place.
const NAME_CHARS: usize = 60;

/// "1.2 Define the purpose › Who will use the results?", "Decision D-3 · Use the DTM data"…
/// (one line, safe for a screen).
pub fn place_name(place: &Place, template: &str, pack: &Pack) -> String {
    let short = |s: &str| display::truncate(&display::one_line(s), NAME_CHARS);
    match place {
        Place::Answer { substep, prompt } => {
            let question = pack
                .prompts_for(template, substep)
                .into_iter()
                .find(|p| p.id == prompt)
                .map_or_else(|| prompt.clone(), |p| p.question.to_string());
            let sub = outline::place(pack, "", Some(substep));
            t!(
                "search-place-answer",
                substep = short(&sub),
                prompt = short(&question)
            )
        }
        Place::Principle { substep, principle } => {
            let sub = outline::place(pack, "", Some(substep));
            let name = outline::principle_name(pack, principle);
            t!(
                "search-place-principle",
                substep = short(&sub),
                principle = short(&name)
            )
        }
        Place::Decision { id, title } => {
            t!("search-place-decision", id = short(id), name = short(title))
        }
        Place::Action { id, text } => t!("search-place-action", id = short(id), name = short(text)),
        Place::Risk { id, description } => {
            t!(
                "search-place-risk",
                id = short(id),
                name = short(description)
            )
        }
        Place::Parking { id, text } => {
            t!("search-place-parking", id = short(id), name = short(text))
        }
        Place::Landscape { name, .. } => t!("search-place-landscape", name = short(name)),
    }
}
