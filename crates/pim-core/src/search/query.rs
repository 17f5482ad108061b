//! The matching rule, once: a text matches a query when its folded form ([`super::fold`]) holds the
//! query's folded form. `memchr::memmem` finds it (a vectorised substring search; over whole files it
//! is what keeps a library search within its budget, see BENCHMARKS.md).

use std::cell::RefCell;
use std::ops::Range;

use memchr::memmem::Finder;

use super::fold::{fold, fold_bytes_into, fold_with_origins};

/// What to look for.
#[derive(Clone, Debug)]
pub struct Query {
    typed: String,
    folded: String,
    finder: Finder<'static>,
}

thread_local! {
    /// Each thread's buffer for folded text, reused from one text to the next.
    static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

impl Query {
    /// The query for `text` as typed (trimmed); `None` when nothing is left to look for.
    pub fn new(text: &str) -> Option<Query> {
        let typed = text.trim().to_string();
        let folded = fold(&typed);
        if folded.trim().is_empty() {
            return None;
        }
        let finder = Finder::new(folded.as_bytes()).into_owned();
        Some(Query {
            typed,
            folded,
            finder,
        })
    }

    /// The query as typed, trimmed.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// The query folded.
    pub fn folded(&self) -> &str {
        &self.folded
    }

    /// Whether already folded bytes hold the query.
    pub fn in_folded(&self, folded: &[u8]) -> bool {
        self.finder.find(folded).is_some()
    }

    /// Whether `text` holds the query.
    pub fn matches(&self, text: &str) -> bool {
        SCRATCH.with_borrow_mut(|buf| {
            buf.clear();
            fold_bytes_into(text, buf);
            self.in_folded(buf)
        })
    }

    /// Where the first match is in `text` (a range of `text`'s own bytes, on character boundaries).
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        if !self.matches(text) {
            return None;
        }
        let (folded, origins) = fold_with_origins(text);
        let at = self.finder.find(folded.as_bytes())?;
        let start = origins[at];
        let last = origins[at + self.folded.len() - 1];
        let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
        Some(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_without_case_or_accents() {
        let q = Query::new("  evaluation ").unwrap();
        assert_eq!(q.typed(), "evaluation");
        let text = "Une Évaluation rapide";
        let r = q.find(text).unwrap();
        assert_eq!(&text[r], "Évaluation");
        assert!(Query::new("ÉVALUATION").unwrap().matches("évaluation"));
        assert!(!q.matches("valuation"));
        assert!(Query::new("   ").is_none());
        assert!(Query::new("\u{301}").is_none());
    }

    #[test]
    fn a_match_ending_inside_a_ligature_shows_the_whole_letter() {
        let q = Query::new("coe").unwrap();
        let text = "cœur";
        assert_eq!(&text[q.find(text).unwrap()], "cœ");
    }

    #[test]
    fn any_script() {
        let arabic = "تقييم أوضاع الأُسَر في المخيم";
        let r = Query::new("الاسر").unwrap().find(arabic).unwrap();
        assert_eq!(&arabic[r], "الأُسَر");
        let persian = "گزارش حفاظت از كودكان";
        assert!(Query::new("کودکان").unwrap().matches(persian));
        let japanese = "東京の避難所で";
        assert_eq!(
            &japanese[Query::new("避難所").unwrap().find(japanese).unwrap()],
            "避難所"
        );
        assert!(
            Query::new("ПЕРЕМІЩЕНИХ")
                .unwrap()
                .matches("дані переміщених осіб")
        );
    }
}
