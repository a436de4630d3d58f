//! An article as the reader sees it: the document text cut into blocks.
//!
//! The document is one string, and annotations point into it by code point
//! ([`CharOffset`]). An [`Article`] never changes that string: it only finds the blocks in it.
//! A block is a maximal run of non-blank lines; a blank line is empty or holds only white
//! space (including no-break spaces). Each block's [`CharRange`] covers its lines exactly,
//! from the first character of its first line to the end of its last line, so the text of the
//! blocks plus the blank lines between them is the whole document, character for character.
//!
//! Each block gets a [`BlockKind`] from its position and shape, so that the view can set a
//! section line, headline, photo captions and trailing site boilerplate apart from the body:
//! - **section line**: a short first block of words joined by a separator (`News / Russia`);
//! - **headline**: the first remaining block, when it is one short line that does not end in a
//!   full stop, or whatever its shape when it is the document's title ([`Article::titled`]:
//!   a page's headline may end in one);
//! - **caption**: a block that ends in a photo credit (`(Photo by AFP).`) or starts `Photo:`;
//! - **boilerplate**: the trailing run of site chrome (bare addresses, `SHARE THIS ARTICLE`,
//!   copyright lines, and a line ending in `:` that introduces only such blocks).

use std::rc::Rc;

use super::offsets::{CharOffset, CharRange};
use super::text::TextIndex;

/// What a block is, for display only; it never changes which characters a block holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    SectionLine,
    Headline,
    Caption,
    Paragraph,
    Boilerplate,
}

/// One block of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Where the block lies in the document, in code points.
    pub range: CharRange,
    /// The block's text: exactly `document[range]`.
    pub text: Rc<str>,
}

/// A document and its blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    text: Rc<str>,
    index: TextIndex,
    blocks: Vec<Block>,
}

/// A headline is one line of at most this many code points.
const MAX_HEADLINE_CHARS: usize = 200;
/// A section line is at most this many words.
const MAX_SECTION_WORDS: usize = 6;

impl Article {
    /// Cuts `text` into blocks. Never fails: any string is an article, an empty one has no
    /// blocks.
    pub fn parse(text: impl Into<Rc<str>>) -> Self {
        Self::titled(text, None)
    }

    /// Cuts `text` into blocks, knowing the document's title: a first block equal to it is the
    /// headline.
    pub fn titled(text: impl Into<Rc<str>>, title: Option<&str>) -> Self {
        let text: Rc<str> = text.into();
        let index = TextIndex::new(&text);
        let mut blocks: Vec<Block> = find_blocks(&text)
            .into_iter()
            .map(|(bytes, range)| Block {
                kind: BlockKind::Paragraph,
                range,
                text: Rc::from(&text[bytes]),
            })
            .collect();
        classify(&mut blocks, title);
        Self {
            text,
            index,
            blocks,
        }
    }

    /// The whole document text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The code-point range of the first occurrence of `needle`, if there is one.
    pub fn find(&self, needle: &str) -> Option<CharRange> {
        let byte = self.text.find(needle)?;
        let start = self.text[..byte].chars().count();
        Some(CharRange::new(
            CharOffset::new(start),
            CharOffset::new(start + needle.chars().count()),
        ))
    }

    pub fn index(&self) -> &TextIndex {
        &self.index
    }

    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The headline, when the article has one.
    pub fn headline(&self) -> Option<&str> {
        self.blocks
            .iter()
            .find(|b| b.kind == BlockKind::Headline)
            .map(|b| &*b.text)
    }

    /// The text of a range of the document, or `None` when the range is out of bounds.
    pub fn slice(&self, range: CharRange) -> Option<&str> {
        self.index.byte_range(range).map(|bytes| &self.text[bytes])
    }
}

