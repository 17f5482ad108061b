//! Unknown fields, kept as written: every stored record carries them, so a file written by a newer
//! pim-workshop loses nothing when this one saves it.

use serde_json::{Map, Value};

/// Unknown fields, kept as written.
pub type Extra = Map<String, Value>;
