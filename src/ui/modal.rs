//! A modal `<dialog>` that opens and closes with a prop, and tells its owner through
//! `on_close` when the reader closes it.
//!
//! The owner is told at once: by the close button, and by Escape's `cancel` event. The
//! `close` event comes a task later, so an owner told only then could still think the dialog
//! open when the reader, quick on the keys, opens it again, and the dialog would stay shut.
//! `close` still tells of any other way a dialog closes; one that arrives after the dialog was
//! opened again is stale and ignored.

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
    let oncancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    let onclose = {
        let (dialog, on_close) = (dialog.clone(), props.on_close.clone());
        Callback::from(move |_: Event| {
            let reopened = dialog
                .cast::<web_sys::HtmlDialogElement>()
                .is_some_and(|d| d.open());
            if !reopened {
                on_close.emit(());
            }
        })
    };
    let close_button = {
        let (dialog, on_close) = (dialog.clone(), props.on_close.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
            on_close.emit(());
        })
    };
    html! {
        <dialog class={props.class.clone()} ref={dialog} aria-labelledby={props.labelled_by.clone()} {oncancel} {onclose}>
            if props.open {
                { props.children.clone() }
            }
            <button type="button" class="close-button" onclick={close_button}>{ "Close" }</button>
        </dialog>
    }
}
