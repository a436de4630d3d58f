//! The workspace model (`core::workspace`): opening it from storage, and every action. What
//! each test expects is written out here (texts of the bundled article, counts, which part
//! of the workspace changed), never computed by the code under test.

use std::rc::Rc;

use quotemark::core::annotation::{Annotation, AnnotationId, Kind, Origin};
use quotemark::core::credit::Credit;
use quotemark::core::detect::detect;
use quotemark::core::import::{self, ImportError, ImportReport, SourceFormat};
use quotemark::core::library::{
    self, BUNDLED_TITLE, HistoryProblem, IndexEntry, LoadProblem, OpenProblem, SaveCache,
    SaveError, record_of,
};
use quotemark::core::limits::LimitError;
use quotemark::core::offsets::CharRange;
use quotemark::core::opening::Opened;
use quotemark::core::page_text::PageNote;
use quotemark::core::persist::{KeyValueStore, MemoryStore, StorageError};
use quotemark::core::saved::document_id;
use quotemark::core::store::{AnnotationStore, Edit, History};
use quotemark::core::suggestions::{Suggestion, from_detection};
use quotemark::core::time::Timestamp;
use quotemark::core::workspace::saving::{self, SaveJob};
use quotemark::core::workspace::{
    Action, Dialog, LAST_DOCUMENT_KEY, Notice, Problem, SaveProblem, Work, Workspace,
    annotation_parts_to_open, is_first_visit,
};

fn now() -> Timestamp {
    Timestamp::parse("2026-12-01T09:00:00.000Z").unwrap()
}

fn later() -> Timestamp {
    Timestamp::parse("2026-12-01T09:05:00.000Z").unwrap()
}

fn id(seed: u8) -> AnnotationId {
    AnnotationId::from_random_bytes([seed; 16])
}

/// The workspace a first visit opens: the bundled article, nothing stored.
fn fresh() -> Workspace {
    Workspace::open(&MemoryStore::default(), &now(), None)
}

fn range(workspace: &Workspace, needle: &str) -> CharRange {
    workspace.document.article.find(needle).unwrap()
}

/// `workspace` with `needle` labelled as `kind`, annotation `id(seed)`.
fn labelled(mut workspace: Workspace, seed: u8, kind: Kind, needle: &str) -> Workspace {
    let range = range(&workspace, needle);
    assert!(workspace.apply(Action::Label {
        kind,
        range,
        id: id(seed),
        now: now(),
    }));
    workspace
}

fn texts(workspace: &Workspace) -> Vec<String> {
    workspace
        .document
        .store
        .iter()
        .map(|a| a.exact.clone())
        .collect()
}

fn annotation(workspace: &Workspace, seed: u8) -> Annotation {
    workspace.document.store.get(&id(seed)).unwrap().clone()
}

/// Which parts of `after` are not the very parts of `before`.
fn changed_parts(before: &Workspace, after: &Workspace) -> Vec<&'static str> {
    let mut changed = Vec::new();
    if !Rc::ptr_eq(&before.document, &after.document) {
        changed.push("document");
    }
    if !Rc::ptr_eq(&before.library, &after.library) {
        changed.push("library");
    }
    if !Rc::ptr_eq(&before.view, &after.view) {
        changed.push("view");
    }
    if !Rc::ptr_eq(&before.suggestions, &after.suggestions) {
        changed.push("suggestions");
    }
    if !Rc::ptr_eq(&before.persistence, &after.persistence) {
        changed.push("persistence");
    }
    if !Rc::ptr_eq(&before.notices, &after.notices) {
        changed.push("notices");
    }
    changed
}

/// Applies `action` to a copy of `workspace`, as the Yew adapter does, and gives whether it
/// changed anything and the parts it copied.
fn apply_to_copy(workspace: &Workspace, action: Action) -> (bool, Workspace, Vec<&'static str>) {
    let mut next = workspace.clone();
    let changed = next.apply(action);
    let parts = changed_parts(workspace, &next);
    (changed, next, parts)
}

// ---- opening --------------------------------------------------------------------------

#[test]
fn a_first_visit_opens_the_bundled_article_with_nothing_to_save() {
    let workspace = fresh();
    assert_eq!(workspace.document.entry.title, BUNDLED_TITLE);
    assert!(workspace.document.entry.bundled);
    assert!(workspace.document.store.is_empty());
    assert_eq!(workspace.persistence.revision, 0);
    assert!(workspace.persistence.writable);
    assert_eq!(workspace.view.dialog, Dialog::None);
    assert!(workspace.notices.problems.is_empty());
    assert_eq!(workspace.suggestions.detecting, Some((0, 0)));
    assert!(workspace.suggestions.shown);
}

