//! What the reader did on the first screen before the App's module arrived (issue #21). The
//! first screen (`FirstScreen`) keeps it; the App, once mounted, does each intent in order and
//! takes over the selection, so nothing done early is lost.

use crate::core::annotation::{AnnotationId, Kind};
use crate::core::export::ExportFormat;
use crate::core::offsets::CharRange;
use crate::core::time::Timestamp;
use crate::ui::state::Dialog;

/// One thing asked for on the first screen, in the App's own terms.
#[derive(Clone, Debug, PartialEq)]
pub enum EarlyIntent {
    /// A label given to the selected text: the annotation it makes, already shown.
    Label {
        kind: Kind,
        range: CharRange,
        id: AnnotationId,
        now: Timestamp,
    },
    Open(Dialog),
    Export(ExportFormat),
    Import(web_sys::File),
}

/// Everything handed from the first screen to the App.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Early {
    pub intents: Vec<EarlyIntent>,
    /// The text selected when the App took over, still waiting for a label.
    pub selection: Option<CharRange>,
}
