//! One library and its exports, made by the same steps natively (`tests/json_both_ways.rs`)
//! and in the browser (`tests/browser/json_both_ways.rs`), where JSON is written by
//! `serde_json` and by the browser's `JSON.stringify` respectively (`quotemark::json`).
//! Everything is fixed (times, ids), so both sides must write the same bytes; the native
//! test keeps what it wrote in `tests/fixtures/json-both-ways.json` for the browser test to
//! compare with and to read.

#[path = "annotate.rs"]
mod annotate;

use std::collections::BTreeMap;
use std::rc::Rc;

use quotemark::core::annotation::{Annotation, Kind, Origin, QuoteType};
use quotemark::core::backup;
use quotemark::core::export::{self, ExportFormat};
use quotemark::core::library::{self, IndexEntry, SaveCache, bundled_entry, record_of};
use quotemark::core::persist::{KeyValueStore, MemoryStore};
use quotemark::core::reasons::{Confidence, Reason, Suggested};
use quotemark::core::saved::document_id;
use quotemark::core::store::{AnnotationStore, Edit};
use quotemark::core::time::Timestamp;

/// Astral characters (two UTF-16 units, four bytes), curly quotes and accents, so that every
/// count of offsets differs.
pub const SAMPLE_TEXT: &str = "Ünïcode 😀 article\n\nThe minister said “we will 𝒻ix it” and called it a “special operation”. Critics 🙄 disagreed.";

pub fn now() -> Timestamp {
    Timestamp::parse("2026-12-05T10:00:00.000Z").unwrap()
}

pub fn sample_entry() -> IndexEntry {
    IndexEntry {
        id: document_id(SAMPLE_TEXT),
        title: "Ünïcode 😀 \"article\"".into(),
        bundled: false,
        ..bundled_entry(&now())
    }
}

fn annotation(seed: u8, kind: Kind, needle: &str) -> Annotation {
    annotate::annotation_in(SAMPLE_TEXT, seed, kind, needle, &now())
}

/// The annotations of the sample, each field used, with text that JSON must escape.
pub fn sample_annotations() -> Vec<Annotation> {
    let mut quote = annotation(1, Kind::Quote, "we will 𝒻ix it");
    quote.speaker = Some("The minister".into());
    quote.cue = Some("said".into());
    quote.quote_type = Some(QuoteType::Direct);
    quote.note = "Line one\nline \"two\"\twith a tab, a backslash \\ and \u{1} a control".into();
    quote.tags = vec!["checked".into(), "😀".into()];
    let mut scare = annotation(2, Kind::ScareQuote, "special operation");
    scare.attributed_to = Some("the minister".into());
    scare.origin = Origin::Suggested;
    scare.suggested = Some(Suggested {
        reason: Reason::NamedFraming {
            verb: "called".into(),
            by: Some("the minister".into()),
        },
        confidence: Confidence::Likely,
    });
    let claim = annotation(3, Kind::Claim, "Critics 🙄 disagreed");
    vec![quote, scare, claim]
}

/// What the sample writes: every value of its library (`store:` and the key), each export
/// (`export:` and the file name) and a backup (`backup`).
pub fn sample_written() -> BTreeMap<String, String> {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut cache = SaveCache::default();
    let mut store = AnnotationStore::default();
    let [quote, scare, claim] = <[Annotation; 3]>::try_from(sample_annotations()).unwrap();
    let mut save = |store: &AnnotationStore| {
        let record = record_of(&sample_entry(), Some(SAMPLE_TEXT), store);
        let shared: Vec<Rc<_>> = store.iter_shared().cloned().collect();
        library::save_snapshot(
            &kv,
            &mut index,
            &record.snapshot(&shared),
            &mut cache,
            &now(),
        )
        .unwrap();
    };
    // Three changes, one of them replacing and one removing, so that history has each step.
    store
        .apply(vec![Edit::Add(quote.clone()), Edit::Add(claim.clone())])
        .unwrap();
    save(&store);
    let mut edited = quote.clone();
    edited.note.push_str(" — edited");
    store
        .apply(vec![Edit::Replace(edited), Edit::Add(scare)])
        .unwrap();
    save(&store);
    store.apply(vec![Edit::Remove(claim.id)]).unwrap();
    save(&store);

    let mut written: BTreeMap<String, String> = kv
        .contents()
        .into_iter()
        .map(|(key, value)| (format!("store:{key}"), value))
        .collect();
    let annotations: Vec<Annotation> = store.iter().cloned().collect();
    for format in [ExportFormat::Quotemark, ExportFormat::W3c] {
        for file in export::files(format, &sample_entry(), SAMPLE_TEXT, &annotations, &now()) {
            written.insert(format!("export:{}", file.name), file.contents);
        }
    }
    written.insert("backup".into(), backup::export_all(&kv, &now()).0);
    written
}

/// A store holding the `store:` values of `written`.
pub fn store_of(written: &BTreeMap<String, String>) -> MemoryStore {
    let kv = MemoryStore::default();
    for (key, value) in written {
        if let Some(key) = key.strip_prefix("store:") {
            kv.set(key, value).unwrap();
        }
    }
    kv
}

/// The annotations the library in `kv` holds for the sample, as a fresh tab opens them.
pub fn reopened(kv: &MemoryStore) -> Vec<Annotation> {
    let library = library::load(kv, &now());
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let opened = library::open(kv, library.entry(&sample_entry().id).unwrap(), &now());
    assert_eq!(opened.problem, None, "the record reads whole");
    let mut annotations = opened.record.annotations;
    annotations.sort_by_key(|a| a.start);
    annotations
}

/// The annotations the sample's library holds after its three changes, sorted by start.
pub fn expected_annotations() -> Vec<Annotation> {
    let [mut quote, scare, _claim] = <[Annotation; 3]>::try_from(sample_annotations()).unwrap();
    quote.note.push_str(" — edited");
    vec![quote, scare]
}

/// Reads everything in `written` back, and checks it is what the sample put in: the library
/// opened as a fresh tab opens it, each export imported, and the backup restored into an
/// empty library.
pub fn check_reads(written: &BTreeMap<String, String>) {
    let expected = expected_annotations();
    assert_eq!(
        reopened(&store_of(written)),
        expected,
        "the library reads back"
    );

    let exports: Vec<(&String, &String)> = written
        .iter()
        .filter(|(name, _)| name.starts_with("export:"))
        .collect();
    assert_eq!(exports.len(), 2, "{:?}", written.keys().collect::<Vec<_>>());
    for (name, text) in exports {
        let parsed = quotemark::core::import::parse(text.as_bytes(), &now())
            .unwrap_or_else(|error| panic!("{name}: {error}"));
        let mut read: Vec<(Kind, String)> = parsed
            .candidates
            .iter()
            .map(|c| (c.annotation.kind, c.annotation.exact.clone()))
            .collect();
        read.sort();
        let mut put: Vec<(Kind, String)> =
            expected.iter().map(|a| (a.kind, a.exact.clone())).collect();
        put.sort();
        assert_eq!(read, put, "{name} imports");
    }

    let empty = MemoryStore::default();
    let (report, _) = backup::import_all(&empty, written["backup"].as_bytes(), &now())
        .unwrap_or_else(|error| panic!("backup: {error}"));
    assert_eq!(report.documents_added, 1, "{report:?}");
    assert_eq!(reopened(&empty), expected, "the backup restores");
}
