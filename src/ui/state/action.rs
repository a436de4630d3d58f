//! Everything that can happen to the workspace, each carrying whatever impure input it needs
//! (a new id, the time, a file's bytes), so that the reducer stays pure.

use super::{Message, PendingSelection};
use crate::core::annotation::{Annotation, AnnotationId, Kind};
use crate::core::import;
use crate::core::library::{DocumentRecord, IndexEntry, LibraryIndex, StoredParts};
use crate::core::offsets::CharRange;
use crate::core::opening::Opened;
use crate::core::store::History;
use crate::core::suggestions::{Suggestion, SuggestionKey};

pub enum Action {
    SelectText(Option<PendingSelection>),
    Label {
        kind: Kind,
        range: CharRange,
        id: AnnotationId,
        now: String,
    },
    Update(Annotation),
    Delete(AnnotationId),
    Undo,
    Redo,
    Select(Option<AnnotationId>),
    /// Select an annotation and scroll its highlight into view.
    Reveal(AnnotationId),
    ToggleKind(Kind),
    Search(String),
    ShowHelp(bool),
    DismissLoadProblem,
    SaveSucceeded,
    SaveFailed(String),
    /// Import a file's bytes: all of it, as one undoable change, or nothing.
    Import {
        file_name: String,
        bytes: Vec<u8>,
        now: String,
    },
    /// Attach an orphan (or move any annotation) to the text selected in the article.
    AttachToSelection {
        id: AnnotationId,
        now: String,
    },
    ShowMessage(Message),
    DismissMessage,
    /// Show a document whose record the caller has read.
    ShowDocument {
        record: DocumentRecord,
        entry: IndexEntry,
        writable: bool,
        problem: Option<String>,
        /// Where the record is stored, when it was read whole.
        parts: Option<StoredParts>,
    },
    /// Open a document that is not in the library yet; it is saved at once. `earlier` is a
    /// stored version of the same article, if the library has one.
    OpenNew {
        opened: Opened,
        now: String,
        earlier: Option<IndexEntry>,
    },
    /// Add annotations carried over from an earlier version, as one undoable change.
    CarryOver {
        annotations: Vec<Annotation>,
        report: import::ImportReport,
        from_title: String,
    },
    DismissCarryOffer,
    /// The library index as storage now holds it (after a save, rename or delete).
    LibraryChanged(LibraryIndex),
    /// Change the open article's title and source address.
    EditCurrent {
        title: String,
        source: Option<String>,
    },
    /// A document was deleted; keep its record so the deletion can be undone.
    Deleted {
        record: DocumentRecord,
        library: LibraryIndex,
    },
    ForgetDeleted,
    ShowLibrary(bool),
    ShowOpener(bool),
    /// Annotations another tab saved for the open document.
    MergeExternal {
        document_id: String,
        annotations: Vec<Annotation>,
    },
    /// The undo history of `document_id`, read from storage after its first screen (or why it
    /// could not be read).
    HistoryRead {
        document_id: String,
        read: Result<History, String>,
    },
    /// Detection in `document_id` has done `done` of `total` steps.
    DetectionProgress {
        document_id: String,
        done: usize,
        total: usize,
    },
    /// Detection in `document_id` is done.
    SuggestionsFound {
        document_id: String,
        suggestions: Vec<Suggestion>,
    },
    /// Accept suggestions (perhaps edited first) as one undoable change; `ids` gives each its
    /// new annotation's id, in order.
    AcceptSuggestions {
        suggestions: Vec<Suggestion>,
        ids: Vec<AnnotationId>,
        now: String,
    },
    RejectSuggestion(SuggestionKey),
    /// Merge every one of `names` into the speaker `into` belongs to.
    MergeSpeakers {
        names: Vec<String>,
        into: String,
    },
    /// Keep `name` apart from the speaker it was merged into.
    SplitSpeaker(String),
    ShowInsight(bool),
    /// Offer every rejected suggestion again.
    RestoreRejected,
    ShowSuggestions(bool),
}
