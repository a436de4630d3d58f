//! The workspace: everything the app shows, as a plain value, and every way it changes.
//!
//! [`Workspace`] is made of parts behind `Rc`: the open document, the library, the view (which
//! dialog is open, what is selected, the panel's filter), the suggestions, persistence, the
//! notices and the team project. [`Workspace::apply`] changes it by one [`Action`] and copies
//! only the parts the action changes (`Rc::make_mut`); a copy of the workspace is a copy of
//! seven pointers. The
//! browser's text selection and the floating toolbar's position are not part of it: they
//! change on every scroll and belong to the UI.
//!
//! `apply` is pure: it never reads storage, the DOM or the clock. Whatever is impure (a new
//! id, the time, a file's bytes, what storage holds) is computed by the caller and carried in
//! the action. Storage is read once in [`Workspace::open`], and written by the UI's autosave
//! ([`saving`]). The Yew `Reducible` (`ui::state`) is a thin adapter over `apply`.

mod action;
mod apply;
mod documents;
mod edits;
mod notice;
pub mod saving;
mod team;

use std::collections::BTreeSet;
use std::rc::Rc;

pub use crate::core::export::ExportFormat;
use crate::core::interop::articles::LabelChoice;
pub use action::Action;
pub use notice::{Feature, Notice, Notices, Problem, Progress, SaveProblem, Work};
pub use saving::{SavedBase, settle_history};
pub use team::{Gold, TEAM_PROJECT_KEY, TeamAction, TeamArticle, TeamState};

use crate::core::annotation::{Annotation, AnnotationId, Kind};
use crate::core::article::Article;
use crate::core::insight::roster::Aliases;
use crate::core::library::{self, DocumentRecord, IndexEntry, LibraryIndex, StoredParts, journal};
use crate::core::persist::KeyValueStore;
use crate::core::reasons::Confidence;
use crate::core::store::AnnotationStore;
use crate::core::suggestions::{self, Suggestion, SuggestionKey};
use crate::core::time::Timestamp;

/// The key that remembers which document was open last.
pub const LAST_DOCUMENT_KEY: &str = "quotemark:last-document";

/// The open document: its text, its library entry, its annotations and what the reader decided
/// about its suggestions and speakers.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenDocument {
    pub article: Rc<Article>,
    /// The library's entry for it (title, source, id, generation).
    pub entry: IndexEntry,
    /// Shared, so that a change to the document's other fields (its entry after a save, a
    /// rejection) copies no annotation pointer, and views compare it by pointer.
    pub store: Rc<AnnotationStore>,
    /// Its rejected suggestions (saved with it).
    pub rejected: Rc<BTreeSet<SuggestionKey>>,
    /// Its speaker merges and splits (saved with it).
    pub speakers: Rc<Aliases>,
    /// An earlier version of the article, whose annotations can be carried over.
    pub carry_offer: Option<IndexEntry>,
    /// Bumped whenever a document is put on screen from storage (even the same one again), so
    /// views derived from the store know it was replaced without a revision.
    pub shown: u64,
}

impl OpenDocument {
    /// The document's id: `sha256:` and the hex digest of its text.
    pub fn id(&self) -> &str {
        &self.entry.id
    }

    fn of(record: &DocumentRecord, entry: IndexEntry, shown: u64) -> Self {
        let mut rejected = BTreeSet::new();
        // Inserted one by one: `collect` into a set sorts first, which would compile one more
        // copy of the standard sort (see `core::order`).
        rejected.extend(record.rejected.iter().cloned());
        Self {
            article: Rc::new(Article::titled(record.text(), Some(&record.title))),
            store: Rc::new(record.store()),
            entry,
            rejected: Rc::new(rejected),
            speakers: Rc::new(record.speakers.clone()),
            carry_offer: None,
            shown,
        }
    }
}

/// The library as the workspace knows it.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryState {
    /// Every stored document, as the library lists them.
    pub index: LibraryIndex,
    /// The last document deleted, until its deletion is undone or forgotten.
    pub deleted: Option<Rc<DocumentRecord>>,
    /// Other tools' files read and waiting for the reader to map their labels (issue #22).
    pub choosing: Option<Rc<LabelChoice>>,
}

/// The one dialog open, if any.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Dialog {
    #[default]
    None,
    Help,
    Insight,
    Library,
    Opener,
    Team,
    Agreement,
    Compare,
    /// Mapping the labels of other tools' files being opened.
    Labels,
}

/// Which annotations the panel lists.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PanelFilter {
    pub hidden: Vec<Kind>,
    pub query: String,
}

impl PanelFilter {
    pub fn shows(&self, annotation: &Annotation) -> bool {
        if self.hidden.contains(&annotation.kind) {
            return false;
        }
        let query = self.query.trim().to_lowercase();
        if query.is_empty() {
            return true;
        }
        let fields = [
            Some(annotation.exact.as_str()),
            annotation.speaker.as_deref(),
            annotation.attributed_to.as_deref(),
            annotation.cue.as_deref(),
            Some(annotation.note.as_str()),
        ];
        fields
            .into_iter()
            .flatten()
            .any(|f| f.to_lowercase().contains(&query))
            || annotation
                .tags
                .iter()
                .any(|t| t.to_lowercase().contains(&query))
    }
}

/// What the reader is looking at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub dialog: Dialog,
    pub selected: Option<AnnotationId>,
    /// The highlight to scroll to and flash, with a counter so the same one can flash again.
    pub flash: Option<(AnnotationId, u64)>,
    pub filter: PanelFilter,
}

