//! The two scales a risk is scored on, 1 to 4. The file keeps the numbers ([`crate::session::Risk`]'s
//! `likelihood` and `impact`); these enums own what each number is called.

use super::words::{find_word, from_str_by_parse};
use crate::t;

/// How likely a risk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Likelihood {
    /// 1.
    Unlikely,
    /// 2.
    Possible,
    /// 3.
    Likely,
    /// 4.
    VeryLikely,
}

/// How much harm a risk would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// 1.
    Minor,
    /// 2.
    Moderate,
    /// 3.
    Major,
    /// 4.
    Severe,
}

/// The shared part of a 1–4 scale: its values, numbers, words and parser.
macro_rules! scale {
    ($t:ident { $($v:ident => $n:literal, $label:expr;)* }) => {
        impl $t {
            /// Every level, from 1 to 4.
            pub const ALL: &'static [$t] = &[$($t::$v),*];

            /// The level of a score; scores outside 1–4 are clamped into it, as the session does.
            pub fn from_score(score: u8) -> $t {
                match score {
                    $($n => $t::$v,)*
                    0 => $t::ALL[0],
                    _ => $t::ALL[$t::ALL.len() - 1],
                }
            }

            /// The score, 1–4, as the file stores it.
            pub fn score(self) -> u8 {
                match self { $($t::$v => $n),* }
            }

            /// The score as text (`1`–`4`): what a form or a file holds.
            pub fn as_str(self) -> &'static str {
                match self { $($t::$v => stringify!($n)),* }
            }

            /// The level for people, in the current language, e.g. `very likely`.
            pub fn label(self) -> String {
                match self { $($t::$v => $label),* }
            }

            /// The next level, 4 going back to 1.
            pub fn next(self) -> $t {
                $t::from_score(self.score() % 4 + 1)
            }

            /// The level from its score (`1`–`4`) or its label (case, spaces and dashes ignored, so
            /// `very_likely` works too).
            pub fn parse(s: &str) -> Option<$t> {
                find_word(s, $t::ALL, |v| v.as_str(), |v| v.label())
            }
        }

        from_str_by_parse!($t, $t::ALL);
    };
}

scale!(Likelihood {
    Unlikely => 1, t!("risk-likelihood-unlikely");
    Possible => 2, t!("risk-likelihood-possible");
    Likely => 3, t!("risk-likelihood-likely");
    VeryLikely => 4, t!("risk-likelihood-very-likely");
});

scale!(Impact {
    Minor => 1, t!("risk-impact-minor");
    Moderate => 2, t!("risk-impact-moderate");
    Major => 3, t!("risk-impact-major");
    Severe => 4, t!("risk-impact-severe");
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_words_and_cycle() {
        for (i, l) in Likelihood::ALL.iter().enumerate() {
            assert_eq!(usize::from(l.score()), i + 1);
            assert_eq!(Likelihood::from_score(l.score()), *l);
            assert_eq!(Likelihood::parse(l.as_str()), Some(*l));
            assert_eq!(Likelihood::parse(&l.label()), Some(*l));
            assert_eq!(l.label().to_uppercase().parse::<Likelihood>(), Ok(*l));
        }
        for (i, l) in Impact::ALL.iter().enumerate() {
            assert_eq!(usize::from(l.score()), i + 1);
            assert_eq!(Impact::from_score(l.score()), *l);
            assert_eq!(Impact::parse(l.as_str()), Some(*l));
            assert_eq!(Impact::parse(&l.label()), Some(*l));
        }
        assert_eq!(
            Likelihood::parse("very_likely"),
            Some(Likelihood::VeryLikely)
        );
        assert_eq!(Likelihood::parse("5"), None);
        assert_eq!(Impact::parse(""), None);
        assert_eq!(Likelihood::from_score(0), Likelihood::Unlikely);
        assert_eq!(Impact::from_score(9), Impact::Severe);
        let labels: Vec<String> = Likelihood::ALL.iter().map(|l| l.label()).collect();
        assert_eq!(labels, ["unlikely", "possible", "likely", "very likely"]);
        let labels: Vec<String> = Impact::ALL.iter().map(|l| l.label()).collect();
        assert_eq!(labels, ["minor", "moderate", "major", "severe"]);
        let mut at = Likelihood::Unlikely;
        let mut seen = Vec::new();
        for _ in 0..4 {
            seen.push(at);
            at = at.next();
        }
        assert_eq!(
            (seen.as_slice(), at),
            (Likelihood::ALL, Likelihood::Unlikely)
        );
        assert_eq!(Impact::Severe.next(), Impact::Minor);
    }
}
