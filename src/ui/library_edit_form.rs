//! The form that changes one library entry's title, source address, byline and date.
//!
//! It keeps what the reader types in itself, not in the rendered value: Yew sets an input back
//! to its rendered value whenever the form renders again (an autosave refreshing the library's
//! counts, a search in the dialog), which would wipe what is being typed. A save that
//! [`check_details`] refuses keeps the form open, with both fields as typed and the wrong one
//! marked and described.

use yew::prelude::*;

use super::annotation_editor::field_value;
use crate::core::credit::Credit;
use crate::core::details::{Details, DetailsError, Typed, check_details};

#[derive(Properties, PartialEq)]
pub struct LibraryEditFormProps {
    /// The title and source address the form starts from ("" for none), and the credit.
    pub title: AttrValue,
    pub source: AttrValue,
    pub credit: Credit,
    pub on_save: Callback<Details>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn LibraryEditForm(props: &LibraryEditFormProps) -> Html {
    // What the reader has typed: written on every keystroke, read by the render and the save.
    let typed = use_mut_ref(|| Typed {
        title: props.title.to_string(),
        source: props.source.to_string(),
        byline: props.credit.byline.clone().unwrap_or_default(),
        published: props.credit.published.clone().unwrap_or_default(),
        site: props.credit.site.clone(),
    });
    let problem = use_state(|| None::<DetailsError>);
    let on_submit = {
        let (typed, problem, on_save) = (typed.clone(), problem.clone(), props.on_save.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let checked = {
                let typed = typed.borrow();
                check_details(&typed)
            };
            match checked {
                Ok(details) => on_save.emit(details),
                Err(refused) => problem.set(Some(refused)),
            }
        })
    };
    let on_title = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.borrow_mut().title = field_value(&e))
    };
    let on_source = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.borrow_mut().source = field_value(&e))
    };
    let on_byline = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.borrow_mut().byline = field_value(&e))
    };
    let on_published = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.borrow_mut().published = field_value(&e))
    };
    let on_cancel = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };
    // Whether the refused save was about the title (true) or the source (false) field.
    let refused = |about_title: bool| {
        problem
            .as_ref()
            .is_some_and(|problem| problem.is_about_title() == about_title)
    };
    let typed = typed.borrow();
    html! {
        <form class="library-edit" onsubmit={on_submit}>
            <label for="edit-title">{ "New title" }</label>
            <input id="edit-title" type="text" value={typed.title.clone()} oninput={on_title}
                aria-invalid={refused(true).then_some("true")} aria-describedby={refused(true).then_some("edit-problem")} />
            <label for="edit-source">{ "Source address" }</label>
            <input id="edit-source" type="text" inputmode="url" placeholder="https://…" value={typed.source.clone()} oninput={on_source}
                aria-invalid={refused(false).then_some("true")} aria-describedby={refused(false).then_some("edit-problem")} />
            <label for="edit-byline">{ "Byline" }</label>
            <input id="edit-byline" type="text" value={typed.byline.clone()} oninput={on_byline} />
            <label for="edit-published">{ "Published" }</label>
            <input id="edit-published" type="text" value={typed.published.clone()} oninput={on_published} />
            if let Some(problem) = &*problem {
                <p id="edit-problem" class="form-error" role="alert">{ problem.to_string() }</p>
            }
            <span class="library-edit-buttons">
                <button type="submit">{ "Save" }</button>
                <button type="button" onclick={on_cancel}>{ "Cancel" }</button>
            </span>
        </form>
    }
}
