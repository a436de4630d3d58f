//! The `?` dialog: every keyboard shortcut.

use yew::prelude::*;

use super::Modal;

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
    html! {
        <Modal open={props.open} on_close={props.on_close.clone()} labelled_by="help-title" class="help-dialog">
            <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
            <table class="shortcuts">
                <tbody>
                    { for SHORTCUTS.iter().map(|(keys, what)| html! {
                        <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr>
                    }) }
                </tbody>
            </table>
        </Modal>
    }
}
