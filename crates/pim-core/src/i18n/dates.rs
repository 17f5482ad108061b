//! Dates in words, in the current language: "1 December 2026", « 1 décembre 2026 ».

use chrono::{Datelike, NaiveDate};

use crate::t;

/// The month's name (1 = January) in the current language.
pub fn month_name(month: u32) -> String {
    t!("month-name", month = month)
}

/// A date in words in the current language, e.g. "1 December 2026".
pub fn long_date(date: NaiveDate) -> String {
    t!(
        "date-long",
        day = date.day(),
        month = month_name(date.month()),
        year = date.year()
    )
}
