//! Reading brat standoff (issue #22): a real brat file, Quotemark's own export in the PolNeAR
//! convention (and the shape exports had before session 14), and lines that cannot be read.

use std::collections::BTreeMap;

use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::interop::brat::read;
use quotemark::core::interop::{ForeignSpan, Place, RefusalReason, Refused};

const TUTORIAL_TXT: &str = include_str!("fixtures/interop/brat/110-note_annotation.txt");
const TUTORIAL_ANN: &str = include_str!("fixtures/interop/brat/110-note_annotation.ann");

fn by_label(spans: &[ForeignSpan]) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for span in spans {
        *counts.entry(span.label.as_str()).or_default() += 1;
    }
    counts
}

#[test]
fn brats_own_tutorial_file_reads_every_text_bound_with_its_note() {
    let read = read(TUTORIAL_TXT, TUTORIAL_ANN);
    // As ../shared/data/interop/README.md describes the file: 14 text-bounds (GPE 2,
    // Organization 6, Merge-org 2, Person 4), events and relations of no attribution.
    assert_eq!(
        by_label(&read.spans),
        BTreeMap::from([
            ("GPE", 2),
            ("Merge-org", 2),
            ("Organization", 6),
            ("Person", 4)
        ])
    );
    assert!(
        read.spans.iter().all(|s| s.matches_text),
        "{:?}",
        read.spans
    );
    assert_eq!(read.refused, []);
    let discworld = &read.spans[0];
    assert_eq!(
        (discworld.label.as_str(), discworld.exact.as_str()),
        ("GPE", "Discworld")
    );
    assert_eq!(
        TUTORIAL_TXT.chars().skip(412).take(9).collect::<String>(),
        "Discworld",
        "offsets are code points"
    );
    assert_eq!(discworld.notes, ["Should fictional places be annotated?"]);
    // The notes on an event and on a relation are left aside with them.
    assert_eq!(read.spans.iter().map(|s| s.notes.len()).sum::<usize>(), 1);
}

/// The quote of `tests/fixtures/nato-scripted.ann` and what is read of it.
fn stoltenbergs_quote(spans: &[ForeignSpan]) -> &ForeignSpan {
    spans
        .iter()
        .find(|s| s.label == "Content")
        .expect("the quote is read")
}

#[test]
fn quotemarks_export_reads_back_as_a_quote_with_its_speaker_and_cue() {
    let read = read(
        NATO_DIALOGUE_TEXT,
        include_str!("fixtures/nato-scripted.ann"),
    );
    assert_eq!(read.refused, []);
    // The trigger, cue and source are the quote's, not spans of their own.
    assert_eq!(
        by_label(&read.spans),
        BTreeMap::from([("Claim", 2), ("Content", 1), ("ScareQuote", 1)])
    );
    let quote = stoltenbergs_quote(&read.spans);
    assert_eq!(quote.speaker.as_deref(), Some("Jens Stoltenberg"));
    assert_eq!(quote.cue.as_deref(), Some("noting"));
    assert!(quote.exact.starts_with("“They all conveyed"));
    assert!(quote.notes.contains(&"quote type: direct".to_owned()));
    // A claim over a paragraph break: its fragments, joined by a space, are its text.
    let across = read
        .spans
        .iter()
        .find(|s| s.exact.starts_with("he said."))
        .unwrap();
    assert!(across.matches_text);
    assert_eq!(
        (across.range.start().get(), across.range.end().get()),
        (850, 892)
    );
    let scare = read.spans.iter().find(|s| s.label == "ScareQuote").unwrap();
    assert_eq!(
        scare.notes,
        [
            "attributed to: Washington",
            "tags: framing, russia, ukraine"
        ]
    );
}

#[test]
fn an_export_made_before_the_trigger_had_its_own_span_reads_the_same() {
    // Session 13's export of the same annotations: the cue was the event's trigger.
    let old = "T1\tScareQuote 1783 1801\tRussian aggression\n\
               T2\tSource 501 517\tJens Stoltenberg\n\
               T3\tCue 610 616\tnoting\n\
               T4\tContent 618 731\t“They all conveyed the same message that the United States remains committed to NATO and the transatlantic bond.”\n\
               E1\tAttribution:T3 Source:T2 Content:T4\n";
    let read = read(NATO_DIALOGUE_TEXT, old);
    assert_eq!(read.refused, []);
    assert_eq!(read.spans.len(), 2);
    let quote = stoltenbergs_quote(&read.spans);
    assert_eq!(
        (quote.speaker.as_deref(), quote.cue.as_deref()),
        (Some("Jens Stoltenberg"), Some("noting"))
    );
}

#[test]
fn a_line_that_cannot_be_read_is_refused_with_its_number_and_the_rest_is_read() {
    let text = "Ann said “yes”.";
    let ann = "T1\tQuote 9 14\t“yes”\n\
               T2\tQuote 9 x\tbroken\n\
               T3\tQuote 9 99\tpast the end\n\
               just some words\n\
               E1\tAttribution:T1 Content:T1 Source:T9\n\
               T4\tClaim 0 3\tBob\n";
    let read = read(text, ann);
    assert_eq!(
        read.refused,
        [
            Refused {
                at: Place::Line(2),
                reason: RefusalReason::BadOffsets("9 x".into())
            },
            Refused {
                at: Place::Line(3),
                reason: RefusalReason::OutsideText {
                    start: 9,
                    end: 99,
                    length: 15
                }
            },
            Refused {
                at: Place::Line(4),
                reason: RefusalReason::NotStandoff
            },
            Refused {
                at: Place::Line(5),
                reason: RefusalReason::UnknownId("T9".into())
            },
        ]
    );
    let read_texts: Vec<(&str, &str, bool)> = read
        .spans
        .iter()
        .map(|s| (s.label.as_str(), s.exact.as_str(), s.matches_text))
        .collect();
    // "Bob" is not the text at 0–3: kept, to be found again or orphaned, never moved silently.
    assert_eq!(
        read_texts,
        [("Quote", "“yes”", true), ("Claim", "Bob", false)]
    );
}
