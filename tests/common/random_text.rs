//! Random texts for the property tests of exports and imports (`imports.rs`,
//! `interop_mapping.rs`): curly quotes, dashes, an emoji (outside the BMP), a combining accent,
//! paragraph breaks and words, with up to eight spans (start, end, kind index), overlapping
//! freely.

use proptest::prelude::*;

pub fn random_document() -> impl Strategy<Value = (String, Vec<(usize, usize, u8)>)> {
    let piece = prop::sample::select(vec![
        "“", "”", "’", "—", "😀", "e\u{301}", "\n\n", " ", "word", "NATO", "said", "Trump",
    ]);
    prop::collection::vec(piece, 2..120).prop_flat_map(|pieces| {
        let text = pieces.concat();
        let len = text.chars().count();
        let spans =
            prop::collection::vec((0..len, 1..12usize, 0u8..3), 0..8).prop_map(move |spans| {
                spans
                    .into_iter()
                    .map(|(s, l, k)| (s, (s + l).min(len), k))
                    .collect()
            });
        (Just(text), spans)
    })
}
