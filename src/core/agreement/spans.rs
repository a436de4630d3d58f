//! Pairwise span agreement between two coders, as `../shared/tools/eval_quotes.py` scores a
//! prediction against gold: both spans are first trimmed of white space, quotation marks and
//! the punctuation `.,;:!?-–—` at either end (so `“Yes,”` and `Yes` compare equal); then spans
//! are paired one to one, greedily by best score: **exact** pairs have the same trimmed start
//! and end; **overlap** pairs share at least `threshold` (0.5 by default) of the longer span.
//! With coder A taken as the reference, precision is the share of B's spans paired, recall the
//! share of A's, and F1 their harmonic mean, which does not depend on which coder is the
//! reference.

use crate::core::offsets::{CharOffset, CharRange};

/// The characters trimmed from both ends of a span before comparing (eval_quotes.py's
/// `TRIM_CHARS`).
const TRIM: &[char] = &[
    ' ', '\t', '\r', '\n', '\u{a0}', '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}',
    '\u{201e}', '\u{ab}', '\u{bb}', '`', '.', ',', ';', ':', '!', '?', '-', '\u{2013}', '\u{2014}',
];

/// How spans are paired.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MatchMode {
    Exact,
    /// The shared part covers at least this share of the longer span.
    Overlap {
        threshold: f64,
    },
}

impl MatchMode {
    /// eval_quotes.py's default overlap rule.
    pub const OVERLAP: MatchMode = MatchMode::Overlap { threshold: 0.5 };
}

/// How two coders' spans agree.
#[derive(Clone, Debug, PartialEq)]
pub struct SpanAgreement {
    /// Pairs of indices into A's and B's spans.
    pub pairs: Vec<(usize, usize)>,
    pub a_count: usize,
    pub b_count: usize,
}

impl SpanAgreement {
    pub fn precision(&self) -> f64 {
        ratio(self.pairs.len(), self.b_count)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.pairs.len(), self.a_count)
    }

    /// 1 when neither coder marked anything: they agree completely.
    pub fn f1(&self) -> f64 {
        if self.a_count + self.b_count == 0 {
            return 1.0;
        }
        2.0 * self.pairs.len() as f64 / (self.a_count + self.b_count) as f64
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// Pairs coder A's spans with coder B's in `text` (offsets in code points).
pub fn span_agreement(
    text: &str,
    a: &[CharRange],
    b: &[CharRange],
    mode: MatchMode,
) -> SpanAgreement {
    let chars: Vec<char> = text.chars().collect();
    pair_spans(&chars, a, b, mode)
}

/// [`span_agreement`] on a text already cut into code points (callers comparing many layers
/// of one article cut it once).
pub fn pair_spans(
    chars: &[char],
    a: &[CharRange],
    b: &[CharRange],
    mode: MatchMode,
) -> SpanAgreement {
    pair_trimmed(&trim_all(chars, a), &trim_all(chars, b), mode)
}

/// Each of `ranges` trimmed as spans are before they are compared, as `[start, end)`.
pub fn trim_all(chars: &[char], ranges: &[CharRange]) -> Vec<(usize, usize)> {
    ranges.iter().map(|r| trimmed(chars, *r)).collect()
}

/// [`pair_spans`] on spans already trimmed ([`trim_all`]): a table comparing every pair of
/// coders trims each coder's spans once rather than once per pair.
pub fn pair_trimmed(a: &[(usize, usize)], b: &[(usize, usize)], mode: MatchMode) -> SpanAgreement {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (ai, x) in a.iter().enumerate() {
        for (bi, y) in b.iter().enumerate() {
            match mode {
                MatchMode::Exact if x == y => candidates.push((1.0, ai, bi)),
                MatchMode::Exact => {}
                MatchMode::Overlap { threshold } => {
                    let score = overlap_score(*x, *y);
                    if score >= threshold && score > 0.0 {
                        candidates.push((score, ai, bi));
                    }
                }
            }
        }
    }
    // Best score first; ties by A's index, then B's, as eval_quotes.py sorts them.
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut used_a, mut used_b) = (vec![false; a.len()], vec![false; b.len()]);
    let mut pairs = Vec::new();
    for (_, ai, bi) in candidates {
        if !used_a[ai] && !used_b[bi] {
            used_a[ai] = true;
            used_b[bi] = true;
            pairs.push((ai, bi));
        }
    }
    SpanAgreement {
        pairs,
        a_count: a.len(),
        b_count: b.len(),
    }
}

