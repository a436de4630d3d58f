//! The bit-parallel matcher finds exactly what the plain dynamic programme finds, for patterns
//! of one and of several 64-code-point blocks, on arbitrary text over a small alphabet (where
//! near-matches are everywhere).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use quotemark::core::anchoring::approx::match_ends;

fn naive_ends(text: &[char], pattern: &[char], k: usize) -> Vec<(usize, usize)> {
    let mut column: Vec<usize> = (0..=pattern.len()).collect();
    let mut ends = Vec::new();
    for (j, &c) in text.iter().enumerate() {
        let mut next = vec![0; pattern.len() + 1];
        for i in 1..=pattern.len() {
            let diagonal = column[i - 1] + usize::from(pattern[i - 1] != c);
            next[i] = diagonal.min(column[i] + 1).min(next[i - 1] + 1);
        }
        column = next;
        if column[pattern.len()] <= k {
            ends.push((j + 1, column[pattern.len()]));
        }
    }
    ends
}

fn word_over(
    alphabet: &'static [char],
    len: std::ops::Range<usize>,
) -> impl Strategy<Value = Vec<char>> {
    prop::collection::vec(prop::sample::select(alphabet), len)
}

const ALPHABET: &[char] = &['a', 'b', '“', '”', 'é', ' '];

proptest! {
    #[test]
    fn matches_the_plain_algorithm(
        text in word_over(ALPHABET, 0..300),
        pattern in word_over(ALPHABET, 1..160),
        k in 0usize..40,
    ) {
        prop_assert_eq!(match_ends(&text, &pattern, k), naive_ends(&text, &pattern, k));
    }
}

mod describe_then_anchor {
    use proptest::prelude::*;
    use quotemark::core::anchoring::{SearchText, TextPositionSelector, anchor};
    use quotemark::core::offsets::{CharOffset, CharRange};

    fn text_and_range() -> impl Strategy<Value = (String, usize, usize)> {
        let piece = prop::sample::select(vec![
            "“", "”", "’", "—", "😀", "e\u{301}", "\r\n", " ", "word", "NATO", "said",
        ]);
        prop::collection::vec(piece, 1..80).prop_flat_map(|pieces| {
            let text = pieces.concat();
            let len = text.chars().count();
            (Just(text), 0..len)
                .prop_flat_map(move |(text, start)| (Just(text), Just(start), start + 1..=len))
        })
    }

    proptest! {
        #[test]
        fn returns_the_same_range((text, start, end) in text_and_range()) {
            let search = SearchText::new(&text);
            let range = CharRange::new(CharOffset::new(start), CharOffset::new(end));
            let quote = search.quote_selector(range);
            let found = anchor(&search, &quote, Some(TextPositionSelector::from_range(range)));
            prop_assert_eq!(found.map(|a| a.range), Some(range));
            // Without the position, the same text is found (maybe a repeat of it).
            let found = anchor(&search, &quote, None).expect("the exact text is there");
            prop_assert_eq!(search.slice(found.range.start().get(), found.range.end().get()), quote.exact);
        }
    }
}
