//! Editing one annotation in place. Each field commits on `change` (leaving the field or
//! pressing Enter), so one edit is one undo step, not one per keystroke.

use yew::prelude::*;

use super::browser::now;
use crate::core::annotation::{Annotation, AnnotationId, Kind, QuoteType};

#[derive(Properties, PartialEq)]
pub struct AnnotationEditorProps {
    pub annotation: Annotation,
    /// Called with the annotation as a field's change leaves it.
    pub on_update: Callback<Annotation>,
    /// Offered as a Delete button when given.
    #[prop_or_default]
    pub on_delete: Option<Callback<AnnotationId>>,
    /// Starts the fields' ids, so that two editors of one annotation (the reader's own, and a
    /// copy being adjudicated) never share an id.
    #[prop_or_default]
    pub scope: AttrValue,
}

/// Tags from a comma-separated field: trimmed, empty ones and repeats dropped.
fn parse_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

pub(super) fn optional(text: String) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

#[component]
pub fn AnnotationEditor(props: &AnnotationEditorProps) -> Html {
    let a = &props.annotation;
    let id = a.id.to_string();
    let field_id = |name: &str| format!("{}{name}-{id}", props.scope);
    // A callback that applies `change` to the annotation with the field's new value.
    let commit = |change: fn(&mut Annotation, String)| {
        let (on_update, annotation) = (props.on_update.clone(), a.clone());
        Callback::from(move |e: Event| {
            let value = field_value(&e);
            let mut edited = annotation.clone();
            change(&mut edited, value);
            if edited != annotation {
                edited.modified = now();
                on_update.emit(edited);
            }
        })
    };
    let on_delete = props.on_delete.clone().map(|on_delete| {
        let id = a.id.clone();
        Callback::from(move |_: MouseEvent| on_delete.emit(id.clone()))
    });
    html! {
        <div class="annotation-editor" role="group" aria-label="Edit annotation">
            <label for={field_id("kind")}>{ "Label" }</label>
            <select id={field_id("kind")} onchange={commit(|a, v| {
                if let Some(kind) = Kind::parse(&v) {
                    a.kind = kind;
                    if kind == Kind::Quote && a.quote_type.is_none() {
                        a.quote_type = Some(QuoteType::Direct);
                    }
                }
            })}>
                { for Kind::ALL.into_iter().map(|k| html! {
                    <option value={k.as_str()} selected={k == a.kind}>{ k.label() }</option>
                }) }
            </select>
            if a.kind == Kind::Quote {
                <label for={field_id("speaker")}>{ "Speaker" }</label>
                <input id={field_id("speaker")} type="text" list="speaker-names" autocomplete="off"
                    value={a.speaker.clone().unwrap_or_default()}
                    onchange={commit(|a, v| a.speaker = optional(v))} />
                <label for={field_id("cue")}>{ "Cue" }</label>
                <input id={field_id("cue")} type="text" placeholder="said, told, according to…"
                    value={a.cue.clone().unwrap_or_default()}
                    onchange={commit(|a, v| a.cue = optional(v))} />
                <label for={field_id("quote-type")}>{ "Quote type" }</label>
                <select id={field_id("quote-type")} onchange={commit(|a, v| a.quote_type = QuoteType::parse(&v))}>
                    { for QuoteType::ALL.into_iter().map(|t| html! {
                        <option value={t.as_str()} selected={Some(t) == a.quote_type}>{ t.as_str() }</option>
                    }) }
                </select>
            }
            if a.kind == Kind::ScareQuote {
                <label for={field_id("attributed-to")}>{ "Whose framing" }</label>
                <input id={field_id("attributed-to")} type="text" placeholder="e.g. Washington"
                    value={a.attributed_to.clone().unwrap_or_default()}
                    onchange={commit(|a, v| a.attributed_to = optional(v))} />
            }
            <label for={field_id("note")}>{ "Note" }</label>
            <textarea id={field_id("note")} rows="2" value={a.note.clone()}
                onchange={commit(|a, v| a.note = v)} />
            <label for={field_id("tags")}>{ "Tags" }</label>
            <input id={field_id("tags")} type="text" placeholder="comma, separated"
                value={a.tags.join(", ")}
                onchange={commit(|a, v| a.tags = parse_tags(&v))} />
            if let Some(on_delete) = on_delete {
                <button type="button" class="delete-button" onclick={on_delete}>{ "Delete" }</button>
            }
        </div>
    }
}

/// The value of the input, select or textarea that fired `event`.
pub(super) fn field_value(event: &Event) -> String {
    use wasm_bindgen::JsCast;
    let target = event.target();
    if let Some(input) = target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        return input.value();
    }
    if let Some(select) = target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        return select.value();
    }
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|t| t.value())
        .unwrap_or_default()
}
