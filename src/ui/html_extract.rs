//! The main text of an HTML page, through the browser's own parser.
//!
//! The page is parsed with `DOMParser` into a document that is never attached, so nothing in
//! it runs or loads (its event-handler attributes are renamed first, see `core::defuse`, so
//! that the browser does not report them against the Content-Security-Policy). Navigation, asides, headers, footers, forms, scripts, styles and share
//! widgets are removed; the main text comes from the `article` element (the longest, if
//! several), else `main`, else the element whose paragraphs hold the most text. Headings,
//! paragraphs, list items, quotations and captions become blocks, in order, separated by blank
//! lines. Only text leaves this module: no markup from the file ever reaches the page.

use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, SupportedType};

use crate::core::defuse::defuse_event_handlers;
use crate::core::opening::{OpenError, Opened, clip_title, from_plain_text};

/// Elements that are never article text.
const NOISE: &str = "script, style, noscript, template, iframe, object, embed, svg, math, nav, aside, \
    header, footer, form, button, select, input, textarea, [role=navigation], [role=banner], \
    [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden], \
    [class*=share], [class*=social], [class*=newsletter], [class*=related], [class*=advert], [id*=share]";

/// The elements whose text becomes a block.
const BLOCKS: &str = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, dt, dd";

pub fn extract(html: &str) -> Result<Opened, OpenError> {
    let parser = DomParser::new().map_err(|_| OpenError::NoTextInPage)?;
    let page = parser
        .parse_from_string(&defuse_event_handlers(html), SupportedType::TextHtml)
        .map_err(|_| OpenError::NoTextInPage)?;
    let title = meta(&page, "meta[property='og:title']", "content")
        .or_else(|| {
            page.query_selector("title")
                .ok()
                .flatten()
                .and_then(|t| t.text_content())
        })
        .map(|t| clip_title(&t))
        .filter(|t| !t.is_empty());
    let source = meta(&page, "link[rel=canonical]", "href")
        .or_else(|| meta(&page, "meta[property='og:url']", "content"))
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"));

    for noise in all(
        &page.document_element().ok_or(OpenError::NoTextInPage)?,
        NOISE,
    ) {
        noise.remove();
    }
    let root = main_element(&page).ok_or(OpenError::NoTextInPage)?;
    let mut blocks: Vec<String> = Vec::new();
    for element in all(&root, BLOCKS) {
        // A block inside another block (a paragraph in a quotation) is read with its parent.
        let parent_block = element
            .parent_element()
            .and_then(|p| p.closest(BLOCKS).ok().flatten());
        if parent_block.is_some_and(|p| root.contains(Some(&p))) {
            continue;
        }
        let text = collapse(&element.text_content().unwrap_or_default());
        if !text.is_empty() {
            blocks.push(text);
        }
    }
    if blocks.is_empty() {
        return Err(OpenError::NoTextInPage);
    }
    let title = title.unwrap_or_else(|| clip_title(&blocks[0]));
    // The document starts with its title, as pasted text does.
    if blocks[0] != title {
        blocks.insert(0, title.clone());
    }
    let mut opened = from_plain_text(&blocks.join("\n\n"))?;
    opened.title = title;
    opened.source = source;
    Ok(opened)
}

fn meta(page: &Document, selector: &str, attribute: &str) -> Option<String> {
    let element = page.query_selector(selector).ok()??;
    let value = element.get_attribute(attribute)?.trim().to_owned();
    (!value.is_empty()).then_some(value)
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(nodes) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn text_len(element: &Element) -> usize {
    element.text_content().map_or(0, |t| t.trim().len())
}

/// The element holding the article's text.
fn main_element(page: &Document) -> Option<Element> {
    let html = page.document_element()?;
    if let Some(article) = all(&html, "article")
        .into_iter()
        .max_by_key(text_len)
        .filter(|a| text_len(a) > 0)
    {
        return Some(article);
    }
    if let Some(main) = all(&html, "main, [role=main]")
        .into_iter()
        .next()
        .filter(|m| text_len(m) > 0)
    {
        return Some(main);
    }
    // The densest block: the element whose own paragraphs hold the most text.
    let paragraph_text = |e: &Element| -> usize { all(e, ":scope > p").iter().map(text_len).sum() };
    all(&html, "div, section, body")
        .into_iter()
        .max_by_key(paragraph_text)
        .filter(|e| paragraph_text(e) > 0)
        .or(Some(html))
}

/// White space runs (but not no-break spaces, which the text means) become one space.
fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
