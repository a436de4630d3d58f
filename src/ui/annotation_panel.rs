//! The annotations panel: counts and filters, then every annotation in document order.

use std::rc::Rc;

use yew::prelude::*;

use super::intents::use_intents;
use super::shared::Shared;
use super::{AnnotationItem, OrphanList};
use crate::core::annotation::{Annotation, AnnotationId, Kind};
use crate::core::order;
use crate::core::store::AnnotationStore;
use crate::core::workspace::PanelFilter;

#[derive(Properties, PartialEq)]
pub struct AnnotationPanelProps {
    /// Compared by pointer when unchanged.
    pub store: Shared<AnnotationStore>,
    pub selected: Option<AnnotationId>,
    pub filter: PanelFilter,
    /// Whether text is selected in the article (so an orphan can be attached to it).
    pub can_attach: bool,
}

/// How many annotations the list shows at first, and how many more each "Show more" adds: an
/// article can hold thousands, and each entry is a component to compare on every change.
const LIST_PAGE: usize = 200;

#[component]
pub fn AnnotationPanel(props: &AnnotationPanelProps) -> Html {
    let listed = use_state(|| LIST_PAGE);
    let intents = use_intents();
    let store = &props.store;
    let speakers: Rc<Vec<String>> = use_memo(store.clone(), |store| {
        let mut names: Vec<String> = store.iter().filter_map(|a| a.speaker.clone()).collect();
        order::sort_by(&mut names, |a, b| a.cmp(b));
        names.dedup();
        names
    });
    let count = |kind: Kind| store.iter().filter(|a| a.kind == kind).count();
    let filters = Kind::ALL.into_iter().map(|kind| {
        let shown = !props.filter.hidden.contains(&kind);
        let toggle = intents.toggle_kind.clone();
        html! {
            <button
                type="button"
                class={classes!("kind-filter", kind.as_str())}
                aria-pressed={shown.to_string()}
                title={if shown { format!("Hide {}s", kind.label().to_lowercase()) } else { format!("Show {}s", kind.label().to_lowercase()) }}
                onclick={Callback::from(move |_| toggle.emit(kind))}
            >
                <span class="kind-swatch" aria-hidden="true"></span>
                { format!("{}s ", kind.label()) }
                <span class="count">{ count(kind) }</span>
            </button>
        }
    });
    let on_search = {
        let search = intents.search.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            search.emit(input.value());
        })
    };
    let shown: Vec<&Rc<Annotation>> = store
        .iter_shared()
        .filter(|a| !a.orphaned && props.filter.shows(a))
        .collect();
    let orphans: Vec<_> = store.iter().filter(|a| a.orphaned).collect();
    // The selected annotation is always listed, so its editor opens wherever it is: after the
    // first page, past a gap, when it lies beyond it (listing everything up to it would make
    // every edit deep in a long article re-render hundreds of entries).
    let limit = *listed;
    let selected_beyond = props
        .selected
        .as_ref()
        .and_then(|id| shown.iter().skip(limit).position(|a| &a.id == id))
        .map(|i| (i, shown[limit + i]));
    let hidden = shown.len().saturating_sub(limit);
    let on_more = {
        let listed = listed.clone();
        Callback::from(move |_| listed.set(limit + LIST_PAGE))
    };
    let item = |a: &Rc<Annotation>| {
        html! {
            <AnnotationItem
                key={a.id.to_string()}
                annotation={Rc::clone(a)}
                selected={props.selected.as_ref() == Some(&a.id)}
                on_reveal={intents.reveal.clone()}
                on_update={intents.update.clone()}
                on_delete={intents.delete.clone()}
            />
        }
    };
    // One keyed list: the first page, then the gap and the selected annotation if beyond it.
    let mut entries: Vec<Html> = shown.iter().take(limit).map(|a| item(a)).collect();
    if let Some((gap, selected)) = selected_beyond {
        entries.push(html! { <li class="list-gap" key="gap">{ format!("… {gap} more …") }</li> });
        entries.push(item(selected));
    }
    html! {
        <aside class="panel" aria-label="Annotations">
            <h2 class="panel-title">{ "Annotations" } <span class="count">{ store.len() }</span></h2>
            <div class="panel-filters" role="group" aria-label="Show kinds">{ for filters }</div>
            <input
                type="search"
                class="panel-search"
                placeholder="Search text, speaker, note, tag"
                aria-label="Search annotations"
                value={props.filter.query.clone()}
                oninput={on_search}
            />
            <datalist id="speaker-names">
                { for speakers.iter().map(|name| html! { <option value={name.clone()} /> }) }
            </datalist>
            if !orphans.is_empty() {
                <OrphanList orphans={orphans.into_iter().cloned().collect::<Vec<_>>()} can_attach={props.can_attach} on_attach={intents.attach.clone()} />
            }
            if store.is_empty() {
                <p class="panel-empty">
                    { "Select words in the article, then press 1 (claim), 2 (quote) or 3 (scare quote)." }
                </p>
            } else if shown.is_empty() {
                <p class="panel-empty">{ "No annotation matches the filters." }</p>
            } else {
                <ol class="annotation-list">
                    { for entries }
                </ol>
                if hidden > 0 {
                    <button type="button" class="show-more" onclick={on_more}>
                        { format!("Show {} more of {hidden}", hidden.min(LIST_PAGE)) }
                    </button>
                }
            }
        </aside>
    }
}
