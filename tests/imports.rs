//! Importing: every format we export comes back exactly, other tools' files are read, and
//! every kind of bad file is refused with a message that names the field, changing nothing.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/random_text.rs"]
mod random_text;

use proptest::prelude::*;
use quotemark::core::anchoring::SearchText;
use quotemark::core::annotation::{Annotation, AnnotationId, Kind, Origin, QuoteType};
use quotemark::core::article::Article;
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::export::{DocumentInfo, quotemark_json, w3c};
use quotemark::core::import::{
    ImportError, ImportReport, MAX_IMPORT_BYTES, SourceFormat, parse, reanchor,
};
use quotemark::core::offsets::{CharOffset, CharRange};
use quotemark::core::time::Timestamp;
use random_text::random_document;

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T10:00:00.000Z").unwrap()
}

fn range_of(text: &str, needle: &str) -> CharRange {
    Article::parse(text).find(needle).expect("in the text")
}

fn scripted() -> Vec<Annotation> {
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    let make = |seed: u8, kind: Kind, needle: &str| {
        Annotation::new(
            AnnotationId::from_random_bytes([seed; 16]),
            kind,
            range_of(NATO_DIALOGUE_TEXT, needle),
            &article,
            &now(),
        )
    };
    let mut scare = make(1, Kind::ScareQuote, "Russian aggression");
    scare.attributed_to = Some("Washington".into());
    scare.tags = vec!["framing".into()];
    let mut quote = make(2, Kind::Quote, "“They all conveyed the same message");
    quote.speaker = Some("Jens Stoltenberg".into());
    quote.cue = Some("noting".into());
    quote.quote_type = Some(QuoteType::Partial);
    quote.origin = Origin::Suggested;
    quote.note = "first\n\nsecond paragraph of the note".into();
    let claim = make(
        3,
        Kind::Claim,
        "The US accounts for nearly 70 percent of NATO's budget",
    );
    vec![scare, quote, claim]
}

fn document() -> DocumentInfo {
    DocumentInfo::of(
        NATO_DIALOGUE_TEXT,
        "NATO, Trump agree on dialogue with Russia: Stoltenberg",
        None,
    )
}

fn import(bytes: &[u8], text: &str) -> (Vec<Annotation>, ImportReport) {
    let parsed = parse(bytes, &now()).expect("the file imports");
    reanchor(&SearchText::new(text), parsed, |_| false)
}

fn error_of(json: &str) -> String {
    parse(json.as_bytes(), &now())
        .expect_err("the file is refused")
        .to_string()
}

#[test]
fn our_json_round_trips_every_annotation_exactly() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let json = quotemark_json::to_string(&quotemark_json::export(
        &text,
        document(),
        &scripted(),
        &now(),
    ));
    let (back, report) = import(json.as_bytes(), NATO_DIALOGUE_TEXT);
    assert_eq!(back, scripted());
    assert_eq!(
        report,
        ImportReport {
            imported: 3,
            exact: 3,
            ..ImportReport::default()
        }
    );
}

#[test]
fn w3c_round_trips_every_annotation_exactly() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let json = w3c::to_string(&w3c::export(&text, &document(), &scripted(), &now()));
    let parsed = parse(json.as_bytes(), &now()).unwrap();
    assert_eq!(parsed.format, SourceFormat::W3c);
    let (back, _) = reanchor(&text, parsed, |_| false);
    assert_eq!(back, scripted());
}

#[test]
fn a_single_w3c_annotation_and_a_list_of_them_import_too() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let one = w3c::annotation(&text, &document(), &scripted()[0]);
    let (back, _) = import(one.to_string().as_bytes(), NATO_DIALOGUE_TEXT);
    assert_eq!(back, [scripted()[0].clone()]);
    let list = serde_json::Value::Array(
        scripted()
            .iter()
            .map(|a| w3c::annotation(&text, &document(), a))
            .collect(),
    );
    assert_eq!(
        import(list.to_string().as_bytes(), NATO_DIALOGUE_TEXT).0,
        scripted()
    );
}

