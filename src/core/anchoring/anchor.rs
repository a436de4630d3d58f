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

use super::approx::Match;
use super::scorer::Scorer;
use super::selectors::{SearchText, TextPositionSelector, TextQuoteSelector};
use crate::core::offsets::CharRange;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::offsets::CharOffset;

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
}
