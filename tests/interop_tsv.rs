//! Reading INCEpTION's WebAnno TSV 3.x (issue #22): INCEpTION's own test file and a file with
//! what it does not hold (characters outside the BMP, escapes, a gap between sentences).

use std::collections::BTreeMap;

use quotemark::core::interop::webanno_tsv::read;

#[test]
fn inceptions_example_reads_its_text_and_nine_named_entities_stacked_and_multi_token() {
    let read = read(
        include_str!("fixtures/interop/inception/example2.tsv"),
        "example2",
    );
    assert_eq!(read.refused, []);
    let document = &read.documents[0];
    assert!(
        document
            .text
            .starts_with("Ms. Haag plays Elianti . Rolls-Royce Motor Cars Inc.")
    );
    let mut entities: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for span in document
        .spans
        .iter()
        .filter(|s| s.label.starts_with("NamedEntity"))
    {
        entities.entry(&span.label).or_default().push(&span.exact);
    }
    // As ../shared/data/interop/README.md describes the file: PER 2, ORG 3, LOC 3, OTH 1, a
    // multi-token ORG, and ORG and PER stacked on "BELL".
    assert_eq!(
        entities,
        BTreeMap::from([
            ("NamedEntity: LOC", vec!["U.S.", "U.S.", "Los Angeles"]),
            (
                "NamedEntity: ORG",
                vec!["Rolls-Royce Motor", "BELL INDUSTRIES Inc.", "Bell"]
            ),
            ("NamedEntity: OTH", vec!["Elianti"]),
            ("NamedEntity: PER", vec!["Ms. Haag", "BELL"]),
        ])
    );
    // The part-of-speech layer: a span per token, 86 tokens.
    assert_eq!(
        document
            .spans
            .iter()
            .filter(|s| s.label.starts_with("POS: "))
            .count(),
        86
    );
}

#[test]
fn offsets_count_utf16_units_sentences_keep_their_place_and_escapes_are_undone() {
    // The second sentence starts at unit 20, after a gap the file does not hold; "😊" is two
    // units; a custom layer with a feature names its spans by it.
    let file = "#FORMAT=WebAnno TSV 3.3\n\
                #T_SP=webanno.custom.Quote|kind\n\
                \n\n\
                #Text=I like it 😊 .\n\
                1-1\t0-1\tI\t_\n\
                1-2\t2-6\tlike\tscare\\-quote[1]\n\
                1-3\t7-9\tit\tscare\\-quote[1]\n\
                1-4\t10-12\t😊\t*\n\
                1-5\t13-14\t.\t_\n\
                \n\
                #Text=Ann\\_B said .\n\
                2-1\t20-25\tAnn_B\tClaim\n\
                2-2\t26-30\tsaid\t_\n\
                2-3\t31-32\t.\t_\n";
    let read = read(file, "mine");
    assert_eq!(read.refused, []);
    let document = &read.documents[0];
    assert_eq!(document.text, "I like it 😊 .      Ann_B said .");
    let spans: Vec<(&str, &str, usize)> = document
        .spans
        .iter()
        .map(|s| (s.label.as_str(), s.exact.as_str(), s.range.start().get()))
        .collect();
    assert_eq!(
        spans,
        [
            ("Quote: scare-quote", "like it", 2),
            ("Quote", "😊", 10),
            // Unit 20 is code point 19: the emoji counts two units, one code point.
            ("Quote: Claim", "Ann_B", 19),
        ]
    );
}
