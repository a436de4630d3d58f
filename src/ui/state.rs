//! The workspace state and the actions that change it.
//!
//! `reduce` is pure: it never reads storage, the DOM or the clock. Whatever is impure (a new
//! id, the time, the text selection) is computed by the caller and carried in the action.
//! Storage is read once in [`Workspace::open`], the reducer's initialiser, and written by an
//! effect in the app. A no-op action returns the same `Rc`, so Yew skips the re-render.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::Reducible;

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
use crate::core::opening::Opened;
use crate::core::persist::KeyValueStore;
use crate::core::saved::document_id;

/// The key that remembers which document was open last.
pub const LAST_DOCUMENT_KEY: &str = "quotemark:last-document";
use crate::core::store::{AnnotationStore, Edit};
use crate::core::suggestions::{self, Suggestion, SuggestionKey};

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
    pub insight_open: bool,
}

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
        let opened = library::open(kv, &entry, now);
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
        let (annotations, report) =
            import::reanchor(&text, parsed, |id| self.store.get(id).is_some());
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

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match action {
            Action::SelectText(pending) => {
                let changed = next.pending != pending;
                next.pending = pending;
                changed
            }
            Action::Label {
                kind,
                range,
                id,
                now,
            } => {
                if next.article.slice(range).is_none_or(str::is_empty) {
                    return self;
                }
                let annotation = Annotation::new(id.clone(), kind, range, &next.article, &now);
                let changed = next.edit(vec![Edit::Add(annotation)]);
                if changed {
                    next.pending = None;
                    next.selected = Some(id);
                }
                changed
            }
            Action::Update(annotation) => next.edit(vec![Edit::Replace(annotation)]),
            Action::Delete(id) => {
                let changed = next.edit(vec![Edit::Remove(id)]);
                next.forget_missing_selection();
                changed
            }
            Action::Undo => {
                let changed = next.store.undo();
                if changed {
                    next.revision += 1;
                    next.forget_missing_selection();
                }
                changed
            }
            Action::Redo => {
                let changed = next.store.redo();
                if changed {
                    next.revision += 1;
                    next.forget_missing_selection();
                }
                changed
            }
            Action::Select(id) => {
                let changed = next.selected != id;
                next.selected = id;
                changed
            }
            Action::Reveal(id) => {
                let generation = next.flash.as_ref().map_or(0, |(_, n)| n + 1);
                next.selected = Some(id.clone());
                next.flash = Some((id, generation));
                true
            }
            Action::ToggleKind(kind) => {
                if let Some(i) = next.filter.hidden.iter().position(|k| *k == kind) {
                    next.filter.hidden.remove(i);
                } else {
                    next.filter.hidden.push(kind);
                }
                true
            }
            Action::Search(query) => {
                let changed = next.filter.query != query;
                next.filter.query = query;
                changed
            }
            Action::ShowHelp(open) => {
                let changed = next.help_open != open;
                next.help_open = open;
                changed
            }
            Action::DismissLoadProblem => next.load_problem.take().is_some(),
            Action::SaveSucceeded => next.save_problem.take().is_some(),
            Action::Import {
                file_name,
                bytes,
                now,
            } => {
                next.message = Some(next.import(&file_name, &bytes, &now));
                true
            }
            Action::AttachToSelection { id, now } => {
                let Some(range) = next.pending.as_ref().map(|p| p.range) else {
                    return self;
                };
                let (Some(existing), Some(exact)) =
                    (next.store.get(&id), next.article.slice(range))
                else {
                    return self;
                };
                let mut attached = existing.clone();
                attached.start = range.start().get();
                attached.end = range.end().get();
                attached.exact = exact.to_owned();
                attached.orphaned = false;
                attached.modified = now;
                let changed = next.edit(vec![Edit::Replace(attached)]);
                if changed {
                    next.pending = None;
                }
                changed
            }
            Action::ShowMessage(message) => {
                next.message = Some(message);
                true
            }
            Action::DismissMessage => next.message.take().is_some(),
            Action::ShowDocument {
                record,
                entry,
                writable,
                problem,
                parts,
            } => {
                next.show(&record, entry, parts);
                next.writable = writable && next.writable_library();
                next.load_problem = problem;
                true
            }
            Action::CarryOver {
                annotations,
                report,
                from_title,
            } => {
                next.carry_offer = None;
                next.edit(annotations.into_iter().map(Edit::Add).collect());
                next.message = Some(Message::info(format!(
                    "Carried over from \u{201c}{from_title}\u{201d}: {} exact, {} moved or changed, {} orphaned.",
                    report.exact, report.fuzzy, report.orphaned
                )));
                true
            }
            Action::DismissCarryOffer => next.carry_offer.take().is_some(),
            Action::OpenNew {
                opened,
                now,
                earlier,
            } => {
                let id = document_id(&opened.text);
                let entry = IndexEntry {
                    id: id.clone(),
                    title: opened.title.clone(),
                    source: opened.source.clone(),
                    added: now.clone(),
                    modified: now,
                    generation: 0,
                    counts: Default::default(),
                    bundled: false,
                };
                let record =
                    library::record_of(&entry, Some(&opened.text), &AnnotationStore::default());
                next.show(&record, entry, None);
                next.carry_offer = earlier;
                next.opener_open = false;
                next.writable = next.writable_library();
                next.revision += 1;
                next.message = Some(Message::info(format!(
                    "Opened \u{201c}{}\u{201d}; it is in your library now.",
                    opened.title
                )));
                true
            }
            Action::LibraryChanged(index) => {
                if let Some(entry) = index.documents.iter().find(|e| e.id == next.current.id) {
                    next.current = entry.clone();
                }
                next.library = index;
                true
            }
            Action::EditCurrent { title, source } => {
                let title = crate::core::opening::clip_title(&title);
                if title.is_empty()
                    || (title == next.current.title && source == next.current.source)
                {
                    return self;
                }
                next.current.title = title;
                next.current.source = source;
                next.revision += 1;
                true
            }
            Action::Deleted { record, library } => {
                // The library dialog says so, with its Undo button.
                next.deleted = Some(record);
                next.library = library;
                true
            }
            Action::ForgetDeleted => next.deleted.take().is_some(),
            Action::MergeExternal {
                document_id,
                annotations,
            } => {
                if document_id != next.current.id || !next.store.merge_external(annotations) {
                    return self;
                }
                // Saving the union lets the other tab converge: it finds nothing newer.
                next.revision += 1;
                next.forget_missing_selection();
                true
            }
            Action::DetectionProgress {
                document_id,
                done,
                total,
            } => {
                if document_id != next.current.id || next.detecting == Some((done, total)) {
                    return self;
                }
                next.detecting = Some((done, total));
                true
            }
            Action::SuggestionsFound {
                document_id,
                suggestions,
            } => {
                if document_id != next.current.id {
                    return self;
                }
                next.suggestions = Rc::new(suggestions);
                next.detecting = None;
                next.suggestions_version += 1;
                true
            }
            Action::AcceptSuggestions {
                suggestions,
                ids,
                now,
            } => {
                let article = next.article.clone();
                let fits = |s: &Suggestion| article.slice(s.range).is_some_and(|t| !t.is_empty());
                let annotations: Vec<Edit> = suggestions
                    .iter()
                    .zip(ids)
                    .filter(|(s, _)| fits(s))
                    .map(|(s, id)| Edit::Add(s.accept(id, &article, &now)))
                    .collect();
                let changed = next.edit(annotations);
                if changed {
                    next.suggestions_version += 1;
                }
                changed
            }
            Action::RejectSuggestion(key) => {
                if !Rc::make_mut(&mut next.rejected).insert(key) {
                    return self;
                }
                next.suggestions_version += 1;
                // The rejection is saved with the document.
                next.revision += 1;
                true
            }
            Action::RestoreRejected => {
                if next.rejected.is_empty() {
                    return self;
                }
                next.rejected = Rc::default();
                next.suggestions_version += 1;
                next.revision += 1;
                true
            }
            Action::MergeSpeakers { names, into } => {
                let aliases = Rc::make_mut(&mut next.speaker_aliases);
                let mut changed = false;
                for name in names.into_iter().filter(|n| *n != into) {
                    changed |= aliases.insert(name, into.clone()).as_ref() != Some(&into);
                }
                if !changed {
                    return self;
                }
                next.revision += 1;
                true
            }
            Action::SplitSpeaker(name) => {
                let aliases = Rc::make_mut(&mut next.speaker_aliases);
                if aliases.get(&name) == Some(&name) {
                    return self;
                }
                aliases.insert(name.clone(), name);
                next.revision += 1;
                true
            }
            Action::ShowInsight(open) => {
                let changed = next.insight_open != open;
                next.insight_open = open;
                changed
            }
            Action::ShowSuggestions(show) => {
                if next.show_suggestions == show {
                    return self;
                }
                next.show_suggestions = show;
                next.suggestions_version += 1;
                true
            }
            Action::ShowLibrary(open) => {
                let changed = next.library_open != open;
                next.library_open = open;
                changed
            }
            Action::ShowOpener(open) => {
                let changed = next.opener_open != open;
                next.opener_open = open;
                changed
            }
            Action::SaveFailed(message) => {
                let changed = next.save_problem.as_deref() != Some(message.as_str());
                next.save_problem = Some(message);
                changed
            }
        };
        // A refused change changes nothing but the message that says why.
        if changed || next.message != self.message {
            Rc::new(next)
        } else {
            self
        }
    }
}
