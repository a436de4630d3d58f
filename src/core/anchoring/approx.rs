//! Approximate string search: where does `pattern` occur in `text` with at most `k` edits?
//!
//! Myers' bit-parallel algorithm (1999) in the block form of Hyyrö and of edlib: the pattern is
//! cut into 64-code-point blocks and one column of the edit-distance matrix is advanced for
//! each text character with a few word operations per block, so a pattern of any length
//! works. The last block's bottom row is the pattern's last character (bit `(m - 1) % 64`);
//! the unused bits above it never influence the bits below, as carries only run upwards.
//!
//! Everything counts code points: `text` and `pattern` are slices of `char`.

use std::collections::HashMap;

const WORD: usize = 64;

/// An occurrence of the pattern: `text[start..end]` is within `errors` edits of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub errors: usize,
}

/// For each character, the bit vector of the pattern positions it matches, one word per block.
struct PatternMasks {
    blocks: usize,
    ascii: Vec<u64>,
    other: HashMap<char, Vec<u64>>,
    none: Vec<u64>,
}

impl PatternMasks {
    fn new(pattern: &[char]) -> Self {
        let blocks = pattern.len().div_ceil(WORD).max(1);
        let mut ascii = vec![0u64; 128 * blocks];
        let mut other: HashMap<char, Vec<u64>> = HashMap::new();
        for (row, &c) in pattern.iter().enumerate() {
            let bit = 1 << (row % WORD);
            if c.is_ascii() {
                ascii[c as usize * blocks + row / WORD] |= bit;
            } else {
                other.entry(c).or_insert_with(|| vec![0; blocks])[row / WORD] |= bit;
            }
        }
        Self {
            blocks,
            ascii,
            other,
            none: vec![0; blocks],
        }
    }

    fn of(&self, c: char) -> &[u64] {
        if c.is_ascii() {
            let at = c as usize * self.blocks;
            &self.ascii[at..at + self.blocks]
        } else {
            self.other.get(&c).map_or(&self.none, Vec::as_slice)
        }
    }
}

/// One block's vertical deltas and the value of its bottom row.
#[derive(Clone, Copy)]
struct Block {
    pv: u64,
    mv: u64,
    score: isize,
}

/// Advances one block by one text character; returns the horizontal delta out of its bottom
/// row, the bit `bottom`.
fn advance(block: &mut Block, eq: u64, h_in: i8, bottom: u32) -> i8 {
    let h_in_neg = u64::from(h_in < 0);
    let (pv, mv) = (block.pv, block.mv);
    let xv = eq | mv;
    let eq = eq | h_in_neg;
    let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
    let mut ph = mv | !(xh | pv);
    let mut mh = pv & xh;
    let h_out = (((ph >> bottom) & 1) as i8) - (((mh >> bottom) & 1) as i8);
    ph = (ph << 1) | u64::from(h_in > 0);
    mh = (mh << 1) | h_in_neg;
    block.pv = mh | !(xv | ph);
    block.mv = ph & xv;
    block.score += h_out as isize;
    h_out
}

/// The end positions where the pattern matches with at most `k` errors, each with its error
/// count: for every text position `end`, the fewest edits turning the pattern into some
/// `text[s..end]`.
pub fn match_ends(text: &[char], pattern: &[char], k: usize) -> Vec<(usize, usize)> {
    if pattern.is_empty() {
        return (0..=text.len()).map(|end| (end, 0)).collect();
    }
    let masks = PatternMasks::new(pattern);
    let blocks = masks.blocks;
    let last_bottom = ((pattern.len() - 1) % WORD) as u32;
    // Column 0: the distance at each block's bottom row is that row's depth.
    let mut state: Vec<Block> = (0..blocks)
        .map(|b| Block {
            pv: !0,
            mv: 0,
            score: ((b + 1) * WORD).min(pattern.len()) as isize,
        })
        .collect();
    let mut ends = Vec::new();
    for (j, &c) in text.iter().enumerate() {
        let eq = masks.of(c);
        // The top row is 0 in every column: a match may start anywhere.
        let mut h = 0i8;
        for (b, block) in state.iter_mut().enumerate() {
            let bottom = if b + 1 == blocks {
                last_bottom
            } else {
                (WORD - 1) as u32
            };
            h = advance(block, eq[b], h, bottom);
        }
        let errors = state[blocks - 1].score;
        if errors <= k as isize {
            ends.push((j + 1, errors as usize));
        }
    }
    ends
}

/// Where a match ending at `end` with `errors` edits starts: the start in
/// `end - len - errors ..= end` whose substring is closest to the pattern (the longest such
/// substring on a tie), found by a small dynamic programme over that window.
pub fn match_start(text: &[char], pattern: &[char], end: usize) -> (usize, usize) {
    let window_start = end.saturating_sub(pattern.len() * 2);
    // Align backwards: both reversed, so the pattern's end is pinned at `end`.
    let window: Vec<char> = text[window_start..end].iter().rev().copied().collect();
    let reversed: Vec<char> = pattern.iter().rev().copied().collect();
    // previous[i]: distance between reversed[..i] and the window's prefix read so far.
    let mut previous: Vec<usize> = (0..=reversed.len()).collect();
    let mut best = (previous[reversed.len()], 0);
    for (read, &c) in window.iter().enumerate() {
        let mut current = vec![read + 1; reversed.len() + 1];
        for i in 1..=reversed.len() {
            let substitution = previous[i - 1] + usize::from(reversed[i - 1] != c);
            current[i] = substitution.min(previous[i] + 1).min(current[i - 1] + 1);
        }
        if current[reversed.len()] <= best.0 {
            best = (current[reversed.len()], read + 1);
        }
        previous = current;
    }
    (end - best.1, best.0)
}

