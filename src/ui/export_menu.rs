//! The Export button and its menu: download in each format, or copy our JSON. It only says
//! which format the reader chose; the export itself runs elsewhere (`interchange`).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::export::ExportFormat;
use crate::words::export_format;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    /// Called with the format the reader chose.
    pub on_export: Callback<ExportFormat>,
}

#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let open = use_state(|| false);
    let menu_ref = use_node_ref();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => {
                e.stop_propagation();
                open.set(false);
            }
            // The menu pattern: arrows move between the items (and open the menu), Home/End
            // go to the first and last.
            key @ ("ArrowDown" | "ArrowUp" | "Home" | "End") => {
                e.prevent_default();
                if !*open {
                    open.set(true);
                    return;
                }
                move_focus(&e, key);
            }
            _ => {}
        })
    };
    // Opened from the keyboard, focus goes to the first item once it is in the page.
    {
        let menu = menu_ref.clone();
        use_effect_with(*open, move |open| {
            if *open
                && let Some(first) = menu
                    .cast::<web_sys::Element>()
                    .and_then(|m| m.query_selector("[role=menuitem]").ok().flatten())
                    .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = first.focus();
            }
        });
    }
    let items = ExportFormat::ALL.into_iter().map(|format| {
        let (open, on_export) = (open.clone(), props.on_export.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            open.set(false);
            on_export.emit(format);
        });
        html! { <li role="none"><button type="button" role="menuitem" {onclick}>{ export_format(format) }</button></li> }
    });
    html! {
        <div class="menu-button" {onkeydown}>
            <button type="button" aria-haspopup="menu" aria-expanded={open.to_string()} onclick={toggle}>
                { "Export" }
            </button>
            if *open {
                <ul class="menu" role="menu" aria-label="Export annotations" ref={menu_ref.clone()}>{ for items }</ul>
            }
        </div>
    }
}

/// Moves the focus among the menu's items, from the one focused now.
fn move_focus(event: &KeyboardEvent, key: &str) {
    let Some(menu) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(found) = menu.query_selector_all("[role=menuitem]") else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    if items.is_empty() {
        return;
    }
    let active = super::browser::document().active_element();
    let at = items.iter().position(|item| {
        active
            .as_ref()
            .is_some_and(|a| a == item.unchecked_ref::<web_sys::Element>())
    });
    let last = items.len() - 1;
    let next = match (key, at) {
        ("Home", _) => 0,
        ("End", _) => last,
        ("ArrowDown", Some(i)) => (i + 1) % items.len(),
        ("ArrowUp", Some(i)) => (i + last) % items.len(),
        ("ArrowUp", None) => last,
        _ => 0,
    };
    let _ = items[next].focus();
}
