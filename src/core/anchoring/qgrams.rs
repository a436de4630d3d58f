//! A q-gram index of a text, built once on first use, and the filter it makes for the
//! approximate search (issue #22 item 6): by the pigeonhole principle, a quote that matches
//! with at most `k` edits, cut into `k + 1` pieces, has one piece exactly in the match. Finding
//! the pieces through the index gives the few windows of the text worth the bit-parallel
//! matcher, instead of the whole text.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use rustc_hash::{FxBuildHasher, FxHasher};

/// Code points per q-gram: long enough that a q-gram of prose is rare, short enough that a
/// quote's pieces hold one.
pub const Q: usize = 6;

/// Where each q-gram of a text starts (by its hash; a look-up checks the text).
pub struct QGramIndex {
    starts: HashMap<u64, Vec<u32>, FxBuildHasher>,
}

fn hash(gram: &[char]) -> u64 {
    let mut hasher = FxHasher::default();
    gram.hash(&mut hasher);
    hasher.finish()
}

impl QGramIndex {
    pub fn new(text: &[char]) -> Self {
        let mut starts: HashMap<u64, Vec<u32>, FxBuildHasher> = HashMap::default();
        for (at, gram) in text.windows(Q).enumerate() {
            starts.entry(hash(gram)).or_default().push(at as u32);
        }
        Self { starts }
    }

    /// Every start of `piece` (at least [`Q`] code points long) in `text`, the indexed text.
    pub fn find(&self, text: &[char], piece: &[char]) -> Vec<usize> {
        debug_assert!(piece.len() >= Q);
        self.starts
            .get(&hash(&piece[..Q]))
            .into_iter()
            .flatten()
            .map(|&at| at as usize)
            .filter(|&at| text.get(at..at + piece.len()) == Some(piece))
            .collect()
    }
}

/// The windows of `text` (merged, in order) where `pattern` may match with at most `k` edits,
/// or `None` when the pieces would be too short to filter or too common to be worth it (then
/// the whole text is searched).
pub fn candidate_windows(
    index: &QGramIndex,
    text: &[char],
    pattern: &[char],
    k: usize,
) -> Option<Vec<(usize, usize)>> {
    let pieces = k + 1;
    let piece_len = pattern.len() / pieces;
    if piece_len < Q {
        return None;
    }
    let mut windows = Vec::new();
    for p in 0..pieces {
        let from = p * piece_len;
        let to = if p + 1 == pieces {
            pattern.len()
        } else {
            from + piece_len
        };
        for at in index.find(text, &pattern[from..to]) {
            // The match holds the piece where the pattern does, give or take `k` edits.
            let start = at.saturating_sub(from + k);
            let end = (at.saturating_sub(from) + pattern.len() + k).min(text.len());
            windows.push((start, end));
        }
    }
    windows.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in windows {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    // Searching most of the text in windows saves nothing.
    let covered: usize = merged.iter().map(|(s, e)| e - s).sum();
    (covered <= text.len() / 4).then_some(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_piece_is_found_wherever_it_occurs_and_only_there() {
        let text = chars("the quick brown fox, the quick brown 🦊, the quick");
        let index = QGramIndex::new(&text);
        assert_eq!(index.find(&text, &chars("quick brown")), [4, 25]);
        assert_eq!(index.find(&text, &chars("brown 🦊,")), [31]);
        assert_eq!(
            index.find(&text, &chars("quick brownie")),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn a_match_with_k_edits_lies_inside_a_window() {
        let filler = "Nothing to see in this sentence at all. ".repeat(40);
        let text = chars(&format!(
            "{filler}The council voted on the plan, calling it a fair deal.{filler}"
        ));
        // Two edits: one of the three pieces is intact.
        let pattern = chars("The councl voted on the plan, callng it a fair deal.");
        let index = QGramIndex::new(&text);
        let windows = candidate_windows(&index, &text, &pattern, 2).expect("selective");
        let start = filler.chars().count();
        assert!(
            windows
                .iter()
                .any(|&(s, e)| s <= start && start + pattern.len() < e),
            "{windows:?}"
        );
        // Too many edits for pieces of Q code points: no filter.
        assert_eq!(candidate_windows(&index, &text, &pattern, 10), None);
    }
}
