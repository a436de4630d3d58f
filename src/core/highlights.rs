//! How the highlights of one block nest, for rendering them as `<mark>` elements.
//!
//! HTML elements nest; annotations may cross (a claim that starts inside a quote and ends
//! after it). [`layout`] turns the annotations that touch a block into a tree of text runs and
//! marks: in document order, the annotation that starts first (the longer one on a tie)
//! encloses those that start inside it, and one that crosses an enclosing mark's end is split
//! there into pieces that carry the same id. Every code point of the block appears exactly
//! once, in order, so the DOM text of the block stays the document's text.
//!
//! All ranges count code points from the start of the document.

use std::cmp::Reverse;
use std::collections::BTreeSet;

use super::annotation::{Annotation, AnnotationId, Kind};
use super::article::Article;
use super::offsets::{CharOffset, CharRange};
use super::suggestions::SuggestionKey;

/// What a highlight shows: an annotation, a suggestion not yet accepted (drawn apart), or
/// another coder's annotation in a team project (read-only, drawn with its layer's pattern).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HighlightId {
    Annotation(AnnotationId),
    Suggestion(SuggestionKey),
    Layer { pattern: usize, id: AnnotationId },
}

impl HighlightId {
    pub fn annotation(&self) -> Option<&AnnotationId> {
        match self {
            HighlightId::Annotation(id) => Some(id),
            HighlightId::Suggestion(_) | HighlightId::Layer { .. } => None,
        }
    }
}

/// An annotation or a suggestion as the view needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub id: HighlightId,
    pub kind: Kind,
    pub range: CharRange,
}

/// The highlights of annotations (orphans left out), for the view and the report.
pub fn highlights_of<'a>(annotations: impl Iterator<Item = &'a Annotation>) -> Vec<Highlight> {
    annotations
        // Orphans keep offsets into a text that is gone: they are listed, not highlighted.
        .filter(|a| !a.orphaned)
        .filter_map(|a| {
            Some(Highlight {
                id: HighlightId::Annotation(a.id.clone()),
                kind: a.kind,
                range: a.range()?,
            })
        })
        .collect()
}

/// The highlights of a coder's layer drawn with `pattern` (orphans left out).
pub fn layer_highlights<'a>(
    pattern: usize,
    annotations: impl Iterator<Item = &'a Annotation>,
) -> impl Iterator<Item = Highlight> {
    annotations.filter(|a| !a.orphaned).filter_map(move |a| {
        Some(Highlight {
            id: HighlightId::Layer {
                pattern,
                id: a.id.clone(),
            },
            kind: a.kind,
            range: a.range()?,
        })
    })
}

/// Distributes highlights over the blocks they touch: a binary search per highlight, so the
/// cost grows with the highlights, not with blocks × highlights.
pub fn per_block(article: &Article, highlights: &[Highlight]) -> Vec<Vec<Highlight>> {
    let blocks = article.blocks();
    let mut out = vec![Vec::new(); blocks.len()];
    for h in highlights {
        // The first block that ends after the highlight starts.
        let first = blocks.partition_point(|b| b.range.end() <= h.range.start());
        for (i, block) in blocks.iter().enumerate().skip(first) {
            if block.range.start() >= h.range.end() {
                break;
            }
            out[i].push(h.clone());
        }
    }
    out
}

/// A piece of a block: plain text, or a mark holding more pieces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(CharRange),
    Mark(MarkPiece),
}

/// One `<mark>`: all or part of one annotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkPiece {
    pub id: HighlightId,
    pub kind: Kind,
    pub range: CharRange,
    /// This piece begins where the annotation begins (not merely where the block begins).
    pub is_start: bool,
    /// This piece ends where the annotation ends.
    pub is_end: bool,
    pub children: Vec<Piece>,
}

/// Lays out `highlights` over the block that covers `block`. Highlights outside the block are
/// ignored and those reaching beyond it are clipped.
pub fn layout(block: CharRange, highlights: &[Highlight]) -> Vec<Piece> {
    // (start, longer first, index into `highlights`, end); crossing remainders are put back.
    // Inserted one by one: `collect` into a set sorts first, one more copy of the standard
    // sort in the wasm (see `core::order`).
    let mut pending: BTreeSet<(CharOffset, Reverse<CharOffset>, usize)> = BTreeSet::new();
    pending.extend(highlights.iter().enumerate().filter_map(|(i, h)| {
        let start = h.range.start().max(block.start());
        let end = h.range.end().min(block.end());
        (start < end).then_some((start, Reverse(end), i))
    }));

    let mut builder = Builder {
        root: Vec::new(),
        open: Vec::new(),
        cursor: block.start(),
    };
    while let Some((start, Reverse(mut end), i)) = pending.pop_first() {
        builder.close_before(start);
        if let Some(enclosing) = builder.open.last()
            && end > enclosing.range.end()
        {
            pending.insert((enclosing.range.end(), Reverse(end), i));
            end = enclosing.range.end();
        }
        let h = &highlights[i];
        builder.open_mark(MarkPiece {
            id: h.id.clone(),
            kind: h.kind,
            range: CharRange::new(start, end),
            is_start: start == h.range.start(),
            is_end: end == h.range.end(),
            children: Vec::new(),
        });
    }
    builder.close_before(block.end());
    builder.text_to(block.end());
    builder.root
}