/// A span without the trimmed characters at its ends; unchanged if nothing would be left.
fn trimmed(chars: &[char], range: CharRange) -> (usize, usize) {
    let (start, end) = (range.start().get(), range.end().get().min(chars.len()));
    let (mut a, mut b) = (start, end);
    while a < b && TRIM.contains(&chars[a]) {
        a += 1;
    }
    while b > a && TRIM.contains(&chars[b - 1]) {
        b -= 1;
    }
    if a < b { (a, b) } else { (start, end) }
}

fn overlap_score(x: (usize, usize), y: (usize, usize)) -> f64 {
    let shared = x.1.min(y.1) as isize - x.0.max(y.0) as isize;
    if shared <= 0 {
        return 0.0;
    }
    shared as f64 / (x.1 - x.0).max(y.1 - y.0) as f64
}

/// A range from code-point offsets, for callers and tests.
pub fn range(start: usize, end: usize) -> CharRange {
    CharRange::new(CharOffset::new(start), CharOffset::new(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    //                 0         1         2         3         4
    //                 0123456789012345678901234567890123456789012345
    const TEXT: &str = "He said “yes, we will” and she said no today.";

    #[test]
    fn quotation_marks_and_punctuation_do_not_count() {
        // A marked the quotation with its marks, B without them.
        let a = [range(8, 22)];
        let b = [range(9, 21)];
        let exact = span_agreement(TEXT, &a, &b, MatchMode::Exact);
        assert_eq!(exact.pairs, [(0, 0)]);
        assert_eq!(exact.f1(), 1.0);
    }

    #[test]
    fn a_hand_worked_case_of_exact_and_overlap_pairs() {
        // A: “yes, we will” (9..21 once trimmed), "she said" (27..35), "today" (39..44).
        // B: "yes, we" (9..16: 7 of A's 12), "she said no" (27..38: 8 of 11), nothing else.
        let a = [range(8, 22), range(27, 35), range(39, 44)];
        let b = [range(9, 16), range(27, 38)];
        let exact = span_agreement(TEXT, &a, &b, MatchMode::Exact);
        assert!(exact.pairs.is_empty());
        assert_eq!(
            (exact.precision(), exact.recall(), exact.f1()),
            (0.0, 0.0, 0.0)
        );
        let overlap = span_agreement(TEXT, &a, &b, MatchMode::OVERLAP);
        // 7/12 = 0.583 and 8/11 = 0.727 both reach one half.
        assert_eq!(overlap.pairs, [(1, 1), (0, 0)]);
        assert_eq!(overlap.precision(), 1.0);
        assert_eq!(overlap.recall(), 2.0 / 3.0);
        assert_eq!(overlap.f1(), 0.8);
        // At three quarters neither pair holds.
        let strict = span_agreement(TEXT, &a, &b, MatchMode::Overlap { threshold: 0.75 });
        assert!(strict.pairs.is_empty());
    }

    #[test]
    fn each_span_pairs_once_with_its_best_match() {
        let a = [range(0, 10)];
        let b = [range(0, 8), range(0, 10)];
        let got = span_agreement(TEXT, &a, &b, MatchMode::OVERLAP);
        assert_eq!(got.pairs, [(0, 1)]);
        assert_eq!((got.a_count, got.b_count), (1, 2));
    }

    #[test]
    fn two_empty_layers_agree() {
        assert_eq!(span_agreement(TEXT, &[], &[], MatchMode::Exact).f1(), 1.0);
    }
}
