//! The application shell: state, the browser events it listens to, and the layout.
//!
//! Side effects live here and nowhere else: the text selection and keyboard listeners turn
//! browser events into [`Action`]s, and an effect keyed on the annotations' revision saves
//! them (debounced, and flushed when the page is hidden or closed).

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser::{
    BrowserStorage, document, mark, new_annotation_id, now, prefers_reduced_motion, timed, window,
};
use super::detection::use_detection;
use super::library_actions::LibraryActions;
use super::state::{Action, Message, PendingSelection, SavedBase, Workspace};
use super::{
    AnnotationPanel, ArticleView, HelpDialog, InsightDialog, LibraryDialog, Minimap, Notices,
    OpenDialog, SelectionPopover, SuggestionPanel, Toolbar, dom_selection,
};
use crate::core::annotation::{Annotation, AnnotationId, Kind};
use crate::core::article::Article;
use crate::core::backup;
use crate::core::bundled::NATO_DIALOGUE_PUBLISHER;
use crate::core::highlights::highlights_of;
use crate::core::highlights::{Highlight, HighlightId};
use crate::core::insight::roster::Aliases;
use crate::core::library::{self, IndexEntry, SaveCache, Snapshot};
use crate::core::offsets::CharRange;
use crate::core::persist::{KeyValueStore, SAVED_HISTORY_LIMIT, StorageError};
use crate::core::store::AnnotationStore;
use crate::core::suggestions::SuggestionKey;

/// How long after the last change the annotations are saved.
const SAVE_DELAY_MS: u32 = 300;
/// How long a revealed highlight flashes.
const FLASH_MS: u32 = 1200;

/// What the long-lived event listeners need to know about the latest render.
struct Latest {
    article: Rc<Article>,
    current_id: String,
    pending: Option<CharRange>,
    selected: Option<AnnotationId>,
}

/// A document's state waiting to be saved, for the debounce timer and the page-hide flush.
type PendingSave = Rc<RefCell<Option<SaveJob>>>;

/// A document as it is to be saved.
struct SaveJob {
    entry: IndexEntry,
    article: Rc<Article>,
    store: AnnotationStore,
    rejected: Rc<BTreeSet<SuggestionKey>>,
    speakers: Rc<Aliases>,
    base: Option<SavedBase>,
}

