//! Any bytes as other tools' files (brat `.txt` + `.ann`, WebAnno TSV, Label Studio JSON,
//! doccano JSONL; the first byte chooses), sorted out, read and mapped into articles as the
//! Library's Open does: refusals or annotations inside their texts, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::interop::articles::{Mappings, item_of};
use quotemark::core::interop::batch::{BatchFile, read_batch};
use quotemark::core::offsets::CharOffset;
use quotemark::core::time::Timestamp;

fuzz_target!(|data: &[u8]| {
    let Some((choice, rest)) = data.split_first() else {
        return;
    };
    let file = |name: &str, bytes: &[u8]| BatchFile {
        name: name.to_owned(),
        bytes: bytes.to_vec(),
    };
    let files = match choice % 5 {
        // A brat pair: the text, then 0xff, then the standoff.
        0 => {
            let cut = rest.iter().position(|&b| b == 0xff).unwrap_or(rest.len());
            let ann = rest.get(cut + 1..).unwrap_or_default();
            vec![file("a.txt", &rest[..cut]), file("a.ann", ann)]
        }
        1 => vec![file("a.tsv", rest)],
        2 => vec![file("a.json", rest)],
        3 => vec![file("a.jsonl", rest)],
        _ => vec![
            file("b.tsv", rest),
            file("b.json", rest),
            file("b.jsonl", rest),
            file("b.ann", rest),
            file("b.txt", rest),
        ],
    };
    let now = Timestamp::parse("2026-12-05T10:00:00.000Z").unwrap();
    let batch = read_batch(&files);
    for document in &batch.documents {
        let item = item_of(document, &Mappings::new(), &now);
        let Ok(opened) = item.opened else {
            continue;
        };
        let length = CharOffset::new(opened.text.chars().count());
        for a in item.annotations {
            assert!(a.start <= a.end && a.end <= length);
        }
    }
});
