//! Labels of other tools mapped to Quotemark's kinds (issue #22 item 2), and the round trip of
//! brat standoff: our export read back gives the annotations exported (item 5), by example and
//! on random texts.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/annotate.rs"]
mod annotate;
#[path = "common/random_text.rs"]
mod random_text;

use annotate::essence;
use proptest::prelude::*;
use quotemark::core::anchoring::SearchText;
use quotemark::core::annotation::{Annotation, AnnotationId, Kind, QuoteType};
use quotemark::core::article::Article;
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::export::brat;
use quotemark::core::interop::mapping::{
    LabelCount, LabelMemory, Target, annotations_of, label_counts,
};
use quotemark::core::interop::{ForeignDocument, brat as brat_reader};
use quotemark::core::offsets::{CharOffset, CharRange};
use quotemark::core::time::Timestamp;
use random_text::random_document;

fn now() -> Timestamp {
    Timestamp::parse("2026-12-05T12:00:00.000Z").unwrap()
}

fn tutorial() -> ForeignDocument {
    let text = include_str!("fixtures/interop/brat/110-note_annotation.txt");
    let read = brat_reader::read(
        text,
        include_str!("fixtures/interop/brat/110-note_annotation.ann"),
    );
    ForeignDocument {
        name: "110-note_annotation".into(),
        text: text.into(),
        spans: read.spans,
    }
}

#[test]
fn labels_are_counted_proposed_and_remembered_per_tool() {
    let counts = label_counts(&[tutorial()]);
    let shown: Vec<(&str, usize, Target)> = counts
        .iter()
        .map(|c| (c.label.as_str(), c.count, c.proposed))
        .collect();
    assert_eq!(
        shown,
        [
            ("Organization", 6, Target::Tag),
            ("Person", 4, Target::Tag),
            ("GPE", 2, Target::Tag),
            ("Merge-org", 2, Target::Tag),
        ]
    );
    let mut memory = LabelMemory::default();
    let mut chosen = memory.mapping_for("brat", &counts);
    chosen.insert("Person".into(), Target::Skip);
    memory.remember("brat", &chosen);
    let again = memory.mapping_for(
        "brat",
        &[
            LabelCount {
                label: "Person".into(),
                count: 1,
                proposed: Target::Tag,
            },
            LabelCount {
                label: "Scare quote".into(),
                count: 1,
                proposed: Target::proposed("Scare quote"),
            },
        ],
    );
    assert_eq!(again["Person"], Target::Skip, "remembered for brat");
    assert_eq!(again["Scare quote"], Target::ScareQuote, "proposed");
    assert_eq!(
        memory.mapping_for("doccano", &counts)["Person"],
        Target::Tag
    );
}

#[test]
fn a_mapped_document_keeps_unknown_labels_as_tags_and_skips_what_the_reader_skips() {
    let document = tutorial();
    let mut mapping =
        LabelMemory::default().mapping_for("brat", &label_counts(std::slice::from_ref(&document)));
    mapping.insert("Person".into(), Target::Skip);
    mapping.insert("GPE".into(), Target::ScareQuote);
    let mapped = annotations_of(&document, &mapping, "brat", &now());
    assert_eq!(mapped.skipped, 4);
    assert_eq!(mapped.annotations.len(), 10);
    assert_eq!((mapped.report.exact, mapped.report.orphaned), (10, 0));
    let discworld = &mapped.annotations[0];
    assert_eq!(
        (
            discworld.kind,
            discworld.exact.as_str(),
            discworld.note.as_str()
        ),
        (
            Kind::ScareQuote,
            "Discworld",
            "Should fictional places be annotated?"
        )
    );
    let youtube = mapped
        .annotations
        .iter()
        .find(|a| a.exact == "YouTube")
        .unwrap();
    assert_eq!(
        (youtube.kind, youtube.tags.as_slice()),
        (Kind::Claim, &["Organization".to_owned()][..])
    );
    // The same file again gets the same ids: a second import skips them as duplicates.
    let again = annotations_of(&document, &mapping, "brat", &now());
    let ids = |m: &[Annotation]| m.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&again.annotations), ids(&mapped.annotations));
}

fn annotation(seed: u8, kind: Kind, needle: &str) -> Annotation {
    annotate::annotation_in(NATO_DIALOGUE_TEXT, seed, kind, needle, &now())
}

