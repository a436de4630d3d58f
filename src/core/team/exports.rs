//! Each coder's layer of an article exported apart, in any export format: the files of
//! `core::export::files` for each layer, named `<article>-<coder>.<ext>`. brat's text file is
//! the same for every layer, so it is written once (`<article>.txt`) beside one `.ann` per coder,
//! and brat's `annotation.conf` once.

use crate::core::annotation::Annotation;
use crate::core::export::{ExportFile, ExportFormat, file_stem, files};
use crate::core::library::IndexEntry;
use crate::core::time::Timestamp;

/// The files exporting every one of `layers` (coder, annotations) of the article `entry`.
pub fn layer_files(
    format: ExportFormat,
    entry: &IndexEntry,
    text: &str,
    layers: &[(&str, &[Annotation])],
    now: &Timestamp,
) -> Vec<ExportFile> {
    let stem = file_stem(&entry.title);
    let mut out: Vec<ExportFile> = Vec::new();
    for (coder, annotations) in layers {
        for file in files(format, entry, text, annotations, now) {
            let Some(rest) = file.name.strip_prefix(&stem) else {
                // A file of the collection rather than of the layer (brat's annotation.conf):
                // written once.
                if out.iter().all(|f| f.name != file.name) {
                    out.push(file);
                }
                continue;
            };
            if format == ExportFormat::Brat && rest == ".txt" {
                if out.iter().all(|f| f.name != file.name) {
                    out.insert(0, file);
                }
                continue;
            }
            out.push(ExportFile {
                name: format!("{stem}-{}{rest}", file_stem(coder)),
                ..file
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::Kind;
    use crate::core::team::testing::annotation_in;

    use crate::core::library::bundled_entry;

    const TEXT: &str = "Talks\n\nAnn said “yes” and Bo said “no”.";

    fn annotation(seed: u8, needle: &str) -> Annotation {
        annotation_in(TEXT, seed, Kind::Quote, needle)
    }

    #[test]
    fn brat_writes_the_text_once_and_an_ann_file_per_coder() {
        let now = Timestamp::parse("2026-12-05T11:00:00.000Z").unwrap();
        let mut entry = bundled_entry(&now);
        entry.title = "Talks".into();
        let (ann, bob) = (
            [annotation(1, "“yes”")],
            [annotation(2, "“no”"), annotation(3, "“yes”")],
        );
        let out = layer_files(
            ExportFormat::Brat,
            &entry,
            TEXT,
            &[("ann", &ann), ("Bob Lee", &bob)],
            &now,
        );
        let names: Vec<&str> = out.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "talks.txt",
                "talks-ann.ann",
                "annotation.conf",
                "talks-bob-lee.ann"
            ]
        );
        assert_eq!(out[0].contents, TEXT);
        // Each coder's file holds that coder's annotations only.
        assert!(out[1].contents.contains("“yes”") && !out[1].contents.contains("“no”"));
        assert!(out[3].contents.contains("“no”") && out[3].contents.contains("“yes”"));
        let csv = layer_files(
            ExportFormat::Csv,
            &entry,
            TEXT,
            &[("ann", &ann), ("bob", &bob)],
            &now,
        );
        let names: Vec<&str> = csv.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["talks-ann.csv", "talks-bob.csv"]);
    }
}