/// Returns each block's byte range and code-point range.
fn find_blocks(text: &str) -> Vec<(std::ops::Range<usize>, CharRange)> {
    let mut blocks = Vec::new();
    // (byte start, char start) of the block being read, and where its last line ends.
    let mut open: Option<(usize, usize)> = None;
    let mut last_end = (0, 0);
    let (mut byte, mut chars) = (0, 0);
    for line in text.split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        let content = content.strip_suffix('\r').unwrap_or(content);
        let content_end = (byte + content.len(), chars + content.chars().count());
        if content.trim().is_empty() {
            if let Some((b, c)) = open.take() {
                blocks.push((b..last_end.0, char_range(c, last_end.1)));
            }
        } else {
            open.get_or_insert((byte, chars));
            last_end = content_end;
        }
        byte += line.len();
        chars += line.chars().count();
    }
    if let Some((b, c)) = open {
        blocks.push((b..last_end.0, char_range(c, last_end.1)));
    }
    blocks
}

fn char_range(start: usize, end: usize) -> CharRange {
    CharRange::new(CharOffset::new(start), CharOffset::new(end))
}

fn classify(blocks: &mut [Block], title: Option<&str>) {
    let mut first_body = 0;
    if blocks.len() > 1 && is_section_line(&blocks[0].text) {
        blocks[0].kind = BlockKind::SectionLine;
        first_body = 1;
    }
    let is_title = |text: &str| {
        title.is_some_and(|title| {
            !title.is_empty() && text.split_whitespace().eq(title.split_whitespace())
        })
    };
    if let Some(block) = blocks.get_mut(first_body)
        && (is_headline(&block.text) || is_title(&block.text))
    {
        block.kind = BlockKind::Headline;
        first_body += 1;
    }
    let boilerplate_from = boilerplate_start(&blocks[first_body..]) + first_body;
    for block in &mut blocks[first_body..boilerplate_from] {
        if is_caption(&block.text) {
            block.kind = BlockKind::Caption;
        }
    }
    for block in &mut blocks[boilerplate_from..] {
        block.kind = BlockKind::Boilerplate;
    }
}

fn is_section_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let separator = |w: &&str| matches!(*w, "/" | "|" | "›" | "»" | ">" | "·");
    !text.contains('\n')
        && words.len() <= MAX_SECTION_WORDS
        && words.iter().any(separator)
        && !words.iter().any(|w| w.ends_with(['.', '!', '?']))
}

fn is_headline(text: &str) -> bool {
    !text.contains('\n')
        && text.chars().count() <= MAX_HEADLINE_CHARS
        && !text.trim().ends_with('.')
}

fn is_caption(text: &str) -> bool {
    let trimmed = text.trim().trim_end_matches('.');
    // ASCII case folding is enough to find ASCII words, and it keeps Unicode's case tables
    // out of the first screen's module (issue #21), which classifies the bundled article.
    let lower = trimmed.to_ascii_lowercase();
    let credit_at_end = trimmed.ends_with(')')
        && lower.rfind('(').is_some_and(|open| {
            let credit = &lower[open + 1..];
            ["photo", "image", "picture", "file photo", "credit"]
                .iter()
                .any(|w| credit.starts_with(w))
        });
    let labelled = ["photo:", "image:", "caption:"]
        .iter()
        .any(|w| lower.starts_with(w));
    credit_at_end || labelled
}

/// The index of the first block of the trailing run of site chrome (`blocks.len()` if none).
fn boilerplate_start(blocks: &[Block]) -> usize {
    let mut start = blocks.len();
    while start > 0 {
        let text = &blocks[start - 1].text;
        let chrome_follows = start < blocks.len();
        // A body paragraph never ends in a colon, but "…at the following addresses:" does
        // when it introduces only chrome.
        let introduces_chrome = chrome_follows && text.trim_end().ends_with(':');
        if is_site_chrome(text) || introduces_chrome {
            start -= 1;
        } else {
            break;
        }
    }
    // When every block looks like chrome the guess is wrong: show them all as body.
    if start == 0 { blocks.len() } else { start }
}