/// Saves at once whatever is waiting to be saved.
pub type Flush = Rc<dyn Fn()>;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| Workspace::open(&BrowserStorage, &now()));
    let dispatcher = state.dispatcher();
    let article_ref = use_node_ref();
    let latest = use_mut_ref(|| Latest {
        article: state.article.clone(),
        current_id: state.current.id.clone(),
        pending: None,
        selected: None,
    });
    *latest.borrow_mut() = Latest {
        article: state.article.clone(),
        current_id: state.current.id.clone(),
        pending: state.pending.as_ref().map(|p| p.range),
        selected: state.selected.clone(),
    };

    let label = label_callback(latest.clone(), dispatcher.clone());
    use_selection_tracking(article_ref.clone(), latest.clone(), dispatcher.clone());
    use_keyboard(article_ref.clone(), latest.clone(), dispatcher.clone());
    let flush = use_autosave(&state, dispatcher.clone());
    use_other_tabs(latest.clone(), dispatcher.clone());
    use_remember_document(state.current.id.clone());
    use_reveal(&state);
    // The moment the first render is in the document: the app can be used from here.
    use_effect_with((), |_| mark("quotemark:ready"));
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            if super::offline::updated_since_last_visit(&BrowserStorage) {
                dispatcher.dispatch(Action::ShowMessage(Message::info(
                    "Quotemark was updated since your last visit. Your articles and annotations are as you left them.",
                )));
            }
        });
    }
    use_detection(
        state.article.clone(),
        state.current.id.clone(),
        dispatcher.clone(),
    );
    let reading = use_mut_ref(|| None);
    let actions = LibraryActions {
        flush: flush.clone(),
        dispatcher: dispatcher.clone(),
        library: state.library.clone(),
        current_id: state.current.id.clone(),
        reading,
    };
    let latest_actions = use_mut_ref(|| None);
    *latest_actions.borrow_mut() = Some(actions.clone());
    use_file_drop(dispatcher.clone(), latest_actions);

    // The bundled article names its publisher; others show where they came from, if known.
    let publisher: Option<AttrValue> = if state.current.bundled {
        Some(NATO_DIALOGUE_PUBLISHER.into())
    } else {
        state.current.source.clone().map(AttrValue::from)
    };
    // The revision counts changes to annotations; putting a document on screen replaces
    // the store without one, which `shown` counts; `suggestions_version` counts the rest.
    let memo_key = (state.revision, state.shown, state.suggestions_version);
    let offered = {
        let state = state.clone();
        use_memo(memo_key, move |_| state.offered_suggestions())
    };
    // Only the Insight dialog needs the annotations as a list; copying thousands of them on
    // every change would slow every edit.
    // Counts the times every block of an article got into the page (the minimap measures then).
    let layout_version = use_state(|| 0u32);
    let annotations = {
        let store = state.store.clone();
        use_memo(
            (state.revision, state.shown, state.insight_open),
            move |(_, _, open)| {
                if *open {
                    store.iter().cloned().collect::<Vec<_>>()
                } else {
                    Vec::new()
                }
            },
        )
    };
    let highlights = {
        let (store, offered) = (state.store.clone(), offered.clone());
        use_memo(memo_key, move |_| {
            let mut highlights = highlights_of(store.iter());
            highlights.extend(offered.iter().map(|s| Highlight {
                id: HighlightId::Suggestion(s.key.clone()),
                kind: s.kind,
                range: s.range,
            }));
            highlights
        })
    };
    let dispatch = |action: fn() -> Action| {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_| dispatcher.dispatch(action()))
    };
    let on_highlight_click = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |id| dispatcher.dispatch(Action::Select(Some(id))))
    };
    html! {
        <>
            <header class="app-bar">
                <span class="app-name">{ "Quotemark" }</span>
                <span class="app-tagline">
                    { "Claims, quotes and scare quotes — annotated in your browser, never sent anywhere." }
                </span>
            </header>
            <Toolbar
                can_label={state.pending.is_some()}
                can_undo={state.store.can_undo()}
                can_redo={state.store.can_redo()}
                on_label={label.clone()}
                on_undo={dispatch(|| Action::Undo)}
                on_redo={dispatch(|| Action::Redo)}
                on_help={dispatch(|| Action::ShowHelp(true))}
                article={state.article.clone()}
                store={state.store.clone()}
                dispatcher={dispatcher.clone()}
                on_open_article={dispatch(|| Action::ShowOpener(true))}
                on_library={dispatch(|| Action::ShowLibrary(true))}
                on_insight={dispatch(|| Action::ShowInsight(true))}
            />
            <Notices
                load_problem={state.load_problem.clone().map(AttrValue::from)}
                save_problem={state.save_problem.clone().map(AttrValue::from)}
                on_dismiss_load={dispatch(|| Action::DismissLoadProblem)}
                message={state.message.clone()}
                on_dismiss_message={dispatch(|| Action::DismissMessage)}
                on_export_all={{ let actions = actions.clone(); Callback::from(move |_| actions.export_all()) }}
                carry_offer={state.carry_offer.as_ref().map(|e| (AttrValue::from(e.title.clone()), e.counts.claims + e.counts.quotes + e.counts.scare_quotes))}
                on_carry_over={{
                    let (actions, offer, article, store) = (actions.clone(), state.carry_offer.clone(), state.article.clone(), state.store.clone());
                    Callback::from(move |_| if let Some(from) = &offer { actions.carry_over(from, article.text(), |id| store.get(id).is_some()) })
                }}
                on_dismiss_carry={dispatch(|| Action::DismissCarryOffer)}
            />
            <main class="workspace">
                <Minimap
                    layout_version={*layout_version}
                    article={state.article.clone()}
                    highlights={highlights.clone()}
                    article_ref={article_ref.clone()}
                    on_reveal={{ let dispatcher = dispatcher.clone(); Callback::from(move |id| dispatcher.dispatch(Action::Reveal(id))) }}
                />
                <ArticleView
                    key={state.current.id.clone()}
                    on_complete={{ let layout = layout_version.clone(); Callback::from(move |_| layout.set(*layout + 1)) }}
                    article={state.article.clone()}
                    publisher={publisher}
                    {highlights}
                    selected={state.selected.clone()}
                    {on_highlight_click}
                    on_suggestion_click={Callback::from(focus_suggestion)}
                    article_ref={article_ref.clone()}
                />
                <div class="side-column">
                    <SuggestionPanel
                        article={state.article.clone()}
                        {offered}
                        rejected={state.rejected.len()}
                        detecting={state.detecting}
                        shown={state.show_suggestions}
                        dispatcher={dispatcher.clone()}
                    />
                    <AnnotationPanel
                        store={state.store.clone()}
                        selected={state.selected.clone()}
                        filter={state.filter.clone()}
                        can_attach={state.pending.is_some()}
                        dispatcher={dispatcher.clone()}
                    />
                </div>
                // Fixed in the viewport; inside `main` so that it is within a landmark.
                if let Some(pending) = state.pending.clone() {
                    <SelectionPopover {pending} on_label={label} />
                }
            </main>
            <HelpDialog open={state.help_open} on_close={dispatch(|| Action::ShowHelp(false))} />
            <InsightDialog
                open={state.insight_open}
                on_close={dispatch(|| Action::ShowInsight(false))}
                article={state.article.clone()}
                title={AttrValue::from(state.current.title.clone())}
                source={state.current.source.clone().map(AttrValue::from)}
                annotations={annotations.clone()}
                aliases={state.speaker_aliases.clone()}
                dispatcher={dispatcher.clone()}
            />
            <OpenDialog
                open={state.opener_open}
                file_error={state.message.as_ref().filter(|m| m.is_error && state.opener_open).map(|m| AttrValue::from(m.text.clone()))}
                on_close={dispatch(|| Action::ShowOpener(false))}
                on_open={{ let actions = actions.clone(); Callback::from(move |opened| actions.open_new(opened)) }}
                on_file={{ let actions = actions.clone(); Callback::from(move |file| actions.open_file(file)) }}
            />
            <LibraryDialog
                open={state.library_open}
                library={state.library.clone()}
                current_id={state.current.id.clone()}
                deleted_title={state.deleted.as_ref().map(|r| AttrValue::from(r.title.clone()))}
                on_close={{ let dispatcher = dispatcher.clone(); Callback::from(move |_| { dispatcher.dispatch(Action::ShowLibrary(false)); dispatcher.dispatch(Action::ForgetDeleted); }) }}
                on_open={{ let actions = actions.clone(); Callback::from(move |id: String| actions.open(&id)) }}
                on_edit={{ let actions = actions.clone(); Callback::from(move |(id, title, source): (String, String, String)| actions.edit(&id, &title, &source)) }}
                on_delete={{ let actions = actions.clone(); Callback::from(move |id: String| actions.delete(&id)) }}
                on_undo_delete={{ let (actions, deleted) = (actions.clone(), state.deleted.clone()); Callback::from(move |_| if let Some(record) = deleted.clone() { actions.undo_delete(record) }) }}
                on_export_all={{ let actions = actions.clone(); Callback::from(move |_| actions.export_all()) }}
                on_import_all={{ let actions = actions.clone(); Callback::from(move |file| actions.import_all(file)) }}
                notice={state.message.clone().filter(|_| state.library_open)}
            />
        </>
    }
}