#[test]
fn only_storage_with_no_library_and_no_last_document_is_a_first_visit() {
    let empty = MemoryStore::default();
    assert!(is_first_visit(&empty));
    assert!(Workspace::open(&empty, &now(), None).document.entry.bundled);

    let (stored, _) = stored_other_article();
    assert!(!is_first_visit(&stored));
    let index_only = MemoryStore::default();
    index_only
        .set(library::INDEX_KEY, r#"{"version": 3, "documents": []}"#)
        .unwrap();
    assert!(!is_first_visit(&index_only));
    // A document left open may have a journal to take in: not the bundled article untouched.
    let last_only = MemoryStore::default();
    last_only.set(LAST_DOCUMENT_KEY, "an-article").unwrap();
    assert!(!is_first_visit(&last_only));
}

#[test]
fn the_start_up_script_reads_the_keys_of_a_first_visit() {
    // The page's start-up script (written by scripts/csp-hook.mjs) preloads the App for a
    // returning reader before any Rust runs, so it repeats `is_first_visit`'s keys: renaming
    // either here must fail until the script says the same.
    let hook = include_str!("../scripts/csp-hook.mjs");
    for key in [library::INDEX_KEY, LAST_DOCUMENT_KEY] {
        let read = format!("localStorage.getItem('{key}') !== null");
        assert!(
            hook.contains(&read),
            "scripts/csp-hook.mjs does not read {key}"
        );
    }
}

/// A library holding another article with two annotations and one change of history, open
/// last, and its stored entry.
fn stored_other_article() -> (MemoryStore, IndexEntry) {
    let kv = MemoryStore::default();
    let text = "Talks\n\nThe minister called it “realistic” and “a fantasy”.";
    let article = quotemark::core::article::Article::parse(text);
    let mut store = AnnotationStore::default();
    let edits = ["“realistic”", "“a fantasy”"]
        .iter()
        .enumerate()
        .map(|(i, needle)| {
            Edit::Add(Annotation::new(
                id(10 + i as u8),
                Kind::ScareQuote,
                article.find(needle).unwrap(),
                &article,
                &now(),
            ))
        })
        .collect();
    store.apply(edits).unwrap();
    let entry = IndexEntry {
        id: document_id(text),
        title: "Talks".into(),
        bundled: false,
        ..library::bundled_entry(&now())
    };
    let mut index = library::load(&kv, &now()).index;
    library::save(
        &kv,
        &mut index,
        &record_of(&entry, Some(text), &store),
        &now(),
    )
    .unwrap();
    kv.set(LAST_DOCUMENT_KEY, &entry.id).unwrap();
    let stored = index.entry(&entry.id).unwrap().clone();
    assert_eq!(stored.generation, 1);
    (kv, stored)
}

#[test]
fn opening_reopens_the_last_document_and_leaves_its_undo_history_for_later() {
    let (kv, entry) = stored_other_article();
    let workspace = Workspace::open(&kv, &now(), None);
    assert_eq!(workspace.document_id(), entry.id);
    assert_eq!(texts(&workspace), ["“realistic”", "“a fantasy”"]);
    assert!(
        !workspace.document.store.can_undo(),
        "history comes after the first screen"
    );
    assert!(workspace.persistence.history_later.is_some());
    assert!(workspace.persistence.saved_base.is_some());
    assert_eq!(workspace.library.index.documents.len(), 2);
}

#[test]
fn the_parts_to_read_ahead_are_those_of_the_document_left_open() {
    assert!(annotation_parts_to_open(&MemoryStore::default()).is_empty());
    let (kv, entry) = stored_other_article();
    let parts = annotation_parts_to_open(&kv);
    assert!(!parts.is_empty());
    assert_eq!(parts, library::annotation_parts(&kv, &entry.id));
    // No document left open: the bundled article opens, and nothing is read ahead.
    kv.remove(LAST_DOCUMENT_KEY).unwrap();
    assert!(annotation_parts_to_open(&kv).is_empty());
}

#[test]
fn opening_a_library_a_newer_quotemark_wrote_is_read_only_and_says_so() {
    let kv = MemoryStore::default();
    kv.set(library::INDEX_KEY, r#"{"version": 9, "documents": []}"#)
        .unwrap();
    let workspace = Workspace::open(&kv, &now(), None);
    assert!(!workspace.persistence.writable);
    assert_eq!(
        workspace.notices.problems,
        [Problem::Library(LoadProblem::NewerLibrary { found: 9 })]
    );
}

// ---- annotations ----------------------------------------------------------------------

#[test]
fn labelling_adds_the_selected_words_selects_them_and_counts_a_change() {
    let workspace = labelled(fresh(), 1, Kind::ScareQuote, "Russian aggression");
    assert_eq!(texts(&workspace), ["Russian aggression"]);
    assert_eq!(workspace.view.selected, Some(id(1)));
    assert_eq!(workspace.persistence.revision, 1);
    assert!(workspace.document.store.can_undo());
}

#[test]
fn labelling_nothing_changes_nothing_and_copies_nothing() {
    let workspace = fresh();
    let start = range(&workspace, "Russian").start();
    let (changed, _, parts) = apply_to_copy(
        &workspace,
        Action::Label {
            kind: Kind::Claim,
            range: CharRange::new(start, start),
            id: id(1),
            now: now(),
        },
    );
    assert!(!changed);
    assert!(parts.is_empty());
}

#[test]
fn an_action_copies_only_the_parts_it_changes() {
    let workspace = labelled(fresh(), 1, Kind::Claim, "obsolete");
    let (_, _, parts) = apply_to_copy(&workspace, Action::Select(None));
    assert_eq!(parts, ["view"]);
    let (_, _, parts) = apply_to_copy(&workspace, Action::OpenDialog(Dialog::Help));
    assert_eq!(parts, ["view"]);
    let (_, _, parts) = apply_to_copy(&workspace, Action::Delete(id(1)));
    assert_eq!(parts, ["document", "view", "persistence"]);
    let (_, _, parts) = apply_to_copy(&workspace, Action::ShowSuggestions(false));
    assert_eq!(parts, ["suggestions"]);
}

#[test]
fn updating_replaces_the_annotation_and_an_identical_update_changes_nothing() {
    let workspace = labelled(fresh(), 1, Kind::Quote, "obsolete");
    let mut edited = annotation(&workspace, 1);
    edited.speaker = Some("Donald Trump".into());
    edited.modified = later();
    let (changed, next, _) = apply_to_copy(&workspace, Action::Update(edited));
    assert!(changed);
    assert_eq!(
        annotation(&next, 1).speaker.as_deref(),
        Some("Donald Trump")
    );
    assert_eq!(next.persistence.revision, 2);
    let same = annotation(&next, 1);
    let (changed, _, parts) = apply_to_copy(&next, Action::Update(same));
    assert!(!changed);
    assert!(parts.is_empty());
}

#[test]
fn an_update_over_a_limit_is_refused_whole_and_the_reader_told_why() {
    let mut workspace = labelled(fresh(), 1, Kind::Claim, "obsolete");
    let mut edited = annotation(&workspace, 1);
    edited.cue = Some("x".repeat(201));
    assert!(workspace.apply(Action::Update(edited)));
    assert_eq!(annotation(&workspace, 1).cue, None);
    assert_eq!(
        workspace.notices.message.as_deref(),
        Some(&Notice::EditRefused(LimitError::FieldTooLong {
            field: "cue",
            chars: 201,
            max: 200
        }))
    );
}

#[test]
fn deleting_removes_the_annotation_and_its_selection_and_undo_brings_both_back() {
    let mut workspace = labelled(fresh(), 1, Kind::Claim, "obsolete");
    assert!(workspace.apply(Action::Delete(id(1))));
    assert!(texts(&workspace).is_empty());
    assert_eq!(workspace.view.selected, None);
    assert!(workspace.apply(Action::Undo));
    assert_eq!(texts(&workspace), ["obsolete"]);
    assert!(workspace.apply(Action::Redo));
    assert!(texts(&workspace).is_empty());
    assert_eq!(workspace.persistence.revision, 4);
    assert!(!workspace.apply(Action::Redo), "nothing left to redo");
    assert!(!workspace.apply(Action::Delete(id(1))), "gone already");
}

#[test]
fn revealing_selects_and_flashes_again_each_time() {
    let mut workspace = labelled(fresh(), 1, Kind::Claim, "obsolete");
    workspace.apply(Action::Reveal(id(1)));
    workspace.apply(Action::Reveal(id(1)));
    assert_eq!(workspace.view.selected, Some(id(1)));
    assert_eq!(workspace.view.flash, Some((id(1), 1)));
    assert!(workspace.apply(Action::Select(None)));
    assert!(!workspace.apply(Action::Select(None)));
}

#[test]
fn the_panel_filter_hides_kinds_and_searches() {
    let mut workspace = fresh();
    assert!(workspace.apply(Action::ToggleKind(Kind::Claim)));
    assert_eq!(workspace.view.filter.hidden, [Kind::Claim]);
    assert!(workspace.apply(Action::ToggleKind(Kind::Claim)));
    assert!(workspace.view.filter.hidden.is_empty());
    assert!(workspace.apply(Action::Search("putin".into())));
    assert!(!workspace.apply(Action::Search("putin".into())));
    assert_eq!(workspace.view.filter.query, "putin");
}

#[test]
fn attaching_moves_an_annotation_to_the_selected_text() {
    let mut workspace = labelled(fresh(), 1, Kind::Claim, "obsolete");
    let to = range(&workspace, "Vladimir Putin");
    assert!(workspace.apply(Action::AttachTo {
        id: id(1),
        range: to,
        now: later(),
    }));
    let moved = annotation(&workspace, 1);
    assert_eq!(moved.exact, "Vladimir Putin");
    assert_eq!((moved.start, moved.end), (to.start(), to.end()));
    assert_eq!(moved.modified, later());
    assert!(!workspace.apply(Action::AttachTo {
        id: id(9),
        range: to,
        now: later(),
    }));
}

// ---- dialogs and notices --------------------------------------------------------------

#[test]
fn one_dialog_is_open_at_a_time_and_only_it_closes() {
    let mut workspace = fresh();
    assert!(workspace.apply(Action::OpenDialog(Dialog::Library)));
    assert!(workspace.apply(Action::OpenDialog(Dialog::Insight)));
    assert_eq!(workspace.view.dialog, Dialog::Insight);
    assert!(!workspace.apply(Action::CloseDialog(Dialog::Library)));
    assert!(workspace.apply(Action::CloseDialog(Dialog::Insight)));
    assert_eq!(workspace.view.dialog, Dialog::None);
}

#[test]
fn notices_show_until_dismissed_and_problems_until_dismissed() {
    let (kv, _) = stored_other_article();
    kv.set(library::INDEX_KEY, "{broken").unwrap();
    let mut workspace = Workspace::open(&kv, &now(), None);
    assert_eq!(workspace.notices.problems.len(), 1);
    assert!(workspace.apply(Action::DismissProblems));
    assert!(workspace.notices.problems.is_empty());
    assert!(!workspace.apply(Action::DismissProblems));
    assert!(workspace.apply(Action::ShowNotice(Notice::Updated)));
    assert_eq!(workspace.notices.message.as_deref(), Some(&Notice::Updated));
    assert!(workspace.apply(Action::DismissNotice));
    assert!(!workspace.apply(Action::DismissNotice));
}

#[test]
fn a_corpus_opening_shows_its_progress_until_it_ends_and_copies_only_the_notices() {
    let mut workspace = fresh();
    let opening = |done| Some(Work::OpeningArticles.at(done, 12));
    assert_eq!(workspace.notices.progress, None);
    let (changed, after, parts) = apply_to_copy(&workspace, Action::Progress(opening(0)));
    assert!(changed);
    assert_eq!(parts, vec!["notices"]);
    assert_eq!(after.notices.progress, opening(0));
    workspace = after;
    assert!(!workspace.apply(Action::Progress(opening(0))));
    assert!(workspace.apply(Action::Progress(opening(5))));
    assert_eq!(workspace.notices.progress, opening(5));
    // Another work of as many steps is another progress.
    assert!(workspace.apply(Action::Progress(Some(Work::AnchoringDocuments.at(5, 12)))));
    assert!(workspace.apply(Action::Progress(None)));
    assert_eq!(workspace.notices.progress, None);
    assert!(!workspace.apply(Action::Progress(None)));
}

// ---- saving ---------------------------------------------------------------------------

#[test]
fn a_save_updates_the_library_and_the_open_entry_and_clears_the_last_failure() {
    let mut workspace = labelled(fresh(), 1, Kind::Claim, "obsolete");
    let problem = SaveProblem {
        error: SaveError::Storage(StorageError::QuotaExceeded("full".into())),
        used_bytes: 5_000_000,
    };
    assert!(workspace.apply(Action::SaveFailed(problem.clone())));
    assert!(
        !workspace.apply(Action::SaveFailed(problem)),
        "said already"
    );
    let mut index = workspace.library.index.clone();
    index.documents[0].generation = 1;
    index.documents[0].counts.claims = 1;
    assert!(workspace.apply(Action::Saved(index)));
    assert_eq!(workspace.notices.save_problem, None);
    assert_eq!(workspace.document.entry.generation, 1);
    assert_eq!(workspace.library.index.documents[0].counts.claims, 1);
}

#[test]
fn the_undo_history_read_after_the_first_screen_undoes_and_a_bad_one_is_reported() {
    let (kv, entry) = stored_other_article();
    let mut workspace = Workspace::open(&kv, &now(), None);
    let parts = workspace.persistence.history_later.clone().unwrap();
    let history = library::read_history(&kv, &entry.id, &parts, &now())
        .unwrap()
        .unwrap();
    assert!(!workspace.apply(Action::HistoryRead {
        document_id: "sha256:another".into(),
        read: Ok(Some(history.clone())),
    }));
    assert!(workspace.apply(Action::HistoryRead {
        document_id: entry.id.clone(),
        read: Ok(Some(history)),
    }));
    assert!(workspace.persistence.history_later.is_none());
    assert!(workspace.apply(Action::Undo));
    assert!(
        texts(&workspace).is_empty(),
        "the stored change was both annotations"
    );

    let mut workspace = Workspace::open(&kv, &now(), None);
    let problem = HistoryProblem {
        parts: Vec::new(),
        backups: Default::default(),
    };
    assert!(workspace.apply(Action::HistoryRead {
        document_id: entry.id.clone(),
        read: Err(problem.clone()),
    }));
    assert_eq!(
        workspace.notices.problems,
        [Problem::History {
            title: "Talks".into(),
            problem
        }]
    );
    assert!(!workspace.document.store.can_undo());
}

#[test]
fn another_tabs_annotations_are_merged_in_and_another_documents_are_ignored() {
    let mut workspace = labelled(fresh(), 1, Kind::Claim, "obsolete");
    let mut theirs = annotation(&workspace, 1);
    theirs.note = "edited in the other tab".into();
    theirs.modified = later();
    let bundled_id = workspace.document_id().to_owned();
    assert!(!workspace.apply(Action::MergeExternal {
        document_id: "sha256:another".into(),
        annotations: vec![theirs.clone()],
    }));
    assert!(workspace.apply(Action::MergeExternal {
        document_id: bundled_id.clone(),
        annotations: vec![theirs.clone()],
    }));
    assert_eq!(annotation(&workspace, 1).note, "edited in the other tab");
    assert!(!workspace.apply(Action::MergeExternal {
        document_id: bundled_id,
        annotations: vec![theirs],
    }));
}

// ---- documents and the library --------------------------------------------------------

#[test]
fn opening_a_new_text_shows_it_offers_an_earlier_version_and_counts_a_change() {
    let mut workspace = fresh();
    workspace.apply(Action::OpenDialog(Dialog::Opener));
    let earlier = IndexEntry {
        title: "Talks".into(),
        generation: 3,
        bundled: false,
        ..library::bundled_entry(&now())
    };
    assert!(workspace.apply(Action::OpenNew {
        opened: Opened {
            text: "Talks (updated)\n\nNew text.".into(),
            title: "Talks (updated)".into(),
            source: Some("https://example.org/talks".into()),
            credit: Credit::new(Some("Ann Lee"), Some("2026-12-01"), None),
        },
        note: None,
        now: later(),
        earlier: Some(earlier.clone()),
    }));
    let document = &workspace.document;
    assert_eq!(document.id(), document_id("Talks (updated)\n\nNew text."));
    assert_eq!(
        document.entry.source.as_deref(),
        Some("https://example.org/talks")
    );
    assert_eq!(document.entry.credit.byline.as_deref(), Some("Ann Lee"));
    assert_eq!(document.entry.generation, 0);
    assert_eq!(document.carry_offer, Some(earlier));
    assert_eq!(workspace.view.dialog, Dialog::None);
    assert_eq!(workspace.persistence.revision, 1);
    assert_eq!(workspace.suggestions.found.len(), 0);
    assert_eq!(
        workspace.notices.message.as_deref(),
        Some(&Notice::OpenedNew {
            title: "Talks (updated)".into()
        })
    );
    assert!(workspace.apply(Action::DismissCarryOffer));
    assert!(!workspace.apply(Action::DismissCarryOffer));
}

#[test]
fn a_page_opened_with_a_note_says_what_was_kept_and_keeps_the_whole_page_at_hand() {
    let mut workspace = fresh();
    let opened = |text: &str| Opened {
        text: text.into(),
        title: "Talks".into(),
        source: None,
        credit: Credit::default(),
    };
    let whole_page = Rc::new(opened("Talks\n\nMenu\n\nThe story.\n\nComments"));
    let note = PageNote::PartOfPage {
        kept_words: 2,
        page_words: 5,
        whole_page: whole_page.clone(),
    };
    assert!(workspace.apply(Action::OpenNew {
        opened: opened("Talks\n\nThe story."),
        note: Some(note.clone()),
        now: later(),
        earlier: None,
    }));
    assert_eq!(workspace.document.article.text(), "Talks\n\nThe story.");
    assert_eq!(
        workspace.notices.message.as_deref(),
        Some(&Notice::OpenedFromPage {
            title: "Talks".into(),
            note,
        })
    );
    assert!(!workspace.notices.message.as_ref().unwrap().is_error());
}

#[test]
fn carrying_over_adds_the_annotations_as_one_change_and_says_how_they_moved() {
    let mut workspace = fresh();
    let carried = Annotation::new(
        id(5),
        Kind::ScareQuote,
        range(&workspace, "Russian aggression"),
        &workspace.document.article,
        &now(),
    );
    let report = ImportReport {
        imported: 1,
        exact: 1,
        ..ImportReport::default()
    };
    assert!(workspace.apply(Action::CarryOver {
        annotations: vec![carried],
        report,
        from_title: "Old".into(),
    }));
    assert_eq!(texts(&workspace), ["Russian aggression"]);
    assert!(workspace.apply(Action::Undo));
    assert!(texts(&workspace).is_empty());
    assert_eq!(
        workspace.notices.message.as_deref(),
        Some(&Notice::CarriedOver {
            from_title: "Old".into(),
            report
        })
    );
}

#[test]
fn showing_a_stored_document_replaces_the_open_one_and_its_problems() {
    let (kv, entry) = stored_other_article();
    let mut workspace = labelled(fresh(), 1, Kind::Claim, "obsolete");
    workspace.apply(Action::Reveal(id(1)));
    let mut opened = library::open(&kv, &entry, &now());
    opened.writable = false;
    opened.problem = Some(OpenProblem::NewerRecord { version: 7 });
    assert!(workspace.apply(Action::ShowDocument {
        entry: entry.clone(),
        opened: Box::new(opened),
    }));
    assert_eq!(texts(&workspace), ["“realistic”", "“a fantasy”"]);
    assert!(
        workspace.document.store.can_undo(),
        "read whole, with its history"
    );
    assert_eq!(workspace.view.selected, None);
    assert_eq!(workspace.view.flash, None);
    assert!(!workspace.persistence.writable);
    assert_eq!(
        workspace.notices.problems,
        [Problem::Document {
            title: "Talks".into(),
            problem: OpenProblem::NewerRecord { version: 7 }
        }]
    );
    assert_eq!(workspace.document.shown, 1);
}

#[test]
fn the_library_changing_updates_the_open_documents_entry() {
    let mut workspace = fresh();
    let mut index = workspace.library.index.clone();
    index.documents[0].title = "Renamed in another tab".into();
    assert!(workspace.apply(Action::LibraryChanged(index.clone())));
    assert_eq!(workspace.document.entry.title, "Renamed in another tab");
    assert!(!workspace.apply(Action::LibraryChanged(index)));
}

#[test]
fn editing_the_open_articles_details_keeps_a_clipped_title_and_refuses_an_empty_one() {
    let mut workspace = fresh();
    let source = || Some("https://www.presstv.ir/Detail/2017/02/01/509452".to_owned());
    assert!(!workspace.apply(Action::EditCurrent {
        title: "   ".into(),
        source: None,
        credit: Credit::default(),
    }));
    assert!(workspace.apply(Action::EditCurrent {
        title: "  NATO and Russia  ".into(),
        source: source(),
        credit: Credit::default(),
    }));
    assert_eq!(workspace.document.entry.title, "NATO and Russia");
    assert_eq!(workspace.persistence.revision, 1);
    assert!(!workspace.apply(Action::EditCurrent {
        title: "NATO and Russia".into(),
        source: source(),
        credit: Credit::default(),
    }));
    // A byline alone is a change, and is saved with the rest.
    let credit = Credit::new(Some("Press TV"), Some("1 February 2017"), None);
    assert!(workspace.apply(Action::EditCurrent {
        title: "NATO and Russia".into(),
        source: source(),
        credit: credit.clone(),
    }));
    assert_eq!(workspace.document.entry.credit, credit);
    assert_eq!(workspace.persistence.revision, 2);
}

#[test]
fn a_deleted_document_is_kept_until_forgotten_or_the_library_closes() {
    let (kv, entry) = stored_other_article();
    let mut workspace = Workspace::open(&MemoryStore::default(), &now(), None);
    let record = library::open(&kv, &entry, &now()).record;
    let library = workspace.library.index.clone();
    assert!(workspace.apply(Action::Deleted {
        record: record.clone(),
        library: library.clone(),
    }));
    assert_eq!(workspace.library.deleted.as_deref(), Some(&record));
    assert!(workspace.apply(Action::ForgetDeleted));
    assert!(!workspace.apply(Action::ForgetDeleted));
    workspace.apply(Action::Deleted { record, library });
    workspace.apply(Action::OpenDialog(Dialog::Library));
    assert!(workspace.apply(Action::CloseDialog(Dialog::Library)));
    assert_eq!(workspace.library.deleted, None);
}

// ---- importing ------------------------------------------------------------------------

#[test]
fn an_import_adds_every_annotation_of_the_file_as_one_change_and_reports_it() {
    let mut workspace = fresh();
    let file = include_bytes!("fixtures/hypothesis-export.json");
    let read = import::read(
        file,
        workspace.document.article.text(),
        &workspace.document.store.contains_fn(),
        &now(),
    );
    assert!(workspace.apply(Action::Import {
        file_name: "export.json".into(),
        document_id: workspace.document_id().to_owned(),
        read,
    }));
    let Some(Notice::Imported {
        file_name,
        format,
        report,
    }) = workspace.notices.message.as_deref()
    else {
        panic!("{:?}", workspace.notices.message);
    };
    assert_eq!(file_name, "export.json");
    assert_eq!(*format, SourceFormat::Hypothesis);
    assert_eq!(report.imported, 3, "the fixture holds three annotations");
    assert_eq!(workspace.document.store.len(), 3);
    assert!(workspace.apply(Action::Undo));
    assert!(workspace.document.store.is_empty());
}

#[test]
fn a_file_read_twice_before_either_is_added_is_added_once() {
    // The app reads a file outside the workspace (in a part of its own), so two imports of
    // one file can both be read before the first is added.
    let mut workspace = fresh();
    let file = include_bytes!("fixtures/hypothesis-export.json");
    let text = workspace.document.article.text().to_owned();
    let read = || import::read(file, &text, &|_| false, &now());
    let (first, second) = (read(), read());
    workspace.apply(Action::Import {
        file_name: "export.json".into(),
        document_id: workspace.document_id().to_owned(),
        read: first,
    });
    workspace.apply(Action::Import {
        file_name: "export.json".into(),
        document_id: workspace.document_id().to_owned(),
        read: second,
    });
    assert_eq!(workspace.document.store.len(), 3);
    let Some(Notice::Imported { report, .. }) = workspace.notices.message.as_deref() else {
        panic!("{:?}", workspace.notices.message);
    };
    assert_eq!((report.imported, report.duplicates), (0, 3));
}

#[test]
fn a_file_that_is_not_json_imports_nothing_and_says_why() {
    let mut workspace = fresh();
    let read = import::read(
        b"   ",
        workspace.document.article.text(),
        &|_| false,
        &now(),
    );
    assert!(workspace.apply(Action::Import {
        file_name: "notes.json".into(),
        document_id: workspace.document_id().to_owned(),
        read,
    }));
    assert!(workspace.document.store.is_empty());
    assert_eq!(
        workspace.notices.message.as_deref(),
        Some(&Notice::ImportRefused {
            file_name: "notes.json".into(),
            error: ImportError::Empty
        })
    );
}

#[test]
fn a_file_read_for_another_article_adds_nothing_and_says_so() {
    // Finding a large file's annotations takes many tasks; the reader may open another article
    // in between.
    let mut workspace = fresh();
    let file = include_bytes!("fixtures/hypothesis-export.json");
    let read = import::read(file, workspace.document.article.text(), &|_| false, &now());
    assert!(workspace.apply(Action::Import {
        file_name: "export.json".into(),
        document_id: "another-article".into(),
        read,
    }));
    assert!(workspace.document.store.is_empty());
    assert_eq!(
        workspace.notices.message.as_deref(),
        Some(&Notice::ImportElsewhere {
            file_name: "export.json".into()
        })
    );
}

// ---- suggestions and speakers ---------------------------------------------------------

fn with_suggestions() -> (Workspace, Vec<Suggestion>) {
    let mut workspace = fresh();
    let found = from_detection(
        &detect(&workspace.document.article),
        &workspace.document.article,
    );
    let document_id = workspace.document_id().to_owned();
    assert!(!workspace.apply(Action::SuggestionsFound {
        document_id: "sha256:another".into(),
        suggestions: found.clone(),
    }));
    assert!(workspace.apply(Action::DetectionProgress {
        document_id: document_id.clone(),
        done: 3,
        total: 9,
    }));
    assert_eq!(workspace.suggestions.detecting, Some((3, 9)));
    assert!(workspace.apply(Action::SuggestionsFound {
        document_id,
        suggestions: found.clone(),
    }));
    assert_eq!(workspace.suggestions.detecting, None);
    (workspace, found)
}

#[test]
fn suggestions_sent_in_parts_are_offered_part_by_part_and_a_part_sent_again_replaces_its_place() {
    let mut workspace = fresh();
    let found = from_detection(
        &detect(&workspace.document.article),
        &workspace.document.article,
    );
    assert!(found.len() >= 3, "the bundled article has suggestions");
    let document_id = workspace.document_id().to_owned();
    let part = |from: usize, to: usize| Action::SuggestionsPart {
        document_id: document_id.clone(),
        from,
        suggestions: found[from..to].to_vec(),
    };
    let half = found.len() / 2;
    assert!(workspace.apply(part(0, half)));
    assert_eq!(*workspace.suggestions.found, found[..half]);
    assert!(
        workspace.suggestions.detecting.is_some(),
        "detection goes on"
    );
    assert!(!workspace.offered_suggestions().is_empty());
    // The same part again (a job restarted for the same text) does not repeat it.
    assert!(workspace.apply(part(0, half)));
    assert!(workspace.apply(part(half, found.len())));
    assert_eq!(*workspace.suggestions.found, found);
    assert!(!workspace.apply(Action::SuggestionsPart {
        document_id: "sha256:another".into(),
        from: 0,
        suggestions: Vec::new(),
    }));
    assert!(workspace.apply(Action::DetectionDone {
        document_id: document_id.clone()
    }));
    assert_eq!(workspace.suggestions.detecting, None);
    assert!(!workspace.apply(Action::DetectionDone { document_id }));
    assert_eq!(*workspace.suggestions.found, found);
}

#[test]
fn a_floor_of_confidence_offers_only_the_suggestions_that_sure_and_can_be_lowered_again() {
    use quotemark::core::reasons::Confidence;
    let (mut workspace, found) = with_suggestions();
    let every = workspace.offered_suggestions().len();
    let sure = found
        .iter()
        .filter(|s| s.confidence == Confidence::Sure)
        .count();
    assert!(0 < sure && sure < every, "{sure} sure of {every}");
    let version = workspace.suggestions.version;
    assert!(workspace.apply(Action::SuggestionFloor(Confidence::Sure)));
    assert!(
        workspace.suggestions.version > version,
        "what is drawn changes"
    );
    let offered = workspace.offered_suggestions();
    assert_eq!(offered.len(), sure);
    assert!(offered.iter().all(|s| s.confidence == Confidence::Sure));
    assert!(!workspace.apply(Action::SuggestionFloor(Confidence::Sure)));
    assert!(workspace.apply(Action::SuggestionFloor(Confidence::Unsure)));
    assert_eq!(workspace.offered_suggestions().len(), every);
}

#[test]
fn accepting_suggestions_makes_suggested_annotations_in_one_change() {
    let (mut workspace, found) = with_suggestions();
    let quotes: Vec<Suggestion> = found
        .into_iter()
        .filter(|s| s.kind == Kind::Quote)
        .collect();
    assert!(quotes.len() >= 2);
    let offered_before = workspace.offered_suggestions().len();
    assert!(workspace.apply(Action::AcceptSuggestions {
        ids: (0..quotes.len()).map(|i| id(20 + i as u8)).collect(),
        suggestions: quotes.clone(),
        now: now(),
    }));
    assert_eq!(workspace.document.store.len(), quotes.len());
    assert!(
        workspace
            .document
            .store
            .iter()
            .all(|a| a.origin == Origin::Suggested)
    );
    assert_eq!(
        workspace.offered_suggestions().len(),
        offered_before - quotes.len()
    );
    assert!(workspace.apply(Action::Undo));
    assert!(workspace.document.store.is_empty(), "one change");
}

#[test]
fn rejected_suggestions_are_kept_with_the_document_and_can_be_offered_again() {
    let (mut workspace, found) = with_suggestions();
    let total = workspace.offered_suggestions().len();
    assert!(workspace.apply(Action::RejectSuggestion(found[0].key.clone())));
    assert!(!workspace.apply(Action::RejectSuggestion(found[0].key.clone())));
    assert_eq!(workspace.offered_suggestions().len(), total - 1);
    assert_eq!(workspace.persistence.revision, 1, "saved with the document");
    assert!(workspace.apply(Action::RestoreRejected));
    assert!(!workspace.apply(Action::RestoreRejected));
    assert_eq!(workspace.offered_suggestions().len(), total);
    assert!(workspace.apply(Action::ShowSuggestions(false)));
    assert!(workspace.offered_suggestions().is_empty());
    assert!(!workspace.apply(Action::ShowSuggestions(false)));
}

#[test]
fn speakers_merge_and_split_and_each_is_saved() {
    let mut workspace = fresh();
    assert!(workspace.apply(Action::MergeSpeakers {
        names: vec!["Stoltenberg".into(), "Jens Stoltenberg".into()],
        into: "Jens Stoltenberg".into(),
    }));
    assert_eq!(
        workspace
            .document
            .speakers
            .get("Stoltenberg")
            .map(String::as_str),
        Some("Jens Stoltenberg")
    );
    assert!(!workspace.apply(Action::MergeSpeakers {
        names: vec!["Stoltenberg".into()],
        into: "Jens Stoltenberg".into(),
    }));
    assert!(workspace.apply(Action::SplitSpeaker("Stoltenberg".into())));
    assert!(!workspace.apply(Action::SplitSpeaker("Stoltenberg".into())));
    assert_eq!(workspace.persistence.revision, 2);
}

#[test]
fn history_for_a_record_opened_whole_is_not_asked_for_again() {
    let mut workspace = fresh();
    assert!(!workspace.apply(Action::HistoryRead {
        document_id: workspace.document_id().to_owned(),
        read: Ok(Some(History::default())),
    }));
}

#[test]
fn a_save_writes_the_open_document_and_a_page_reloaded_before_the_next_opens_with_its_journal() {
    let kv = MemoryStore::default();
    let mut workspace = labelled(
        Workspace::open(&kv, &now(), None),
        1,
        Kind::Claim,
        "obsolete",
    );
    kv.set(LAST_DOCUMENT_KEY, workspace.document_id()).unwrap();
    let mut cache = SaveCache::default();
    let saved = saving::save(&kv, None, &mut SaveJob::of(&workspace), &mut cache, &now());
    assert_eq!(saved.merged, None);
    assert!(workspace.apply(Action::Saved(saved.result.unwrap())));
    assert_eq!(workspace.document.entry.generation, 1);

    // The next change is still waiting when the page goes: it leaves a journal, nothing else.
    let workspace = labelled(workspace, 2, Kind::Claim, "Vladimir Putin");
    let before = kv.contents();
    saving::save_journal(
        &kv,
        "tab-1",
        &mut SaveJob::of(&workspace),
        &mut cache,
        &now(),
    )
    .unwrap();
    let written: Vec<String> = kv
        .contents()
        .into_keys()
        .filter(|k| !before.contains_key(k))
        .collect();
    assert_eq!(
        written,
        [format!(
            "quotemark:unsaved:tab-1:{}",
            workspace.document_id()
        )]
    );

    // The same tab, reloaded, opens as the journal leaves the document, undo history and all.
    let mut reloaded = Workspace::open(&kv, &now(), Some("tab-1"));
    assert_eq!(texts(&reloaded), ["obsolete", "Vladimir Putin"]);
    assert!(reloaded.apply(Action::Undo) && reloaded.apply(Action::Undo));
    assert!(texts(&reloaded).is_empty());
    // Another tab sees what is stored.
    assert_eq!(
        texts(&Workspace::open(&kv, &now(), Some("tab-2"))),
        ["obsolete"]
    );

    // The tab's own save of that state, once it comes, removes its journal.
    let mut job = SaveJob::of(&workspace);
    assert!(
        saving::save(&kv, Some("tab-1"), &mut job, &mut cache, &now())
            .result
            .is_ok()
    );
    assert!(
        !kv.contents()
            .keys()
            .any(|k| k.starts_with("quotemark:unsaved:"))
    );
    assert_eq!(
        texts(&Workspace::open(&kv, &now(), None)),
        ["obsolete", "Vladimir Putin"]
    );
}

#[test]
fn a_save_after_another_tab_saved_merges_its_annotations_and_says_which() {
    let kv = MemoryStore::default();
    let ours = labelled(
        Workspace::open(&kv, &now(), None),
        1,
        Kind::Claim,
        "obsolete",
    );
    let theirs = labelled(
        Workspace::open(&kv, &now(), None),
        2,
        Kind::Claim,
        "Vladimir Putin",
    );
    let mut their_cache = SaveCache::default();
    let saved = saving::save(
        &kv,
        None,
        &mut SaveJob::of(&theirs),
        &mut their_cache,
        &now(),
    );
    assert!(saved.result.is_ok());

    let mut cache = SaveCache::default();
    let outcome = saving::save(&kv, None, &mut SaveJob::of(&ours), &mut cache, &now());
    let merged: Vec<String> = outcome
        .merged
        .unwrap()
        .into_iter()
        .map(|a| a.exact)
        .collect();
    assert_eq!(merged, ["Vladimir Putin"]);
    let index = outcome.result.unwrap();
    assert_eq!(index.generation(ours.document_id()), 2);
    let reopened = Workspace::open(&kv, &now(), None);
    assert_eq!(texts(&reopened), ["obsolete", "Vladimir Putin"]);
}

// ---- other tools' files (issue #22) ---------------------------------------------------

#[test]
fn files_waiting_for_their_labels_open_the_labels_dialog_and_closing_it_drops_them() {
    use quotemark::core::interop::articles::LabelChoice;
    use quotemark::core::interop::batch::{BatchFile, read_batch};
    use quotemark::core::interop::mapping::LabelMemory;
    let batch = read_batch(&[BatchFile {
        name: "example.jsonl".into(),
        bytes: include_bytes!("fixtures/interop/doccano/example.jsonl").to_vec(),
    }]);
    let choice = Rc::new(LabelChoice::new(batch, Vec::new(), &LabelMemory::default()));
    let (changed, waiting, parts) = apply_to_copy(&fresh(), Action::ChooseLabels(choice.clone()));
    assert!(changed);
    assert_eq!(parts, ["library", "view"]);
    assert_eq!(waiting.view.dialog, Dialog::Labels);
    assert!(Rc::ptr_eq(
        waiting.library.choosing.as_ref().unwrap(),
        &choice
    ));
    // Another dialog's closing leaves it waiting; its own drops it, and nothing was opened.
    let (changed, _, _) = apply_to_copy(&waiting, Action::CloseDialog(Dialog::Library));
    assert!(!changed);
    let (changed, closed, parts) = apply_to_copy(&waiting, Action::CloseDialog(Dialog::Labels));
    assert!(changed);
    assert_eq!(parts, ["library", "view"]);
    assert_eq!(closed.view.dialog, Dialog::None);
    assert!(closed.library.choosing.is_none());
    assert_eq!(closed.library.index, waiting.library.index);
}