fn is_site_chrome(text: &str) -> bool {
    const PHRASES: [&str; 10] = [
        "share this",
        "follow us",
        "subscribe",
        "all rights reserved",
        "copyright",
        "©",
        "sign up for",
        "newsletter",
        "read more",
        "can also be accessed",
    ];
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    let only_addresses = words.iter().all(|w| looks_like_address(w));
    let shouting = words.len() <= 8 && !text.chars().any(char::is_lowercase);
    only_addresses || shouting || PHRASES.iter().any(|p| lower.contains(p))
}

fn looks_like_address(word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    word.starts_with("http://") || word.starts_with("https://") || word.starts_with("www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(article: &Article) -> Vec<BlockKind> {
        article.blocks().iter().map(|b| b.kind).collect()
    }

    #[test]
    fn blocks_are_separated_by_blank_lines_and_keep_their_exact_text() {
        let text = "Title\n\nFirst “one”.\nStill first.\n \u{a0}\nSecond — two.\n";
        let article = Article::parse(text);
        let texts: Vec<&str> = article.blocks().iter().map(|b| &*b.text).collect();
        assert_eq!(
            texts,
            ["Title", "First “one”.\nStill first.", "Second — two."]
        );
        for block in article.blocks() {
            assert_eq!(article.slice(block.range), Some(&*block.text));
        }
    }

    #[test]
    fn offsets_count_code_points_across_crlf_and_curly_quotes() {
        let article = Article::parse("“Hi”\r\n\r\nBody ’s text.\r\n");
        let ranges: Vec<(usize, usize)> = article
            .blocks()
            .iter()
            .map(|b| (b.range.start().get(), b.range.end().get()))
            .collect();
        assert_eq!(ranges, [(0, 4), (8, 21)]);
        assert_eq!(&*article.blocks()[1].text, "Body ’s text.");
    }

    #[test]
    fn section_line_headline_caption_body_and_boilerplate() {
        let text = "World | Europe\n\nLeaders meet in Brussels\n\n\
                    A leader waves on arrival (Photo by Reuters).\n\n\
                    Leaders met on Tuesday. They talked.\n\n\n\
                    Our site can also be accessed at:\n\nwww.example.org\n\nSHARE THIS ARTICLE";
        assert_eq!(
            kinds(&Article::parse(text)),
            [
                BlockKind::SectionLine,
                BlockKind::Headline,
                BlockKind::Caption,
                BlockKind::Paragraph,
                BlockKind::Boilerplate,
                BlockKind::Boilerplate,
                BlockKind::Boilerplate,
            ]
        );
    }

    #[test]
    fn a_sentence_ending_in_a_colon_is_body_when_body_follows() {
        let text = "Headline\n\nHe listed three demands:\n\nThe first was peace.";
        assert_eq!(
            kinds(&Article::parse(text)),
            [
                BlockKind::Headline,
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn a_first_block_that_is_the_title_is_the_headline_even_with_a_full_stop() {
        let text = "Talks end.\n\nThe talks ended on Monday.";
        assert_eq!(Article::parse(text).headline(), None);
        let article = Article::titled(text, Some("Talks  end."));
        assert_eq!(article.headline(), Some("Talks end."));
        assert_eq!(article.blocks()[1].kind, BlockKind::Paragraph);
        // Another title changes nothing.
        assert_eq!(Article::titled(text, Some("Talks")).headline(), None);
    }

    #[test]
    fn a_long_first_block_is_not_a_headline() {
        let long = "word ".repeat(60) + "end.";
        assert_eq!(kinds(&Article::parse(long)), [BlockKind::Paragraph]);
    }

    #[test]
    fn an_empty_document_has_no_blocks() {
        assert!(Article::parse("").blocks().is_empty());
        assert!(Article::parse("\n \n\u{a0}\n").blocks().is_empty());
    }
}