/// Brings a suggestion's entry in the Suggestions list into view and focuses its Accept button.
fn focus_suggestion(key: String) {
    let selector = format!("[data-suggestion-key=\"{key}\"] .accept-button");
    let Some(button) = document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    button.scroll_into_view_with_bool(false);
    let _ = button.focus();
}

/// Labels the pending selection with a kind, then clears the browser's selection.
fn label_callback(
    latest: Rc<RefCell<Latest>>,
    dispatcher: UseReducerDispatcher<Workspace>,
) -> Callback<Kind> {
    Callback::from(move |kind| {
        let Some(range) = latest.borrow().pending else {
            return;
        };
        dispatcher.dispatch(Action::Label {
            kind,
            range,
            id: new_annotation_id(),
            now: now(),
        });
        dom_selection::clear();
    })
}

/// Follows the browser's selection (and keeps the floating toolbar beside it on scroll).
#[hook]
fn use_selection_tracking(
    article_ref: NodeRef,
    latest: Rc<RefCell<Latest>>,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    use_effect_with((), move |_| {
        let update = Rc::new(move |_: &Event| {
            let Some(root) = article_ref.cast::<web_sys::Element>() else {
                return;
            };
            let article = latest.borrow().article.clone();
            let pending = dom_selection::selected_range(&root, &article)
                .map(|(range, anchor)| PendingSelection { range, anchor });
            dispatcher.dispatch(Action::SelectText(pending));
        });
        let on_change = update.clone();
        let listeners = [
            EventListener::new(&document(), "selectionchange", move |e| on_change(e)),
            EventListener::new(&window(), "scroll", move |e| update(e)),
        ];
        move || drop(listeners)
    });
}

