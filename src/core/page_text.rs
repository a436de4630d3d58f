//! A web page's text as blocks, and what opens when a reader opens a page.
//!
//! The browser adapter walks a parsed page (or the part an extractor kept) and tells a
//! [`TextBlocks`] what it meets: text, a line break (`<br>`), the edge of a block-level element.
//! Runs of ASCII white space in the source become one space, as a browser shows them (no-break
//! spaces are text and stay); a line break starts a new line inside the block; a block edge
//! ends the block. Empty blocks and lines never appear, so the blocks joined by blank lines are
//! a normal document (`core::opening`): one paragraph per block.
//!
//! [`open_page`] then decides what the reader gets: the extracted article when there is one,
//! else the page's whole visible text with a [`PageNote::NoArticle`] (or
//! [`PageNote::ExtractorUnavailable`] when no article could be looked for); and when the article
//! keeps much less than the page holds (under [`SHORT_SHARE`] of its words), a
//! [`PageNote::PartOfPage`] that carries the whole page text, so that it can be opened instead.
//! Nothing a reader can read is refused: only a page with no text at all is.

use std::rc::Rc;

use super::credit::Credit;
use super::opening::{OpenError, Opened, clip_title, from_plain_text};

/// Collects a page's text into blocks; see the module docs.
#[derive(Debug, Default)]
pub struct TextBlocks {
    blocks: Vec<String>,
    current: String,
    /// White space was met since the last character: one space goes before the next one.
    space: bool,
}

impl TextBlocks {
    pub fn new() -> Self {
        Self::default()
    }

    /// Text as the page's source holds it.
    pub fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_ascii_whitespace() {
                self.space = true;
                continue;
            }
            if self.space && !self.current.is_empty() && !self.current.ends_with('\n') {
                self.current.push(' ');
            }
            self.space = false;
            self.current.push(c);
        }
    }

    /// A line break inside the block (`<br>`).
    pub fn line_break(&mut self) {
        if !self.current.is_empty() && !self.current.ends_with('\n') {
            self.current.push('\n');
        }
        self.space = false;
    }

    /// The edge of a block-level element: the block so far is complete.
    pub fn block_break(&mut self) {
        let block = std::mem::take(&mut self.current);
        let block = block.trim_end_matches('\n');
        if !block.is_empty() {
            self.blocks.push(block.to_owned());
        }
        self.space = false;
    }

    pub fn finish(mut self) -> Vec<String> {
        self.block_break();
        self.blocks
    }
}

/// Below this share of the page's words (a twentieth), an article is suspiciously short: the
/// reader is told and offered the whole page. Measured with `scripts/eval-extract.sh` (see
/// `docs/PERFORMANCE.md`): on news pages Readability rightly keeps as little as 7% of the words
/// (menus, comments and lists of other stories make up the rest), so a higher share would warn
/// about good articles.
pub const SHORT_SHARE: f64 = 0.05;

/// What the extractor made of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Extraction {
    /// The article's blocks.
    Found(Vec<String>),
    NotFound,
    /// The extractor could not run (it could not be loaded, or it failed).
    Unavailable,
}

/// What a reader is told about the text opened from a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageNote {
    /// No article was found: the page's whole visible text is open.
    NoArticle,
    /// No article could be looked for: the page's whole visible text is open.
    ExtractorUnavailable,
    /// The article keeps `kept_words` of the page's `page_words`; `whole_page` opens the rest.
    PartOfPage {
        kept_words: usize,
        page_words: usize,
        whole_page: Rc<Opened>,
    },
}

/// What the page's metadata says about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMetadata {
    pub title: Option<String>,
    pub source: Option<String>,
    pub credit: Credit,
}

/// A page opened: the document, and what to tell the reader about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedPage {
    pub opened: Opened,
    pub note: Option<PageNote>,
}

/// Chooses what opens from a page: the extracted article, or `page` (all of its visible
/// text); see the module docs.
pub fn open_page(
    page: Vec<String>,
    extraction: Extraction,
    metadata: PageMetadata,
) -> Result<OpenedPage, OpenError> {
    let page_words = words(&page);
    let (article, otherwise) = match extraction {
        Extraction::Found(blocks) if words(&blocks) > 0 => (blocks, PageNote::NoArticle),
        Extraction::Found(_) | Extraction::NotFound => (Vec::new(), PageNote::NoArticle),
        Extraction::Unavailable => (Vec::new(), PageNote::ExtractorUnavailable),
    };
    if article.is_empty() {
        let opened = document(page, &metadata).ok_or(OpenError::NoTextInPage)??;
        return Ok(OpenedPage {
            opened,
            note: Some(otherwise),
        });
    }
    let kept_words = words(&article);
    let opened = document(article, &metadata).ok_or(OpenError::NoTextInPage)??;
    let short = (kept_words as f64) < SHORT_SHARE * page_words as f64;
    let note = match short.then(|| document(page, &metadata)).flatten() {
        Some(Ok(whole_page)) if whole_page.text != opened.text => Some(PageNote::PartOfPage {
            kept_words,
            page_words,
            whole_page: Rc::new(whole_page),
        }),
        _ => None,
    };
    Ok(OpenedPage { opened, note })
}

