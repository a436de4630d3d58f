//! The application shell: the state and the page's layout.
//!
//! Side effects live in the App's hooks (`ui/hooks/`) and nowhere else: the text selection and
//! keyboard listeners turn browser events into [`Action`]s, and an effect keyed on the
//! annotations' revision saves them (debounced, and flushed when the page is hidden or closed).

use yew::prelude::*;

use super::browser::{BrowserStorage, mark, measure_since, new_annotation_id, now};
use super::detection::use_detection;
use super::hooks::autosave::use_autosave;
use super::hooks::deferred_history::use_deferred_history;
use super::hooks::file_drop::use_file_drop;
use super::hooks::keyboard::use_keyboard;
use super::hooks::other_tabs::{use_other_tabs, use_remember_document};
use super::hooks::painted::use_painted;
use super::hooks::reveal::use_reveal;
use super::hooks::selection::use_selection_tracking;
use super::hooks::{Latest, SharedLatest};
use super::library_actions::LibraryActions;
use super::state::{Action, Message, Workspace};
use super::{
    AnnotationPanel, ArticleView, HelpDialog, InsightDialog, LibraryDialog, Minimap, Notices,
    OpenDialog, SelectionPopover, SuggestionPanel, Toolbar, dom_selection,
};
use crate::core::annotation::Kind;
use crate::core::bundled::NATO_DIALOGUE_PUBLISHER;
use crate::core::details::Details;
use crate::core::highlights::highlights_of;
use crate::core::highlights::{Highlight, HighlightId};

const OPEN_START: &str = "quotemark:open-start";

/// Saves at once whatever is waiting to be saved.
pub use super::hooks::autosave::Flush;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        // Measured (`quotemark:open`) for the benchmark: reading and parsing the stored library
        // and record is the largest part of a long article's first render.
        mark(OPEN_START);
        let workspace = Workspace::open(&BrowserStorage, &now());
        measure_since("quotemark:open", OPEN_START);
        workspace
    });
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
    use_deferred_history(&state, dispatcher.clone());
    use_other_tabs(latest.clone(), dispatcher.clone());
    use_remember_document(state.current.id.clone());
    use_reveal(&state);
    let painted = use_painted();
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
    // The suggestion last clicked in the article, for the Suggestions list to bring forward;
    // it belongs to its document (another can have a suggestion under the same key).
    let suggestion_focus = use_state(|| None::<(String, AttrValue, u32)>);
    let on_suggestion_click = {
        let (focus, document_id) = (suggestion_focus.clone(), state.current.id.clone());
        Callback::from(move |key: String| {
            let clicks = focus.as_ref().map_or(0, |(_, _, n)| n + 1);
            focus.set(Some((document_id.clone(), AttrValue::from(key), clicks)));
        })
    };
    let focus_in_document = suggestion_focus
        .as_ref()
        .filter(|(document_id, _, _)| *document_id == state.current.id)
        .map(|(_, key, clicks)| (key.clone(), *clicks));
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
                    Callback::from(move |_| if let Some(from) = &offer { actions.carry_over(from, article.text(), store.contains_fn()) })
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
                    {on_suggestion_click}
                    article_ref={article_ref.clone()}
                />
                // Keyed by document, so that each article's lists start again at their first page.
                // The lists come a frame after the article (`use_painted`); the column is there
                // from the start, so nothing moves when they arrive.
                <div class="side-column">
                    if painted {
                        <SuggestionPanel
                            key={format!("suggestions:{}", state.current.id)}
                            article={state.article.clone()}
                            {offered}
                            rejected={state.rejected.len()}
                            detecting={state.detecting}
                            shown={state.show_suggestions}
                            dispatcher={dispatcher.clone()}
                            focus={focus_in_document}
                        />
                        <AnnotationPanel
                            key={format!("annotations:{}", state.current.id)}
                            store={state.store.clone()}
                            selected={state.selected.clone()}
                            filter={state.filter.clone()}
                            can_attach={state.pending.is_some()}
                            dispatcher={dispatcher.clone()}
                        />
                    }
                </div>
                // Fixed in the viewport; inside `main` so that it is within a landmark.
                if let Some(pending) = state.pending.clone() {
                    <SelectionPopover {pending} on_label={label} />
                }
            </main>
            // Closed at first; they too wait for the first paint.
            if painted {
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
                    on_edit={{ let actions = actions.clone(); Callback::from(move |(id, details): (String, Details)| actions.edit(&id, details)) }}
                    on_delete={{ let actions = actions.clone(); Callback::from(move |id: String| actions.delete(&id)) }}
                    on_undo_delete={{ let (actions, deleted) = (actions.clone(), state.deleted.clone()); Callback::from(move |_| if let Some(record) = deleted.clone() { actions.undo_delete(record) }) }}
                    on_export_all={{ let actions = actions.clone(); Callback::from(move |_| actions.export_all()) }}
                    on_import_all={{ let actions = actions.clone(); Callback::from(move |file| actions.import_all(file)) }}
                    notice={state.message.clone().filter(|_| state.library_open)}
                />
            }
        </>
    }
}

/// Labels the pending selection with a kind, then clears the browser's selection.
fn label_callback(
    latest: SharedLatest,
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
