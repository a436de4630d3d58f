//! Opening other tools' files as the Library does (issue #22 items 1, 4 and 5): a batch of
//! files sorted out and read (`interop::batch`), mapped (`interop::articles`) and saved into the
//! library with its annotations (`corpus::CorpusOpening`), with the report. The files are the
//! tools' own (tests/fixtures/interop); the expected values are read off them by hand.

#[path = "common/annotate.rs"]
mod annotate;

use quotemark::core::annotation::{Annotation, Kind, QuoteType};
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::corpus::{CorpusOpening, CorpusReport, Item, Origin};
use quotemark::core::export::{self, ExportFormat};
use quotemark::core::interop::Place;
use quotemark::core::interop::articles::{LabelChoice, Mappings, item_of, labels_by_tool};
use quotemark::core::interop::batch::{BatchFile, ForeignBatch, Tool, read_batch};
use quotemark::core::interop::mapping::{LabelMemory, Target};
use quotemark::core::library::{self, IndexEntry};
use quotemark::core::persist::MemoryStore;
use quotemark::core::time::Timestamp;

fn now() -> Timestamp {
    Timestamp::parse("2026-12-05T15:00:00.000Z").unwrap()
}

fn file(name: &str, contents: &str) -> BatchFile {
    BatchFile {
        name: name.into(),
        bytes: contents.as_bytes().to_vec(),
    }
}

const BRAT_TXT: &str = include_str!("fixtures/interop/brat/110-note_annotation.txt");
const BRAT_ANN: &str = include_str!("fixtures/interop/brat/110-note_annotation.ann");

/// Every tool's file in one opening, with an article and brat's configuration beside them.
fn everything() -> Vec<BatchFile> {
    vec![
        file("110-note_annotation.ann", BRAT_ANN),
        file("annotation.conf", export::brat::ANNOTATION_CONF),
        file("110-note_annotation.txt", BRAT_TXT),
        file(
            "example2.tsv",
            include_str!("fixtures/interop/inception/example2.tsv"),
        ),
        file(
            "1.json",
            include_str!("fixtures/interop/label-studio/1.json"),
        ),
        file(
            "example.jsonl",
            include_str!("fixtures/interop/doccano/example.jsonl"),
        ),
        file("notes.txt", "A note\n\nNot annotated anywhere."),
    ]
}

/// The batch's documents as articles under `mappings`.
fn items_of(batch: &ForeignBatch, mappings: &Mappings) -> Vec<Item> {
    batch
        .documents
        .iter()
        .map(|d| item_of(d, mappings, &now()))
        .collect()
}

/// Saves the items into `kv`'s library, all at once, and gives the report.
fn save(kv: &MemoryStore, items: Vec<Item>) -> CorpusReport {
    let mut index = library::load(kv, &now()).index;
    let mut opening = CorpusOpening::new(items);
    opening.step(kv, &mut index, usize::MAX, &now());
    opening.take_report()
}

/// The stored article whose text is `text`, and its annotations.
fn stored(kv: &MemoryStore, text: &str) -> (IndexEntry, Vec<Annotation>) {
    let index = library::load(kv, &now()).index;
    index
        .documents
        .iter()
        .map(|entry| (entry.clone(), library::open(kv, entry, &now()).record))
        .find(|(_, record)| record.text() == text)
        .map(|(entry, record)| (entry, record.annotations))
        .unwrap_or_else(|| panic!("no stored article has the text {text:?}"))
}

