//! The article view renders every block of the bundled article, each kind as its element,
//! with the exact document text and its code-point start.

use std::rc::Rc;

use quotemark::core::article::{Article, BlockKind};
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::ui::{ArticleView, ArticleViewProps};
use wasm_bindgen_test::*;

use super::support::{mount, texts};

wasm_bindgen_test_configure!(run_in_browser);

fn bundled() -> Rc<Article> {
    Rc::new(Article::parse(NATO_DIALOGUE_TEXT))
}

async fn mount_bundled() -> web_sys::Element {
    mount::<ArticleView>(yew::props!(ArticleViewProps { article: bundled() })).await
}

#[wasm_bindgen_test]
async fn renders_the_headline_as_the_only_h1() {
    let root = mount_bundled().await;
    assert_eq!(
        texts(&root, "h1"),
        ["NATO, Trump agree on dialogue with Russia: Stoltenberg"]
    );
}

#[wasm_bindgen_test]
async fn every_block_is_rendered_once_with_its_exact_text_and_start() {
    let article = bundled();
    let root = mount_bundled().await;
    let rendered = root.query_selector_all("[data-block]").unwrap();
    assert_eq!(rendered.length() as usize, article.blocks().len());
    for (i, block) in article.blocks().iter().enumerate() {
        let element: web_sys::Element =
            wasm_bindgen::JsCast::dyn_into(rendered.item(i as u32).unwrap()).unwrap();
        assert_eq!(element.get_attribute("data-block").unwrap(), i.to_string());
        assert_eq!(element.text_content().unwrap(), *block.text, "block {i}");
        let start = element.get_attribute("data-start").unwrap();
        assert_eq!(start, block.range.start().get().to_string(), "block {i}");
    }
}

#[wasm_bindgen_test]
async fn captions_are_figures_and_boilerplate_sits_in_the_footer() {
    let article = bundled();
    let root = mount_bundled().await;
    let count = |kind| article.blocks().iter().filter(|b| b.kind == kind).count();
    assert_eq!(
        texts(&root, "figure figcaption").len(),
        count(BlockKind::Caption)
    );
    for caption in texts(&root, "figure figcaption") {
        assert!(
            caption.trim_end().ends_with("(Photo by AFP)."),
            "{caption:?}"
        );
    }
    let footer = texts(&root, "footer.site-boilerplate [data-block]");
    assert_eq!(footer.len(), count(BlockKind::Boilerplate));
    assert_eq!(
        footer.last().map(String::as_str),
        Some("SHARE THIS ARTICLE\nPress TV News Roku")
    );
    assert_eq!(
        texts(&root, "p.paragraph").len(),
        count(BlockKind::Paragraph)
    );
}

#[wasm_bindgen_test]
async fn curly_quotes_and_no_break_spaces_survive_rendering() {
    let root = mount_bundled().await;
    let body = texts(&root, "p.paragraph").concat();
    assert!(body.contains("the “Russian aggression” in Ukraine"));
    assert!(body.contains("Organization\u{a0}(NATO)"));
}

#[wasm_bindgen_test]
async fn the_publisher_line_appears_only_when_given() {
    let props = yew::props!(ArticleViewProps {
        article: bundled(),
        publisher: "Press TV"
    });
    let with = mount::<ArticleView>(props).await;
    assert_eq!(texts(&with, ".publisher"), ["Press TV"]);
    assert!(texts(&mount_bundled().await, ".publisher").is_empty());
}
