//! One annotation in the panel: a summary that reveals its highlight, and, when selected, the
//! editor.

use std::rc::Rc;

use yew::prelude::*;

use super::AnnotationEditor;
use crate::core::annotation::{Annotation, AnnotationId, Kind};

#[derive(Properties, PartialEq)]
pub struct AnnotationItemProps {
    /// Shared with the store: an unchanged annotation compares by pointer.
    pub annotation: Rc<Annotation>,
    pub selected: bool,
    pub on_reveal: Callback<AnnotationId>,
    pub on_update: Callback<Annotation>,
    pub on_delete: Callback<AnnotationId>,
}

/// How many characters of the annotated text the summary shows.
const EXCERPT_CHARS: usize = 90;

pub(super) fn excerpt(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= EXCERPT_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(EXCERPT_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

#[component]
pub fn AnnotationItem(props: &AnnotationItemProps) -> Html {
    let a = &props.annotation;
    let onclick = {
        let (on_reveal, id) = (props.on_reveal.clone(), a.id.clone());
        Callback::from(move |_| on_reveal.emit(id.clone()))
    };
    let who = match a.kind {
        Kind::Quote => a.speaker.clone(),
        Kind::ScareQuote => a.attributed_to.clone(),
        Kind::Claim => None,
    };
    html! {
        <li
            class={classes!("annotation-item", a.kind.as_str(), props.selected.then_some("selected"))}
            data-annotation-id={a.id.to_string()}
        >
            <button type="button" class="annotation-summary" aria-expanded={props.selected.to_string()} {onclick}>
                <span class="kind-badge">{ a.kind.label() }</span>
                <span class="excerpt">{ excerpt(&a.exact) }</span>
                if let Some(who) = who.filter(|w| !w.is_empty()) {
                    <span class="who">{ format!("— {who}") }</span>
                }
            </button>
            if props.selected {
                <AnnotationEditor annotation={(**a).clone()} on_update={props.on_update.clone()} on_delete={props.on_delete.clone()} />
            }
        </li>
    }
}