#[test]
fn each_tools_files_are_told_apart_and_read_with_their_texts() {
    let batch = read_batch(&everything());
    let read: Vec<(Tool, &str, &str)> = batch
        .documents
        .iter()
        .map(|d| (d.tool, d.file.as_str(), d.document.name.as_str()))
        .collect();
    assert_eq!(
        read,
        [
            (Tool::Brat, "110-note_annotation.ann", "110-note_annotation"),
            (Tool::WebAnnoTsv, "example2.tsv", "example2"),
            (Tool::LabelStudio, "1.json", "task 1"),
            (Tool::Doccano, "example.jsonl", "line 1"),
            (Tool::Doccano, "example.jsonl", "line 2"),
            (Tool::Doccano, "example.jsonl", "line 3"),
        ]
    );
    assert_eq!(batch.articles, [6], "notes.txt opens as an article");
    assert_eq!(batch.passed_over, ["annotation.conf"]);
    assert_eq!(batch.refused, []);
    assert_eq!(batch.documents[0].document.text, BRAT_TXT.trim_end());
    // The labels, per tool, as the mapping step shows them: the tutorial's 14 text-bound
    // annotations (6 Organization, 4 Person, 2 GPE, 2 Merge-org), doccano's four spans.
    let labels = labels_by_tool(&batch);
    let brat: Vec<(&str, usize)> = labels[0]
        .1
        .iter()
        .map(|l| (l.label.as_str(), l.count))
        .collect();
    assert_eq!(labels[0].0, Tool::Brat);
    assert_eq!(
        brat,
        [
            ("Organization", 6),
            ("Person", 4),
            ("GPE", 2),
            ("Merge-org", 2)
        ]
    );
    let doccano = labels.iter().find(|(t, _)| *t == Tool::Doccano).unwrap();
    let doccano: Vec<(&str, usize)> = doccano
        .1
        .iter()
        .map(|l| (l.label.as_str(), l.count))
        .collect();
    assert_eq!(doccano, [("PERSON", 2), ("MISC", 1), ("ORG", 1)]);
}

#[test]
fn an_opening_saves_every_document_with_its_annotations_reports_them_and_is_idempotent() {
    let batch = read_batch(&everything());
    // The reader's choices: doccano's PERSON spans are quotes here, ORG skipped; the rest as
    // proposed (tags).
    let choice = LabelChoice::new(batch.clone(), Vec::new(), &LabelMemory::default());
    let mut mappings = choice.offered.clone();
    let doccano = mappings.get_mut(&Tool::Doccano).unwrap();
    doccano.insert("PERSON".into(), Target::Quote);
    doccano.insert("ORG".into(), Target::Skip);

    let kv = MemoryStore::default();
    let mut report = save(&kv, items_of(&batch, &mappings));
    report.labels = choice.mapped_labels(&mappings);
    assert_eq!(report.opened.len(), 6);
    assert_eq!(report.orphans, 0);
    assert_eq!(report.refused, []);

    let (entry, brat) = stored(&kv, BRAT_TXT.trim_end());
    assert_eq!(entry.title, "Annotation notes");
    assert_eq!(brat.len(), 14);
    assert!(
        brat.iter()
            .all(|a| a.kind == Kind::Claim && a.tags.len() == 1)
    );
    let tagged = |tag: &str| brat.iter().filter(|a| a.tags == [tag]).count();
    assert_eq!(
        (tagged("Organization"), tagged("Person"), tagged("GPE")),
        (6, 4, 2)
    );
    // doccano line 3, `{"text": "President Obama", "label": [[10, 15, "PERSON"]]}`.
    let (_, obama) = stored(&kv, "President Obama");
    assert_eq!(obama.len(), 1);
    assert_eq!(
        (obama[0].kind, obama[0].exact.as_str()),
        (Kind::Quote, "Obama")
    );
    // Line 1: ORG "EU" skipped, MISC "German" a tagged claim.
    let (_, lamb) = stored(&kv, "EU rejects German call to boycott British lamb.");
    let lamb: Vec<(&str, &[String])> = lamb
        .iter()
        .map(|a| (a.exact.as_str(), a.tags.as_slice()))
        .collect();
    assert_eq!(lamb, [("German", &["MISC".to_owned()][..])]);
    let skipped = report
        .labels
        .iter()
        .find(|l| l.label == "ORG")
        .map(|l| (l.tool, l.count, l.target));
    assert_eq!(skipped, Some((Tool::Doccano, 1, Target::Skip)));

    // The same files again: every article is there, nothing is added twice.
    let again = save(&kv, items_of(&read_batch(&everything()), &mappings));
    assert_eq!(
        (
            again.opened.len(),
            again.already.len(),
            again.added_to.len()
        ),
        (0, 6, 0)
    );
    assert_eq!(stored(&kv, BRAT_TXT.trim_end()).1.len(), 14);
}

