//! Reading doccano's JSON Lines and Label Studio's JSON exports (issue #22), on the tools' own
//! files (`tests/fixtures/interop`) and on files that differ from them where it matters:
//! characters outside the BMP, the other shape, bad items.

use quotemark::core::interop::{Place, RefusalReason, doccano, label_studio};

fn spans(document: &quotemark::core::interop::ForeignDocument) -> Vec<(&str, &str)> {
    document
        .spans
        .iter()
        .map(|s| (s.label.as_str(), s.exact.as_str()))
        .collect()
}

#[test]
fn doccanos_own_example_reads_three_documents_and_their_four_spans() {
    let read = doccano::read(include_str!("fixtures/interop/doccano/example.jsonl"));
    assert_eq!(read.refused, []);
    let all: Vec<Vec<(&str, &str)>> = read.documents.iter().map(spans).collect();
    assert_eq!(
        all,
        [
            vec![("ORG", "EU"), ("MISC", "German")],
            vec![("PERSON", "Peter Blackburn")],
            vec![("PERSON", "Obama")],
        ]
    );
    assert_eq!(
        read.documents[0].text,
        "EU rejects German call to boycott British lamb."
    );
    assert_eq!(read.documents[2].name, "line 3");
}

#[test]
fn doccano_counts_utf16_units_and_reads_the_entities_shape_too() {
    // "🙂" is two UTF-16 units: "Ann" starts at unit 3, code point 2.
    let file = "{\"id\": 7, \"text\": \"🙂 Ann said no\", \"entities\": [{\"id\": 1, \"label\": \"PER\", \"start_offset\": 3, \"end_offset\": 6}], \"relations\": []}\n\
                not json\n\
                {\"text\": \"x\", \"label\": [[0, 5, \"ORG\"], [0, \"a\", \"ORG\"]]}\n\
                {\"label\": []}\n";
    let read = doccano::read(file);
    assert_eq!(spans(&read.documents[0]), [("PER", "Ann")]);
    assert_eq!(read.documents[0].spans[0].range.start().get(), 2);
    assert_eq!(read.documents[0].name, "7");
    let places: Vec<&Place> = read.refused.iter().map(|r| &r.at).collect();
    assert_eq!(
        places,
        [
            &Place::Line(2),
            &Place::LinePath(3, "label[0]".into()),
            &Place::LinePath(3, "label[1]".into()),
            &Place::Line(4),
        ]
    );
    assert!(matches!(read.refused[0].reason, RefusalReason::NotJson(_)));
    assert!(matches!(
        read.refused[1].reason,
        RefusalReason::OutsideText { .. }
    ));
    assert_eq!(read.refused[3].reason, RefusalReason::NoText);
}

#[test]
fn label_studios_own_task_reads_its_date_with_its_text() {
    let read = label_studio::read(include_str!("fixtures/interop/label-studio/1.json"));
    assert_eq!(read.refused, []);
    assert_eq!(read.documents.len(), 1);
    let document = &read.documents[0];
    assert_eq!(spans(document), [("Date", "February 22")]);
    let span = &document.spans[0];
    assert!(span.matches_text);
    assert_eq!(
        (span.range.start().get(), span.range.end().get()),
        (343, 354)
    );
    assert!(document.text.starts_with("Showers continued"));
}

#[test]
fn label_studio_offsets_in_utf16_are_told_by_the_region_text_and_bad_regions_are_refused() {
    // An array of tasks, as the app's export writes; the first region counts UTF-16 units (an
    // older Label Studio), the second code points; a region without labels is refused.
    let file = r#"[{"id": 1, "data": {"text": "😊 Bo said yes"},
      "annotations": [{"result": [
        {"type": "labels", "value": {"start": 3, "end": 5, "text": "Bo", "labels": ["PER"]}},
        {"type": "labels", "value": {"start": 11, "end": 14, "text": "yes", "labels": ["Quote", "Claim"]}},
        {"type": "choices", "value": {"choices": ["news"]}},
        {"type": "labels", "value": {"start": 0, "end": 1}}
      ]}]},
      {"id": 2, "data": {"image": 3}, "annotations": []}]"#;
    let read = label_studio::read(file);
    let document = &read.documents[0];
    assert_eq!(
        spans(document),
        [("PER", "Bo"), ("Quote", "yes"), ("Claim", "yes")]
    );
    assert!(document.spans.iter().all(|s| s.matches_text));
    assert_eq!(document.spans[0].range.start().get(), 2);
    assert_eq!(
        read.refused.iter().map(|r| &r.at).collect::<Vec<_>>(),
        [
            &Place::Path("[0].annotations[0].result[3]".into()),
            &Place::Path("[1].data".into()),
        ]
    );
}
