//! Annotations whose text could not be found in the article: listed with the text they had,
//! never dropped, each attachable to the current selection.

use yew::prelude::*;

use crate::core::annotation::{Annotation, AnnotationId};

#[derive(Properties, PartialEq)]
pub struct OrphanListProps {
    pub orphans: Vec<Annotation>,
    pub can_attach: bool,
    /// Attach an orphan to the text selected in the article.
    pub on_attach: Callback<AnnotationId>,
}

#[component]
pub fn OrphanList(props: &OrphanListProps) -> Html {
    let attach = |id: AnnotationId| {
        let on_attach = props.on_attach.clone();
        Callback::from(move |_: MouseEvent| on_attach.emit(id.clone()))
    };
    html! {
        <section class="orphans" aria-labelledby="orphans-title">
            <h3 id="orphans-title">{ format!("Orphans ({})", props.orphans.len()) }</h3>
            <p class="panel-hint">
                { "Their text is no longer in the article. Select where each belongs, then choose Attach here." }
            </p>
            <ul class="orphan-list">
                { for props.orphans.iter().map(|a| html! {
                    <li class={classes!("orphan", a.kind.as_str())} data-annotation-id={a.id.to_string()}>
                        <span class="kind-badge">{ a.kind.label() }</span>
                        <span class="excerpt">{ a.exact.clone() }</span>
                        <button
                            type="button"
                            disabled={!props.can_attach}
                            onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                            onclick={attach(a.id.clone())}
                        >{ "Attach here" }</button>
                    </li>
                }) }
            </ul>
        </section>
    }
}
