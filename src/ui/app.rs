//! The application shell: the workspace, the reader's intents, and the page's layout.
//!
//! The workspace is the core model (`core::workspace`) behind Yew's reducer (`state`). The
//! reader's intents are callbacks made once (`intents`), shared through a context; side
//! effects live in the App's hooks (`ui/hooks/`) and nowhere else: the text selection and
//! keyboard listeners, the autosave (debounced, in turns with other tabs, and a journal when
//! the page is hidden), other tabs' saves, detection, and tidying storage after the first
//! paint. The text selected in the article is the App's own small state, not the workspace's.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use yew::prelude::*;

use super::browser::{BrowserStorage, mark, measure_since, now, previous_tab_id};
use super::detection::use_detection;
use super::early::Early;
use super::hooks::autosave::use_autosave;
use super::hooks::deferred_history::use_deferred_history;
use super::hooks::early::use_early;
use super::hooks::file_drop::use_file_drop;
use super::hooks::keyboard::use_keyboard;
use super::hooks::maintenance::use_maintenance;
use super::hooks::other_tabs::{use_other_tabs, use_remember_document};
use super::hooks::painted::use_painted;
use super::hooks::reveal::use_reveal;
use super::hooks::selection::use_selection_tracking;
use super::hooks::team::use_team;
use super::intents::Intents;
use super::latest::Latest;
use super::lazy::{Lazy, View, parts};
use super::read_ahead::read_ahead;
use super::shared::Shared;
use super::state::{Dialog, Workspace};
use super::{
    AdjudicationPanel, AgreementDialogProps, AnnotationPanel, AppBar, ArticleView,
    CompareDialogProps, HelpDialogProps, InsightDialogProps, LabelsDialogProps, LayerLegend,
    LibraryDialogProps, Minimap, Notices, OpenDialogProps, SelectionPopover, SuggestionPanel,
    TeamDialogProps, TeamStatus, Toolbar,
};
use crate::core::annotation::Annotation;
use crate::core::bundled::NATO_DIALOGUE_PUBLISHER;
use crate::core::highlights::{Highlight, HighlightId, highlights_of, layer_highlights};
use crate::core::offsets::CharRange;
use crate::core::workspace::{Notice, annotation_parts_to_open};
use crate::words;

const OPEN_START: &str = "quotemark:open-start";
/// The outline pattern of the gold layer (after the coders' own, `core::team::layers::PATTERNS`).
const GOLD_PATTERN: usize = crate::core::team::layers::PATTERNS;

/// What the App's module hands the first module (`src/parts.rs`, `ui::start`): the App's
/// view, and the reading to do before it is shown.
#[derive(Clone, Copy)]
pub struct AppEntry {
    pub view: View<AppProps>,
    /// Reads the stored annotations of the document to open ahead, in turns
    /// (`ui::read_ahead`), so that opening it in the App's first render converts none of them.
    pub prepare: fn() -> Pin<Box<dyn Future<Output = ()>>>,
}

