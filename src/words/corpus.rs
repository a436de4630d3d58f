//! What the reader is told after opening many articles at once.

use super::quoted;
use crate::core::corpus::{CorpusReport, MappedLabel, Origin};
use crate::core::interop::Place;
use crate::core::interop::mapping::Target;
use crate::core::units::count;

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
    if !report.added_to.is_empty() {
        let titles: Vec<String> = report.added_to.iter().map(|t| quoted(t)).collect();
        parts.push(format!(
            "Annotations were added to {}, already in your library: {}.",
            plural(report.added_to.len(), "article", "articles"),
            titles.join(", ")
        ));
    }
    let kinds = report.annotations;
    if kinds.total() > 0 {
        let mut each = Vec::new();
        for (n, one, many) in [
            (kinds.claims, "claim", "claims"),
            (kinds.quotes, "quote", "quotes"),
            (kinds.scare_quotes, "scare quote", "scare quotes"),
        ] {
            if n > 0 {
                each.push(plural(n, one, many));
            }
        }
        let orphans = match report.orphans {
            0 => String::new(),
            n => format!(
                " {} not found in the text: kept as orphans, listed beside the article to attach.",
                plural(n, "annotation was", "annotations were"),
            ),
        };
        parts.push(format!("Annotations: {}.{orphans}", each.join(", ")));
    }
    if !report.labels.is_empty() {
        parts.push(format!("Labels: {}.", labels_words(&report.labels)));
    }
    if !report.passed_over.is_empty() {
        let names: Vec<String> = report.passed_over.iter().map(|n| quoted(n)).collect();
        parts.push(format!(
            "Passed over (brat\u{2019}s configuration): {}.",
            names.join(", ")
        ));
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

/// At most this many labels of a tool that became the same are named; more are counted.
const NAMED_LABELS: usize = 4;

/// Each tool's labels, grouped by what they became: `brat “Person” (4), “GPE” (2) → tagged
/// claims; INCEpTION / WebAnno TSV: 27 labels (95 spans) → skipped`.
fn labels_words(labels: &[MappedLabel]) -> String {
    let mut tools: Vec<String> = Vec::new();
    let mut tool_names: Vec<&str> = labels.iter().map(|l| l.tool.name()).collect();
    tool_names.dedup();
    for tool in tool_names {
        let of_tool: Vec<&MappedLabel> = labels.iter().filter(|l| l.tool.name() == tool).collect();
        let mut groups = Vec::new();
        for target in [
            Target::Tag,
            Target::Claim,
            Target::Quote,
            Target::ScareQuote,
            Target::Skip,
        ] {
            let group: Vec<&&MappedLabel> = of_tool.iter().filter(|l| l.target == target).collect();
            if group.is_empty() {
                continue;
            }
            let became = match target {
                Target::Claim => "claims",
                Target::Quote => "quotes",
                Target::ScareQuote => "scare quotes",
                Target::Tag => "claims tagged with their label",
                Target::Skip => "skipped",
            };
            let named = if group.len() <= NAMED_LABELS {
                let each: Vec<String> = group
                    .iter()
                    .map(|l| format!("{} ({})", quoted(&l.label), count(l.count)))
                    .collect();
                each.join(", ")
            } else {
                let spans: usize = group.iter().map(|l| l.count).sum();
                format!("{} labels ({} spans)", count(group.len()), count(spans))
            };
            groups.push(format!("{named} \u{2192} {became}"));
        }
        tools.push(format!("{tool} {}", groups.join(", ")));
    }
    tools.join("; ")
}

fn place_words(at: &Place) -> String {
    match at {
        Place::Line(line) => format!(" line {line}"),
        Place::Path(path) if path.is_empty() => String::new(),
        Place::Path(path) => format!(" at {path}"),
        Place::LinePath(line, path) => format!(" line {line} at {path}"),
    }
}

fn origin_words(origin: &Origin) -> String {
    match origin {
        Origin::Item { file, at } => format!("{}{}", quoted(file), place_words(at)),
        Origin::Document { file, name } if file.starts_with(name.as_str()) => quoted(file),
        Origin::Document { file, name } => format!("{} ({name})", quoted(file)),
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
            ..CorpusReport::default()
        };
        assert_eq!(
            corpus_report(&report),
            "Opened 2 articles; each is in your library now. 1 article was already there. \
             2 were refused: \u{201c}dev.jsonl\u{201d} line 4 (a/4): this line has no \u{201c}text\u{201d} string; \
             \u{201c}scan.pdf\u{201d}: Quotemark opens .txt, .md and .html files, not \u{201c}scan.pdf\u{201d}."
        );
    }

    #[test]
    fn an_opening_of_other_tools_files_says_what_came_over() {
        use crate::core::interop::batch::{NotRead, Tool};
        use crate::core::interop::{Place, RefusalReason};
        use crate::core::library::KindCounts;
        let report = CorpusReport {
            opened: vec!["Annotation notes".into()],
            added_to: vec!["President Obama".into()],
            annotations: KindCounts {
                claims: 14,
                quotes: 1,
                scare_quotes: 0,
            },
            orphans: 1,
            labels: vec![
                MappedLabel {
                    tool: Tool::Brat,
                    label: "Person".into(),
                    count: 4,
                    target: Target::Tag,
                },
                MappedLabel {
                    tool: Tool::Doccano,
                    label: "ORG".into(),
                    count: 1,
                    target: Target::Skip,
                },
            ],
            passed_over: vec!["annotation.conf".into()],
            refused: vec![
                (
                    Origin::Item {
                        file: "a.ann".into(),
                        at: Place::Line(16),
                    },
                    CorpusError::NotRead(NotRead::Item(RefusalReason::NotStandoff)),
                ),
                (
                    Origin::Item {
                        file: "1.json".into(),
                        at: Place::Path("[0].annotations[0].result[2]".into()),
                    },
                    CorpusError::NotRead(NotRead::Item(RefusalReason::NoText)),
                ),
            ],
            ..CorpusReport::default()
        };
        assert_eq!(
            corpus_report(&report),
            "Opened 1 article; each is in your library now. \
             Annotations were added to 1 article, already in your library: \u{201c}President Obama\u{201d}. \
             Annotations: 14 claims, 1 quote. 1 annotation was not found in the text: kept as orphans, listed beside the article to attach. \
             Labels: brat \u{201c}Person\u{201d} (4) \u{2192} claims tagged with their label; doccano \u{201c}ORG\u{201d} (1) \u{2192} skipped. \
             Passed over (brat\u{2019}s configuration): \u{201c}annotation.conf\u{201d}. \
             2 were refused: \u{201c}a.ann\u{201d} line 16: it is not a line of brat standoff (expected an id, a tab and an annotation); \
             \u{201c}1.json\u{201d} at [0].annotations[0].result[2]: it has no text to annotate."
        );
    }

    #[test]
    fn a_tools_many_labels_that_became_the_same_are_counted() {
        use crate::core::interop::batch::Tool;
        let label = |tool, label: &str, count, target| MappedLabel {
            tool,
            label: label.into(),
            count,
            target,
        };
        let mut labels: Vec<MappedLabel> = (1..=6)
            .map(|n| label(Tool::WebAnnoTsv, &format!("POS: {n}"), n, Target::Skip))
            .collect();
        labels.push(label(Tool::WebAnnoTsv, "Quote", 2, Target::Quote));
        labels.push(label(Tool::Doccano, "PER", 1, Target::Tag));
        assert_eq!(
            labels_words(&labels),
            "INCEpTION / WebAnno TSV \u{201c}Quote\u{201d} (2) \u{2192} quotes, 6 labels (21 spans) \u{2192} skipped; \
             doccano \u{201c}PER\u{201d} (1) \u{2192} claims tagged with their label"
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
