//! The workspace state: what is on screen, and [`Workspace::open`], which reads it from
//! storage. The actions that change it are in `action.rs`, the reducer in `reduce.rs`.
//!
//! `reduce` is pure: it never reads storage, the DOM or the clock. Whatever is impure (a new
//! id, the time, the text selection) is computed by the caller and carried in the action.
//! Storage is read once in [`Workspace::open`], the reducer's initialiser, and written by an
//! effect in the app. A no-op action returns the same `Rc`, so Yew skips the re-render.

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::core::anchoring::SearchText;
use crate::core::annotation::{Annotation, AnnotationId, Kind};
use crate::core::article::Article;
use crate::core::import;
use crate::core::insight::roster::Aliases;
use crate::core::library::{
    self, DocumentRecord, IndexEntry, LibraryIndex, SaveCache, StoredParts,
};
use crate::core::limits;
use crate::core::offsets::CharRange;
use crate::core::persist::KeyValueStore;
use crate::core::store::{AnnotationStore, Edit, History};
use crate::core::suggestions::{self, Suggestion, SuggestionKey};

mod action;
mod reduce;

pub use action::Action;

/// The key that remembers which document was open last.
pub const LAST_DOCUMENT_KEY: &str = "quotemark:last-document";

/// A message for the reader: the outcome of an import or export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub is_error: bool,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: true,
        }
    }
}

/// Text selected in the article, waiting for a label.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingSelection {
    pub range: CharRange,
    /// Where to show the floating toolbar: left, top and bottom of the selection, in viewport
    /// coordinates.
    pub anchor: (f64, f64, f64),
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

/// What storage holds of the open document as it was opened, handed to the autosave so that
/// even its first save writes only what changed. Compared by pointer.
#[derive(Clone, Debug)]
pub struct SavedBase(pub Rc<SaveCache>);

impl PartialEq for SavedBase {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl SavedBase {
    fn after_open(id: &str, parts: Option<StoredParts>, store: &AnnotationStore) -> Option<Self> {
        parts.map(|parts| Self(Rc::new(SaveCache::after_open(id, &parts, store))))
    }
}

/// Puts the history read after the first screen (`older`, from `parts`) beneath `store`'s
/// own, and tells `base` where it is stored, so that no save writes it again. Gives whether
/// it fitted; if not, the store keeps its own history, and the next save drops the old one.
pub fn settle_history(
    store: &mut AnnotationStore,
    base: &mut Option<SavedBase>,
    parts: &StoredParts,
    older: History,
) -> bool {
    let knowing = base
        .as_ref()
        .map(|b| SavedBase(Rc::new(b.0.with_history(parts, &older))));
    let fitted = store.prepend_history(older);
    if fitted {
        *base = knowing;
    }
    fitted
}

#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub article: Rc<Article>,
    /// The library's entry for the open document (title, source, id, generation).
    pub current: IndexEntry,
    /// Every stored document, as the library lists them.
    pub library: LibraryIndex,
    pub store: AnnotationStore,
    /// Bumped on every change that needs saving, across documents; the save effect watches it.
    pub revision: u64,
    /// Bumped whenever a document is put on screen from storage (even the same one again), so
    /// views derived from the store know it was replaced without a revision.
    pub shown: u64,
    pub library_open: bool,
    pub opener_open: bool,
    /// The last document deleted from the library, until its deletion is undone or forgotten.
    pub deleted: Option<DocumentRecord>,
    /// An earlier version of the open article, whose annotations can be carried over.
    pub carry_offer: Option<IndexEntry>,
    pub pending: Option<PendingSelection>,
    pub selected: Option<AnnotationId>,
    /// The highlight to scroll to and flash, with a counter so the same one can flash again.
    pub flash: Option<(AnnotationId, u64)>,
    pub filter: PanelFilter,
    pub help_open: bool,
    /// Whether saving may write this document's record (false after a load problem that
    /// saving would make worse).
    pub writable: bool,
    /// A problem found while loading, until the reader dismisses it.
    pub load_problem: Option<String>,
    /// The last save failure, until a save succeeds.
    pub save_problem: Option<String>,
    /// The outcome of the last import or export, until dismissed.
    pub message: Option<Message>,
    /// Everything the detector found in the open document (empty until it has run).
    pub suggestions: Rc<Vec<Suggestion>>,
    /// The open document's rejected suggestions (saved with it).
    pub rejected: Rc<BTreeSet<SuggestionKey>>,
    /// How far detection has got in the open document: (steps done, steps in all), or `None`
    /// once it is done.
    pub detecting: Option<(usize, usize)>,
    /// Whether suggestions are drawn in the article and listed.
    pub show_suggestions: bool,
    /// Bumped whenever the suggestions on offer may change (found, rejected, shown, hidden).
    pub suggestions_version: u64,
    /// The open document's speaker merges and splits (saved with it).
    pub speaker_aliases: Rc<Aliases>,
    /// What storage holds of the open document as it was opened (version 3 records only).
    pub saved_base: Option<SavedBase>,
    /// Where the open document's undo history waits in storage, while it does: the first
    /// screen comes without it, and it is read just after (`Action::HistoryRead`).
    pub history_later: Option<Rc<StoredParts>>,
    pub insight_open: bool,
}

/// The record's rejected suggestions as a set. Inserted one by one: `collect` into a set
/// sorts first, which would compile one more copy of the standard sort (see `core::order`).
fn rejected_set(record: &DocumentRecord) -> Rc<BTreeSet<SuggestionKey>> {
    let mut set = BTreeSet::new();
    set.extend(record.rejected.iter().cloned());
    Rc::new(set)
}

