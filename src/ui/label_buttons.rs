//! The three label buttons, shared by the persistent toolbar and the floating one.
//!
//! Their accessible names are exactly the kinds' labels ("Claim", "Quote", "Scare quote").
//! Pressing a button must not take the text selection away, so `mousedown` is cancelled.

use yew::prelude::*;

use crate::core::annotation::Kind;

#[derive(Properties, PartialEq)]
pub struct LabelButtonsProps {
    pub enabled: bool,
    pub on_label: Callback<Kind>,
}

#[component]
pub fn LabelButtons(props: &LabelButtonsProps) -> Html {
    Kind::ALL
        .into_iter()
        .map(|kind| {
            let on_label = props.on_label.clone();
            html! {
                <button
                    type="button"
                    class={classes!("label-button", kind.as_str())}
                    disabled={!props.enabled}
                    title={format!("{} (key {})", kind.label(), kind.shortcut())}
                    onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                    onclick={Callback::from(move |_| on_label.emit(kind))}
                >
                    { kind.label() }
                </button>
            }
        })
        .collect()
}
