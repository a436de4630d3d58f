//! The text of an HTML page a reader opens, through the browser's own parser and Readability.
//!
//! The page is defused (`core::defuse`: its handlers and style attributes renamed, its style
//! sheets and `<base>` dropped, so that the app's Content-Security-Policy has nothing to report)
//! and parsed with `DOMParser` into a document that is never attached, so nothing in it runs or
//! loads. Its visible text is read first, block by block, then Readability (`ui::readability`)
//! looks for the article in it; `core::page_text::open_page` chooses what opens and what the
//! reader is told. Title, byline, date and site come from Readability's reading of the page's
//! metadata, the source address from its canonical link or `og:url`. Only text leaves this
//! module: no markup from the file ever reaches the page.

use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, Node, SupportedType};

use super::readability::{self, Found};
use crate::core::credit::Credit;
use crate::core::defuse::defuse_page;
use crate::core::opening::OpenError;
use crate::core::page_text::{Extraction, OpenedPage, PageMetadata, TextBlocks, open_page};

/// Elements whose content is never text a reader sees on the page.
const NOT_TEXT: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head", "title",
    "select", "option", "textarea", "input", "button", "canvas", "audio", "video", "picture",
    "img", "map",
];

/// Elements whose edges end a block of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

pub async fn extract(html: &str) -> Result<OpenedPage, OpenError> {
    let parser = DomParser::new().map_err(|_| OpenError::NoTextInPage)?;
    let page = parser
        .parse_from_string(&defuse_page(html), SupportedType::TextHtml)
        .map_err(|_| OpenError::NoTextInPage)?;
    let source = attribute(&page, "link[rel=canonical]", "href")
        .or_else(|| attribute(&page, "meta[property='og:url']", "content"))
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"));
    let whole_page = page
        .body()
        .map(|body| text_blocks(&body, Visible::Only))
        .unwrap_or_default();
    // Readability reads `<title>` itself; this is for a page it cannot read at all.
    let page_title = page.title();
    let (extraction, found) = match readability::find_article(&page).await {
        Ok(Some(Found { article, metadata })) => (
            Extraction::Found(text_blocks(&article, Visible::AsKept)),
            Some(metadata),
        ),
        Ok(None) => (Extraction::NotFound, None),
        Err(_) => (Extraction::Unavailable, None),
    };
    let found = found.unwrap_or_default();
    let metadata = PageMetadata {
        title: found
            .title
            .filter(|t| !t.trim().is_empty())
            .or(Some(page_title)),
        source,
        credit: Credit::new(
            found.byline.as_deref(),
            found.published_time.as_deref(),
            found.site_name.as_deref(),
        ),
    };
    open_page(whole_page, extraction, metadata)
}

fn attribute(page: &Document, selector: &str, name: &str) -> Option<String> {
    let element = page.query_selector(selector).ok()??;
    let value = element.get_attribute(name)?.trim().to_owned();
    (!value.is_empty()).then_some(value)
}

/// Which elements a walk reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visible {
    /// Not those the page hides: the whole page's text.
    Only,
    /// All that Readability kept: it already dropped what it judged hidden, and keeps some
    /// `aria-hidden` parts on purpose (rendered formulas, fallback images).
    AsKept,
}

/// The text under `root`, block by block. Walks with its own stack: pages nest deeply.
fn text_blocks(root: &Element, visible: Visible) -> Vec<String> {
    let mut blocks = TextBlocks::new();
    // (node, whether its children were already pushed): an element is met again on the way out.
    let mut stack: Vec<(Node, bool)> = vec![(root.clone().into(), false)];
    while let Some((node, leaving)) = stack.pop() {
        match node.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                blocks.text(&node.node_value().unwrap_or_default());
            }
            Node::ELEMENT_NODE => {
                let element: &Element = node.unchecked_ref();
                let tag = element.local_name();
                let is_block = BLOCKS.contains(&tag.as_str());
                if leaving {
                    if is_block {
                        blocks.block_break();
                    }
                    continue;
                }
                if tag == "br" {
                    blocks.line_break();
                    continue;
                }
                if NOT_TEXT.contains(&tag.as_str()) || (visible == Visible::Only && hidden(element))
                {
                    continue;
                }
                if is_block {
                    blocks.block_break();
                } else if matches!(tag.as_str(), "td" | "th") {
                    blocks.text(" ");
                }
                stack.push((node.clone(), true));
                let children = node.child_nodes();
                for i in (0..children.length()).rev() {
                    if let Some(child) = children.item(i) {
                        stack.push((child, false));
                    }
                }
            }
            _ => {}
        }
    }
    blocks.finish()
}

/// Whether the page hides an element from its reader (`core::defuse` turns hiding inline
/// styles into `hidden`).
fn hidden(element: &Element) -> bool {
    element.has_attribute("hidden")
        || element.get_attribute("aria-hidden").as_deref() == Some("true")
}
