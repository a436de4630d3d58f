//! Parts of the app loaded on first use (issue #21): a component whose code is cut out of the
//! first module and fetched the first time the reader asks for it.
//!
//! A [`Part`]'s `load` calls a function marked `#[wasm_split(name, fallible)]`, which
//! `scripts/split-wasm.mjs` cuts, with everything only it reaches, into a module of its own; the
//! function hands back a plain function that renders the component. Those functions are exported
//! from the module, which keeps everything they reach, so they live in the app's binary
//! (`src/parts.rs`), not in this library, which the detection worker links too; the binary
//! [`install`]s its [`Parts`] before the app starts. [`Lazy`] renders nothing until it is first `wanted`, then loads the part (once for
//! the whole page) and from then on renders it. A part that does not load (the network gone
//! before the service worker kept it) is said in a dialog of its own, and asked for again the
//! next time it is wanted.

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use wasm_split_helpers::SplitLoaderError;
use yew::prelude::*;

use super::intents::use_intents;
use super::modal::Modal;
use super::state::Dialog;
use super::{
    AgreementDialogProps, CompareDialogProps, HelpDialogProps, InsightDialogProps,
    LibraryDialogProps, OpenDialogProps, TeamDialogProps,
};

/// Renders a component of a part from its properties.
pub type View<P> = fn(&P) -> Html;

/// What a split function's wrapper returns: a future of the part's view.
pub type Loading<P> = Pin<Box<dyn Future<Output = Result<View<P>, SplitLoaderError>>>>;

/// A component in a module of its own, loaded once.
pub struct Part<P: 'static> {
    loaded: OnceLock<View<P>>,
    load: fn() -> Loading<P>,
}

impl<P: 'static> Part<P> {
    pub const fn new(load: fn() -> Loading<P>) -> Self {
        Self {
            loaded: OnceLock::new(),
            load,
        }
    }
}

/// The app's parts, one per dialog loaded on first use.
pub struct Parts {
    pub help: Part<HelpDialogProps>,
    pub insight: Part<InsightDialogProps>,
    pub opener: Part<OpenDialogProps>,
    pub team: Part<TeamDialogProps>,
    pub agreement: Part<AgreementDialogProps>,
    pub compare: Part<CompareDialogProps>,
    pub library: Part<LibraryDialogProps>,
}

static INSTALLED: OnceLock<&'static Parts> = OnceLock::new();

/// Gives the app its parts; the binary calls it once, before the app starts.
pub fn install(parts: &'static Parts) {
    if INSTALLED.set(parts).is_err() {
        panic!("the app's parts are installed once");
    }
}

/// The parts the binary installed.
pub fn parts() -> &'static Parts {
    INSTALLED
        .get()
        .expect("the binary installs the app's parts before it starts the app")
}

#[derive(Properties)]
pub struct LazyProps<P: PartialEq + 'static> {
    pub part: &'static Part<P>,
    /// Whether the reader has asked for it now (a dialog being open); it loads the first time.
    pub wanted: bool,
    /// The dialog it is, closed when it could not be loaded.
    pub dialog: Dialog,
    pub props: P,
}

impl<P: PartialEq + 'static> PartialEq for LazyProps<P> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.part, other.part)
            && self.wanted == other.wanted
            && self.dialog == other.dialog
            && self.props == other.props
    }
}

enum Loaded<P: 'static> {
    NotYet,
    Loading,
    Ready(View<P>),
    Failed,
}

// By hand: derived, they would ask `P` to be `Copy` too.
impl<P> Clone for Loaded<P> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<P> Copy for Loaded<P> {}

#[component]
pub fn Lazy<P: PartialEq + 'static>(props: &LazyProps<P>) -> Html {
    let part = props.part;
    let intents = use_intents();
    let loaded = use_state(|| {
        part.loaded
            .get()
            .map_or(Loaded::NotYet, |view| Loaded::Ready(*view))
    });
    {
        let loaded = loaded.clone();
        let wanted = props.wanted;
        use_effect_with(wanted, move |wanted| {
            if *wanted && matches!(*loaded, Loaded::NotYet | Loaded::Failed) {
                loaded.set(Loaded::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    match (part.load)().await {
                        Ok(view) => {
                            let _ = part.loaded.set(view);
                            loaded.set(Loaded::Ready(view));
                        }
                        Err(_) => loaded.set(Loaded::Failed),
                    }
                });
            }
        });
    }
    match *loaded {
        Loaded::Ready(view) => view(&props.props),
        Loaded::Failed if props.wanted => html! {
            <Modal open=true on_close={intents.close_dialog.reform({ let dialog = props.dialog; move |()| dialog })} labelled_by="part-failed-title" class="part-failed">
                <h2 id="part-failed-title">{ "Not loaded" }</h2>
                <p role="alert">
                    { "This part of Quotemark could not be loaded: the network is off and it was not kept for use offline yet. Try again when you are online." }
                </p>
            </Modal>
        },
        _ => Html::default(),
    }
}
