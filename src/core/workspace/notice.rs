//! What the workspace has to tell the reader, as data. `crate::words` says each in words; the
//! core never does.

use std::rc::Rc;

use crate::core::backup::{BackupError, MergeReport};
use crate::core::corpus::CorpusReport;
use crate::core::export::ExportFormat;
use crate::core::import::{ImportError, ImportReport, SourceFormat};
use crate::core::library::{HistoryProblem, LoadProblem, OpenProblem, SaveError};
use crate::core::limits::LimitError;
use crate::core::opening::OpenError;
use crate::core::page_text::PageNote;

/// The outcome of something the reader did, shown until dismissed or replaced. Texts that come
/// from the browser (why a download or the clipboard failed) are carried as they came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// An edit was refused whole: it would pass a limit.
    EditRefused(LimitError),
    Imported {
        file_name: String,
        format: SourceFormat,
        report: ImportReport,
    },
    ImportRefused {
        file_name: String,
        error: ImportError,
    },
    /// Another document was opened while a file's annotations were being found for the one
    /// open before: nothing was added.
    ImportElsewhere {
        file_name: String,
    },
    ImportOverLimit {
        file_name: String,
        error: LimitError,
    },
    /// The file could not be read at all (the browser's reason).
    ImportUnreadable {
        file_name: String,
        reason: String,
    },
    CarriedOver {
        from_title: String,
        report: ImportReport,
    },
    /// The earlier version could not be read, so nothing was carried over.
    CarryFailed {
        from_title: String,
        problem: OpenProblem,
    },
    OpenedNew {
        title: String,
    },
    /// Many articles were opened at once (files, a folder, a corpus).
    CorpusOpened(CorpusReport),
    /// The library's articles were published to the team project.
    Published {
        published: usize,
        /// Already in the project.
        already: usize,
        /// Could not be read from storage, with their titles.
        unreadable: Vec<String>,
    },
    /// A web page opened, with something the reader should know about what was kept of it.
    OpenedFromPage {
        title: String,
        note: PageNote,
    },
    AlreadyInLibrary {
        title: String,
        /// What the reader was told when the page was first opened, told again.
        note: Option<PageNote>,
    },
    FileNotOpened {
        file_name: String,
        error: OpenError,
    },
    NotDeleted {
        title: String,
        error: SaveError,
    },
    PutBack {
        title: String,
    },
    NotPutBack {
        title: String,
        error: SaveError,
    },
    /// Another document's details could not be changed: its record cannot be written.
    NotEditable {
        title: String,
        problem: Option<OpenProblem>,
    },
    DetailsNotSaved(SaveError),
    LibraryExported {
        count: usize,
        file_name: String,
    },
    LibraryNotExported {
        reason: String,
    },
    Restored(MergeReport),
    NotRestored {
        file_name: String,
        error: BackupError,
    },
    /// A backup file that could not be read at all (the browser's reason).
    BackupUnreadable {
        file_name: String,
        reason: String,
    },
    Exported {
        count: usize,
        format: ExportFormat,
    },
    ExportFailed {
        reason: String,
    },
    Copied {
        count: usize,
    },
    NotCopied {
        reason: String,
    },
    ReportNotSaved {
        reason: String,
    },
    /// The app was updated since the reader's last visit.
    Updated,
    /// No suggestions could be made: the detection worker did not start and the part of the
    /// app that detects on the page could not be loaded (offline before it was kept).
    NoSuggestions,
    /// What the reader asked for could not start: the part of the app that does it could not
    /// be loaded (offline before it was kept).
    NotLoaded(Feature),
}

/// A part of the app fetched on first use, named where it cannot be loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    /// Exporting, importing, the library's backup.
    Files,
    /// A team project's sync.
    TeamSync,
}

impl Notice {
    /// The note of a web page just opened, if the notice carries one.
    pub fn page_note(&self) -> Option<&PageNote> {
        match self {
            Notice::OpenedFromPage { note, .. } => Some(note),
            Notice::AlreadyInLibrary { note, .. } => note.as_ref(),
            _ => None,
        }
    }

    /// Whether it reports something that did not happen (shown as an alert).
    pub fn is_error(&self) -> bool {
        if let Notice::CorpusOpened(report) = self {
            // Refusals with nothing opened: the reader's action did not happen.
            return report.opened.is_empty()
                && report.added_to.is_empty()
                && !report.refused.is_empty();
        }
        !matches!(
            self,
            Notice::Imported { .. }
                | Notice::CarriedOver { .. }
                | Notice::OpenedNew { .. }
                | Notice::OpenedFromPage { .. }
                | Notice::AlreadyInLibrary { .. }
                | Notice::PutBack { .. }
                | Notice::LibraryExported { .. }
                | Notice::Restored(_)
                | Notice::Exported { .. }
                | Notice::Copied { .. }
                | Notice::Updated
                | Notice::Published { .. }
        )
    }
}

/// Something wrong with what storage holds, found while loading and shown until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Library(LoadProblem),
    Document {
        title: String,
        problem: OpenProblem,
    },
    History {
        title: String,
        problem: HistoryProblem,
    },
}

/// Why the last save failed, until a save succeeds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveProblem {
    pub error: SaveError,
    /// How many bytes of the browser's storage Quotemark uses, said when it is full.
    pub used_bytes: usize,
}

/// Work of many steps, shown with a progress bar: what it is, and how far it has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub work: Work,
    pub done: usize,
    pub total: usize,
}

/// What work is under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    /// Reading the files chosen, one by one.
    ReadingFiles,
    /// Saving articles into the library.
    OpeningArticles,
    /// Finding other tools' annotations in their documents, a document at a time.
    AnchoringDocuments,
    /// Finding an imported file's annotations in the open article.
    AnchoringAnnotations,
}

impl Work {
    /// The progress of this work: `done` of `total`.
    pub fn at(self, done: usize, total: usize) -> Progress {
        Progress {
            work: self,
            done,
            total,
        }
    }
}

/// The reader's messages: the last outcome, the problems found while loading, the last save's
/// failure.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notices {
    pub message: Option<Rc<Notice>>,
    /// Work of many steps under way (many articles opened, many annotations anchored).
    pub progress: Option<Progress>,
    pub problems: Vec<Problem>,
    pub save_problem: Option<SaveProblem>,
}
