//! A modal `<dialog>` that opens and closes with a prop. Escape and the close button both end
//! in the dialog's `close` event, which tells the owner through `on_close`.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    pub open: bool,
    pub on_close: Callback<()>,
    /// The id of the element that names the dialog.
    pub labelled_by: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Modal(props: &ModalProps) -> Html {
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
        <dialog class={props.class.clone()} ref={dialog} aria-labelledby={props.labelled_by.clone()} {onclose}>
            if props.open {
                { props.children.clone() }
            }
            <button type="button" class="close-button" onclick={close_button}>{ "Close" }</button>
        </dialog>
    }
}
