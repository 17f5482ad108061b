//! The choices a scoping prompt offers, as every front lists them: the kinds of request, the
//! approaches, and the output items and decision data of the Matrix a team can pick.

use super::answers::USE_EXISTING_DATA;
use crate::content::Pack;
use crate::t;

/// One pickable item: a Matrix output item or an item of data needed for decision making.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickItem {
    pub id: String,
    pub text: String,
    /// Index of the category in the Matrix.
    pub category: usize,
    /// Data needed for decision making rather than an output item.
    pub decision_data: bool,
}

/// Every pickable item, category by category (outputs first, then decision data).
pub fn pick_items(pack: &Pack) -> Vec<PickItem> {
    let mut out = Vec::new();
    for (ci, c) in pack.matrix.categories.iter().enumerate() {
        for item in &c.output.items {
            out.push(PickItem {
                id: item.id.clone(),
                text: item.text.clone(),
                category: ci,
                decision_data: false,
            });
        }
        for item in &c.output_examples.decision_data {
            out.push(PickItem {
                id: item.id.clone(),
                text: item.text.clone(),
                category: ci,
                decision_data: true,
            });
        }
    }
    out
}

/// The kinds of request a team can say were asked for, as (id, label): first "not said yet" (an
/// empty id), then the Matrix's request kinds.
pub fn request_kind_options(pack: &Pack) -> Vec<(String, String)> {
    let mut options = vec![(String::new(), t!("scoping-form-not-said"))];
    options.extend(
        pack.matrix
            .request_kinds
            .iter()
            .map(|k| (k.id.clone(), k.label.clone())),
    );
    options
}

/// The approaches a team can recommend, as (id, label): using existing data, then a new collection
/// in each Matrix category.
pub fn approach_options(pack: &Pack) -> Vec<(String, String)> {
    let mut options = vec![(
        USE_EXISTING_DATA.to_string(),
        t!("scoping-form-use-existing"),
    )];
    options.extend(pack.matrix.categories.iter().map(|c| {
        (
            c.id.clone(),
            t!("scoping-form-new-collection", category = &c.name),
        )
    }));
    options
}
