//! Maps the browser's text selection to a range of the document, and moves it by keyboard.
//!
//! The article renders each block in an element with `data-block` (its index) whose DOM text
//! is exactly the block's text; highlights add `<mark>` elements but no text. So the UTF-16
//! length of the DOM text from a block's start to a selection end point is the end point's
//! offset inside the block, and the text index converts it to code points. End points outside
//! every block (a triple click ends at the start of the next paragraph; a drag may end in the
//! margin) snap to the nearest block edge inside the selection, and white space at the ends is
//! trimmed.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range};

use super::browser::{document, window};
use crate::core::article::Article;
use crate::core::offsets::{CharRange, Utf16Offset};
use crate::core::selection::trim_to_words;

/// The current selection inside `article_root`, as a trimmed document range, or `None` when
/// nothing in the article is selected.
pub fn selected_range(article_root: &Element, article: &Article) -> Option<CharRange> {
    let selection = window().get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    // Ranges are always in document order, whichever way the reader dragged.
    let range = selection.get_range_at(0).ok()?;
    let start_block = block_containing(&range.start_container().ok()?)
        .filter(|b| article_root.contains(Some(b)))
        .or_else(|| first_block_in(article_root, &range, false))?;
    let end_block = block_containing(&range.end_container().ok()?)
        .filter(|b| article_root.contains(Some(b)))
        .or_else(|| first_block_in(article_root, &range, true))?;

    let start_inside = start_block.contains(range.start_container().ok().as_ref());
    let start = if start_inside {
        point_offset(
            article,
            &start_block,
            &range.start_container().ok()?,
            range.start_offset().ok()?,
        )?
    } else {
        block_edge(article, &start_block, false)?
    };
    let end_inside = end_block.contains(range.end_container().ok().as_ref());
    let end = if end_inside {
        point_offset(
            article,
            &end_block,
            &range.end_container().ok()?,
            range.end_offset().ok()?,
        )?
    } else {
        block_edge(article, &end_block, true)?
    };
    let chars = CharRange::try_new(start, end)?;
    trim_to_words(article, chars)
}

/// Makes `range` of the document the browser's selection, reading forwards; `None` when a
/// block it needs is not in the page. The inverse of [`selected_range`] for a trimmed range.
pub fn select(article_root: &Element, article: &Article, range: CharRange) -> Option<()> {
    let (start_node, start_offset) = dom_point(article_root, article, range.start(), false)?;
    let (end_node, end_offset) = dom_point(article_root, article, range.end(), true)?;
    let selection = window().get_selection().ok()??;
    selection
        .set_base_and_extent(&start_node, start_offset, &end_node, end_offset)
        .ok()
}

/// The text node and UTF-16 offset in it where document offset `at` is in the page. At a
/// block's edge, `at_end` picks the block that ends there rather than the one that starts.
fn dom_point(
    article_root: &Element,
    article: &Article,
    at: crate::core::offsets::CharOffset,
    at_end: bool,
) -> Option<(Node, u32)> {
    let blocks = article.blocks();
    let index = if at_end {
        blocks.partition_point(|b| b.range.end() < at)
    } else {
        blocks.partition_point(|b| b.range.end() <= at)
    };
    // Between two blocks (a trimmed range never is) there is no text node to point into.
    let block = blocks.get(index).filter(|b| b.range.start() <= at)?;
    let text_index = article.index();
    let mut local =
        text_index.char_to_utf16(at)?.get() - text_index.char_to_utf16(block.range.start())?.get();
    let element = article_root
        .query_selector(&format!("[data-block=\"{index}\"]"))
        .ok()??;
    // The block's text nodes in document order; marks add elements but no text.
    let mut stack = vec![Node::from(element)];
    let mut last_text = None;
    while let Some(node) = stack.pop() {
        if node.node_type() == Node::TEXT_NODE {
            let length = node.node_value().unwrap_or_default().encode_utf16().count();
            if local < length || (local == length && at_end) {
                return Some((node, local as u32));
            }
            local -= length;
            last_text = Some((node, length as u32));
            continue;
        }
        let children = node.child_nodes();
        stack.extend(
            (0..children.length())
                .rev()
                .filter_map(|i| children.item(i)),
        );
    }
    last_text
}

/// Where the browser's selection is in the viewport: its left, top and bottom, for the
/// floating toolbar. Reading it lays the page out, so it is read only while a toolbar shows.
pub fn selection_anchor() -> Option<(f64, f64, f64)> {
    let selection = window().get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let rect = selection.get_range_at(0).ok()?.get_bounding_client_rect();
    Some((rect.left(), rect.top(), rect.bottom()))
}

/// Clears the browser's selection (after the selected text has been labelled).
pub fn clear() {
    if let Ok(Some(selection)) = window().get_selection() {
        let _ = selection.remove_all_ranges();
    }
}

/// Moves the caret or extends the selection by keyboard inside the article (`alter` is
/// "move" or "extend"), placing a caret at the start of the first body paragraph when the
/// selection is elsewhere. Uses `Selection.modify`, which Chromium, Firefox and Safari offer.
pub fn move_by_keyboard(article_root: &Element, alter: &str, direction: &str, granularity: &str) {
    let Ok(Some(selection)) = window().get_selection() else {
        return;
    };
    let inside = selection
        .anchor_node()
        .is_some_and(|node| article_root.contains(Some(&node)));
    if !inside {
        let first = article_root
            .query_selector(".paragraph[data-block]")
            .ok()
            .flatten()
            .or_else(|| article_root.query_selector("[data-block]").ok().flatten());
        if let Some(block) = first {
            let _ = selection.collapse_with_offset(Some(&block), 0);
        }
        return;
    }
    let _ = selection.modify(alter, direction, granularity);
}

fn block_containing(node: &Node) -> Option<Element> {
    let element = match node.dyn_ref::<Element>() {
        Some(element) => element.clone(),
        None => node.parent_element()?,
    };
    element.closest("[data-block]").ok()?
}

/// The first (or, with `last`, the last) block of the article that the range touches.
fn first_block_in(article_root: &Element, range: &Range, last: bool) -> Option<Element> {
    let blocks = article_root.query_selector_all("[data-block]").ok()?;
    let mut touched = (0..blocks.length())
        .filter_map(|i| blocks.item(i))
        .filter(|node| range.intersects_node(node).unwrap_or(false));
    let found = if last {
        touched.next_back()
    } else {
        touched.next()
    };
    found?.dyn_into::<Element>().ok()
}

fn block_index(article: &Article, block: &Element) -> Option<usize> {
    let index: usize = block.get_attribute("data-block")?.parse().ok()?;
    (index < article.blocks().len()).then_some(index)
}

/// The document offset of a DOM point inside `block`.
fn point_offset(
    article: &Article,
    block: &Element,
    container: &Node,
    offset: u32,
) -> Option<crate::core::offsets::CharOffset> {
    let index = block_index(article, block)?;
    let prefix = document().create_range().ok()?;
    prefix.set_start(block, 0).ok()?;
    prefix.set_end(container, offset).ok()?;
    let local_utf16 = prefix.to_string().length() as usize;
    let text_index = article.index();
    let block_start = text_index.char_to_utf16(article.blocks()[index].range.start())?;
    Some(text_index.utf16_to_char_clamped(Utf16Offset::new(block_start.get() + local_utf16)))
}

fn block_edge(
    article: &Article,
    block: &Element,
    end: bool,
) -> Option<crate::core::offsets::CharOffset> {
    let range = article.blocks()[block_index(article, block)?].range;
    Some(if end { range.end() } else { range.start() })
}