#[test]
fn our_brat_export_read_back_gives_the_annotations_exported() {
    let mut quote = annotation(1, Kind::Quote, "“They all conveyed the same message");
    quote.end = annotation(9, Kind::Quote, "transatlantic bond.”").end;
    quote.exact = NATO_DIALOGUE_TEXT
        .chars()
        .skip(quote.start.get())
        .take(quote.end.get() - quote.start.get())
        .collect();
    quote.speaker = Some("Jens Stoltenberg".into());
    quote.cue = Some("noting".into());
    quote.quote_type = Some(QuoteType::Direct);
    quote.note = "Checked against the video".into();
    let mut scare = annotation(2, Kind::ScareQuote, "Russian aggression");
    scare.attributed_to = Some("Washington".into());
    scare.tags = vec!["framing".into(), "russia".into()];
    // A speaker the text does not name near the quote: written as a note, read back as the
    // speaker.
    let mut unnamed = annotation(4, Kind::Quote, "US President Donald Trump");
    unnamed.speaker = Some("Nobody Here".into());
    unnamed.quote_type = Some(QuoteType::Partial);
    let mut claim = annotation(
        3,
        Kind::Claim,
        "Jens Stoltenberg pointed to his recent phone conversations",
    );
    claim.note = "One line".into();
    let exported = vec![quote, scare, unnamed, claim];

    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let out = brat::export(&text, &exported);
    let read = brat_reader::read(&out.txt, &out.ann);
    assert_eq!(read.refused, []);
    let document = ForeignDocument {
        name: "nato".into(),
        text: out.txt.clone(),
        spans: read.spans,
    };
    let mapping =
        LabelMemory::default().mapping_for("brat", &label_counts(std::slice::from_ref(&document)));
    assert_eq!(mapping["Content"], Target::Quote);
    let mapped = annotations_of(&document, &mapping, "brat", &now());
    let mut back: Vec<_> = mapped.annotations.iter().map(essence).collect();
    let mut want: Vec<_> = exported.iter().map(essence).collect();
    back.sort_by_key(|e| format!("{e:?}"));
    want.sort_by_key(|e| format!("{e:?}"));
    assert_eq!(back, want);
}

/// `start..end` shrunk to start and end on a character that is not white space, as a reader's
/// selection does (brat cannot hold a line break, so a span's leading or trailing break would
/// be lost); `None` if nothing is left.
fn trimmed(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let start = (start..end).find(|&i| !chars[i].is_whitespace())?;
    let end = (start..end).rev().find(|&i| !chars[i].is_whitespace())? + 1;
    Some((start, end))
}

proptest! {
    #[test]
    fn brat_exports_read_back_exactly_on_random_texts((text, spans) in random_document()) {
        let article = Article::parse(text.as_str());
        let exported: Vec<Annotation> = spans
            .iter()
            .enumerate()
            .filter_map(|(i, &(start, end, kind))| {
                let (start, end) = trimmed(&text, start, end)?;
                let range = CharRange::new(CharOffset::new(start), CharOffset::new(end));
                let kind = Kind::ALL[kind as usize];
                let mut a = Annotation::new(AnnotationId::from_random_bytes([i as u8 + 1; 16]), kind, range, &article, &now());
                a.speaker = (kind == Kind::Quote).then(|| "Jens “J.” Stoltenberg".to_owned());
                a.tags = vec![format!("t{i}")];
                a.note = format!("note {i}");
                Some(a)
            })
            .collect();
        let out = brat::export(&SearchText::new(&text), &exported);
        let read = brat_reader::read(&out.txt, &out.ann);
        prop_assert_eq!(&read.refused, &[]);
        let document = ForeignDocument { name: "random".into(), text: out.txt.clone(), spans: read.spans };
        let mapping = LabelMemory::default().mapping_for("brat", &label_counts(std::slice::from_ref(&document)));
        let mapped = annotations_of(&document, &mapping, "brat", &now());
        prop_assert_eq!(mapped.report.exact, exported.len());
        let mut back: Vec<String> = mapped.annotations.iter().map(|a| format!("{:?}", essence(a))).collect();
        let mut want: Vec<String> = exported.iter().map(|a| format!("{:?}", essence(a))).collect();
        back.sort();
        want.sort();
        prop_assert_eq!(back, want);
    }
}