/// What the detector found in the open document.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestions {
    /// Everything found (empty until detection has run).
    pub found: Rc<Vec<Suggestion>>,
    /// How far detection has got: (steps done, steps in all), or `None` once it is done.
    pub detecting: Option<(usize, usize)>,
    /// Whether suggestions are drawn in the article and listed.
    pub shown: bool,
    /// The least sure suggestions offered.
    pub floor: Confidence,
    /// Bumped whenever the suggestions on offer may change (found, rejected, shown, hidden).
    pub version: u64,
}

impl Default for Suggestions {
    fn default() -> Self {
        Self {
            found: Rc::default(),
            detecting: Some((0, 0)),
            shown: true,
            floor: Confidence::Unsure,
            version: 0,
        }
    }
}

/// How the open document stands with storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Persistence {
    /// Bumped on every change that needs saving, across documents; the autosave watches it.
    pub revision: u64,
    /// Whether saving may write the open document (false after a load problem that saving
    /// would make worse, or in a library a newer Quotemark wrote).
    pub writable: bool,
    /// What storage holds of the open document as it was opened (version 3 records only).
    pub saved_base: Option<SavedBase>,
    /// Where the open document's undo history waits in storage, while it does: the first
    /// screen comes without it, and it is read just after (`Action::HistoryRead`).
    pub history_later: Option<Rc<StoredParts>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub document: Rc<OpenDocument>,
    pub library: Rc<LibraryState>,
    pub view: Rc<View>,
    pub suggestions: Rc<Suggestions>,
    pub persistence: Rc<Persistence>,
    pub notices: Rc<Notices>,
    pub team: Rc<TeamState>,
}

/// Whether [`Workspace::open`] will open the bundled article with nothing of the reader's in
/// it: no library and no document left open (a journal is read only for one). The first
/// screen (issue #21) shows the bundled article before the App only then.
pub fn is_first_visit(kv: &dyn KeyValueStore) -> bool {
    let absent = |key: &str| matches!(kv.get(key), Ok(None));
    absent(library::INDEX_KEY) && absent(LAST_DOCUMENT_KEY)
}

/// The keys of the annotation parts [`Workspace::open`] reads for the document left open last
/// (`library::annotation_parts`), for reading them ahead; none when no document was left open
/// (the bundled article then opens). Where a journal of an unsaved tab takes the record's
/// place, what was read ahead goes unused.
pub fn annotation_parts_to_open(kv: &dyn KeyValueStore) -> Vec<String> {
    match kv.get(LAST_DOCUMENT_KEY) {
        Ok(Some(id)) => library::annotation_parts(kv, &id),
        _ => Vec::new(),
    }
}

impl Workspace {
    /// Opens the library in `kv` and, in it, the document open last (or the bundled article).
    /// The undo history of a stored record is left in storage for `Action::HistoryRead`.
    ///
    /// `unsaved_from` is the tab this page took over (the same tab before a reload): if it left
    /// a journal of the document (`core::library::journal`), the document opens as the journal
    /// leaves it, and the journal is replayed into storage in this tab's turn after the first
    /// screen.
    pub fn open(kv: &dyn KeyValueStore, now: &Timestamp, unsaved_from: Option<&str>) -> Self {
        let loaded = library::load(kv, now);
        let last = kv.get(LAST_DOCUMENT_KEY).ok().flatten();
        let unsaved = unsaved_from
            .zip(last.as_deref())
            .and_then(|(tab, id)| journal::read_over(kv, tab, id, now));
        let mut problems: Vec<Problem> = loaded
            .problems
            .iter()
            .cloned()
            .map(Problem::Library)
            .collect();
        let (document, opened_parts, writable) = match unsaved {
            Some((entry, record)) => (OpenDocument::of(&record, entry, 0), None, true),
            None => {
                let entry = last
                    .and_then(|id| loaded.entry(&id).cloned())
                    .or_else(|| loaded.index.documents.iter().find(|e| e.bundled).cloned())
                    .unwrap_or_else(|| library::bundled_entry(now));
                let opened = library::open_for_first_screen(kv, &entry, now);
                problems.extend(opened.problem.map(|problem| Problem::Document {
                    title: entry.title.clone(),
                    problem,
                }));
                (
                    OpenDocument::of(&opened.record, entry, 0),
                    opened.parts,
                    opened.writable,
                )
            }
        };
        let saved_base =
            SavedBase::after_open(document.id(), opened_parts.as_ref(), &document.store);
        Self {
            persistence: Rc::new(Persistence {
                revision: 0,
                writable: loaded.writable && writable,
                saved_base,
                // Read whole (`parts`), the record left its history in storage.
                history_later: opened_parts.map(Rc::new),
            }),
            document: Rc::new(document),
            library: Rc::new(LibraryState {
                index: loaded.index,
                deleted: None,
                choosing: None,
            }),
            view: Rc::default(),
            suggestions: Rc::default(),
            notices: Rc::new(Notices {
                problems,
                ..Notices::default()
            }),
            team: Rc::new(TeamState::open(kv)),
        }
    }

    /// The open document's id.
    pub fn document_id(&self) -> &str {
        self.document.id()
    }

    /// The suggestions still on offer (not rejected, not already annotations, as sure as the
    /// floor asks), in document order; none while they are hidden.
    pub fn offered_suggestions(&self) -> Vec<Suggestion> {
        if !self.suggestions.shown {
            return Vec::new();
        }
        suggestions::pending(
            &self.suggestions.found,
            self.document.store.iter(),
            &self.document.rejected,
        )
        .into_iter()
        .filter(|s| s.confidence >= self.suggestions.floor)
        .cloned()
        .collect()
    }
}
