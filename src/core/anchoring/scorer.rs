//! How well a candidate place fits a quote: the quote's similarity, its prefix and suffix
//! context and its distance from the stored position, weighted as `super::anchor` names; and
//! the searches that look for the best-scoring place, fewest edits first.

use super::anchor::{
    Anchor, AnchorQuality, FEW_ERRORS, MIN_SCORE, POSITION_WEIGHT, PREFIX_WEIGHT, QUOTE_WEIGHT,
    SUFFIX_WEIGHT,
};
use super::approx::{self, Match};
use super::qgrams;
use super::selectors::{SearchText, TextQuoteSelector};
use crate::core::offsets::{CharOffset, CharRange};
use crate::core::order;

pub(super) struct Scorer<'a> {
    pub text: &'a SearchText,
    pub quote: &'a TextQuoteSelector,
    pub pattern_len: usize,
    pub hint: Option<usize>,
}

impl Scorer<'_> {
    pub(super) fn similarity(&self, errors: usize) -> f64 {
        1.0 - errors as f64 / self.pattern_len as f64
    }

    pub(super) fn score(&self, m: &Match) -> f64 {
        let context = |expected: &str, actual: String| {
            if expected.is_empty() {
                return 1.0;
            }
            let expected: Vec<char> = expected.chars().collect();
            let actual: Vec<char> = actual.chars().collect();
            1.0 - approx::edit_distance(&expected, &actual) as f64 / expected.len() as f64
        };
        let prefix_len = self.quote.prefix.chars().count();
        let suffix_len = self.quote.suffix.chars().count();
        let prefix = context(
            &self.quote.prefix,
            self.text.slice(m.start.saturating_sub(prefix_len), m.start),
        );
        let suffix = context(
            &self.quote.suffix,
            self.text.slice(m.end, m.end + suffix_len),
        );
        let position = self.hint.map_or(1.0, |hint| {
            1.0 - hint.abs_diff(m.start) as f64 / self.text.len_chars().max(1) as f64
        });
        let raw = QUOTE_WEIGHT * self.similarity(m.errors)
            + PREFIX_WEIGHT * prefix.max(0.0)
            + SUFFIX_WEIGHT * suffix.max(0.0)
            + POSITION_WEIGHT * position;
        raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
    }

    /// The highest score a match with `errors` could reach, with perfect context and position.
    pub(super) fn ceiling(&self, errors: usize) -> f64 {
        let raw = QUOTE_WEIGHT * self.similarity(errors)
            + PREFIX_WEIGHT
            + SUFFIX_WEIGHT
            + POSITION_WEIGHT;
        raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
    }

    /// The best approximate match in `chars` (which starts at code point `offset` of the text).
    /// Candidates are visited fewest errors first, and the search stops once even a perfect
    /// context could not beat the best score found: locating a match's start is the costly
    /// part, and most candidates never need it.
    pub(super) fn best_fuzzy(
        &self,
        offset: usize,
        chars: &[char],
        pattern: &[char],
        k: usize,
    ) -> Option<(Match, f64)> {
        let mut ends = approx::best_ends(chars, pattern, k);
        order::sort_by_key(&mut ends, |&(_, errors)| errors);
        let mut best: Option<(Match, f64)> = None;
        for (end, errors) in ends {
            let floor = best.map_or(MIN_SCORE, |(_, score)| score);
            if self.ceiling(errors) < floor {
                break;
            }
            let (start, errors) = approx::match_start(chars, pattern, end);
            let m = Match {
                start: start + offset,
                end: end + offset,
                errors,
            };
            let score = self.score(&m);
            if score >= floor && best.is_none_or(|(_, s)| score > s) {
                best = Some((m, score));
            }
        }
        best
    }

    /// The best match with few edits in the windows the q-gram filter finds, when no match with
    /// more edits (up to `k`) could score higher than it: then it is the whole-text search's
    /// answer too. `None` sends the caller to the whole text.
    pub(super) fn best_filtered(&self, pattern: &[char], k: usize) -> Option<(Match, f64)> {
        // As many pieces as the q-grams allow a short quote (its pieces must hold one).
        let most = (pattern.len() / qgrams::Q)
            .checked_sub(1)
            .filter(|&n| n > 0)?;
        let few = (pattern.len() / 10).max(FEW_ERRORS).min(most).min(k);
        let chars = self.text.chars();
        let windows = qgrams::candidate_windows(self.text.qgrams(), chars, pattern, few)?;
        let best = windows
            .into_iter()
            .filter_map(|(start, end)| self.best_fuzzy(start, &chars[start..end], pattern, few))
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        (few == k || best.1 >= self.ceiling(few + 1)).then_some(best)
    }

    /// The best-scoring candidate at or above [`MIN_SCORE`].
    pub(super) fn best(&self, candidates: impl Iterator<Item = Match>) -> Option<(Match, f64)> {
        candidates
            .map(|m| (m, self.score(&m)))
            .filter(|(_, score)| *score >= MIN_SCORE)
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }

    pub(super) fn anchor(&self, (m, score): (Match, f64), quality: AnchorQuality) -> Anchor {
        let range = CharRange::new(CharOffset::new(m.start), CharOffset::new(m.end));
        Anchor {
            range,
            quality,
            score,
        }
    }
}

#[cfg(test)]
mod tests {
    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    mod filtered {
        use proptest::prelude::*;

        use super::super::*;
        use crate::core::anchoring::anchor::MAX_ERRORS;

        /// Prose of repeated words, a quote taken from it and given `edits` substitutions.
        fn case() -> impl Strategy<Value = (String, usize, usize, Vec<(usize, char)>)> {
            let word = prop::sample::select(vec![
                "the",
                "council",
                "voted",
                "plan",
                "“fair”",
                "deal",
                "😀",
                "said",
                "NATO",
                "on",
            ]);
            prop::collection::vec(word, 60..400).prop_flat_map(|words| {
                let text = words.join(" ");
                let len = text.chars().count();
                (Just(text), 0..len - 40, 16..40usize).prop_flat_map(|(text, start, quote_len)| {
                    let edits =
                        prop::collection::vec((0..quote_len, prop::char::range('a', 'z')), 0..4);
                    (Just(text), Just(start), Just(quote_len), edits)
                })
            })
        }

        proptest! {
            /// Whenever the filtered search answers, the whole-text search agrees: no match it
            /// did not look at scores higher.
            #[test]
            fn the_filter_answers_as_the_whole_text_search_would(
                (text, start, quote_len, edits) in case()
            ) {
                let text = SearchText::new(&text);
                let mut pattern: Vec<char> = text.chars()[start..start + quote_len].to_vec();
                for (at, c) in edits {
                    pattern[at] = c;
                }
                let quote = TextQuoteSelector {
                    exact: pattern.iter().collect(),
                    prefix: text.slice(start.saturating_sub(32), start),
                    suffix: text.slice(start + quote_len, start + quote_len + 32),
                };
                let scorer = Scorer { text: &text, quote: &quote, pattern_len: pattern.len(), hint: None };
                let k = MAX_ERRORS.min(pattern.len() / 2);
                if let Some((_, filtered)) = scorer.best_filtered(&pattern, k) {
                    let (_, whole) = scorer.best_fuzzy(0, text.chars(), &pattern, k).expect("the whole text has it too");
                    prop_assert!((filtered - whole).abs() < 1e-12, "filtered {filtered} whole {whole}");
                }
            }
        }
    }
}
