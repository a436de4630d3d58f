//! The parts of the app loaded on first use (issue #21): each dialog below, detection on the
//! page (where the detection worker cannot start), exporting and importing files, and a team
//! project's sync, is cut out of the first module, with
//! everything only it reaches, by `scripts/split-wasm.mjs`, at its function marked
//! `#[wasm_split]`.
//!
//! They are here, in the app's binary, because a split function is exported from the module
//! and so keeps everything it reaches: in the library they would be kept in the detection
//! worker's module too. [`PARTS`] is handed to the app with `ui::lazy::install`.

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

/// A split function `$module` that hands back the view of `$component`, and the [`Part`]
/// that loads it.
macro_rules! part {
    ($module:ident, $component:ident, $props:ty) => {{
        #[wasm_split($module, fallible)]
        fn $module() -> Result<View<$props>, SplitLoaderError> {
            fn render(props: &$props) -> Html {
                html! { <$component ..props.clone() /> }
            }
            Ok(render)
        }
        Part::new(|| -> Loading<View<$props>> { Box::pin($module()) })
    }};
}

pub static PARTS: Parts = Parts {
    help: part!(help, HelpDialog, HelpDialogProps),
    insight: part!(insight, InsightDialog, InsightDialogProps),
    opener: part!(opener, OpenDialog, OpenDialogProps),
    team: part!(team, TeamDialog, TeamDialogProps),
    agreement: part!(agreement, AgreementDialog, AgreementDialogProps),
    compare: part!(compare, CompareDialog, CompareDialogProps),
    library: part!(library, LibraryDialog, LibraryDialogProps),
    labels: part!(labels, LabelsDialog, LabelsDialogProps),
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
