//! The main text of an HTML page comes out as text only: scripts, navigation, asides, share
//! widgets and markup stay behind; title and source come from the page's metadata.

use quotemark::core::opening::OpenError;
use quotemark::ui::html_extract::extract;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PAGE: &str = r#"<!doctype html><html><head>
<title>Site name | NATO story</title>
<meta property="og:title" content="NATO, Trump agree on dialogue">
<link rel="canonical" href="https://news.example.org/nato-dialogue">
<script>window.__extracted_script_ran = true;</script>
<style>p { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<aside>Most read: something else entirely</aside>
<article>
  <h1>NATO, Trump agree on dialogue</h1>
  <p>Stoltenberg said the allies want dialogue “from a position of strength.”</p>
  <figure><img src="x.jpg" onerror="window.__extracted_img_ran = true"><figcaption>Jens Stoltenberg in Brussels (Photo by AFP)</figcaption></figure>
  <p>What Washington calls the <b>“Russian aggression”</b> was <a href="javascript:alert(1)">discussed</a>.</p>
  <blockquote><p>“They all conveyed the same message.”</p></blockquote>
  <div class="share-buttons">Share on Facebook</div>
  <script>document.write("<p>injected</p>")</script>
</article>
<footer>© Example News</footer>
</body></html>"#;

#[wasm_bindgen_test]
fn the_article_text_comes_out_in_blocks_with_title_and_source() {
    let opened = extract(PAGE).unwrap();
    assert_eq!(opened.title, "NATO, Trump agree on dialogue");
    assert_eq!(
        opened.source.as_deref(),
        Some("https://news.example.org/nato-dialogue")
    );
    assert_eq!(
        opened.text,
        "NATO, Trump agree on dialogue\n\n\
         Stoltenberg said the allies want dialogue “from a position of strength.”\n\n\
         Jens Stoltenberg in Brussels (Photo by AFP)\n\n\
         What Washington calls the “Russian aggression” was discussed.\n\n\
         “They all conveyed the same message.”"
    );
}

#[wasm_bindgen_test]
fn nothing_in_the_page_runs_and_no_markup_survives() {
    let opened = extract(PAGE).unwrap();
    let window = web_sys::window().unwrap();
    for flag in ["__extracted_script_ran", "__extracted_img_ran"] {
        let value = js_sys::Reflect::get(&window, &flag.into()).unwrap();
        assert!(value.is_undefined(), "{flag} ran");
    }
    for leak in [
        "<",
        "Home",
        "Most read",
        "Share on",
        "©",
        "injected",
        "color: red",
    ] {
        assert!(!opened.text.contains(leak), "{leak:?} leaked into the text");
    }
}

#[wasm_bindgen_test]
fn without_an_article_element_the_densest_block_is_taken() {
    let page = "<html><head><title>Plain page</title></head><body>\
        <div class=menu><p>Menu</p></div>\
        <div id=story><p>First long paragraph of the story, with several words in it.</p>\
        <p>Second paragraph, also long enough to count for something here.</p></div></body></html>";
    let opened = extract(page).unwrap();
    assert_eq!(opened.title, "Plain page");
    assert!(
        opened
            .text
            .starts_with("Plain page\n\nFirst long paragraph")
    );
    assert!(!opened.text.contains("Menu"));
}

#[wasm_bindgen_test]
fn a_page_without_text_is_refused() {
    let page = "<html><head><title>Empty</title><script>var x = 1;</script></head><body><nav>Home</nav><img src=a.png></body></html>";
    assert_eq!(extract(page), Err(OpenError::NoTextInPage));
}
