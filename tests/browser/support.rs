//! Mounting helpers shared by the browser tests.

use web_sys::Element;
use yew::{BaseComponent, Renderer};

/// Mounts `COMP` with `props` into a new element appended to the body, renders it fully and
/// returns the element.
pub async fn mount<COMP: BaseComponent>(props: COMP::Properties) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    Renderer::<COMP>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// The text of every element matching `selector` under `root`, in document order.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// The first text node under `root` whose text contains `needle`, and the UTF-16 offset of
/// `needle` in it (the unit DOM ranges count).
pub fn text_point(root: &web_sys::Node, needle: &str) -> Option<(web_sys::Node, u32)> {
    if root.node_type() == web_sys::Node::TEXT_NODE {
        let text = root.node_value().unwrap_or_default();
        let byte = text.find(needle)?;
        return Some((root.clone(), text[..byte].encode_utf16().count() as u32));
    }
    let children = root.child_nodes();
    (0..children.length()).find_map(|i| text_point(&children.item(i)?, needle))
}

/// Makes the browser's selection run from `anchor` to `focus` (which may come first).
pub fn select(anchor: (&web_sys::Node, u32), focus: (&web_sys::Node, u32)) {
    let selection = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    selection
        .set_base_and_extent(anchor.0, anchor.1, focus.0, focus.1)
        .unwrap();
}
