//! A DOM selection in the rendered article maps to exactly the right document range, in code
//! points, across paragraphs and nested highlights, whichever way it was made.

use std::rc::Rc;

use quotemark::core::annotation::{AnnotationId, Kind};
use quotemark::core::article::Article;
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::highlights::{Highlight, HighlightId};
use quotemark::core::offsets::CharRange;
use quotemark::ui::dom_selection::selected_range;
use quotemark::ui::{ArticleView, ArticleViewProps};
use wasm_bindgen_test::*;
use web_sys::Element;

use super::support::{mount, select, text_point};

wasm_bindgen_test_configure!(run_in_browser);

/// The code-point range of the first occurrence of `needle` in the seed.
fn range_of(needle: &str) -> CharRange {
    Article::parse(NATO_DIALOGUE_TEXT)
        .find(needle)
        .expect("in the seed")
}

fn highlight(seed: u8, kind: Kind, needle: &str) -> Highlight {
    Highlight {
        id: HighlightId::Annotation(AnnotationId::from_random_bytes([seed; 16])),
        kind,
        range: range_of(needle),
    }
}

/// The bundled article with a claim enclosing a quote and a crossing scare quote, so that
/// selections start and end inside nested marks.
async fn mount_annotated() -> (Element, Rc<Article>) {
    let article = Rc::new(Article::parse(NATO_DIALOGUE_TEXT));
    let highlights = Rc::new(vec![
        highlight(
            1,
            Kind::Claim,
            "Stoltenberg pointed to his recent phone conversations",
        ),
        highlight(2, Kind::Quote, "his recent phone"),
        highlight(3, Kind::ScareQuote, "conversations\u{a0}with Trump"),
    ]);
    let props = yew::props!(ArticleViewProps {
        article: article.clone(),
        highlights
    });
    let root = mount::<ArticleView>(props).await;
    let article_root = root.query_selector("article").unwrap().unwrap();
    (article_root, article)
}

fn mapped(root: &Element, article: &Article) -> Option<CharRange> {
    selected_range(root, article)
}

#[wasm_bindgen_test]
async fn a_selection_inside_a_paragraph_maps_to_its_code_points() {
    let (root, article) = mount_annotated().await;
    let (node, at) = text_point(&root, "Russian aggression").unwrap();
    select((&node, at), (&node, at + "Russian aggression".len() as u32));
    let range = mapped(&root, &article).unwrap();
    assert_eq!(range, range_of("Russian aggression"));
    assert_eq!(article.slice(range), Some("Russian aggression"));
}

#[wasm_bindgen_test]
async fn a_backwards_selection_maps_like_a_forwards_one() {
    let (root, article) = mount_annotated().await;
    let (node, at) = text_point(&root, "Russian aggression").unwrap();
    select((&node, at + 18), (&node, at));
    assert_eq!(
        mapped(&root, &article),
        Some(range_of("Russian aggression"))
    );
}

#[wasm_bindgen_test]
async fn end_points_inside_nested_and_crossing_marks_map_exactly() {
    let (root, article) = mount_annotated().await;
    // From inside the quote (nested in the claim) to inside the crossing scare quote's tail.
    let (start_node, start) = text_point(&root, "recent phone").unwrap();
    let (end_node, end) = text_point(&root, "with Trump").unwrap();
    select((&start_node, start), (&end_node, end + "with".len() as u32));
    let range = mapped(&root, &article).unwrap();
    assert_eq!(
        article.slice(range),
        Some("recent phone conversations\u{a0}with")
    );
}

#[wasm_bindgen_test]
async fn a_selection_across_paragraphs_keeps_the_text_between_and_trims_the_ends() {
    let (root, article) = mount_annotated().await;
    let (start_node, start) = text_point(&root, "They all conveyed").unwrap();
    let (end_node, end) = text_point(&root, "he said.").unwrap();
    select(
        (&start_node, start),
        (&end_node, end + "he said.".len() as u32),
    );
    let range = mapped(&root, &article).unwrap();
    let text = article.slice(range).unwrap();
    assert!(text.starts_with("They all conveyed"));
    assert!(
        text.ends_with("” he said.") || text.ends_with("\" he said."),
        "{text}"
    );
    assert!(
        text.contains("bond.”\n\n“The message"),
        "the blank line between paragraphs is kept"
    );
}

#[wasm_bindgen_test]
async fn a_triple_click_shape_selects_the_paragraph_without_its_line_break() {
    let (root, article) = mount_annotated().await;
    // Chromium's triple click: from the paragraph's start to offset 0 of the next block.
    let paragraphs = root.query_selector_all("p.paragraph").unwrap();
    let paragraph: web_sys::Node = paragraphs.item(4).unwrap();
    let next = paragraphs.item(5).unwrap();
    select((&paragraph, 0), (&next, 0));
    let range = mapped(&root, &article).unwrap();
    let block = article
        .blocks()
        .iter()
        .find(|b| b.range == range)
        .expect("exactly one block");
    assert!(block.text.starts_with("During his presidential campaign"));
}

#[wasm_bindgen_test]
async fn element_containers_count_the_text_before_the_child_offset() {
    let (root, article) = mount_annotated().await;
    let mark: web_sys::Node = root
        .query_selector("mark[data-kind=quote]")
        .unwrap()
        .unwrap()
        .into();
    // Select the whole quote mark by its child offsets (0 .. number of children).
    select((&mark, 0), (&mark, mark.child_nodes().length()));
    assert_eq!(
        mapped(&root, &article).map(|r| article.slice(r).unwrap().to_owned()),
        Some("his recent phone".into())
    );
}

#[wasm_bindgen_test]
async fn a_selection_outside_the_article_or_of_white_space_is_none() {
    let (root, article) = mount_annotated().await;
    let outside = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("p")
        .unwrap();
    outside.set_text_content(Some("elsewhere"));
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap()
        .append_child(&outside)
        .unwrap();
    let text = outside.first_child().unwrap();
    select((&text, 0), (&text, 4));
    assert_eq!(mapped(&root, &article), None);

    let (node, at) = text_point(&root, " the Western").unwrap();
    select((&node, at), (&node, at + 1));
    assert_eq!(
        mapped(&root, &article),
        None,
        "a lone space is no selection"
    );
}