#[test]
fn annotations_of_an_article_the_library_has_are_added_to_it() {
    let kv = MemoryStore::default();
    // The brat text opened first as a plain article, without annotations.
    let plain = read_batch(&[file("110-note_annotation.txt", BRAT_TXT)]);
    assert_eq!(plain.articles, [0]);
    let opened = quotemark::core::opening::from_plain_text(BRAT_TXT).unwrap();
    save(
        &kv,
        vec![Item::article(Origin::File("a.txt".into()), Ok(opened))],
    );
    assert!(stored(&kv, BRAT_TXT.trim_end()).1.is_empty());

    let batch = read_batch(&everything()[..3]);
    let mappings = Mappings::new();
    let report = save(&kv, items_of(&batch, &mappings));
    assert_eq!(report.opened, Vec::<String>::new());
    assert_eq!(report.added_to, ["Annotation notes"]);
    assert_eq!(report.annotations.claims, 14);
    assert_eq!(stored(&kv, BRAT_TXT.trim_end()).1.len(), 14);
}

#[test]
fn bad_lines_are_refused_with_their_file_and_line_and_the_rest_opens() {
    let ann = format!("{BRAT_ANN}T99\tPerson 5 x\tbad\nnot standoff\n");
    let batch = read_batch(&[
        file("110-note_annotation.txt", BRAT_TXT),
        file("110-note_annotation.ann", &ann),
        file("orphan.ann", "T1\tPerson 0 3\tAnn\n"),
        file(
            "notes.json",
            r#"{"format": "quotemark", "version": 1, "annotations": []}"#,
        ),
    ]);
    let lines = BRAT_ANN.lines().count();
    let refused: Vec<(&str, Option<&Place>)> = batch
        .refused
        .iter()
        .map(|r| (r.file.as_str(), r.at.as_ref()))
        .collect();
    assert_eq!(
        refused,
        [
            ("110-note_annotation.ann", Some(&Place::Line(lines + 1))),
            ("110-note_annotation.ann", Some(&Place::Line(lines + 2))),
            ("orphan.ann", None),
            ("notes.json", None),
        ]
    );
    assert_eq!(batch.documents.len(), 1);
    assert_eq!(batch.documents[0].document.spans.len(), 14);
}

/// Item 5 through the Library's path: the bundled article exported to brat and opened again
/// gives the same annotations, speaker and cue included.
#[test]
fn our_brat_export_opens_again_with_the_same_annotations() {
    let annotation = |seed, kind, needle| {
        annotate::annotation_in(NATO_DIALOGUE_TEXT, seed, kind, needle, &now())
    };
    let mut quote = annotation(1, Kind::Quote, "“They all conveyed the same message");
    quote.speaker = Some("Stoltenberg".into());
    quote.cue = Some("said".into());
    quote.quote_type = Some(QuoteType::Direct);
    let mut scare = annotation(2, Kind::ScareQuote, "Russian aggression");
    scare.attributed_to = Some("Washington".into());
    let claim = annotation(3, Kind::Claim, "NATO");
    let exported = vec![quote, scare, claim];
    let entry = IndexEntry {
        title: "NATO dialogue".into(),
        ..library::bundled_entry(&now())
    };
    let files: Vec<BatchFile> = export::files(
        ExportFormat::Brat,
        &entry,
        NATO_DIALOGUE_TEXT,
        &exported,
        &now(),
    )
    .into_iter()
    .map(|f| file(&f.name, &f.contents))
    .collect();
    let batch = read_batch(&files);
    assert_eq!(batch.refused, []);
    let choice = LabelChoice::new(batch.clone(), Vec::new(), &LabelMemory::default());
    let mappings = choice.offered.clone();
    let kv = MemoryStore::default();
    save(&kv, items_of(&batch, &mappings));
    let (_, mut back) = stored(&kv, NATO_DIALOGUE_TEXT);
    back.sort_by_key(|a| a.start);
    let mut exported = exported;
    exported.sort_by_key(|a| a.start);
    assert_eq!(
        back.iter().map(annotate::essence).collect::<Vec<_>>(),
        exported.iter().map(annotate::essence).collect::<Vec<_>>()
    );
}
