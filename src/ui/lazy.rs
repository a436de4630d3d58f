//! Parts of the app loaded apart from the first module (issue #21): the App itself, fetched as
//! the page starts (`ui::start`), and code fetched the first time the reader needs it
//! (exporting and importing, team sync, detection on the page where no worker can run).
//!
//! A [`Part`]'s `load` calls a function marked `#[wasm_split(name, fallible)]`, which
//! `scripts/split-wasm.mjs` cuts, with everything only it reaches, into a module of its own; the
//! function hands back a plain function (for a dialog, one that renders it). Those functions are
//! exported from the module, which keeps everything they reach, so they live in the app's binary
//! (`src/parts.rs`), not in this library, which the detection worker links too. The App's
//! module [`install`]s the App's [`Parts`] as it loads. A dialog's `Part` is one that comes with
//! the App's module and loads at once: code shared by several modules becomes a module of its
//! own for every set of modules sharing it, and with a part per dialog the App needed more than
//! a hundred of them.
//!
//! [`Lazy`] renders nothing until it is first `wanted`, then loads its part (once for the whole
//! page) and from then on renders it. A part that does not load (the network gone before the
//! service worker kept it) is said in a dialog of its own, and asked for again the next time it
//! is wanted.

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use wasm_split_helpers::SplitLoaderError;
use yew::prelude::*;

use super::detection::DetectOnPage;
use super::intents::use_intents;
use super::interchange::Interchange;
use super::modal::Modal;
use super::state::Dialog;
use super::team::running::StartTeam;
use super::{
    AgreementDialogProps, CompareDialogProps, HelpDialogProps, InsightDialogProps,
    LabelsDialogProps, LibraryDialogProps, OpenDialogProps, TeamDialogProps,
};

/// Renders a component of a part from its properties.
pub type View<P> = fn(&P) -> Html;

/// What a split function's wrapper returns: a future of the function the part hands back.
pub type Loading<T> = Pin<Box<dyn Future<Output = Result<T, SplitLoaderError>>>>;

/// A function in a module of its own, loaded once.
pub struct Part<T: Copy + 'static> {
    loaded: OnceLock<T>,
    load: fn() -> Loading<T>,
}

impl<T: Copy + 'static> Part<T> {
    pub const fn new(load: fn() -> Loading<T>) -> Self {
        Self {
            loaded: OnceLock::new(),
            load,
        }
    }

    /// The part's function if it was loaded already.
    pub fn loaded(&self) -> Option<T> {
        self.loaded.get().copied()
    }

    /// The part's function, loading its module the first time.
    pub async fn get(&self) -> Result<T, SplitLoaderError> {
        if let Some(loaded) = self.loaded() {
            return Ok(loaded);
        }
        let loaded = (self.load)().await?;
        let _ = self.loaded.set(loaded);
        Ok(loaded)
    }
}

/// The App's parts: one per dialog, detection on the page, exporting and importing, and team
/// sync. The dialogs come with the App's own module (see `src/parts.rs`); the others are
/// modules of their own.
pub struct Parts {
    pub help: Part<View<HelpDialogProps>>,
    pub insight: Part<View<InsightDialogProps>>,
    pub opener: Part<View<OpenDialogProps>>,
    pub team: Part<View<TeamDialogProps>>,
    pub agreement: Part<View<AgreementDialogProps>>,
    pub compare: Part<View<CompareDialogProps>>,
    pub library: Part<View<LibraryDialogProps>>,
    /// The label mapping step of opening other tools' files.
    pub labels: Part<View<LabelsDialogProps>>,
    pub detect_on_page: Part<DetectOnPage>,
    /// Exporting, importing and the library's backup.
    pub interchange: Part<Interchange>,
    /// A team project's replica and sync, started when a project is joined or remembered.
    pub team_sync: Part<StartTeam>,
}

static INSTALLED: OnceLock<&'static Parts> = OnceLock::new();

/// Gives the App its parts; the App's module does, as it is loaded, before the App starts.
pub fn install(parts: &'static Parts) {
    let _ = INSTALLED.set(parts);
}

/// The parts the App's module installed.
pub fn parts() -> &'static Parts {
    INSTALLED
        .get()
        .expect("the App's module installs its parts before the App starts")
}

#[derive(Properties)]
pub struct LazyProps<P: PartialEq + 'static> {
    pub part: &'static Part<View<P>>,
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
    let loaded = use_state(|| part.loaded().map_or(Loaded::NotYet, Loaded::Ready));
    {
        let loaded = loaded.clone();
        let wanted = props.wanted;
        use_effect_with(wanted, move |wanted| {
            if *wanted && matches!(*loaded, Loaded::NotYet | Loaded::Failed) {
                loaded.set(Loaded::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    match part.get().await {
                        Ok(view) => loaded.set(Loaded::Ready(view)),
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
