//! What the reader is told after opening many articles at once.

use super::quoted;
use crate::core::corpus::{CorpusReport, Origin};

/// At most this many refusals are named one by one; the rest are counted.
const NAMED_REFUSALS: usize = 5;

/// One sentence per part of the report: opened, already there, refused (each with its file,
/// line and reason).
pub fn corpus_report(report: &CorpusReport) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let mut parts = vec![format!(
        "Opened {}; each is in your library now.",
        plural(report.opened.len(), "article", "articles")
    )];
    if report.opened.is_empty() {
        parts[0] = "No new article was opened.".to_owned();
    }
    if !report.already.is_empty() {
        let were = if report.already.len() == 1 {
            "was"
        } else {
            "were"
        };
        parts.push(format!(
            "{} {were} already there.",
            plural(report.already.len(), "article", "articles")
        ));
    }
    if !report.refused.is_empty() {
        let named: Vec<String> = report
            .refused
            .iter()
            .take(NAMED_REFUSALS)
            .map(|(origin, error)| format!("{}: {error}", origin_words(origin)))
            .collect();
        let more = report.refused.len().saturating_sub(NAMED_REFUSALS);
        let tail = if more > 0 {
            format!("; and {more} more")
        } else {
            String::new()
        };
        let count = report.refused.len();
        let were = if count == 1 { "was" } else { "were" };
        parts.push(format!(
            "{count} {were} refused: {}{tail}.",
            named.join("; ")
        ));
    }
    parts.join(" ")
}

fn origin_words(origin: &Origin) -> String {
    match origin {
        Origin::File(name) => quoted(name),
        Origin::Line { file, line, id } => match id {
            Some(id) => format!("{} line {line} ({id})", quoted(file)),
            None => format!("{} line {line}", quoted(file)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::corpus::CorpusError;
    use crate::core::opening::OpenError;

    #[test]
    fn the_report_names_each_refusal_with_its_file_line_and_reason() {
        let report = CorpusReport {
            opened: vec!["A".into(), "B".into()],
            already: vec!["C".into()],
            refused: vec![
                (
                    Origin::Line {
                        file: "dev.jsonl".into(),
                        line: 4,
                        id: Some("a/4".into()),
                    },
                    CorpusError::NoText,
                ),
                (
                    Origin::File("scan.pdf".into()),
                    CorpusError::Open(OpenError::UnsupportedType("scan.pdf".into())),
                ),
            ],
            first_opened: None,
        };
        assert_eq!(
            corpus_report(&report),
            "Opened 2 articles; each is in your library now. 1 article was already there. \
             2 were refused: \u{201c}dev.jsonl\u{201d} line 4 (a/4): this line has no \u{201c}text\u{201d} string; \
             \u{201c}scan.pdf\u{201d}: Quotemark opens .txt, .md and .html files, not \u{201c}scan.pdf\u{201d}."
        );
    }

    #[test]
    fn many_refusals_are_counted_after_the_first_five() {
        let refused = (1..=8)
            .map(|line| {
                (
                    Origin::Line {
                        file: "c.jsonl".into(),
                        line,
                        id: None,
                    },
                    CorpusError::NoText,
                )
            })
            .collect();
        let report = CorpusReport {
            refused,
            ..CorpusReport::default()
        };
        let words = corpus_report(&report);
        assert!(
            words.starts_with("No new article was opened. 8 were refused: "),
            "{words}"
        );
        assert!(
            words.ends_with("line 5: this line has no \u{201c}text\u{201d} string; and 3 more."),
            "{words}"
        );
    }
}
