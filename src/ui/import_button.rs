//! The Import button: choose a `.json` annotation file (ours, W3C or Hypothesis).

use yew::prelude::*;

use super::browser::now;
use super::files::read_file;
use super::state::{Action, Message, Workspace};
use crate::core::import::{ImportError, MAX_IMPORT_BYTES};

#[derive(Properties, PartialEq)]
pub struct ImportButtonProps {
    pub dispatcher: UseReducerDispatcher<Workspace>,
}

#[component]
pub fn ImportButton(props: &ImportButtonProps) -> Html {
    let input = use_node_ref();
    let reading = use_mut_ref(|| None);
    let choose = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let onchange = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Clear the input so that choosing the same file again imports it again.
            input.set_value("");
            import_file(file, reading.clone(), dispatcher.clone());
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

/// Reads an annotation file and imports it, or says why not.
pub fn import_file(
    file: web_sys::File,
    slot: std::rc::Rc<std::cell::RefCell<Option<gloo_file::callbacks::FileReader>>>,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    // Refuse an oversized file before reading it into memory.
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        let error = ImportError::TooLarge { bytes: size };
        let message = format!(
            "Nothing was imported from \u{201c}{}\u{201d}: {error}.",
            file.name()
        );
        dispatcher.dispatch(Action::ShowMessage(Message::error(message)));
        return;
    }
    read_file(file, slot, move |file_name, bytes| match bytes {
        Ok(bytes) => dispatcher.dispatch(Action::Import {
            file_name,
            bytes,
            now: now(),
        }),
        Err(error) => dispatcher.dispatch(Action::ShowMessage(Message::error(format!(
            "Nothing was imported from \u{201c}{file_name}\u{201d}: {error}."
        )))),
    });
}
