//! The first screen of a first visit (issue #21): the bundled article, shown and annotatable by
//! the first module alone while the App's module, a part, is fetched.
//!
//! It lays out as the App does (the bar, the tools, the article, an empty side column), so the
//! App's first render takes its place without anything moving. Labelling the selected text
//! shows the highlight at once; that and every tool asked for here (open, export, import, a
//! dialog, by button or by its key) is handed on through `on_intent`, and the selection through
//! `on_select`, for the App to do once it is mounted (`ui::early`). Undo and redo, and the keys
//! of the App's lists, wait for the App.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser::{document, mark, new_annotation_id, now};
use super::dom_selection;
use super::early::EarlyIntent;
use super::state::Dialog;
use super::{AppBar, ArticleView, SelectionPopover, Toolbar};
use crate::core::annotation::Kind;
use crate::core::article::Article;
use crate::core::bundled::{NATO_DIALOGUE_PUBLISHER, NATO_DIALOGUE_TEXT};
use crate::core::highlights::{Highlight, HighlightId};
use crate::core::library::BUNDLED_TITLE;
use crate::core::offsets::CharRange;

/// The mark of the moment the first screen is in the document, shown and annotatable.
pub const FIRST_SCREEN_MARK: &str = "quotemark:first-screen";

#[derive(Properties, PartialEq)]
pub struct FirstScreenProps {
    pub on_intent: Callback<EarlyIntent>,
    pub on_select: Callback<Option<CharRange>>,
}

#[component]
pub fn FirstScreen(props: &FirstScreenProps) -> Html {
    // The App titles the bundled article so (`core::library::bundled_entry`).
    let article = use_memo((), |_| {
        Rc::new(Article::titled(NATO_DIALOGUE_TEXT, Some(BUNDLED_TITLE)))
    });
    let article = (*article).clone();
    let article_ref = use_node_ref();
    let selection = use_state_eq(|| None::<CharRange>);
    let labelled = use_state(|| Rc::new(Vec::<Highlight>::new()));
    {
        let (root, article, selection) = (article_ref.clone(), article.clone(), selection.setter());
        let on_select = props.on_select.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&document(), "selectionchange", move |_| {
                let Some(root) = root.cast::<web_sys::Element>() else {
                    return;
                };
                let range = dom_selection::selected_range(&root, &article);
                selection.set(range);
                on_select.emit(range);
            });
            move || drop(listener)
        });
    }
    use_effect_with((), |_| mark(FIRST_SCREEN_MARK));
    // Labels `range` as `kind`: shown at once, handed on for the App to make.
    let label = {
        let (selection, labelled) = (selection.clone(), labelled.clone());
        let (on_intent, on_select) = (props.on_intent.clone(), props.on_select.clone());
        Callback::from(move |(kind, range): (Kind, CharRange)| {
            let id = new_annotation_id();
            let mut shown = (**labelled).clone();
            shown.push(Highlight {
                id: HighlightId::Annotation(id.clone()),
                kind,
                range,
            });
            shown.sort_by_key(|h| (h.range.start(), h.range.end()));
            labelled.set(Rc::new(shown));
            on_intent.emit(EarlyIntent::Label {
                kind,
                range,
                id,
                now: now(),
            });
            dom_selection::clear();
            selection.set(None);
            on_select.emit(None);
        })
    };
    let on_label = {
        let (selection, label) = (selection.clone(), label.clone());
        Callback::from(move |kind| {
            if let Some(range) = *selection {
                label.emit((kind, range));
            }
        })
    };
    // The App's shortcuts that make sense before it is there: a label's key, and help.
    {
        let (root, article, label) = (article_ref.clone(), article.clone(), label.clone());
        let on_intent = props.on_intent.clone();
        use_effect_with((), move |_| {
            // Not passive: a label's key must stop the browser's own handling of it.
            let options = EventListenerOptions::enable_prevent_default();
            let listener =
                EventListener::new_with_options(&document(), "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if event.ctrl_key() || event.meta_key() || event.alt_key() {
                        return;
                    }
                    let key = event.key();
                    if key == "?" {
                        return on_intent.emit(EarlyIntent::Open(Dialog::Help));
                    }
                    let Some(kind) = Kind::from_shortcut(&key) else {
                        return;
                    };
                    // The selection as it is now: `selectionchange` comes a task later.
                    let range = root
                        .cast::<web_sys::Element>()
                        .and_then(|root| dom_selection::selected_range(&root, &article));
                    if let Some(range) = range {
                        event.prevent_default();
                        label.emit((kind, range));
                    }
                });
            move || drop(listener)
        });
    }
    let on_intent = &props.on_intent;
    html! {
        <>
            <AppBar />
            <Toolbar
                can_label={selection.is_some()}
                can_undo=false
                can_redo=false
                on_label={on_label.clone()}
                on_undo={Callback::noop()}
                on_redo={Callback::noop()}
                on_open={on_intent.reform(EarlyIntent::Open)}
                on_export={on_intent.reform(EarlyIntent::Export)}
                on_import={on_intent.reform(EarlyIntent::Import)}
            />
            <main class="workspace">
                // The App's minimap strip, empty until the App draws its marks.
                <div class="minimap" aria-hidden="true"></div>
                <ArticleView
                    {article}
                    publisher={AttrValue::from(NATO_DIALOGUE_PUBLISHER)}
                    highlights={(*labelled).clone()}
                    article_ref={article_ref}
                />
                <div class="side-column"></div>
                if let Some(range) = *selection {
                    <SelectionPopover {range} {on_label} />
                }
            </main>
        </>
    }
}
