//! The parts of the app (issue #21): the App itself, fetched as the page starts while the
//! first module shows the first screen (`ui::start`), with the dialogs; and, fetched on first
//! use, detection on the page (where the detection worker cannot start), exporting and
//! importing files, and a team project's sync. Each is cut out of the first module, with
//! everything only it reaches, by `scripts/split-wasm.mjs`, at its function marked
//! `#[wasm_split]`.
//!
//! They are here, in the app's binary, because a split function is exported from the module
//! and so keeps everything it reaches: in the library they would be kept in the detection
//! worker's module too. [`APP`] is handed to the first screen; the App's module installs
//! [`PARTS`] with `ui::lazy::install` as it loads.

use quotemark::ui::app::{App, AppEntry, AppProps, prepare};
use quotemark::ui::detection::{DetectOnPage, detect_on_page};
use quotemark::ui::interchange::Interchange;
use quotemark::ui::lazy::{Loading, Part, Parts, View};
use quotemark::ui::team::running::StartTeam;
use quotemark::ui::{
    AgreementDialog, AgreementDialogProps, CompareDialog, CompareDialogProps, HelpDialog,
    HelpDialogProps, InsightDialog, InsightDialogProps, LabelsDialog, LabelsDialogProps,
    LibraryDialog, LibraryDialogProps, OpenDialog, OpenDialogProps, TeamDialog, TeamDialogProps,
};
use wasm_split_helpers::{SplitLoaderError, wasm_split};
use yew::{Html, html};

/// A dialog's part: it comes with the App's module (everything here is reached from the
/// App's split function alone), so it is loaded at once.
macro_rules! dialog {
    ($component:ident, $props:ty) => {{
        fn render(props: &$props) -> Html {
            html! { <$component ..props.clone() /> }
        }
        Part::new(|| -> Loading<View<$props>> { Box::pin(async { Ok(render as View<$props>) }) })
    }};
}

/// The App, a module of its own fetched as the page starts; loading it installs its parts.
pub static APP: Part<AppEntry> = {
    #[wasm_split(app, fallible)]
    fn app() -> Result<AppEntry, SplitLoaderError> {
        quotemark::ui::lazy::install(&PARTS);
        fn render(props: &AppProps) -> Html {
            html! { <App ..props.clone() /> }
        }
        Ok(AppEntry {
            view: render,
            prepare,
        })
    }
    Part::new(|| -> Loading<AppEntry> { Box::pin(app()) })
};

static PARTS: Parts = Parts {
    help: dialog!(HelpDialog, HelpDialogProps),
    insight: dialog!(InsightDialog, InsightDialogProps),
    opener: dialog!(OpenDialog, OpenDialogProps),
    team: dialog!(TeamDialog, TeamDialogProps),
    agreement: dialog!(AgreementDialog, AgreementDialogProps),
    compare: dialog!(CompareDialog, CompareDialogProps),
    library: dialog!(LibraryDialog, LibraryDialogProps),
    labels: dialog!(LabelsDialog, LabelsDialogProps),
    detect_on_page: {
        #[wasm_split(detector, fallible)]
        fn detector() -> Result<DetectOnPage, SplitLoaderError> {
            Ok(detect_on_page)
        }
        Part::new(|| -> Loading<DetectOnPage> { Box::pin(detector()) })
    },
    interchange: {
        #[wasm_split(interchange, fallible)]
        fn interchange() -> Result<Interchange, SplitLoaderError> {
            Ok(Interchange::ALL)
        }
        Part::new(|| -> Loading<Interchange> { Box::pin(interchange()) })
    },
    team_sync: {
        #[wasm_split(team_sync, fallible)]
        fn team_sync() -> Result<StartTeam, SplitLoaderError> {
            Ok(quotemark::ui::team::sync::start)
        }
        Part::new(|| -> Loading<StartTeam> { Box::pin(team_sync()) })
    },
};
