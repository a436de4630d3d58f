//! The page's root (issue #21): the App is a part of its own, fetched as the page starts, and
//! the first module holds only what the first screen needs.
//!
//! On a first visit (nothing stored yet, so the App would open the bundled article) the
//! [`FirstScreen`] shows that article at once and keeps what the reader does there; the App
//! takes its place when its module and its style sheet have arrived, and is handed all of it
//! (`ui::early`). Where a
//! library is stored, the page shows its bar until the App, which reads the library, is there;
//! the App's module first reads the stored annotations of the document to open ahead, in
//! turns (`AppEntry::prepare`), so that no task of the App's first render converts them all.
//! An App that cannot be fetched (offline before the service worker kept it) is said in words.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use super::AppBar;
use super::app::{AppEntry, AppProps};
use super::browser::{BrowserStorage, after_next_paint, document};
use super::early::Early;
use super::first_screen::FirstScreen;
use super::lazy::{Part, View};
use super::lazy_script;
use crate::core::workspace::is_first_visit;

#[derive(Clone, Copy)]
enum Stage {
    Loading,
    Ready(View<AppProps>),
    Failed,
}

#[derive(Properties)]
pub struct StartProps {
    /// The App's module (`src/parts.rs`).
    pub app: &'static Part<AppEntry>,
}

impl PartialEq for StartProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.app, other.app)
    }
}

#[component]
pub fn Start(props: &StartProps) -> Html {
    let app = props.app;
    let stage = use_state(|| {
        app.loaded()
            .map_or(Stage::Loading, |entry| Stage::Ready(entry.view))
    });
    let first_visit = use_memo((), |_| is_first_visit(&BrowserStorage));
    // Not state: what the reader does early changes nothing Start shows.
    let early = use_mut_ref(Early::default);
    // A button held down on the first screen (a drag selecting text): the App, whose article
    // replaces the first screen's nodes, waits until it is let go.
    {
        let (stage, first_visit) = (stage.clone(), *first_visit);
        use_effect_with((), move |_| {
            let pressed = Rc::new(Cell::new(false));
            // Needed only until the App's module has come: dropped then, or with Start.
            let watching = Rc::new(RefCell::new(Some(
                ["pointerdown", "pointerup", "pointercancel"].map(|name| {
                    let pressed = pressed.clone();
                    EventListener::new(&document(), name, move |event| {
                        pressed.set(event.type_() == "pointerdown");
                    })
                }),
            )));
            let loading = matches!(*stage, Stage::Loading);
            let load = {
                let watching = watching.clone();
                move || {
                    // The App's style sheet, asked for with its module. Should it alone fail to
                    // load, the App still works, unstyled.
                    let style = lazy_script::load_style("app-style");
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = app.get().await;
                        if let Ok(style) = style {
                            let _ = style.await;
                        }
                        // A long document's annotations are read ahead in turns, while the
                        // page still shows what it shows; the App then opens it at once.
                        if let Ok(entry) = &loaded {
                            (entry.prepare)().await;
                        }
                        watching.borrow_mut().take();
                        match loaded.map(|entry| entry.view) {
                            Ok(view) if pressed.get() => {
                                for name in ["pointerup", "pointercancel"] {
                                    let stage = stage.clone();
                                    EventListener::once(&document(), name, move |_| {
                                        stage.set(Stage::Ready(view));
                                    })
                                    .forget();
                                }
                            }
                            Ok(view) => stage.set(Stage::Ready(view)),
                            Err(_) => stage.set(Stage::Failed),
                        }
                    });
                }
            };
            if loading {
                // The first screen is painted before the App's module is asked for, so that
                // fetching and compiling it do not compete with the first frame. Without a
                // first screen there is nothing to paint first.
                if first_visit {
                    after_next_paint(load);
                } else {
                    load();
                }
            } else {
                watching.borrow_mut().take();
            }
            move || drop(watching.borrow_mut().take())
        });
    }
    let on_intent = use_callback(early.clone(), |intent, early| {
        early.borrow_mut().intents.push(intent);
    });
    let on_select = use_callback(early.clone(), |range, early| {
        early.borrow_mut().selection = range;
    });
    if let Stage::Ready(view) = *stage {
        let early = Rc::new(early.borrow().clone());
        return view(&AppProps { early });
    }
    html! {
        <>
            if *first_visit {
                <FirstScreen {on_intent} {on_select} />
            } else {
                <AppBar />
            }
            if matches!(*stage, Stage::Failed) {
                <p class="start-failed" role="alert">
                    { "Quotemark could not be loaded: the network is off and it was not kept for use offline yet. Reload the page when you are online." }
                </p>
            }
        </>
    }
}
