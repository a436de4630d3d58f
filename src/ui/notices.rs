//! Messages about storage: what went wrong while loading (dismissible) and the last save
//! failure (shown until a save succeeds). Nothing is ever dropped silently.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub load_problem: Option<AttrValue>,
    pub save_problem: Option<AttrValue>,
    pub on_dismiss_load: Callback<()>,
    /// The outcome of the last import or export.
    #[prop_or_default]
    pub message: Option<super::state::Message>,
    #[prop_or_default]
    pub on_dismiss_message: Callback<()>,
    /// Offered when saving fails, so the reader can take their work out.
    #[prop_or_default]
    pub on_export_all: Callback<()>,
    /// An earlier version of the open article: its title and how many annotations it has.
    #[prop_or_default]
    pub carry_offer: Option<(AttrValue, usize)>,
    #[prop_or_default]
    pub on_carry_over: Callback<()>,
    #[prop_or_default]
    pub on_dismiss_carry: Callback<()>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let dismiss = {
        let on_dismiss = props.on_dismiss_load.clone();
        Callback::from(move |_: MouseEvent| on_dismiss.emit(()))
    };
    let dismiss_message = {
        let on_dismiss = props.on_dismiss_message.clone();
        Callback::from(move |_: MouseEvent| on_dismiss.emit(()))
    };
    let emit = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    html! {
        <div class="notices">
            if let Some((title, count)) = &props.carry_offer {
                <div class="notice info carry-offer" role="status">
                    <p>{ format!("This looks like a new version of \u{201c}{title}\u{201d}, which has {count} annotations.") }</p>
                    <button type="button" onclick={emit(&props.on_carry_over)}>{ format!("Carry over {count} annotations") }</button>
                    <button type="button" onclick={emit(&props.on_dismiss_carry)}>{ "Not now" }</button>
                </div>
            }
            if let Some(message) = &props.message {
                <div
                    class={classes!("notice", if message.is_error { "error" } else { "info" })}
                    role={if message.is_error { "alert" } else { "status" }}
                >
                    <p>{ message.text.clone() }</p>
                    <button type="button" onclick={dismiss_message}>{ "Dismiss" }</button>
                </div>
            }
            if let Some(problem) = &props.load_problem {
                <div class="notice warning" role="alert">
                    <p>{ problem.clone() }</p>
                    <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
                </div>
            }
            if let Some(problem) = &props.save_problem {
                <div class="notice error" role="alert">
                    <p>
                        { "Your annotations could not be saved in this browser: " }
                        { problem.clone() }
                        { ". They are kept in this tab; saving is retried with every change. Do not close the tab until this message goes away." }
                    </p>
                    <button type="button" onclick={{ let on_export = props.on_export_all.clone(); Callback::from(move |_: MouseEvent| on_export.emit(())) }}>{ "Export all" }</button>
                </div>
            }
        </div>
    }
}
