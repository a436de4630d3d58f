//! Everything the reader can do, as callbacks made once.
//!
//! The App makes one [`Intents`] when it first renders and shares it through a context
//! ([`use_intents`]); components take the callbacks they need and hand leaf components typed
//! callbacks (`Callback<AnnotationId>`, never the dispatcher). Made once, the callbacks are
//! the same on every render, so a component whose data did not change is never re-rendered
//! for its callbacks. Handlers that need the state as it is when they run read it from
//! `Latest`, which the App updates on every render.

use crate::core::reasons::Confidence;
use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::browser::{new_annotation_id, now};
use super::hooks::autosave::Flush;
use super::interchange::{export, export_layers, import_file, with_interchange};
use super::latest::Latest;
use super::library_actions::LibraryActions;
use super::state::{Action, Dialog, Workspace};
use super::team::actions::{SignIn, TeamActions};
use super::team::running::running;
use crate::core::annotation::{Annotation, AnnotationId, Kind};
use crate::core::details::Details;
use crate::core::interop::articles::Mappings;
use crate::core::opening::Opened;
use crate::core::suggestions::{Suggestion, SuggestionKey};
use crate::core::team::gold::GoldWrite;
use crate::core::workspace::{ExportFormat, Notice};

/// The reader's intents, each a callback made once.
pub struct Intents {
    /// Label the text selected in the article.
    pub label: Callback<Kind>,
    pub undo: Callback<()>,
    pub redo: Callback<()>,
    pub open_dialog: Callback<Dialog>,
    pub close_dialog: Callback<Dialog>,
    pub update: Callback<Annotation>,
    pub delete: Callback<AnnotationId>,
    /// Select an annotation (its highlight was clicked).
    pub select: Callback<AnnotationId>,
    pub reveal: Callback<AnnotationId>,
    pub toggle_kind: Callback<Kind>,
    pub search: Callback<String>,
    /// Attach an orphan to the text selected in the article.
    pub attach: Callback<AnnotationId>,
    pub accept: Callback<Vec<Suggestion>>,
    pub reject: Callback<SuggestionKey>,
    pub restore_rejected: Callback<()>,
    pub show_suggestions: Callback<bool>,
    pub suggestion_floor: Callback<Confidence>,
    pub merge_speakers: Callback<(Vec<String>, String)>,
    pub split_speaker: Callback<String>,
    pub notify: Callback<Notice>,
    pub dismiss_notice: Callback<()>,
    pub dismiss_problems: Callback<()>,
    pub dismiss_carry: Callback<()>,
    pub carry_over: Callback<()>,
    pub export: Callback<ExportFormat>,
    /// Import an annotation file onto the open article.
    pub import: Callback<web_sys::File>,
    /// Open a stored article by id (closing the dialogs).
    pub open_document: Callback<String>,
    pub open_new: Callback<Opened>,
    /// Open `.txt`, `.md` or `.html` files as articles, the articles of a `.jsonl` corpus, or
    /// other tools' files with their texts.
    pub open_files: Callback<Vec<web_sys::File>>,
    /// Open the other tools' files waiting in the labels dialog, their labels mapped so.
    pub open_labelled: Callback<Mappings>,
    pub edit_details: Callback<(String, Details)>,
    pub delete_document: Callback<String>,
    pub undo_delete: Callback<()>,
    pub export_library: Callback<()>,
    pub import_library: Callback<web_sys::File>,
    /// Sign in to a team project and join it.
    pub team_join: Callback<SignIn>,
    pub team_leave: Callback<()>,
    pub team_sync_now: Callback<()>,
    /// Publish the library's articles to the team project (owners).
    pub team_publish: Callback<()>,
    /// Open one of the team's articles, by document id.
    pub team_open: Callback<String>,
    /// Show or hide a coder's layer.
    pub toggle_layer: Callback<String>,
    /// Export every layer of the open team article apart.
    pub export_layers: Callback<ExportFormat>,
    /// Write decisions of the gold layer.
    pub gold_write: Callback<Vec<GoldWrite>>,
}

