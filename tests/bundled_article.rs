//! The bundled Press TV article: its bytes are the seed's, and its blocks are what a reader sees.
// Native only: the property-test and hashing crates are native dev-dependencies.
#![cfg(not(target_arch = "wasm32"))]

use quotemark::core::article::{Article, BlockKind};
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use sha2::{Digest, Sha256};

const SEED_SHA256: &str = "78e17c68f45006efd41b41a8ed0f96c90ff832b7f171c5255489f1367c5730f0";

#[test]
fn the_bundled_text_is_the_seed_byte_for_byte() {
    let digest = Sha256::digest(NATO_DIALOGUE_TEXT.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(hex, SEED_SHA256);
}

#[test]
fn the_article_has_a_section_line_headline_two_captions_body_and_boilerplate() {
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    let kinds: Vec<BlockKind> = article.blocks().iter().map(|b| b.kind).collect();
    use BlockKind::*;
    assert_eq!(
        kinds,
        [
            SectionLine,
            Headline,
            Caption,
            Paragraph,
            Paragraph,
            Paragraph,
            Caption,
            Paragraph,
            Paragraph,
            Paragraph,
            Paragraph,
            Paragraph,
            Paragraph,
            Boilerplate,
            Boilerplate,
            Boilerplate,
        ]
    );
    assert_eq!(
        article.headline(),
        Some("NATO, Trump agree on dialogue with Russia: Stoltenberg")
    );
    assert_eq!(&*article.blocks()[0].text, "News \u{a0} / \u{a0} Russia");
}

#[test]
fn every_block_range_slices_its_own_text_and_nothing_but_blank_lines_lies_between() {
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    let mut previous_end = 0;
    for block in article.blocks() {
        assert_eq!(article.slice(block.range), Some(&*block.text));
        let gap: String = NATO_DIALOGUE_TEXT
            .chars()
            .skip(previous_end)
            .take(block.range.start().get() - previous_end)
            .collect();
        assert!(
            gap.trim().is_empty(),
            "non-blank text {gap:?} between blocks"
        );
        previous_end = block.range.end().get();
    }
}

#[test]
fn offsets_are_code_points_of_the_curly_quoted_scare_quote() {
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    let scare = "“Russian aggression”";
    let byte = NATO_DIALOGUE_TEXT.find(scare).unwrap();
    let start = NATO_DIALOGUE_TEXT[..byte].chars().count();
    let block = article
        .blocks()
        .iter()
        .find(|b| b.text.contains(scare))
        .expect("a paragraph holds the scare quote");
    let inside = block.text[..block.text.find(scare).unwrap()]
        .chars()
        .count();
    assert_eq!(block.range.start().get() + inside, start);
}