/// The best ends of each run of adjacent match ends: `(end, errors)` for every place the
/// pattern matches with at most `k` errors. Where several ends of one run tie for the fewest
/// errors (an edit at the quote's last characters), all of them are kept, so that the
/// context can decide between them.
pub fn best_ends(text: &[char], pattern: &[char], k: usize) -> Vec<(usize, usize)> {
    let mut best: Vec<(usize, usize)> = Vec::new();
    let mut run: Vec<(usize, usize)> = Vec::new();
    let mut flush = |run: &mut Vec<(usize, usize)>| {
        let fewest = run.iter().map(|&(_, errors)| errors).min();
        best.extend(run.drain(..).filter(|&(_, errors)| Some(errors) == fewest));
    };
    for (end, errors) in match_ends(text, pattern, k) {
        if run.last().is_some_and(|&(previous, _)| previous + 1 != end) {
            flush(&mut run);
        }
        run.push((end, errors));
    }
    flush(&mut run);
    best
}

/// Every match with at most `k` errors that is the best among its neighbours, located from
/// its start.
pub fn search(text: &[char], pattern: &[char], k: usize) -> Vec<Match> {
    best_ends(text, pattern, k)
        .into_iter()
        .map(|(end, _)| {
            let (start, errors) = match_start(text, pattern, end);
            Match { start, end, errors }
        })
        .collect()
}

/// The edit distance between two short strings (context comparisons).
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            current[j + 1] = (previous[j] + usize::from(ca != cb))
                .min(previous[j + 1] + 1)
                .min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The same answers by the plain dynamic programme (Sellers' algorithm).
    fn naive_ends(text: &[char], pattern: &[char], k: usize) -> Vec<(usize, usize)> {
        let mut column: Vec<usize> = (0..=pattern.len()).collect();
        let mut ends = Vec::new();
        for (j, &c) in text.iter().enumerate() {
            let mut next = vec![0; pattern.len() + 1];
            for i in 1..=pattern.len() {
                next[i] = (column[i - 1] + usize::from(pattern[i - 1] != c))
                    .min(column[i] + 1)
                    .min(next[i - 1] + 1);
            }
            column = next;
            if column[pattern.len()] <= k {
                ends.push((j + 1, column[pattern.len()]));
            }
        }
        ends
    }

    #[test]
    fn finds_an_exact_occurrence_by_code_point() {
        let text = chars("what Washington calls the “Russian aggression” in Ukraine");
        let found = search(&text, &chars("“Russian aggression”"), 0);
        assert_eq!(
            found,
            [Match {
                start: 26,
                end: 46,
                errors: 0
            }]
        );
    }

    #[test]
    fn finds_a_quote_with_a_typo_fixed() {
        let text =
            chars("They all conveyed the same message that the United States remains committed.");
        let found = search(&text, &chars("the same mesage that"), 2);
        assert_eq!(found.len(), 1);
        let m = found[0];
        assert_eq!(
            text[m.start..m.end].iter().collect::<String>(),
            "the same message that"
        );
        assert_eq!(m.errors, 1);
    }

    #[test]
    fn agrees_with_the_plain_algorithm_for_short_and_multi_block_patterns() {
        let base = "NATO leaders also called for dialogue with “a more assertive” Russia in an attempt to \
                    ensure transparency and avoid misunderstandings. ";
        let text: Vec<char> = base.repeat(6).chars().collect();
        for (pattern, k) in [
            ("dialogue with “a more asertive”", 3usize),
            (&base.chars().skip(10).take(140).collect::<String>(), 12),
            (&base.chars().take(200).collect::<String>(), 40),
            ("zzzz", 1),
        ] {
            let pattern = chars(pattern);
            assert_eq!(
                match_ends(&text, &pattern, k),
                naive_ends(&text, &pattern, k),
                "k = {k}"
            );
        }
    }

    #[test]
    fn a_pattern_longer_than_a_word_is_found_with_edits_near_both_ends() {
        let original: String = (0..30).map(|i| format!("word{i} ")).collect();
        let text = chars(&format!("prefix text {original} suffix"));
        let edited = original
            .replacen("word1 ", "wrd1 ", 1)
            .replacen("word28", "word_28", 1);
        let found = search(&text, &chars(&edited), 10);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].errors, 2);
        assert_eq!(found[0].start, 12);
    }

    #[test]
    fn edit_distance_counts_insertions_deletions_and_substitutions() {
        assert_eq!(edit_distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(edit_distance(&chars(""), &chars("abc")), 3);
        assert_eq!(edit_distance(&chars("“a”"), &chars("\"a\"")), 2);
    }
}
