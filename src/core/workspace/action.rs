//! Everything that can happen to the workspace, each carrying whatever impure input it needs
//! (a new id, the time, a file's bytes, what storage holds), so that `apply` stays pure.

use std::rc::Rc;

use super::{Dialog, Notice, Progress, SaveProblem, TeamAction};
use crate::core::annotation::{Annotation, AnnotationId, Kind};
use crate::core::credit::Credit;
use crate::core::import::{ImportError, ImportRead, ImportReport};
use crate::core::interop::articles::LabelChoice;
use crate::core::library::{
    DocumentRecord, HistoryProblem, IndexEntry, LibraryIndex, OpenedRecord,
};
use crate::core::offsets::CharRange;
use crate::core::opening::Opened;
use crate::core::page_text::PageNote;
use crate::core::reasons::Confidence;
use crate::core::store::History;
use crate::core::suggestions::{Suggestion, SuggestionKey};
use crate::core::time::Timestamp;

#[derive(Clone, Debug)]
pub enum Action {
    /// Mark `range` of the article as `kind`, as a new annotation `id`.
    Label {
        kind: Kind,
        range: CharRange,
        id: AnnotationId,
        now: Timestamp,
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
    /// Open one dialog (closing any other).
    OpenDialog(Dialog),
    /// Close `dialog` if it is the one open. Closing the library forgets the last deletion.
    CloseDialog(Dialog),
    DismissProblems,
    /// A save wrote the open document; the library as storage now holds it.
    Saved(LibraryIndex),
    SaveFailed(SaveProblem),
    /// Add what a file held (`core::import::read`, on the open document): all of it, as one
    /// undoable change, or nothing.
    Import {
        /// The document the file was read for: when another is open, nothing is added.
        document_id: String,
        file_name: String,
        read: Result<ImportRead, ImportError>,
    },
    /// Attach an orphan (or move any annotation) to `range`, the text selected in the article.
    AttachTo {
        id: AnnotationId,
        range: CharRange,
        now: Timestamp,
    },
    ShowNotice(Notice),
    DismissNotice,
    /// Other tools' files were read: ask the reader what their labels become.
    ChooseLabels(Rc<LabelChoice>),
    /// Work of many steps has got so far (`None`: done).
    Progress(Option<Progress>),
    /// Show a stored document, as the caller opened it.
    ShowDocument {
        entry: IndexEntry,
        opened: Box<OpenedRecord>,
    },
    /// Open a document that is not in the library yet; it is saved at once. `earlier` is a
    /// stored version of the same article, if the library has one.
    OpenNew {
        opened: Opened,
        /// What to tell the reader about how the text was taken from a web page.
        note: Option<PageNote>,
        now: Timestamp,
        earlier: Option<IndexEntry>,
    },
    /// Add annotations carried over from an earlier version, as one undoable change.
    CarryOver {
        annotations: Vec<Annotation>,
        report: ImportReport,
        from_title: String,
    },
    DismissCarryOffer,
    /// The library index as storage now holds it (after a rename, delete or another tab's save).
    LibraryChanged(LibraryIndex),
    /// Change the open article's title, source address and credit.
    EditCurrent {
        title: String,
        source: Option<String>,
        credit: Credit,
    },
    /// A document was deleted; keep its record so the deletion can be undone.
    Deleted {
        record: DocumentRecord,
        library: LibraryIndex,
    },
    ForgetDeleted,
    /// Annotations storage holds for `document_id`, saved by another tab: merged in.
    MergeExternal {
        document_id: String,
        annotations: Vec<Annotation>,
    },
    /// The undo history of `document_id`, read from storage after its first screen (or why it
    /// could not be read); `None` when another tab saved the document before it was read.
    HistoryRead {
        document_id: String,
        read: Result<Option<History>, HistoryProblem>,
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
    /// Detection in `document_id` found `suggestions`, which follow the first `from` found:
    /// offered at once, while detection goes on (the worker sends its results in parts, so that
    /// the page draws a part's marks at a time). A part sent again replaces what followed `from`.
    SuggestionsPart {
        document_id: String,
        from: usize,
        suggestions: Vec<Suggestion>,
    },
    /// Detection in `document_id` is done, and everything it found came in parts.
    DetectionDone {
        document_id: String,
    },
    /// Accept suggestions (perhaps edited first) as one undoable change; `ids` gives each its
    /// new annotation's id, in order.
    AcceptSuggestions {
        suggestions: Vec<Suggestion>,
        ids: Vec<AnnotationId>,
        now: Timestamp,
    },
    RejectSuggestion(SuggestionKey),
    /// Offer every rejected suggestion again.
    RestoreRejected,
    ShowSuggestions(bool),
    /// Offer only the suggestions the rules are at least this sure of (in the list and in the
    /// article).
    SuggestionFloor(Confidence),
    /// Merge every one of `names` into the speaker `into` belongs to.
    MergeSpeakers {
        names: Vec<String>,
        into: String,
    },
    /// Keep `name` apart from the speaker it was merged into.
    SplitSpeaker(String),
    /// Something about the team project.
    Team(TeamAction),
}