impl PartialEq for Intents {
    /// Made once: two are the same when they are the one.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Intents {
    pub fn new(dispatcher: UseReducerDispatcher<Workspace>, latest: Latest, flush: Flush) -> Self {
        let send = |make: fn() -> Action| {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_| dispatcher.dispatch(make()))
        };
        let library = LibraryActions::new(dispatcher.clone(), latest.clone(), flush);
        let with_library = |act: fn(&LibraryActions)| {
            let library = library.clone();
            Callback::from(move |_| act(&library))
        };
        let team = TeamActions::new(dispatcher.clone(), latest.clone(), library.clone());
        let with_team = |act: fn(&TeamActions)| {
            let team = team.clone();
            Callback::from(move |_| act(&team))
        };
        Self {
            label: {
                let (dispatcher, latest) = (dispatcher.clone(), latest.clone());
                Callback::from(move |kind| {
                    let Some(range) = latest.selection() else {
                        return;
                    };
                    dispatcher.dispatch(Action::Label {
                        kind,
                        range,
                        id: new_annotation_id(),
                        now: now(),
                    });
                    latest.clear_selection();
                })
            },
            undo: send(|| Action::Undo),
            redo: send(|| Action::Redo),
            open_dialog: sends(&dispatcher, Action::OpenDialog),
            close_dialog: sends(&dispatcher, Action::CloseDialog),
            update: sends(&dispatcher, Action::Update),
            delete: sends(&dispatcher, Action::Delete),
            select: sends(&dispatcher, |id| Action::Select(Some(id))),
            reveal: sends(&dispatcher, Action::Reveal),
            toggle_kind: sends(&dispatcher, Action::ToggleKind),
            search: sends(&dispatcher, Action::Search),
            attach: {
                let (dispatcher, latest) = (dispatcher.clone(), latest.clone());
                Callback::from(move |id| {
                    if let Some(range) = latest.selection() {
                        dispatcher.dispatch(Action::AttachTo {
                            id,
                            range,
                            now: now(),
                        });
                        latest.clear_selection();
                    }
                })
            },
            accept: sends(&dispatcher, |suggestions: Vec<Suggestion>| {
                Action::AcceptSuggestions {
                    ids: suggestions.iter().map(|_| new_annotation_id()).collect(),
                    suggestions,
                    now: now(),
                }
            }),
            reject: sends(&dispatcher, Action::RejectSuggestion),
            restore_rejected: send(|| Action::RestoreRejected),
            show_suggestions: sends(&dispatcher, Action::ShowSuggestions),
            suggestion_floor: sends(&dispatcher, Action::SuggestionFloor),
            merge_speakers: sends(&dispatcher, |(names, into): (Vec<String>, String)| {
                Action::MergeSpeakers { names, into }
            }),
            split_speaker: sends(&dispatcher, Action::SplitSpeaker),
            notify: sends(&dispatcher, Action::ShowNotice),
            dismiss_notice: send(|| Action::DismissNotice),
            dismiss_problems: send(|| Action::DismissProblems),
            dismiss_carry: send(|| Action::DismissCarryOffer),
            carry_over: with_library(|library| library.carry_over()),
            export: {
                let (dispatcher, latest) = (dispatcher.clone(), latest.clone());
                Callback::from(move |format| export(format, &latest, &dispatcher))
            },
            import: {
                let (dispatcher, latest) = (dispatcher.clone(), latest.clone());
                let (library, reading) = (library.clone(), Rc::new(RefCell::new(None)));
                Callback::from(move |file| {
                    let (latest, dispatcher) = (latest.clone(), dispatcher.clone());
                    import_file(file, reading.clone(), latest, dispatcher, library.clone())
                })
            },
            open_document: {
                let library = library.clone();
                Callback::from(move |id: String| library.open(&id))
            },
            open_new: {
                let library = library.clone();
                Callback::from(move |opened| library.open_new(opened, None))
            },
            open_files: {
                let library = library.clone();
                Callback::from(move |files| library.open_files(files))
            },
            open_labelled: {
                let (library, latest) = (library.clone(), latest.clone());
                let dispatcher = dispatcher.clone();
                Callback::from(move |mappings| {
                    let Some(choice) = latest.workspace().library.choosing.clone() else {
                        return;
                    };
                    let library = library.clone();
                    with_interchange(&dispatcher, move |interchange| {
                        (interchange.open_chosen)(library, choice, mappings)
                    });
                })
            },
            edit_details: {
                let library = library.clone();
                Callback::from(move |(id, details): (String, Details)| library.edit(&id, details))
            },
            delete_document: {
                let library = library.clone();
                Callback::from(move |id: String| library.delete(&id))
            },
            undo_delete: with_library(|library| library.undo_delete()),
            export_library: with_library(|library| library.export_all()),
            import_library: {
                let library = library.clone();
                Callback::from(move |file| library.import_all(file))
            },
            team_join: {
                let team = team.clone();
                Callback::from(move |form| team.join(form))
            },
            team_leave: with_team(|team| team.leave()),
            team_sync_now: with_team(|team| team.sync_now()),
            team_publish: with_team(|team| team.publish_library()),
            team_open: {
                let team = team.clone();
                Callback::from(move |document| team.open_article(document))
            },
            toggle_layer: Callback::from(move |coder| team.toggle_layer(coder)),
            gold_write: Callback::from(|writes| {
                if let Some(team) = running() {
                    wasm_bindgen_futures::spawn_local(async move { team.write_gold(writes).await });
                }
            }),
            export_layers: {
                let (dispatcher, latest) = (dispatcher.clone(), latest.clone());
                Callback::from(move |format| export_layers(format, &latest, &dispatcher))
            },
        }
    }
}

/// A callback that dispatches the action `action` makes of its argument.
fn sends<T: 'static>(
    dispatcher: &UseReducerDispatcher<Workspace>,
    action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    dispatcher.to_callback().reform(action)
}

/// The reader's intents, from the App's context.
#[hook]
pub fn use_intents() -> Rc<Intents> {
    use_context::<Rc<Intents>>().expect("the App provides its intents")
}
