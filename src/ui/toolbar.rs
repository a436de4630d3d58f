//! The persistent toolbar: label the selected text, undo, redo, and the shortcuts dialog.

use yew::prelude::*;

use super::state::Dialog;
use super::{ExportMenu, ImportButton, LabelButtons};
use crate::core::annotation::Kind;
use crate::core::export::ExportFormat;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_label: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_label: Callback<Kind>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,

    pub on_export: Callback<ExportFormat>,
    pub on_import: Callback<web_sys::File>,
    /// Open a dialog: help, open article, library, insight.
    pub on_open: Callback<Dialog>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let keep_selection = Callback::from(|e: MouseEvent| e.prevent_default());
    let emit = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    let open = |dialog: Dialog| props.on_open.reform(move |_: MouseEvent| dialog);
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
            <button type="button" onclick={open(Dialog::Opener)}>{ "Open article" }</button>
            <button type="button" onclick={open(Dialog::Library)}>{ "Library" }</button>
            <button type="button" onclick={open(Dialog::Insight)}>{ "Insight" }</button>
            <button type="button" onclick={open(Dialog::Team)}>{ "Team" }</button>
            <ExportMenu on_export={props.on_export.clone()} />
            <ImportButton on_file={props.on_import.clone()} />
            <button type="button" class="help-button" aria-label="Help and keyboard shortcuts" title="Help and keyboard shortcuts (?)"
                onclick={open(Dialog::Help)}>{ "?" }</button>
        </div>
        </section>
    }
}
