//! Cells that the wide and the long landscape tables write the same way.

use crate::content::Pack;
use crate::session::LandscapeEntry;

/// The name of an entry's category (empty when it has none), for readers of a table.
pub fn category_name(pack: &Pack, e: &LandscapeEntry) -> String {
    pack.category(&e.category)
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

/// An entry's last update as a table writes it: YYYY-MM-DD, or empty.
pub fn date_cell(e: &LandscapeEntry) -> String {
    e.last_update
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}
