//! Carrying annotations from an earlier version of an article to a changed one (a corrected
//! typo, a re-scraped page), with the anchoring of `anchoring`.
//!
//! Each annotation is described on the old text (quote with context, and position) and
//! anchored on the new one. Found ones move to where they were found, with the new text's
//! words; lost ones come along as orphans, never dropped. The report counts them like an
//! import's.

use super::anchoring::{SearchText, TextPositionSelector};
use super::annotation::{Annotation, AnnotationId};
use super::import::{Candidate, ImportReport, Parsed, SourceFormat, reanchor};

/// Whether two library entries look like versions of one article: the same source address,
/// or (when neither has one) the same title.
pub fn same_article(
    a_source: Option<&str>,
    a_title: &str,
    b_source: Option<&str>,
    b_title: &str,
) -> bool {
    match (a_source, b_source) {
        (Some(a), Some(b)) => a == b,
        _ => a_title.trim().eq_ignore_ascii_case(b_title.trim()),
    }
}

/// The annotations of `old_text` anchored on `new_text`, skipping ids that `exists` already.
pub fn carry_over(
    old_text: &str,
    annotations: &[Annotation],
    new_text: &str,
    exists: impl Fn(&AnnotationId) -> bool,
) -> (Vec<Annotation>, ImportReport) {
    let old = SearchText::new(old_text);
    let candidates = annotations
        .iter()
        .map(|a| {
            let range = a.range_within(old.len_chars());
            Candidate {
                annotation: a.clone(),
                quote: old.quote_selector(range),
                position: Some(TextPositionSelector::from_range(range)),
            }
        })
        .collect();
    let parsed = Parsed {
        format: SourceFormat::Quotemark,
        candidates,
    };
    reanchor(&SearchText::new(new_text), parsed, exists)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::Kind;
    use crate::core::article::Article;

    const OLD: &str = "Talks in Geneva\n\nThe minister called the plan “realistic” on Monday.\n\nCritics called it “a fantasy”.";

    fn annotation(seed: u8, text: &str, needle: &str) -> Annotation {
        let article = Article::parse(text);
        let range = article.find(needle).unwrap();
        Annotation::new(
            AnnotationId::from_random_bytes([seed; 16]),
            Kind::ScareQuote,
            range,
            &article,
            &crate::core::time::Timestamp::parse("2026-11-28T10:00:00Z").unwrap(),
        )
    }

    #[test]
    fn annotations_move_with_the_text_and_lost_ones_become_orphans() {
        let annotations = [
            annotation(1, OLD, "“realistic”"),
            annotation(2, OLD, "“a fantasy”"),
        ];
        let new = "Talks in Geneva (updated)\n\nThe foreign minister called the plan “realistic” on Monday.\n\nCritics were not convinced.";
        let (carried, report) = carry_over(OLD, &annotations, new, |_| false);
        assert_eq!(
            report,
            ImportReport {
                imported: 2,
                exact: 0,
                fuzzy: 1,
                orphaned: 1,
                duplicates: 0
            }
        );
        let moved = &carried[0];
        let new_chars: Vec<char> = new.chars().collect();
        assert_eq!(
            new_chars[moved.start.get()..moved.end.get()]
                .iter()
                .collect::<String>(),
            "“realistic”"
        );
        assert!(carried[1].orphaned);
        assert_eq!(carried[1].exact, "“a fantasy”");
    }

    #[test]
    fn versions_are_recognised_by_source_or_else_by_title() {
        assert!(same_article(
            Some("https://a.example/x"),
            "Old",
            Some("https://a.example/x"),
            "New"
        ));
        assert!(!same_article(
            Some("https://a.example/x"),
            "Same",
            Some("https://a.example/y"),
            "Same"
        ));
        assert!(same_article(
            None,
            "Talks in Geneva",
            None,
            " talks in geneva "
        ));
    }
}