/// [`AppEntry::prepare`].
pub fn prepare() -> Pin<Box<dyn Future<Output = ()>>> {
    Box::pin(read_ahead::<Annotation>(annotation_parts_to_open(
        &BrowserStorage,
    )))
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// What the reader did on the first screen before the App arrived (`ui::start`).
    #[prop_or_default]
    pub early: Rc<Early>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        // Measured (`quotemark:open`) for the benchmark: reading and parsing the stored library
        // and record is the largest part of a long article's first render.
        mark(OPEN_START);
        // A page reloaded before its last save shows what its journal holds.
        let workspace = Workspace::open(&BrowserStorage, &now(), previous_tab_id().as_deref());
        // What `prepare` read ahead and opening did not ask for (a journal took the record's
        // place) is not kept.
        crate::json::ahead::forget();
        measure_since("quotemark:open", OPEN_START);
        workspace
    });
    let dispatcher = state.dispatcher();
    let article_ref = use_node_ref();
    let selection = use_state_eq(|| None::<CharRange>);
    let latest = use_memo((), {
        let (state, select) = (state.clone(), selection.setter());
        move |_| Latest::new((*state).clone(), select)
    });
    let latest = (*latest).clone();
    latest.set((*state).clone(), *selection);

    let flush = use_autosave(&state, dispatcher.clone());
    let intents: Rc<Intents> = use_memo((), {
        let (dispatcher, latest, flush) = (dispatcher.clone(), latest.clone(), flush.clone());
        move |_| Intents::new(dispatcher, latest, flush)
    });
    use_selection_tracking(article_ref.clone(), latest.clone(), selection.setter());
    use_keyboard(article_ref.clone(), latest.clone(), dispatcher.clone());
    use_deferred_history(&state, dispatcher.clone());
    use_other_tabs(latest.clone(), dispatcher.clone());
    use_maintenance(latest.clone(), dispatcher.clone());
    use_remember_document(state.document_id().to_owned());
    use_reveal(&state);
    use_file_drop(intents.clone());
    use_team(&state, latest.clone(), dispatcher.clone());
    use_early(
        &props.early,
        &state,
        &intents,
        dispatcher.clone(),
        article_ref.clone(),
    );
    let painted = use_painted();
    // The moment the first render is in the document: the app can be used from here.
    use_effect_with((), |_| mark("quotemark:ready"));
    {
        let notify = intents.notify.clone();
        use_effect_with((), move |_| {
            if super::offline::updated_since_last_visit(&BrowserStorage) {
                notify.emit(Notice::Updated);
            }
        });
    }
    let document = &state.document;
    use_detection(
        document.article.clone(),
        document.entry.title.clone(),
        document.id().to_owned(),
        dispatcher.clone(),
    );

    // The bundled article names its publisher; others show where they came from, if known.
    let publisher: Option<AttrValue> = if document.entry.bundled {
        Some(NATO_DIALOGUE_PUBLISHER.into())
    } else {
        document.entry.source.clone().map(AttrValue::from)
    };
    // Annotations change the document; putting a document on screen replaces it (`shown`
    // counts that); `suggestions.version` counts the rest.
    let memo_key = (
        state.persistence.revision,
        document.shown,
        state.suggestions.version,
    );
    let offered = {
        let state = state.clone();
        use_memo(memo_key, move |_| state.offered_suggestions())
    };
    // Counts the times every block of an article got into the page (the minimap measures then).
    let layout_version = use_state(|| 0u32);
    let insight_open = state.view.dialog == Dialog::Insight;
    // Only the Insight dialog needs the annotations as a list; copying thousands of them on
    // every change would slow every edit.
    let annotations = {
        let store = document.store.clone();
        use_memo(
            (state.persistence.revision, document.shown, insight_open),
            move |(_, _, open)| {
                if *open {
                    store.iter().cloned().collect::<Vec<_>>()
                } else {
                    Vec::new()
                }
            },
        )
    };
    // Other coders' layers of a team article, those shown.
    let team = &state.team;
    let layers = Shared::from(team.layers.clone());
    let hidden = Shared::from(team.hidden.clone());
    let highlights = {
        let (store, offered) = (document.store.clone(), offered.clone());
        let (layers, hidden, id) = (layers.clone(), hidden.clone(), document.id().to_owned());
        let gold = Shared::from(team.gold.clone());
        use_memo(
            (memo_key, layers.clone(), hidden.clone(), gold.clone()),
            move |_| {
                let mut highlights = highlights_of(store.iter());
                highlights.extend(offered.iter().map(|s| Highlight {
                    id: HighlightId::Suggestion(s.key.clone()),
                    kind: s.kind,
                    range: s.range,
                }));
                if layers.0.0 == id {
                    for layer in layers.1.iter().filter(|l| !hidden.contains(&l.coder)) {
                        highlights
                            .extend(layer_highlights(layer.pattern, layer.annotations.iter()));
                    }
                }
                if gold.document == id {
                    let decided = gold.decided.values().filter_map(|d| d.annotation.as_ref());
                    highlights.extend(layer_highlights(GOLD_PATTERN, decided));
                }
                highlights
            },
        )
    };
    let layers_here = Rc::new(team.layers_of(document.id()).to_vec());
    // The suggestion last clicked in the article, for the Suggestions list to bring forward;
    // it belongs to its document (another can have a suggestion under the same key).
    let suggestion_focus = use_state(|| None::<(String, AttrValue, u32)>);
    let on_suggestion_click = {
        let (focus, document_id) = (suggestion_focus.clone(), document.id().to_owned());
        use_callback(document_id, move |key: String, document_id| {
            let clicks = focus.as_ref().map_or(0, |(_, _, n)| n + 1);
            focus.set(Some((document_id.clone(), AttrValue::from(key), clicks)));
        })
    };
    let focus_in_document = suggestion_focus
        .as_ref()
        .filter(|(document_id, _, _)| document_id == document.id())
        .map(|(_, key, clicks)| (key.clone(), *clicks));
    let on_layout = {
        let layout = layout_version.setter();
        let count = *layout_version;
        use_callback(count, move |(), count| layout.set(count + 1))
    };
    let on_close_help = use_memo((), {
        let close = intents.close_dialog.clone();
        move |_| close.reform(|()| Dialog::Help)
    });
    let dialog = state.view.dialog;
    let notice = state.notices.message.clone();
    html! {
        <ContextProvider<Rc<Intents>> context={intents.clone()}>
            <AppBar />
            <Toolbar
                can_label={selection.is_some()}
                can_undo={document.store.can_undo()}
                can_redo={document.store.can_redo()}
                on_label={intents.label.clone()}
                on_undo={intents.undo.clone()}
                on_redo={intents.redo.clone()}
                on_open={intents.open_dialog.clone()}
                on_export={intents.export.clone()}
                on_import={intents.import.clone()}
            />
            if let Some(project) = &team.project {
                <TeamStatus
                    database={AttrValue::from(project.database.clone())}
                    status={team.status.clone()}
                    waiting={team.waiting}
                    on_open={intents.open_dialog.reform(|()| Dialog::Team)}
                />
            }
            <Notices
                notices={Shared::from(state.notices.clone())}
                carry_offer={document.carry_offer.as_ref().map(|e| (AttrValue::from(e.title.clone()), e.counts.total()))}
            />
            <main class="workspace">
                <Minimap
                    layout_version={*layout_version}
                    article={document.article.clone()}
                    highlights={highlights.clone()}
                    article_ref={article_ref.clone()}
                    on_reveal={intents.reveal.clone()}
                />
                <ArticleView
                    key={document.id().to_owned()}
                    on_complete={on_layout}
                    article={document.article.clone()}
                    {publisher}
                    credit={document.entry.credit.line().map(AttrValue::from)}
                    {highlights}
                    selected={state.view.selected.clone()}
                    on_highlight_click={intents.select.clone()}
                    {on_suggestion_click}
                    article_ref={article_ref.clone()}
                />
                // Keyed by document, so that each article's lists start again at their first page.
                // The lists come a frame after the article (`use_painted`); the column is there
                // from the start, so nothing moves when they arrive.
                <div class="side-column">
                    if painted {
                        <SuggestionPanel
                            key={format!("suggestions:{}", document.id())}
                            article={document.article.clone()}
                            {offered}
                            rejected={document.rejected.len()}
                            detecting={state.suggestions.detecting}
                            shown={state.suggestions.shown}
                            floor={state.suggestions.floor}
                            focus={focus_in_document}
                        />
                        if let Some(project) = team.project.as_ref().filter(|_| team.has_article(document.id())) {
                            <LayerLegend
                                me={AttrValue::from(project.coder.clone())}
                                own={document.store.len()}
                                layers={layers_here.clone()}
                                hidden={team.hidden.clone()}
                                on_toggle={intents.toggle_layer.clone()}
                                on_agreement={intents.open_dialog.reform(|()| Dialog::Agreement)}
                                on_compare={intents.open_dialog.reform(|()| Dialog::Compare)}
                                on_export={intents.export_layers.clone()}
                            />
                        }
                        if let Some(project) = team.project.as_ref().filter(|_| team.is_adjudicator() && team.has_article(document.id())) {
                            <AdjudicationPanel
                                key={format!("adjudication:{}", document.id())}
                                document={AttrValue::from(document.id().to_owned())}
                                me={AttrValue::from(project.coder.clone())}
                                own={Shared::from(document.store.clone())}
                                layers={layers_here.clone()}
                                gold={Shared::from(team.gold.clone())}
                                on_write={intents.gold_write.clone()}
                            />
                        }
                        <AnnotationPanel
                            key={format!("annotations:{}", document.id())}
                            store={Shared::from(document.store.clone())}
                            selected={state.view.selected.clone()}
                            filter={state.view.filter.clone()}
                            can_attach={selection.is_some()}
                        />
                    }
                </div>
                // Fixed in the viewport; inside `main` so that it is within a landmark.
                if let Some(range) = *selection {
                    <SelectionPopover {range} on_label={intents.label.clone()} />
                }
            </main>
            // Closed at first; they too wait for the first paint.
            if painted {
                <Lazy<HelpDialogProps> part={&parts().help} dialog={Dialog::Help} wanted={dialog == Dialog::Help}
                    props={yew::props!(HelpDialogProps { open: dialog == Dialog::Help, on_close: (*on_close_help).clone() })}
                />
                <Lazy<InsightDialogProps> part={&parts().insight} dialog={Dialog::Insight} wanted={insight_open}
                    props={yew::props!(InsightDialogProps {
                        open: insight_open,
                        article: document.article.clone(),
                        title: AttrValue::from(document.entry.title.clone()),
                        source: document.entry.source.clone().map(AttrValue::from),
                        annotations: annotations.clone(),
                        aliases: document.speakers.clone(),
                    })}
                />
                <Lazy<OpenDialogProps> part={&parts().opener} dialog={Dialog::Opener} wanted={dialog == Dialog::Opener}
                    props={yew::props!(OpenDialogProps {
                        open: dialog == Dialog::Opener,
                        file_error: notice.as_ref().filter(|n| n.is_error() && dialog == Dialog::Opener).map(|n| AttrValue::from(words::notice(n))),
                    })}
                />
                <Lazy<TeamDialogProps> part={&parts().team} dialog={Dialog::Team} wanted={dialog == Dialog::Team}
                    props={yew::props!(TeamDialogProps { open: dialog == Dialog::Team, team: Shared::from(state.team.clone()) })}
                />
                if let Some(project) = &team.project {
                    <Lazy<AgreementDialogProps> part={&parts().agreement} dialog={Dialog::Agreement} wanted={dialog == Dialog::Agreement}
                        props={yew::props!(AgreementDialogProps {
                            open: dialog == Dialog::Agreement,
                            title: AttrValue::from(document.entry.title.clone()),
                            article: document.article.clone(),
                            me: AttrValue::from(project.coder.clone()),
                            own: Shared::from(document.store.clone()),
                            layers: layers_here.clone(),
                        })}
                    />
                    <Lazy<CompareDialogProps> part={&parts().compare} dialog={Dialog::Compare} wanted={dialog == Dialog::Compare}
                        props={yew::props!(CompareDialogProps {
                            open: dialog == Dialog::Compare,
                            article: document.article.clone(),
                            me: AttrValue::from(project.coder.clone()),
                            own: Shared::from(document.store.clone()),
                            layers: layers_here.clone(),
                        })}
                    />
                }
                <Lazy<LibraryDialogProps> part={&parts().library} dialog={Dialog::Library} wanted={dialog == Dialog::Library}
                    props={yew::props!(LibraryDialogProps {
                        open: dialog == Dialog::Library,
                        team_articles: Shared::from(team.articles.clone()),
                        library: Shared::from(state.library.clone()),
                        current_id: AttrValue::from(document.id().to_owned()),
                        notice: notice.filter(|_| dialog == Dialog::Library).map(Shared::from),
                    })}
                />
                if let Some(choice) = &state.library.choosing {
                    <Lazy<LabelsDialogProps> part={&parts().labels} dialog={Dialog::Labels} wanted={dialog == Dialog::Labels}
                        props={yew::props!(LabelsDialogProps { open: dialog == Dialog::Labels, choice: Shared::from(choice.clone()) })}
                    />
                }
            }
        </ContextProvider<Rc<Intents>>>
    }
}