/// The global shortcuts, and caret movement inside the article.
#[hook]
fn use_keyboard(
    article_ref: NodeRef,
    latest: Rc<RefCell<Latest>>,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    use_effect_with((), move |_| {
        // Not passive: shortcuts must stop the browser's own handling of their keys.
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&document(), "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                // A modal dialog (shortcuts, insight, library, open) handles its own keys, Escape
                // included. The DOM says at once; the state learns a render later.
                if document()
                    .query_selector("dialog[open]")
                    .ok()
                    .flatten()
                    .is_some()
                {
                    return;
                }
                let latest = latest.borrow();
                let in_field = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                    .is_some_and(|t| {
                        matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                            || t.is_content_editable()
                    });
                if in_field {
                    return; // typing, and the fields' own undo
                }
                let key = event.key();
                let command = event.ctrl_key() || event.meta_key();
                let action = match key.as_str() {
                    "z" | "Z" if command && event.shift_key() => Some(Action::Redo),
                    "z" | "Z" if command => Some(Action::Undo),
                    "y" | "Y" if command => Some(Action::Redo),
                    _ if command || event.alt_key() => None,
                    "Escape" if latest.pending.is_some() => {
                        dom_selection::clear();
                        Some(Action::SelectText(None))
                    }
                    "Escape" if latest.selected.is_some() => Some(Action::Select(None)),
                    "Delete" | "Backspace" if latest.pending.is_none() => {
                        latest.selected.clone().map(Action::Delete)
                    }
                    "?" => Some(Action::ShowHelp(true)),
                    _ => None,
                };
                if let Some(action) = action {
                    event.prevent_default();
                    drop(latest);
                    dispatcher.dispatch(action);
                    return;
                }
                let Some(root) = article_ref.cast::<web_sys::Element>() else {
                    return;
                };
                if let Some(kind) = Kind::from_shortcut(&key).filter(|_| !command) {
                    // The selection as it is now: `selectionchange` arrives a task later, so a
                    // key pressed right after a double click would otherwise find nothing.
                    let range = dom_selection::selected_range(&root, &latest.article)
                        .map(|(range, _)| range)
                        .or(latest.pending);
                    if let Some(range) = range {
                        event.prevent_default();
                        drop(latest);
                        let id = new_annotation_id();
                        dispatcher.dispatch(Action::Label {
                            kind,
                            range,
                            id,
                            now: now(),
                        });
                        dom_selection::clear();
                    }
                    return;
                }
                let focus_in_article = document()
                    .active_element()
                    .is_some_and(|a| root.contains(Some(&a)));
                if focus_in_article
                    && let Some((direction, granularity)) =
                        caret_motion(&key, event.ctrl_key() || event.alt_key())
                {
                    event.prevent_default();
                    let alter = if event.shift_key() { "extend" } else { "move" };
                    dom_selection::move_by_keyboard(&root, alter, direction, granularity);
                }
            });
        move || drop(listener)
    });
}

/// The caret motion a key asks for: direction and granularity for `Selection.modify`.
fn caret_motion(key: &str, by_word: bool) -> Option<(&'static str, &'static str)> {
    let along_line = if by_word { "word" } else { "character" };
    Some(match key {
        "ArrowLeft" => ("backward", along_line),
        "ArrowRight" => ("forward", along_line),
        "ArrowUp" => ("backward", "line"),
        "ArrowDown" => ("forward", "line"),
        "Home" => ("backward", "lineboundary"),
        "End" => ("forward", "lineboundary"),
        _ => return None,
    })
}

