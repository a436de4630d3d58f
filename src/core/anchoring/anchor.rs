//! Finding where a quote selector belongs in a text.
//!
//! The simple thing first, as Hypothesis does:
//! 1. the stored position still holds the exact text: done;
//! 2. the exact text occurs elsewhere: the occurrence whose context and position fit best;
//! 3. otherwise an approximate search, allowing `min(MAX_ERRORS, len / 2)` edits, first in a
//!    window around the stored position (cheap, and right when the text changed a little near
//!    the annotation), then over the whole text when the nearby match is not convincing. The
//!    whole-text search looks first for a match with few edits (a tenth of the quote, at least
//!    [`FEW_ERRORS`]) in the windows the q-gram filter finds (`super::qgrams`), and takes it
//!    when no match with more edits could score higher; only otherwise does it read the whole
//!    text.
//!
//! Every candidate is scored on the quote, its prefix and suffix context and its distance from
//! the stored position, with the named weights below; the best wins unless its score is below
//! [`MIN_SCORE`], and then the annotation is an orphan: kept, shown apart, never dropped.

use super::approx::{self, Match};
use super::qgrams;
use super::selectors::{SearchText, TextPositionSelector, TextQuoteSelector};
use crate::core::offsets::{CharOffset, CharRange};
use crate::core::order;

pub const QUOTE_WEIGHT: f64 = 50.0;
pub const PREFIX_WEIGHT: f64 = 20.0;
pub const SUFFIX_WEIGHT: f64 = 20.0;
pub const POSITION_WEIGHT: f64 = 2.0;
/// The most edits the approximate search allows, whatever the quote's length.
pub const MAX_ERRORS: usize = 256;
/// The fewest edits the filtered search allows (see the module's documentation).
pub const FEW_ERRORS: usize = 3;
/// Below this normalised score (0..1) an annotation is an orphan.
pub const MIN_SCORE: f64 = 0.5;
/// A match near the stored position at least this similar to the quote is taken without
/// searching the whole text.
pub const CONFIDENT_SIMILARITY: f64 = 0.9;

/// How an annotation was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnchorQuality {
    /// The exact text, at the stored position.
    Exact,
    /// The exact text, somewhere else.
    Moved,
    /// Approximately the text.
    Fuzzy,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anchor {
    pub range: CharRange,
    pub quality: AnchorQuality,
    /// The normalised score, 0..1.
    pub score: f64,
}

/// Anchors a quote on `text`, using `position` as a hint when given. `None` means orphan.
pub fn anchor(
    text: &SearchText,
    quote: &TextQuoteSelector,
    position: Option<TextPositionSelector>,
) -> Option<Anchor> {
    let pattern: Vec<char> = quote.exact.chars().collect();
    if pattern.is_empty() {
        return None;
    }
    let hint = position.and_then(|p| p.range_within(text.len_chars()));
    if let Some(range) = hint
        && text.chars()[range.start().get()..range.end().get()] == pattern[..]
    {
        return Some(Anchor {
            range,
            quality: AnchorQuality::Exact,
            score: 1.0,
        });
    }
    let scorer = Scorer {
        text,
        quote,
        pattern_len: pattern.len(),
        hint: hint.map(|r| r.start().get()),
    };

    let exact = text
        .find_exact(&quote.exact)
        .into_iter()
        .map(|start| Match {
            start,
            end: start + pattern.len(),
            errors: 0,
        });
    if let Some(best) = scorer.best(exact) {
        return Some(scorer.anchor(best, AnchorQuality::Moved));
    }

    let max_errors = MAX_ERRORS.min(pattern.len() / 2);
    if let Some(hint) = hint {
        let margin = 4 * pattern.len() + 512;
        let from = hint.start().get().saturating_sub(margin);
        let to = (hint.end().get() + margin).min(text.len_chars());
        if let Some(best) = scorer.best_fuzzy(from, &text.chars()[from..to], &pattern, max_errors)
            && scorer.similarity(best.0.errors) >= CONFIDENT_SIMILARITY
        {
            return Some(scorer.anchor(best, AnchorQuality::Fuzzy));
        }
    }
    if let Some(best) = scorer.best_filtered(&pattern, max_errors) {
        return Some(scorer.anchor(best, AnchorQuality::Fuzzy));
    }
    scorer
        .best_fuzzy(0, text.chars(), &pattern, max_errors)
        .map(|m| scorer.anchor(m, AnchorQuality::Fuzzy))
}

