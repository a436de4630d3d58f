//! The detector on arbitrary text made of the pieces it reads (quotation marks of every kind,
//! apostrophes, names, reporting verbs, pronouns, punctuation, line breaks, multi-byte
//! characters): it never panics, every range lies inside the text, in order, and slices the
//! text at code points; detection in slices gives the same result as at once.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use quotemark::core::article::Article;
use quotemark::core::detect::{DetectionJob, detect};
use quotemark::core::offsets::CharRange;

#[rustfmt::skip]
const PIECES: &[&str] = &[
    "\"", "“", "”", "„", "''", "'", "‘", "’", "«", "»", "―", "—", "-", ":", ",", ".", "?", "!",
    "(", ")", " ", " ", " ", "\n", "\n\n", "said", "says", "told", "according to", "noting",
    "called", "what", "calls", "so-called", "he", "she", "it", "who", "the", "a", "of", "Mr.",
    "Sen.", "Ana", "Ruiz", "NATO", "Washington", "President", "chief", "officials", "percent",
    "2016", "that", "🙂", "é", "\u{a0}", "word", "Word",
];

fn texts() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| pieces.concat())
}

fn check(article: &Article, range: CharRange, what: &str) {
    assert!(
        article.slice(range).is_some(),
        "{what} {range} lies outside the text {:?}",
        article.text()
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn detection_never_panics_and_every_range_lies_in_the_text(text in texts()) {
        let article = Article::parse(text.as_str());
        let d = detect(&article);
        let mut last_start = 0;
        for q in &d.quotes {
            check(&article, q.range, "quote");
            prop_assert!(q.range.start().get() >= last_start, "quotes in text order");
            last_start = q.range.start().get();
            if let Some(s) = &q.speaker {
                check(&article, s.mention, "speaker");
                prop_assert_eq!(article.slice(s.mention), Some(s.mention_text.as_str()));
            }
            if let Some(c) = &q.cue {
                check(&article, c.range, "cue");
            }
        }
        for s in &d.scare_quotes {
            check(&article, s.range, "scare quote");
        }
        for c in &d.claims {
            check(&article, c.range, "claim");
            if let Some(r) = &c.reported {
                check(&article, r.content, "reported content");
                prop_assert!(c.range.contains_range(r.content) || r.content.is_empty());
            }
        }
        let mut job = DetectionJob::new(&article);
        while job.advance(1).is_none() {}
        prop_assert_eq!(job.finish(), d);
    }
}

/// Found by the property above: "according to" whose reported words, trimmed of punctuation,
/// come to nothing made a claim with a reversed range.
#[test]
fn a_report_whose_words_trim_to_nothing_is_no_report() {
    let article = Article::parse("''\u{a0}according to  according tosaid Mr.");
    let d = detect(&article);
    for c in &d.claims {
        check(&article, c.range, "claim");
    }
}