#[test]
fn importing_the_same_file_twice_skips_every_duplicate() {
    let bytes = include_bytes!("fixtures/hypothesis-export.json");
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let (first, _) = reanchor(&text, parse(bytes, &now()).unwrap(), |_| false);
    let (again, report) = reanchor(&text, parse(bytes, &now()).unwrap(), |id| {
        first.iter().any(|a| &a.id == id)
    });
    assert!(again.is_empty());
    assert_eq!(report.duplicates, 3);
    assert!(quotemark::words::import_report(&report).contains("3 duplicates skipped"));
}

#[test]
fn a_hypothesis_export_imports_with_kinds_from_tags_and_orphans_kept() {
    let (annotations, report) = import(
        include_bytes!("fixtures/hypothesis-export.json"),
        NATO_DIALOGUE_TEXT,
    );
    assert_eq!(
        report,
        ImportReport {
            imported: 3,
            exact: 0,
            fuzzy: 2,
            orphaned: 1,
            duplicates: 0
        }
    );
    let scare = &annotations[0];
    assert_eq!(
        (scare.kind, scare.exact.as_str()),
        (Kind::ScareQuote, "Russian aggression")
    );
    assert_eq!(scare.tags, ["framing"]);
    assert!(scare.note.starts_with("Whose framing"));
    assert_eq!(
        scare.range(),
        Some(range_of(NATO_DIALOGUE_TEXT, "Russian aggression"))
    );
    assert_eq!(annotations[1].kind, Kind::Claim);
    let orphan = &annotations[2];
    assert!(orphan.orphaned);
    assert!(
        orphan.exact.starts_with("The Kremlin rejected"),
        "an orphan keeps its text"
    );
}

#[test]
fn an_orphan_whose_position_lies_outside_the_text_is_kept_inside_it_and_exports_back() {
    // A position from another tool's longer copy of the page (a backwards one is refused).
    let hypothesis = r#"{"export_userid": "acct:reader@hypothes.is", "annotations": [
      {"id": "past-the-end", "created": "2026-11-19T16:02:11+00:00", "text": "",
       "target": [{"selector": [
         {"type": "TextPositionSelector", "start": 1964, "end": 39640},
         {"type": "TextQuoteSelector", "exact": "not in this article at all"}]}]}
    ]}"#;
    let (annotations, report) = import(hypothesis.as_bytes(), NATO_DIALOGUE_TEXT);
    assert_eq!(report.orphaned, 1);
    let length = NATO_DIALOGUE_TEXT.chars().count();
    for orphan in &annotations {
        let range = orphan.range().expect("start is not after end");
        assert!(range.end().get() <= length, "{orphan:?} ends past the text");
    }
    assert_eq!(annotations[0].exact, "not in this article at all");

    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let json = quotemark_json::to_string(&quotemark_json::export(
        &text,
        document(),
        &annotations,
        &now(),
    ));
    let (back, report) = import(json.as_bytes(), NATO_DIALOGUE_TEXT);
    assert_eq!((report.imported, report.orphaned), (1, 1));
    assert_eq!(back[0].exact, annotations[0].exact);
}

#[test]
fn the_w3c_specs_text_quote_selector_example_anchors_by_its_context() {
    let text = "Here this is an anotation that has some typos, and here is another anotation.";
    let (annotations, report) = import(include_bytes!("fixtures/w3c-spec-text-quote.json"), text);
    assert_eq!(report.imported, 1);
    let a = &annotations[0];
    assert_eq!(
        a.range(),
        Some(range_of(text, "anotation that")).map(|r| CharRange::new(r.start(), r.start() + 9))
    );
    assert_eq!(a.kind, Kind::Claim);
    assert_eq!(a.note, "http://example.org/comment1");
}

#[test]
fn an_import_onto_a_changed_article_moves_what_moved_and_orphans_what_is_gone() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let json = quotemark_json::to_string(&quotemark_json::export(
        &text,
        document(),
        &scripted(),
        &now(),
    ));
    let changed = NATO_DIALOGUE_TEXT
        .replace("News \u{a0} / \u{a0} Russia", "World news / Europe / Russia")
        .replace(
            "The US accounts for nearly 70 percent of NATO's budget and has long urged its European allies \
             to step up their contributions, particularly in the face of",
            "Allies worry about",
        );
    let (back, report) = import(json.as_bytes(), &changed);
    assert_eq!(
        report,
        ImportReport {
            imported: 3,
            exact: 0,
            fuzzy: 2,
            orphaned: 1,
            duplicates: 0
        }
    );
    assert_eq!(
        back[0].range(),
        Some(range_of(&changed, "Russian aggression"))
    );
    assert!(back[2].orphaned);
}

