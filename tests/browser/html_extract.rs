//! The text of an HTML page comes out as text only, through Readability: scripts, navigation,
//! asides, share widgets and markup stay behind; title, source and credit come from the page's
//! metadata; text in `<div>`s broken by `<br>`s keeps its lines.
//!
//! The test page has no `<link rel="quotemark-module">` (the app's page has), so each test puts
//! the pinned Readability in the page first, as the app's loader would.

use quotemark::core::opening::OpenError;
use quotemark::core::page_text::PageNote;
use quotemark::ui::html_extract::extract;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const READABILITY: &str =
    include_str!("../../static/readability/node_modules/@mozilla/readability/Readability.js");

fn with_readability() {
    let window = web_sys::window().unwrap();
    if js_sys::Reflect::has(&window, &"Readability".into()).unwrap() {
        return;
    }
    let document = window.document().unwrap();
    let script: web_sys::HtmlScriptElement =
        document.create_element("script").unwrap().unchecked_into();
    script.set_text(READABILITY).unwrap();
    document.head().unwrap().append_child(&script).unwrap();
}

/// A paragraph long enough, repeated, for Readability to tell a story from the page around it.
const STORY: &str = "<p>Allied ministers met in Brussels on Tuesday and agreed to keep talking, officials said after a day of meetings that ran late into the evening.</p>";

fn page() -> String {
    format!(
        r#"<!doctype html><html><head>
<title>NATO, Trump agree on dialogue | Example News</title>
<meta property="og:title" content="NATO, Trump agree on dialogue">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Ann Lee">
<link rel="canonical" href="https://news.example.org/nato-dialogue">
<base href="https://elsewhere.example/">
<script>window.__extracted_script_ran = true;</script>
<style>p {{ color: red }}</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
  <h1>NATO, Trump agree on dialogue</h1>
  <p style="font-weight: bold">Stoltenberg said the allies want dialogue “from a position of strength.”</p>
  {STORY}{STORY}
  <figure><img src="x.jpg" onerror="window.__extracted_img_ran = true"><figcaption>Jens Stoltenberg in Brussels (Photo by AFP)</figcaption></figure>
  <p>What Washington calls the <b>“Russian aggression”</b> was <a href="javascript:alert(1)">discussed</a>.</p>
  <p style="display: none">A hidden line.</p>
  <blockquote><p>“They all conveyed the same message.”</p></blockquote>
  {STORY}
  <div class="share-buttons">Share on Facebook</div>
  <script>document.write("<p>injected</p>")</script>
</article>
<aside class="sidebar">Most read: something else entirely</aside>
<footer>© Example News</footer>
</body></html>"#
    )
}

#[wasm_bindgen_test]
async fn the_article_text_comes_out_in_blocks_with_title_source_and_credit() {
    with_readability();
    let opened = extract(&page()).await.unwrap();
    assert_eq!(opened.note, None);
    let opened = opened.opened;
    assert_eq!(opened.title, "NATO, Trump agree on dialogue");
    assert_eq!(
        opened.source.as_deref(),
        Some("https://news.example.org/nato-dialogue")
    );
    assert_eq!(opened.credit.byline.as_deref(), Some("Ann Lee"));
    assert_eq!(opened.credit.site.as_deref(), Some("Example News"));
    let blocks: Vec<&str> = opened.text.split("\n\n").collect();
    assert_eq!(blocks[0], "NATO, Trump agree on dialogue");
    for block in [
        "Stoltenberg said the allies want dialogue “from a position of strength.”",
        "Jens Stoltenberg in Brussels (Photo by AFP)",
        "What Washington calls the “Russian aggression” was discussed.",
        "“They all conveyed the same message.”",
    ] {
        assert!(
            blocks.contains(&block),
            "{block:?} is not a block of {blocks:#?}"
        );
    }
    assert_eq!(
        blocks
            .iter()
            .filter(|b| b.starts_with("Allied ministers"))
            .count(),
        3
    );
}

#[wasm_bindgen_test]
async fn nothing_in_the_page_runs_and_no_markup_or_hidden_text_survives() {
    with_readability();
    let opened = extract(&page()).await.unwrap().opened;
    let window = web_sys::window().unwrap();
    for flag in ["__extracted_script_ran", "__extracted_img_ran"] {
        let value = js_sys::Reflect::get(&window, &flag.into()).unwrap();
        assert!(value.is_undefined(), "{flag} ran");
    }
    // ("Share on Facebook" stays: Readability 0.6 keeps a short widget that is a direct child of
    // the article, and Quotemark keeps what Readability keeps.)
    for leak in [
        "<",
        "Home",
        "Most read",
        "©",
        "injected",
        "color: red",
        "A hidden line",
    ] {
        assert!(!opened.text.contains(leak), "{leak:?} leaked into the text");
    }
}

#[wasm_bindgen_test]
async fn lines_broken_by_br_keep_their_breaks() {
    with_readability();
    let page = format!(
        "<html><head><title>Poem day</title></head><body><div>{}<div>First line<br>second line<br><br>Next stanza</div></div></body></html>",
        STORY.repeat(3)
    );
    let text = extract(&page).await.unwrap().opened.text;
    assert!(
        text.contains("First line\nsecond line"),
        "one <br> breaks a line: {text:?}"
    );
    assert!(text.contains("Next stanza"), "{text:?}");
}

#[wasm_bindgen_test]
async fn a_small_article_in_a_large_page_offers_the_whole_page() {
    with_readability();
    let teaser = "<li><a href=/a>Another story on the site with a headline long enough to count as words of the page</a></li>";
    let page = format!(
        "<html><head><title>Plan backed</title></head><body><article><h1>Plan backed</h1>{}</article><aside class=sidebar><ul>{}</ul></aside></body></html>",
        STORY.repeat(4),
        teaser.repeat(200)
    );
    let opened = extract(&page).await.unwrap();
    let Some(PageNote::PartOfPage {
        kept_words,
        page_words,
        whole_page,
    }) = opened.note
    else {
        panic!("expected a note, got {:?}", opened.note);
    };
    assert!(kept_words * 20 < page_words, "{kept_words} of {page_words}");
    assert!(!opened.opened.text.contains("Another story"));
    assert!(whole_page.text.contains("Another story"));
    assert_eq!(whole_page.title, "Plan backed");
}

#[wasm_bindgen_test]
async fn a_page_without_text_is_refused() {
    with_readability();
    let page = "<html><head><title>Empty</title><script>var x = 1;</script></head><body><img src=a.png></body></html>";
    assert_eq!(
        extract(page).await.map(|opened| opened.opened.text),
        Err(OpenError::NoTextInPage)
    );
}
