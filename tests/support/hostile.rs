//! Text a file from someone else may hold, for render fuzzing: any string, or one dense in controls,
//! combining marks, bidi overrides, wide Hangul and fullwidth forms, and the Arabic lam-alef pair.

use proptest::prelude::*;

/// Hostile text of up to 80 characters (or any string).
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\u{0}-\\u{7f}\\u{300}-\\u{36f}\\u{202a}-\\u{202e}\\u{1100}-\\u{115f}\\u{ff01}-\\u{ff60}لا]{0,80}",
    ]
}