impl Workspace {
    /// Opens the library in `kv` and, in it, the document open last (or the bundled article).
    pub fn open(kv: &dyn KeyValueStore, now: &str) -> Self {
        let loaded = library::load(kv, now);
        if loaded.writable {
            // Parts left by a tab closed in the middle of a save; nothing refers to them.
            library::sweep(kv, &loaded.index);
        }
        let last = kv.get(LAST_DOCUMENT_KEY).ok().flatten();
        let entry = last
            .and_then(|id| loaded.entry(&id).cloned())
            .or_else(|| loaded.index.documents.iter().find(|e| e.bundled).cloned())
            .unwrap_or_else(|| library::bundled_entry(now));
        let opened = library::open_for_first_screen(kv, &entry, now);
        // Read whole (`parts`), the record left its history in storage.
        let history_later = opened.parts.clone().map(Rc::new);
        let mut problems = loaded.problems;
        problems.extend(opened.problem);
        let mut workspace = Self {
            article: Rc::new(Article::parse(opened.record.text())),
            store: opened.record.store(),
            current: entry,
            library: loaded.index,
            revision: 0,
            shown: 0,
            library_open: false,
            opener_open: false,
            deleted: None,
            carry_offer: None,
            pending: None,
            selected: None,
            flash: None,
            filter: PanelFilter::default(),
            help_open: false,
            writable: loaded.writable && opened.writable,
            load_problem: None,
            save_problem: None,
            message: None,
            suggestions: Rc::default(),
            rejected: rejected_set(&opened.record),
            detecting: Some((0, 0)),
            show_suggestions: true,
            suggestions_version: 0,
            speaker_aliases: Rc::new(opened.record.speakers.clone()),
            insight_open: false,
            saved_base: None,
            history_later,
        };
        workspace.saved_base =
            SavedBase::after_open(&workspace.current.id, opened.parts, &workspace.store);
        workspace.load_problem = (!problems.is_empty()).then(|| problems.join(" "));
        workspace
    }

    /// The document's id: `sha256:` and the hex digest of its text.
    pub fn document_id(&self) -> &str {
        &self.current.id
    }

    /// Puts a document on screen, leaving the library, filters and messages as they are.
    fn show(&mut self, record: &DocumentRecord, entry: IndexEntry, parts: Option<StoredParts>) {
        if entry.id != self.current.id {
            self.suggestions = Rc::default();
            self.detecting = Some((0, 0));
        }
        self.rejected = rejected_set(record);
        self.speaker_aliases = Rc::new(record.speakers.clone());
        self.suggestions_version += 1;
        self.article = Rc::new(Article::parse(record.text()));
        self.store = record.store();
        self.saved_base = SavedBase::after_open(&entry.id, parts, &self.store);
        self.history_later = None;
        self.shown += 1;
        self.current = entry;
        self.pending = None;
        self.selected = None;
        self.flash = None;
        self.carry_offer = None;
    }

    /// Applies edits as one undoable change; an edit that does not apply changes nothing. A
    /// change over one of the limits (`core::limits`) is refused whole, and the reader told.
    fn edit(&mut self, edits: Vec<Edit>) -> bool {
        self.try_edit(edits).unwrap_or_else(|error| {
            self.message = Some(Message::error(format!("Not changed: {error}.")));
            false
        })
    }

    /// [`edit`](Self::edit), leaving what to say of a change over a limit to the caller.
    fn try_edit(&mut self, edits: Vec<Edit>) -> Result<bool, limits::LimitError> {
        limits::check_edits(self.store.len(), &edits)?;
        let changed = self.store.apply(edits).unwrap_or(false);
        if changed {
            self.revision += 1;
        }
        Ok(changed)
    }

    /// Imports a file into the store as one change, and says what happened.
    fn import(&mut self, file_name: &str, bytes: &[u8], now: &str) -> Message {
        let parsed = match import::parse(bytes, now) {
            Ok(parsed) => parsed,
            Err(error) => {
                return Message::error(format!(
                    "Nothing was imported from \u{201c}{file_name}\u{201d}: {error}."
                ));
            }
        };
        let format = parsed.format.label();
        let text = SearchText::new(self.article.text());
        let (annotations, report) = import::reanchor(&text, parsed, self.store.contains_fn());
        match self.try_edit(annotations.into_iter().map(Edit::Add).collect()) {
            Ok(_) => Message::info(format!("{file_name} ({format}): {report}")),
            Err(error) => Message::error(format!(
                "Nothing was imported from \u{201c}{file_name}\u{201d}: {error}."
            )),
        }
    }

    /// Whether the library itself may be written (false when a newer Quotemark wrote it).
    fn writable_library(&self) -> bool {
        self.library.version <= library::LIBRARY_VERSION
    }

    /// The suggestions still on offer (not rejected, not already annotations), in document
    /// order; none while they are hidden.
    pub fn offered_suggestions(&self) -> Vec<Suggestion> {
        if !self.show_suggestions {
            return Vec::new();
        }
        suggestions::pending(&self.suggestions, self.store.iter(), &self.rejected)
            .into_iter()
            .cloned()
            .collect()
    }

    fn forget_missing_selection(&mut self) {
        if self
            .selected
            .as_ref()
            .is_some_and(|id| self.store.get(id).is_none())
        {
            self.selected = None;
        }
    }
}