/// Saves the annotations a moment after each change, and at once when the page is hidden.
#[hook]
fn use_autosave(
    state: &UseReducerHandle<Workspace>,
    dispatcher: UseReducerDispatcher<Workspace>,
) -> Flush {
    let pending: PendingSave = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<Timeout>);
    // What the last save wrote, so that the next writes only what changed.
    let cache = use_mut_ref(SaveCache::default);
    let flush: Flush = {
        let (pending, dispatcher) = (pending.clone(), dispatcher.clone());
        Rc::new(move || {
            timed("quotemark:save", || {
                let Some(job) = pending.borrow_mut().take() else {
                    return;
                };
                let SaveJob {
                    entry,
                    article,
                    store,
                    rejected,
                    speakers,
                    base,
                } = job;
                let now = now();
                // The index and record as storage holds them now: another tab may have saved this
                // document since; its annotations are merged in, never overwritten.
                let mut stored = library::load(&BrowserStorage, &now);
                let mut store = store;
                // Only a generation this tab has not seen can hold another tab's annotations;
                // reading back our own record would cost a parse of all of them per save.
                let newer = |e: &&IndexEntry| e.generation > 0 && e.generation != entry.generation;
                if let Some(theirs) = stored.entry(&entry.id).filter(newer) {
                    let saved = library::open(&BrowserStorage, theirs, &now)
                        .record
                        .annotations;
                    if store.merge_external(saved.clone()) {
                        dispatcher.dispatch(Action::MergeExternal {
                            document_id: entry.id.clone(),
                            annotations: saved,
                        });
                    }
                }
                let shared: Vec<Rc<Annotation>> = store.iter_shared().cloned().collect();
                let history = store.history(SAVED_HISTORY_LIMIT);
                let rejected_keys: Vec<SuggestionKey> = rejected.iter().cloned().collect();
                let snapshot = Snapshot {
                    id: &entry.id,
                    title: &entry.title,
                    source: entry.source.as_deref(),
                    added: &entry.added,
                    text: (!entry.bundled).then(|| article.text()),
                    annotations: &shared,
                    history: &history,
                    rejected: &rejected_keys,
                    speakers: &speakers,
                };
                let saved = stored.writable.then(|| {
                    // After opening, the first save starts from what was read.
                    let previous = stored.entry(&entry.id).map_or(0, |e| e.generation);
                    let mut cache = cache.borrow_mut();
                    if !cache.covers(&entry.id, previous)
                        && let Some(base) =
                            base.as_ref().filter(|b| b.0.covers(&entry.id, previous))
                    {
                        *cache = (*base.0).clone();
                    }
                    library::save_snapshot(
                        &BrowserStorage,
                        &mut stored.index,
                        &snapshot,
                        &mut cache,
                        &now,
                    )
                });
                let result = if let Some(saved) = saved {
                    saved.map_err(|error| {
                        match error {
                            StorageError::QuotaExceeded(_) => format!(
                                "{error}; Quotemark uses about {:.1} MB of it. Export the library to keep a copy, then delete articles you no longer need",
                                backup::bytes_used(&BrowserStorage) as f64 / 1_048_576.0
                            ),
                            other => other.to_string(),
                        }
                    })
                } else {
                    Err(
                        "the library was written by a newer Quotemark and is read-only here"
                            .to_owned(),
                    )
                };
                match result {
                    Ok(()) => {
                        dispatcher.dispatch(Action::LibraryChanged(stored.index));
                        dispatcher.dispatch(Action::SaveSucceeded);
                    }
                    Err(error) => {
                        // Keep it pending: the page-hide flush and the next change try again.
                        *pending.borrow_mut() = Some(SaveJob {
                            entry,
                            article,
                            store,
                            rejected,
                            speakers,
                            base,
                        });
                        dispatcher.dispatch(Action::SaveFailed(error));
                    }
                }
            })
        })
    };
    {
        let (flush, timer) = (flush.clone(), timer.clone());
        let job = SaveJob {
            entry: state.current.clone(),
            article: state.article.clone(),
            store: state.store.clone(),
            rejected: state.rejected.clone(),
            speakers: state.speaker_aliases.clone(),
            base: state.saved_base.clone(),
        };
        let writable = state.writable;
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 && writable {
                *pending.borrow_mut() = Some(job);
                let flush = flush.clone();
                *timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || flush()));
            }
        });
    }
    {
        let flush = flush.clone();
        use_effect_with((), move |_| {
            let on_hide = flush.clone();
            let listeners = [
                EventListener::new(&window(), "pagehide", move |_| on_hide()),
                EventListener::new(&document(), "visibilitychange", move |_| {
                    if document().visibility_state() == web_sys::VisibilityState::Hidden {
                        flush();
                    }
                }),
            ];
            move || drop(listeners)
        });
    }
    flush
}

