//! "Open article": paste text, or choose a `.txt`, `.md` or `.html` file.

use yew::prelude::*;

use super::Modal;
use super::intents::use_intents;
use super::state::Dialog;
use crate::core::opening::from_plain_text;

#[derive(Properties, PartialEq, Clone)]
pub struct OpenDialogProps {
    pub open: bool,
    /// Why the last file was not opened, shown in the dialog (the page behind it is inert).
    #[prop_or_default]
    pub file_error: Option<AttrValue>,
}

#[component]
pub fn OpenDialog(props: &OpenDialogProps) -> Html {
    let intents = use_intents();
    let pasted = use_state(String::new);
    let error = use_state(|| None::<String>);
    let oninput = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            pasted.set(area.value());
        })
    };
    let open_pasted = {
        let (pasted, error, on_open) = (pasted.clone(), error.clone(), intents.open_new.clone());
        Callback::from(move |_: MouseEvent| match from_plain_text(&pasted) {
            Ok(opened) => {
                error.set(None);
                pasted.set(String::new());
                on_open.emit(opened);
            }
            Err(problem) => error.set(Some(format!("Nothing was opened: {problem}."))),
        })
    };
    let onchange = {
        let on_files = intents.open_files.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let files: Vec<web_sys::File> = input
                .files()
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            input.set_value("");
            on_files.emit(files);
        })
    };
    html! {
        <Modal open={props.open} on_close={intents.close_dialog.reform(|()| Dialog::Opener)} labelled_by="open-title" class="open-dialog">
            <h2 id="open-title">{ "Open an article" }</h2>
            <label for="paste-article">
                { "Paste the article: the first line is its title, blank lines separate paragraphs." }
            </label>
            <textarea id="paste-article" rows="10" value={(*pasted).clone()} {oninput} />
            <button type="button" class="primary" onclick={open_pasted}>{ "Open pasted text" }</button>
            if let Some(problem) = &*error {
                <p class="form-error" role="alert">{ problem.clone() }</p>
            }
            <p class="or">{ "or" }</p>
            <label for="open-file">{ "Open a .txt, .md or .html file, several at once, a .jsonl corpus of one article per line, or another tool\u{2019}s files with their texts: brat .txt + .ann pairs, INCEpTION / WebAnno .tsv, Label Studio .json, doccano .jsonl (or drop files or a folder on the page)" }</label>
            <input id="open-file" type="file" multiple=true accept=".txt,.text,.md,.markdown,.html,.htm,.jsonl,.ann,.conf,.tsv,.json,text/plain,text/markdown,text/html" {onchange} />
            if let Some(problem) = &props.file_error {
                <p class="form-error" role="alert">{ problem.clone() }</p>
            }
        </Modal>
    }
}