struct Builder {
    root: Vec<Piece>,
    /// Marks opened and not yet closed, innermost last.
    open: Vec<MarkPiece>,
    /// Everything before this offset has been placed.
    cursor: CharOffset,
}

impl Builder {
    fn container(&mut self) -> &mut Vec<Piece> {
        match self.open.last_mut() {
            Some(mark) => &mut mark.children,
            None => &mut self.root,
        }
    }

    fn text_to(&mut self, offset: CharOffset) {
        if self.cursor < offset {
            let text = Piece::Text(CharRange::new(self.cursor, offset));
            self.container().push(text);
            self.cursor = offset;
        }
    }

    fn open_mark(&mut self, mark: MarkPiece) {
        self.text_to(mark.range.start());
        self.open.push(mark);
    }

    /// Closes every open mark that ends at or before `offset`.
    fn close_before(&mut self, offset: CharOffset) {
        while let Some(end) = self
            .open
            .last()
            .map(|m| m.range.end())
            .filter(|&e| e <= offset)
        {
            self.text_to(end);
            let mark = self.open.pop().expect("an open mark");
            self.container().push(Piece::Mark(mark));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: usize, end: usize) -> CharRange {
        CharRange::new(CharOffset::new(start), CharOffset::new(end))
    }

    fn highlight(seed: u8, kind: Kind, start: usize, end: usize) -> Highlight {
        Highlight {
            id: HighlightId::Annotation(AnnotationId::from_random_bytes([seed; 16])),
            kind,
            range: range(start, end),
        }
    }

    /// A compact picture of a layout: `text` runs as `a..b`, marks as `kind[...]` with `<` and
    /// `>` where the piece is not the annotation's start or end.
    fn draw(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(r) => format!("{r}"),
                Piece::Mark(m) => format!(
                    "{}{}[{}]{}",
                    if m.is_start { "" } else { "<" },
                    m.kind.as_str(),
                    draw(&m.children),
                    if m.is_end { "" } else { ">" }
                ),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_block_without_highlights_is_one_text_run() {
        assert_eq!(draw(&layout(range(10, 20), &[])), "10..20");
    }

    #[test]
    fn a_quote_inside_a_claim_nests() {
        let hs = [
            highlight(1, Kind::Claim, 0, 10),
            highlight(2, Kind::Quote, 3, 6),
        ];
        assert_eq!(
            draw(&layout(range(0, 12), &hs)),
            "claim[0..3 quote[3..6] 6..10] 10..12"
        );
    }

    #[test]
    fn crossing_annotations_split_the_later_one_at_the_earlier_ones_end() {
        let hs = [
            highlight(1, Kind::Quote, 2, 8),
            highlight(2, Kind::Claim, 5, 12),
        ];
        assert_eq!(
            draw(&layout(range(0, 15), &hs)),
            "0..2 quote[2..5 claim[5..8]>] <claim[8..12] 12..15"
        );
    }

    #[test]
    fn identical_ranges_nest_rather_than_hide_each_other() {
        let hs = [
            highlight(1, Kind::Claim, 2, 5),
            highlight(2, Kind::Claim, 2, 5),
        ];
        assert_eq!(draw(&layout(range(0, 5), &hs)), "0..2 claim[claim[2..5]]");
    }

    #[test]
    fn annotations_beyond_the_block_are_clipped_and_marked_as_continuing() {
        let hs = [
            highlight(1, Kind::Claim, 0, 30),
            highlight(2, Kind::Quote, 40, 50),
        ];
        assert_eq!(draw(&layout(range(10, 20), &hs)), "<claim[10..20]>");
    }

    #[test]
    fn every_code_point_is_placed_once_in_order() {
        fn flatten(pieces: &[Piece], out: &mut Vec<CharRange>) {
            for p in pieces {
                match p {
                    Piece::Text(r) => out.push(*r),
                    Piece::Mark(m) => flatten(&m.children, out),
                }
            }
        }
        let hs = [
            highlight(1, Kind::Claim, 0, 9),
            highlight(2, Kind::Quote, 2, 14),
            highlight(3, Kind::ScareQuote, 4, 11),
            highlight(4, Kind::Claim, 7, 20),
        ];
        let mut runs = Vec::new();
        flatten(&layout(range(0, 22), &hs), &mut runs);
        let mut cursor = 0;
        for run in runs {
            assert_eq!(run.start().get(), cursor);
            cursor = run.end().get();
        }
        assert_eq!(cursor, 22);
    }
}