fn words(blocks: &[String]) -> usize {
    blocks.iter().map(|b| b.split_whitespace().count()).sum()
}

/// The document of `blocks`: it starts with its title, as pasted text does. `None` when there
/// is no text at all.
fn document(mut blocks: Vec<String>, metadata: &PageMetadata) -> Option<Result<Opened, OpenError>> {
    let first = blocks.first()?;
    let title = metadata
        .title
        .as_deref()
        .map(clip_title)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| clip_title(first));
    if clip_title(first) != title {
        blocks.insert(0, title.clone());
    }
    Some(from_plain_text(&blocks.join("\n\n")).map(|mut opened| {
        opened.title = title;
        opened.source = metadata.source.clone();
        opened.credit = metadata.credit.clone();
        opened
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(walk: impl FnOnce(&mut TextBlocks)) -> Vec<String> {
        let mut blocks = TextBlocks::new();
        walk(&mut blocks);
        blocks.finish()
    }

    #[test]
    fn white_space_collapses_and_edges_make_blocks() {
        let got = blocks(|b| {
            b.text("\n  Talks   in\tGeneva ");
            b.block_break();
            b.block_break();
            b.text("The minister\u{a0}called it ");
            b.text(" “realistic”.");
            b.line_break();
            b.line_break();
            b.text("  Second line");
            b.line_break();
        });
        assert_eq!(
            got,
            [
                "Talks in Geneva",
                "The minister\u{a0}called it “realistic”.\nSecond line"
            ]
        );
        assert!(blocks(|b| b.text(" \n ")).is_empty());
    }

    fn paragraphs(n: usize, words_each: usize) -> Vec<String> {
        (0..n)
            .map(|i| vec![format!("w{i}"); words_each].join(" "))
            .collect()
    }

    fn metadata(title: &str) -> PageMetadata {
        PageMetadata {
            title: Some(title.to_owned()),
            source: Some("https://news.example/a".to_owned()),
            credit: Credit::default(),
        }
    }

    #[test]
    fn an_article_opens_with_its_title_first_and_no_note() {
        let page = paragraphs(6, 10);
        let article = page[1..5].to_vec();
        let got = open_page(page, Extraction::Found(article), metadata("Talks end.")).unwrap();
        assert_eq!(got.note, None);
        assert_eq!(got.opened.title, "Talks end.");
        assert!(got.opened.text.starts_with("Talks end.\n\nw1 w1"));
        assert_eq!(got.opened.source.as_deref(), Some("https://news.example/a"));
    }

    #[test]
    fn no_article_opens_the_whole_page_and_says_so() {
        let got = open_page(paragraphs(2, 3), Extraction::NotFound, metadata("T")).unwrap();
        assert_eq!(got.note, Some(PageNote::NoArticle));
        assert_eq!(got.opened.text, "T\n\nw0 w0 w0\n\nw1 w1 w1");
        // An article without words counts as none.
        let got = open_page(paragraphs(1, 3), Extraction::Found(vec![]), metadata("T")).unwrap();
        assert_eq!(got.note, Some(PageNote::NoArticle));
    }

    #[test]
    fn a_short_article_offers_the_whole_page() {
        // 4 of 100 words kept: under a twentieth.
        let page = paragraphs(25, 4);
        let got = open_page(
            page.clone(),
            Extraction::Found(page[..1].to_vec()),
            metadata("T"),
        )
        .unwrap();
        let Some(PageNote::PartOfPage {
            kept_words,
            page_words,
            whole_page,
        }) = got.note
        else {
            panic!("expected a note, got {:?}", got.note);
        };
        assert_eq!((kept_words, page_words), (4, 100));
        assert_eq!(whole_page.title, "T");
        assert_eq!(whole_page.text.matches("w24").count(), 4);
        // 8 of 100 words: not short.
        let got = open_page(
            page.clone(),
            Extraction::Found(page[..2].to_vec()),
            metadata("T"),
        )
        .unwrap();
        assert_eq!(got.note, None);
    }

    #[test]
    fn a_page_without_text_is_refused() {
        assert_eq!(
            open_page(vec![], Extraction::NotFound, PageMetadata::default()),
            Err(OpenError::NoTextInPage)
        );
    }

    #[test]
    fn without_a_title_the_first_block_is_the_title() {
        let got = open_page(
            paragraphs(2, 2),
            Extraction::Unavailable,
            PageMetadata::default(),
        )
        .unwrap();
        assert_eq!(got.note, Some(PageNote::ExtractorUnavailable));
        assert_eq!(got.opened.title, "w0 w0");
        assert_eq!(got.opened.text, "w0 w0\n\nw1 w1");
    }
}