#[test]
fn bad_files_are_refused_with_a_message_naming_the_field() {
    let valid = |annotation: &str| {
        format!(
            r#"{{"format": "quotemark", "version": 1, "exported": "{}", "document": {{"id": "sha256:x", "title": "t", "source": null, "length": 100}}, "annotations": [{{"id": "5f0b3c1e-8d4a-4c4e-9b8e-1a2b3c4d5e6f", "kind": "claim", "start": 0, "end": 5, "exact": "hello"}}, {annotation}]}}"#,
            now()
        )
    };
    let cases = [
        (valid(r#"{"id": "5f0b3c1e-8d4a-4c4e-9b8e-1a2b3c4d5e60", "kind": "claim", "start": -3, "end": 5, "exact": "x"}"#), "annotations[1].start must not be negative"),
        (valid(r#"{"id": "5f0b3c1e-8d4a-4c4e-9b8e-1a2b3c4d5e60", "kind": "claim", "start": 3, "end": 500, "exact": "x"}"#), "annotations[1].end is past the end of the document (100 code points)"),
        (valid(r#"{"id": "5f0b3c1e-8d4a-4c4e-9b8e-1a2b3c4d5e60", "kind": "claim", "start": 9, "end": 5, "exact": "x"}"#), "annotations[1].end must not be before start (9)"),
        (valid(r#"{"id": "5f0b3c1e-8d4a-4c4e-9b8e-1a2b3c4d5e60", "kind": "claim", "start": 0, "end": 5}"#), "annotations[1].exact is missing"),
        (valid(r#"{"id": "5f0b3c1e-8d4a-4c4e-9b8e-1a2b3c4d5e60", "kind": "opinion", "start": 0, "end": 5, "exact": "x"}"#), "annotations[1].kind is an unknown kind “opinion”"),
        (valid(r#"{"id": "not-a-uuid", "kind": "claim", "start": 0, "end": 5, "exact": "x"}"#), "annotations[1].id must be a UUID"),
        (valid(r#"{"id": "5f0b3c1e-8d4a-4c4e-9b8e-1a2b3c4d5e60", "kind": "claim", "start": "0", "end": 5, "exact": "x"}"#), "annotations[1].start must be a whole number, not text"),
        (r#"{"format": "quotemark", "version": 2, "annotations": []}"#.into(), "newer Quotemark (format version 2)"),
        (r#"{"format": "quotemark", "version": 1, "annotations": {"a": 1}}"#.into(), "annotations must be a list, not an object"),
        (r#"{"hello": "world"}"#.into(), "in no format Quotemark reads"),
        ("[1, 2".into(), "not valid JSON (EOF while parsing a list at line 1 column 5)"),
        ("   ".into(), "the file is empty"),
        (r#"{"type": "Annotation", "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": ""}}}"#.into(), "target.selector.exact must not be empty"),
        (r#"{"type": "Annotation", "target": "http://example.org/page1"}"#.into(), "target has no TextQuoteSelector"),
        (r#"{"annotations": [{"target": [{"selector": []}]}]}"#.into(), "annotations[0].target has no TextQuoteSelector"),
    ];
    for (json, expected) in cases {
        let message = error_of(&json);
        assert!(
            message.contains(expected),
            "{message:?} should contain {expected:?}"
        );
    }
}

#[test]
fn binary_and_oversized_files_are_refused_before_parsing() {
    assert_eq!(
        parse(&[0xff, 0xfe, 0x00, 0x81], &now()),
        Err(ImportError::NotText)
    );
    let huge = vec![b' '; 50 * 1024 * 1024];
    let error = parse(&huge, &now()).unwrap_err();
    assert_eq!(error, ImportError::TooLarge { bytes: huge.len() });
    assert_eq!(
        error.to_string(),
        "the file is 50.0 MB; Quotemark imports annotation files of up to 10 MB"
    );
    assert!(MAX_IMPORT_BYTES < huge.len());
}

proptest! {
    #[test]
    fn exports_import_back_exactly_on_random_texts((text, spans) in random_document()) {
        let article = Article::parse(text.as_str());
        let annotations: Vec<Annotation> = spans.iter().enumerate().map(|(i, &(start, end, kind))| {
            let range = CharRange::new(CharOffset::new(start), CharOffset::new(end));
            let mut a = Annotation::new(AnnotationId::from_random_bytes([i as u8 + 1; 16]), Kind::ALL[kind as usize], range, &article, &now());
            a.speaker = (kind == 1).then(|| "Jens “J.” Stoltenberg".to_owned());
            a.tags = vec![format!("t{i}")];
            a
        }).collect();
        let search = SearchText::new(&text);
        let info = DocumentInfo::of(&text, "Random", Some("https://example.org/a"));
        let native = quotemark_json::to_string(&quotemark_json::export(&search, info.clone(), &annotations, &now()));
        let (back, report) = reanchor(&search, parse(native.as_bytes(), &now()).unwrap(), |_| false);
        prop_assert_eq!(&back, &annotations);
        prop_assert_eq!(report.exact, annotations.len());
        let linked = w3c::to_string(&w3c::export(&search, &info, &annotations, &now()));
        let (back, _) = reanchor(&search, parse(linked.as_bytes(), &now()).unwrap(), |_| false);
        prop_assert_eq!(&back, &annotations);
    }
}

#[test]
fn an_accepted_suggestion_carries_its_reason_through_our_json_and_into_csv() {
    use quotemark::core::detect::detect;
    use quotemark::core::export::csv;
    use quotemark::core::reasons::{Confidence, Reason};
    use quotemark::core::suggestions::from_detection;
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    let scare = from_detection(&detect(&article), &article)
        .into_iter()
        .find(|s| s.kind == Kind::ScareQuote)
        .expect("the bundled article's scare quote");
    let accepted = scare.accept(AnnotationId::from_random_bytes([9; 16]), &article, &now());
    let kept = accepted.suggested.clone().expect("the reason is kept");
    assert_eq!(kept.confidence, Confidence::Sure);
    assert!(
        matches!(&kept.reason, Reason::NamedFraming { verb, by: Some(by) } if verb == "calls" && by == "Washington")
    );
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let json = quotemark_json::to_string(&quotemark_json::export(
        &text,
        document(),
        std::slice::from_ref(&accepted),
        &now(),
    ));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["annotations"][0]["suggested"]["rule"],
        "named_framing"
    );
    assert_eq!(value["annotations"][0]["suggested"]["confidence"], "sure");
    let (back, _) = import(json.as_bytes(), NATO_DIALOGUE_TEXT);
    assert_eq!(back, std::slice::from_ref(&accepted));
    let rows = csv::export(&text, &[accepted]);
    assert!(rows.trim_end().ends_with(",named_framing,sure"), "{rows}");
    // A reason that does not read is refused with where it is.
    let broken = json.replace("\"named_framing\"", "\"guessed\"");
    assert!(
        error_of(&broken).contains("annotations[0].suggested"),
        "{}",
        error_of(&broken)
    );
}

#[test]
fn a_hypothesis_api_search_result_imports_its_rows() {
    // The API's `{"total", "rows"}`, from Hypothesis's own tests: five comments, no tags.
    let parsed = parse(
        include_bytes!("fixtures/interop/hypothesis/wikipedia-regression-testing.json"),
        &now(),
    )
    .unwrap();
    assert_eq!(parsed.format, SourceFormat::Hypothesis);
    let read: Vec<(Kind, &str, &str)> = parsed
        .candidates
        .iter()
        .map(|c| {
            (
                c.annotation.kind,
                c.annotation.note.as_str(),
                c.quote.exact.get(..16).unwrap_or(&c.quote.exact),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (Kind::Claim, "Footer", "11 November 2016"),
            (Kind::Claim, "Body", "Therefore, in mo"),
            (Kind::Claim, "Quote", "Also as a conseq"),
            (Kind::Claim, "Introduction", "The purpose of r"),
            (Kind::Claim, "Heading", "Regression testi"),
        ]
    );
}

#[test]
fn recogitos_w3c_annotations_import_with_their_quotes_and_positions() {
    let parsed = parse(
        include_bytes!("fixtures/interop/recogito/annotations.w3c.json"),
        &now(),
    )
    .unwrap();
    assert_eq!(parsed.format, SourceFormat::W3c);
    let selectors: Vec<(usize, Option<(usize, usize)>)> = parsed
        .candidates
        .iter()
        .map(|c| {
            (
                c.quote.exact.chars().count(),
                c.position.as_ref().map(|p| (p.start, p.end)),
            )
        })
        .collect();
    // Recogito counts UTF-16 units of its page, and one quote is 165 characters where its
    // position spans 173: the quote anchors, the position only hints.
    assert_eq!(
        selectors,
        [
            (31, Some((741, 772))),
            (48, Some((982, 1030))),
            (165, Some((1408, 1581))),
            (23, Some((988, 1011))),
            (31, Some((970, 1001))),
        ]
    );
}

#[test]
fn our_kinds_spelled_another_way_are_read_as_ours() {
    let file = |kind: &str| {
        format!(
            r#"{{"format": "quotemark", "version": 1, "annotations": [{{"id": "5f0b3c1e-8d4a-4c4e-9b8e-1a2b3c4d5e60", "kind": "{kind}", "start": 0, "end": 5, "exact": "x"}}]}}"#
        )
    };
    for (spelling, kind) in [
        ("scare-quote", Kind::ScareQuote),
        ("Scare quote", Kind::ScareQuote),
        ("ScareQuote", Kind::ScareQuote),
        ("Quotation", Kind::Quote),
        ("Claim", Kind::Claim),
    ] {
        let parsed = parse(file(spelling).as_bytes(), &now()).unwrap();
        assert_eq!(parsed.candidates[0].annotation.kind, kind, "{spelling}");
    }
    assert!(parse(file("opinion").as_bytes(), &now()).is_err());
}

/// Issue #22 item 6: the app anchors a large file a few annotations a task; any step size gives
/// what one run gives. The file: the Hypothesis fixture (2 found elsewhere, 1 orphan), twice
/// (the second copy all duplicates), after our W3C export of the scripted three, one of which
/// the document already has.
#[test]
fn anchoring_in_steps_of_any_size_gives_what_one_run_gives() {
    use quotemark::core::import::{Anchoring, read};
    let ours = w3c::to_string(&w3c::export(
        &SearchText::new(NATO_DIALOGUE_TEXT),
        &document(),
        &scripted(),
        &now(),
    ));
    let hypothesis = parse(include_bytes!("fixtures/hypothesis-export.json"), &now()).unwrap();
    let mut candidates = parse(ours.as_bytes(), &now()).unwrap().candidates;
    candidates.extend(hypothesis.candidates.iter().cloned());
    candidates.extend(hypothesis.candidates.iter().cloned());
    let parsed = quotemark::core::import::Parsed {
        format: SourceFormat::W3c,
        candidates,
    };
    let had = scripted()[1].id.clone();
    let exists = |id: &AnnotationId| *id == had;
    let mut whole = Anchoring::new(NATO_DIALOGUE_TEXT, parsed.clone(), &exists);
    assert_eq!(whole.progress(), (0, 9));
    whole.step(usize::MAX);
    let whole = whole.finish();
    assert_eq!(
        whole.report,
        ImportReport {
            imported: 5,
            exact: 2,
            fuzzy: 2,
            orphaned: 1,
            duplicates: 4
        }
    );
    for size in [1, 2, 4, 8] {
        let mut stepped = Anchoring::new(NATO_DIALOGUE_TEXT, parsed.clone(), &exists);
        let mut steps = 0;
        while !stepped.is_done() {
            stepped.step(size);
            steps += 1;
        }
        assert_eq!(steps, 9_usize.div_ceil(size));
        assert_eq!(stepped.progress(), (9, 9));
        assert_eq!(stepped.finish(), whole, "steps of {size}");
    }
    // `read`, which the tests and the small files use, is the one run.
    let bytes = include_bytes!("fixtures/hypothesis-export.json");
    let one = read(bytes, NATO_DIALOGUE_TEXT, &|_| false, &now()).unwrap();
    assert_eq!(one.report.imported, 3);
}
