//! The persistent toolbar: label the selected text, undo, redo, and the shortcuts dialog.

use yew::prelude::*;

use std::rc::Rc;

use super::state::Workspace;
use super::{ExportMenu, ImportButton, LabelButtons};
use crate::core::annotation::Kind;
use crate::core::article::Article;
use crate::core::store::AnnotationStore;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_label: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_label: Callback<Kind>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    pub on_help: Callback<()>,
    pub article: Rc<Article>,
    pub store: AnnotationStore,
    pub dispatcher: UseReducerDispatcher<Workspace>,
    pub on_open_article: Callback<()>,
    pub on_library: Callback<()>,
    pub on_insight: Callback<()>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let keep_selection = Callback::from(|e: MouseEvent| e.prevent_default());
    let emit = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    html! {
        // A named section, so that the tools are in a landmark as the rest of the page is.
        <section class="toolbar-band" aria-label="Tools">
        <div class="toolbar" role="toolbar" aria-label="Annotation tools">
            <LabelButtons enabled={props.can_label} on_label={props.on_label.clone()} />
            <span class="toolbar-gap" aria-hidden="true"></span>
            <button type="button" disabled={!props.can_undo} title="Undo (Ctrl+Z)"
                onmousedown={keep_selection.clone()} onclick={emit(&props.on_undo)}>{ "Undo" }</button>
            <button type="button" disabled={!props.can_redo} title="Redo (Ctrl+Shift+Z)"
                onmousedown={keep_selection} onclick={emit(&props.on_redo)}>{ "Redo" }</button>
            <span class="toolbar-gap" aria-hidden="true"></span>
            <button type="button" onclick={emit(&props.on_open_article)}>{ "Open article" }</button>
            <button type="button" onclick={emit(&props.on_library)}>{ "Library" }</button>
            <button type="button" onclick={emit(&props.on_insight)}>{ "Insight" }</button>
            <ExportMenu article={props.article.clone()} store={props.store.clone()} dispatcher={props.dispatcher.clone()} />
            <ImportButton dispatcher={props.dispatcher.clone()} />
            <button type="button" class="help-button" aria-label="Help and keyboard shortcuts" title="Help and keyboard shortcuts (?)"
                onclick={emit(&props.on_help)}>{ "?" }</button>
        </div>
        </section>
    }
}
