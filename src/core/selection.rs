//! Turning what a reader selected into an annotation range.
//!
//! A selection dragged across paragraphs, or made by a triple click, picks up white space and
//! line breaks at its ends; an annotation should cover the words only. Offsets are code points.

use super::article::Article;
use super::offsets::{CharOffset, CharRange};

/// `range` without white space at either end, or `None` when nothing but white space (or
/// nothing at all) is selected, or the range lies outside the document.
pub fn trim_to_words(article: &Article, range: CharRange) -> Option<CharRange> {
    let text = article.slice(range)?;
    let leading = text.chars().take_while(|c| c.is_whitespace()).count();
    if leading == range.len() {
        return None;
    }
    let trailing = text.chars().rev().take_while(|c| c.is_whitespace()).count();
    Some(CharRange::new(
        CharOffset::new(range.start().get() + leading),
        CharOffset::new(range.end().get() - trailing),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: usize, end: usize) -> CharRange {
        CharRange::new(CharOffset::new(start), CharOffset::new(end))
    }

    #[test]
    fn trims_line_breaks_and_no_break_spaces_from_both_ends() {
        let article = Article::parse("One “two”.\u{a0}\n\nThree.");
        // From the space before “two” to the blank line after it.
        let trimmed = trim_to_words(&article, range(3, 13)).unwrap();
        assert_eq!(article.slice(trimmed), Some("“two”."));
    }

    #[test]
    fn white_space_alone_is_no_selection() {
        let article = Article::parse("One.\n\n  \nTwo.");
        assert_eq!(trim_to_words(&article, range(4, 9)), None);
        assert_eq!(trim_to_words(&article, range(2, 2)), None);
        assert_eq!(
            trim_to_words(&article, range(0, 99)),
            None,
            "outside the document"
        );
    }
}