/// Follows what other tabs save: their library changes, and their annotations of the open
/// document, merged in (the `storage` event fires only in the other tabs of an origin).
#[hook]
fn use_other_tabs(latest: Rc<RefCell<Latest>>, dispatcher: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&window(), "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            // `key` is null when another tab cleared the whole store.
            if event.key().is_some_and(|key| key != library::INDEX_KEY) {
                return;
            }
            let now = now();
            let stored = library::load(&BrowserStorage, &now);
            let current_id = latest.borrow().current_id.clone();
            if let Some(entry) = stored.entry(&current_id).filter(|e| e.generation > 0) {
                let annotations = library::open(&BrowserStorage, entry, &now)
                    .record
                    .annotations;
                dispatcher.dispatch(Action::MergeExternal {
                    document_id: current_id,
                    annotations,
                });
            }
            dispatcher.dispatch(Action::LibraryChanged(stored.index));
        });
        move || drop(listener)
    });
}

/// Remembers the open document, so a reload comes back to it.
#[hook]
fn use_remember_document(id: String) {
    use_effect_with(id, |id| {
        // Best effort: failing to remember only means the bundled article opens next time.
        let _ = BrowserStorage.set(super::state::LAST_DOCUMENT_KEY, id);
    });
}

/// Dropping a file anywhere on the page imports it (annotation files) or opens it (articles).
#[hook]
fn use_file_drop(
    dispatcher: UseReducerDispatcher<Workspace>,
    actions: Rc<RefCell<Option<LibraryActions>>>,
) {
    let reading = use_mut_ref(|| None);
    use_effect_with((), move |_| {
        // Not passive: the browser would otherwise open the dropped file in place of the app.
        let options = EventListenerOptions::enable_prevent_default();
        let listeners = [
            EventListener::new_with_options(&window(), "dragover", options, |event| {
                event.prevent_default()
            }),
            EventListener::new_with_options(&window(), "drop", options, move |event| {
                event.prevent_default();
                let Some(event) = event.dyn_ref::<web_sys::DragEvent>() else {
                    return;
                };
                let file = event
                    .data_transfer()
                    .and_then(|t| t.files())
                    .and_then(|files| files.get(0));
                let Some(file) = file else { return };
                let name = file.name().to_lowercase();
                if name.ends_with(".json") || name.ends_with(".jsonld") {
                    super::import_file(file, reading.clone(), dispatcher.clone());
                } else if let Some(actions) = actions.borrow().as_ref() {
                    // An article: .txt, .md or .html (anything else is refused with a message).
                    actions.open_file(file);
                }
            }),
        ];
        move || drop(listeners)
    });
}

/// Scrolls to a revealed highlight and flashes it; keeps the selected item in the panel in view.
#[hook]
fn use_reveal(state: &UseReducerHandle<Workspace>) {
    use_effect_with(state.flash.clone(), |flash| {
        let Some((id, _)) = flash else { return };
        let selector = format!(".article mark[data-annotation-id=\"{id}\"]");
        let Ok(Some(mark)) = document().query_selector(&selector) else {
            return;
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        let behavior = if prefers_reduced_motion() {
            web_sys::ScrollBehavior::Auto
        } else {
            web_sys::ScrollBehavior::Smooth
        };
        options.set_behavior(behavior);
        mark.scroll_into_view_with_scroll_into_view_options(&options);
        let _ = mark.class_list().add_1("hl-flash");
        Timeout::new(FLASH_MS, move || {
            let _ = mark.class_list().remove_1("hl-flash");
        })
        .forget();
    });
    use_effect_with(state.selected.clone(), |selected| {
        let Some(id) = selected else { return };
        let selector = format!(".panel [data-annotation-id=\"{id}\"]");
        if let Ok(Some(item)) = document().query_selector(&selector) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            item.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}
