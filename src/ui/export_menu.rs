//! The Export button and its menu: download in each format, or copy our JSON.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser::now;
use super::files::{copy_to_clipboard, download};
use super::state::{Action, Message, Workspace};
use crate::core::anchoring::SearchText;
use crate::core::annotation::Annotation;
use crate::core::article::Article;
use crate::core::export::{DocumentInfo, brat, csv, file_stem, quotemark_json, w3c};
use crate::core::store::AnnotationStore;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub article: Rc<Article>,
    pub store: AnnotationStore,
    pub dispatcher: UseReducerDispatcher<Workspace>,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Quotemark,
    W3c,
    Csv,
    Brat,
    CopyJson,
}

impl Format {
    const ALL: [Format; 5] = [
        Format::Quotemark,
        Format::W3c,
        Format::Csv,
        Format::Brat,
        Format::CopyJson,
    ];

    fn label(self) -> &'static str {
        match self {
            Format::Quotemark => "Quotemark JSON (.json)",
            Format::W3c => "W3C Web Annotation (.jsonld)",
            Format::Csv => "CSV for spreadsheets (.csv)",
            Format::Brat => "brat standoff (.txt + .ann)",
            Format::CopyJson => "Copy JSON to the clipboard",
        }
    }
}

/// Runs one export and says what happened.
fn run(
    format: Format,
    article: &Article,
    annotations: &[Annotation],
    dispatcher: &UseReducerDispatcher<Workspace>,
) {
    let title = article.headline().unwrap_or("Untitled article");
    let stem = file_stem(title);
    let text = SearchText::new(article.text());
    let info = DocumentInfo::of(article.text(), title, None);
    let exported = now();
    let native = || {
        quotemark_json::to_string(&quotemark_json::export(
            &text,
            info.clone(),
            annotations,
            &exported,
        ))
    };
    let count = annotations.len();
    let result = match format {
        Format::Quotemark => download(
            &format!("{stem}.quotemark.json"),
            "application/json",
            &native(),
        ),
        Format::W3c => {
            let json = w3c::to_string(&w3c::export(&text, &info, annotations, &exported));
            download(&format!("{stem}.w3c.jsonld"), "application/ld+json", &json)
        }
        Format::Csv => download(
            &format!("{stem}.csv"),
            "text/csv;charset=utf-8",
            &csv::export(&text, annotations),
        ),
        Format::Brat => {
            let out = brat::export(&text, annotations);
            download(&format!("{stem}.txt"), "text/plain;charset=utf-8", &out.txt).and_then(|_| {
                download(&format!("{stem}.ann"), "text/plain;charset=utf-8", &out.ann)
            })
        }
        Format::CopyJson => {
            let dispatcher = dispatcher.clone();
            copy_to_clipboard(native(), move |result| {
                dispatcher.dispatch(Action::ShowMessage(match result {
                    Ok(()) => {
                        Message::info(format!("Copied {count} annotations as Quotemark JSON."))
                    }
                    Err(error) => Message::error(format!("Nothing was copied: {error}.")),
                }));
            });
            return;
        }
    };
    dispatcher.dispatch(Action::ShowMessage(match result {
        Ok(()) => Message::info(format!(
            "Exported {count} annotations as {}.",
            format.label()
        )),
        Err(error) => Message::error(format!("The export failed: {error}.")),
    }));
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
    let items = Format::ALL.into_iter().map(|format| {
        let (open, article, store, dispatcher) =
            (open.clone(), props.article.clone(), props.store.clone(), props.dispatcher.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            open.set(false);
            let annotations: Vec<Annotation> = store.iter().cloned().collect();
            run(format, &article, &annotations, &dispatcher);
        });
        html! { <li role="none"><button type="button" role="menuitem" {onclick}>{ format.label() }</button></li> }
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
