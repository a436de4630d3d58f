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
