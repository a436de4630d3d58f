//! The Import button: choose a `.json` annotation file (ours, W3C or Hypothesis).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportButtonProps {
    /// Called with the annotation file the reader chose.
    pub on_file: Callback<web_sys::File>,
}

#[component]
pub fn ImportButton(props: &ImportButtonProps) -> Html {
    let input = use_node_ref();
    let choose = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Clear the input so that choosing the same file again imports it again.
            input.set_value("");
            on_file.emit(file);
        })
    };
    html! {
        <>
            <button type="button" onclick={choose}>{ "Import" }</button>
            <input
                ref={input}
                type="file"
                class="visually-hidden"
                tabindex="-1"
                aria-hidden="true"
                accept=".json,.jsonld,application/json,application/ld+json"
                {onchange}
            />
        </>
    }
}
