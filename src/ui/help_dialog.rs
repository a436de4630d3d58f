//! The `?` dialog: every keyboard shortcut.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpDialogProps {
    pub open: bool,
    pub on_close: Callback<()>,
}

const SHORTCUTS: [(&str, &str); 10] = [
    ("1", "Label the selected text as a claim"),
    ("2", "Label the selected text as a quote"),
    ("3", "Label the selected text as a scare quote"),
    (
        "Escape",
        "Dismiss the floating toolbar, or close this dialog",
    ),
    ("Ctrl+Z (⌘Z)", "Undo"),
    ("Ctrl+Shift+Z (⌘⇧Z), Ctrl+Y", "Redo"),
    ("Delete", "Delete the selected annotation"),
    (
        "Tab to the article, then arrows",
        "Move a caret through the article",
    ),
    (
        "Shift+arrows, Ctrl+Shift+arrows",
        "Select by character, or by word",
    ),
    ("?", "Show this list"),
];

#[component]
pub fn HelpDialog(props: &HelpDialogProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |open| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if *open && !dialog.open() {
                    let _ = dialog.show_modal();
                } else if !*open && dialog.open() {
                    dialog.close();
                }
            }
        });
    }
    // Escape and the close button both end in the dialog's `close` event.
    let onclose = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    let close_button = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    html! {
        <dialog class="help-dialog" ref={dialog} aria-labelledby="help-title" {onclose}>
            <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
            <table class="shortcuts">
                <tbody>
                    { for SHORTCUTS.iter().map(|(keys, what)| html! {
                        <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr>
                    }) }
                </tbody>
            </table>
            <button type="button" class="close-button" onclick={close_button}>{ "Close" }</button>
        </dialog>
    }
}
