//! The floor for Quotemark's first visit and payload: a Yew 0.23 app that reads a JSON list
//! of paragraphs from localStorage (a built-in one when there is none), renders them with a
//! counter button, and marks `quotemark:ready` after its first render, as Quotemark does.

use serde::{Deserialize, Serialize};
use yew::prelude::*;

#[derive(Clone, PartialEq, Serialize, Deserialize)]
struct Paragraph {
    id: u32,
    text: String,
}

fn stored_paragraphs() -> Vec<Paragraph> {
    let stored = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item("floor").ok().flatten());
    match stored.and_then(|text| serde_json::from_str(&text).ok()) {
        Some(paragraphs) => paragraphs,
        None => (0..30)
            .map(|id| Paragraph {
                id,
                text: format!(
                    "Paragraph {id} of a news article, with a \u{201c}quotation\u{201d}."
                ),
            })
            .collect(),
    }
}

#[component]
fn App() -> Html {
    let paragraphs = use_state(stored_paragraphs);
    let clicks = use_state(|| 0u32);
    let onclick = {
        let clicks = clicks.clone();
        Callback::from(move |_| clicks.set(*clicks + 1))
    };
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("quotemark:ready");
        }
    });
    html! {
        <main>
            <button {onclick}>{ format!("Clicked {} times", *clicks) }</button>
            { for paragraphs.iter().map(|p| html! { <p key={p.id}>{ &p.text }</p> }) }
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