struct Scorer<'a> {
    text: &'a SearchText,
    quote: &'a TextQuoteSelector,
    pattern_len: usize,
    hint: Option<usize>,
}

impl Scorer<'_> {
    fn similarity(&self, errors: usize) -> f64 {
        1.0 - errors as f64 / self.pattern_len as f64
    }

    fn score(&self, m: &Match) -> f64 {
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
    fn ceiling(&self, errors: usize) -> f64 {
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
    fn best_fuzzy(
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
    fn best_filtered(&self, pattern: &[char], k: usize) -> Option<(Match, f64)> {
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
    fn best(&self, candidates: impl Iterator<Item = Match>) -> Option<(Match, f64)> {
        candidates
            .map(|m| (m, self.score(&m)))
            .filter(|(_, score)| *score >= MIN_SCORE)
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }

    fn anchor(&self, (m, score): (Match, f64), quality: AnchorQuality) -> Anchor {
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
    use super::*;

    const ARTICLE: &str = "US President Donald Trump and NATO have underscored the need to establish dialogue \
        with Russia “from a position of strength,” the chief of the military coalition says. \
        Speaking with reporters, Jens Stoltenberg said “They all conveyed the same message.” \
        NATO leaders also called for dialogue with “a more assertive” Russia.";

    /// The selectors of `needle`'s first occurrence in `text`.
    fn describe(text: &str, needle: &str) -> (TextQuoteSelector, TextPositionSelector) {
        let search = SearchText::new(text);
        let start = search.find_exact(needle)[0];
        let range = CharRange::new(
            CharOffset::new(start),
            CharOffset::new(start + needle.chars().count()),
        );
        (
            search.quote_selector(range),
            TextPositionSelector::from_range(range),
        )
    }

    fn anchored_text(
        text: &str,
        quote: &TextQuoteSelector,
        position: TextPositionSelector,
    ) -> Option<(String, AnchorQuality)> {
        let search = SearchText::new(text);
        anchor(&search, quote, Some(position)).map(|a| {
            (
                search.slice(a.range.start().get(), a.range.end().get()),
                a.quality,
            )
        })
    }

    #[test]
    fn an_unchanged_text_anchors_exactly_at_the_stored_position() {
        let (quote, position) = describe(ARTICLE, "“from a position of strength,”");
        let found = anchored_text(ARTICLE, &quote, position).unwrap();
        assert_eq!(
            found,
            (
                "“from a position of strength,”".into(),
                AnchorQuality::Exact
            )
        );
    }

    #[test]
    fn reanchors_after_a_word_is_inserted_before_the_quote() {
        let (quote, position) = describe(ARTICLE, "“They all conveyed the same message.”");
        let edited = ARTICLE.replace("Speaking with reporters", "Speaking with many reporters");
        let found = anchored_text(&edited, &quote, position).unwrap();
        assert_eq!(
            found,
            (
                "“They all conveyed the same message.”".into(),
                AnchorQuality::Moved
            )
        );
    }

    #[test]
    fn reanchors_after_a_typo_is_fixed_inside_the_quote() {
        let typo = ARTICLE.replace("conveyed", "conveyd");
        let (quote, position) = describe(&typo, "“They all conveyd the same message.”");
        let found = anchored_text(ARTICLE, &quote, position).unwrap();
        assert_eq!(
            found,
            (
                "“They all conveyed the same message.”".into(),
                AnchorQuality::Fuzzy
            )
        );
    }

    #[test]
    fn reanchors_after_words_are_deleted_inside_and_after_the_quote() {
        let (quote, position) = describe(ARTICLE, "the need to establish dialogue with Russia");
        let edited = ARTICLE
            .replace("the need to establish", "the need to build")
            .replace(" military", "");
        let found = anchored_text(&edited, &quote, position).unwrap();
        assert_eq!(
            found,
            (
                "the need to build dialogue with Russia".into(),
                AnchorQuality::Fuzzy
            )
        );
    }

    #[test]
    fn reanchors_after_edits_before_inside_and_after_the_quote() {
        let quote_text = "“They all conveyed the same message.”";
        let (quote, position) = describe(ARTICLE, quote_text);
        let cases = [
            (
                "typo fixed before",
                ARTICLE.replace("Speaking with reporters", "Speaking with reportrs"),
                quote_text,
            ),
            (
                "word inserted inside",
                ARTICLE.replace("the same message", "the very same message"),
                "“They all conveyed the very same message.”",
            ),
            (
                "word deleted inside",
                ARTICLE.replace("They all conveyed", "They conveyed"),
                "“They conveyed the same message.”",
            ),
            (
                "words inserted after",
                ARTICLE.replace("message.” NATO", "message.” Later, NATO"),
                quote_text,
            ),
            (
                "typo fixed after",
                ARTICLE.replace("NATO leaders also", "NATO leaders als"),
                quote_text,
            ),
        ];
        for (what, edited, expected) in cases {
            let found = anchored_text(&edited, &quote, position).map(|f| f.0);
            assert_eq!(found.as_deref(), Some(expected), "{what}");
        }
    }

    #[test]
    fn the_position_hint_picks_the_right_one_of_repeated_phrases() {
        // Three identical sentences: quote and context are the same at each; only the stored
        // position can tell them apart, after an insertion shifted them all.
        let sentence = "The members agreed that “the plan is sound” and fair, said the chair. ";
        let text = sentence.repeat(3);
        let search = SearchText::new(&text);
        let second = search.find_exact("“the plan is sound”")[1];
        let range = CharRange::new(CharOffset::new(second), CharOffset::new(second + 19));
        let (quote, position) = (
            search.quote_selector(range),
            TextPositionSelector::from_range(range),
        );
        for edited in [
            format!("Today: {text}"),
            text.replace("The members", "All members"),
        ] {
            let search = SearchText::new(&edited);
            let found = anchor(&search, &quote, Some(position)).unwrap();
            assert_eq!(
                found.range.start().get(),
                search.find_exact("“the plan is sound”")[1],
                "{edited}"
            );
        }
    }

    #[test]
    fn when_two_ends_cost_the_same_the_suffix_context_decides() {
        // The stored quote lost two letters near its end ("Depa" became "pa"): ending before
        // "Depa" costs as much as ending after it, and only the suffix tells them apart.
        let text =
            "Earlier, the lawsuit was filed in federal court by the Justice Department on Monday.";
        let quote = TextQuoteSelector {
            exact: "filed in federal court by the Justice pa".into(),
            prefix: "Earlier, the lawsuit was ".into(),
            suffix: "rtment on Monday.".into(),
        };
        let search = SearchText::new(text);
        let found = anchor(&search, &quote, None).unwrap();
        let end = found.range.end().get();
        assert_eq!(
            search.slice(found.range.start().get(), end),
            "filed in federal court by the Justice Depa"
        );
    }

    #[test]
    fn a_quote_whose_text_is_gone_is_an_orphan() {
        let (quote, position) = describe(ARTICLE, "“They all conveyed the same message.”");
        let edited = ARTICLE.replace(
            "Speaking with reporters, Jens Stoltenberg said “They all conveyed the same message.” ",
            "",
        );
        assert_eq!(anchored_text(&edited, &quote, position), None);
    }

    #[test]
    fn without_a_position_the_context_decides() {
        let text = "He said “yes” to the first. Later, she said “yes” to the second.";
        let quote = TextQuoteSelector {
            exact: "“yes”".into(),
            prefix: "Later, she said ".into(),
            suffix: " to the second".into(),
        };
        let search = SearchText::new(text);
        let found = anchor(&search, &quote, None).unwrap();
        assert_eq!(found.range.start().get(), search.find_exact("“yes”")[1]);
        assert_eq!(found.quality, AnchorQuality::Moved);
    }

    #[test]
    fn an_out_of_range_position_is_only_a_missing_hint() {
        let (quote, _) = describe(ARTICLE, "“a more assertive”");
        let found = anchored_text(
            ARTICLE,
            &quote,
            TextPositionSelector {
                start: 9_000,
                end: 9_010,
            },
        );
        assert_eq!(found.map(|f| f.0), Some("“a more assertive”".into()));
    }

    #[test]
    fn a_long_quote_over_a_word_long_is_found_after_edits() {
        let quote_text = "US President Donald Trump and NATO have underscored the need to establish dialogue \
            with Russia “from a position of strength,”";
        let (quote, position) = describe(ARTICLE, quote_text);
        let edited = ARTICLE
            .replace("underscored", "underlined")
            .replace("establish", "set up");
        let found = anchored_text(&edited, &quote, position).unwrap();
        assert!(
            found.0.starts_with("US President") && found.0.ends_with("strength,”"),
            "{}",
            found.0
        );
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    mod filtered {
        use proptest::prelude::*;

        use super::super::*;

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
