//! The Markdown report: the same sections as the HTML one, the annotations listed in order.

use std::fmt::Write;

use super::super::{chart, lists, roster};
use super::{ReportInput, details};
use crate::core::annotation::Annotation;
use crate::core::order;

/// The Markdown report: the same sections, the article's annotations listed in order.
pub fn markdown(input: &ReportInput) -> String {
    let roster = roster::roster(input.annotations.iter(), input.aliases);
    // Table-safe, and no raw HTML for a Markdown renderer to pass through.
    let cell = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('|', "\\|")
            .replace('\n', " ")
    };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", cell(input.title));
    if let Some(source) = input.source {
        let _ = writeln!(out, "Source: {}  ", cell(source));
    }
    let _ = writeln!(
        out,
        "Report made by Quotemark on {}. {} annotations.\n",
        input.generated,
        input.annotations.len()
    );
    out.push_str("## Who is quoted\n\n");
    if roster.speakers.is_empty() {
        out.push_str("No quote or claim has a speaker yet.\n\n");
    } else {
        let total = roster.total_words();
        out.push_str("| Speaker | Also named | Quotes | Words | Share of voice | Direct | Partial | Indirect | Claims |\n");
        out.push_str("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for s in &roster.speakers {
            let others: Vec<String> = s
                .names
                .iter()
                .filter(|n| **n != s.name)
                .map(|n| cell(n))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {}% | {} | {} | {} | {} |",
                cell(&s.name),
                others.join("; "),
                s.quotes,
                s.words,
                chart::percent(s.words, total),
                s.direct,
                s.partial,
                s.indirect,
                s.claims
            );
        }
        out.push('\n');
    }
    out.push_str("## Framing: scare-quoted terms\n\n");
    let framings = lists::framings(input.annotations.iter());
    if framings.is_empty() {
        out.push_str("No scare quotes annotated.\n");
    }
    for f in &framings {
        let _ = writeln!(out, "- {} — {}", cell(&f.term), cell(&f.whose()));
    }
    out.push_str("\n## Claims\n\n");
    let claims = lists::claims(input.annotations.iter());
    if claims.is_empty() {
        out.push_str("No claims annotated.\n");
    }
    for (i, c) in claims.iter().enumerate() {
        let _ = writeln!(out, "{}. {} ({})", i + 1, cell(&c.text), cell(&c.status()));
    }
    out.push_str("\n## Annotations in the order of the article\n\n");
    let mut ordered: Vec<&Annotation> = input.annotations.iter().filter(|a| !a.orphaned).collect();
    order::sort_by_key(&mut ordered, |a| (a.start, a.end));
    for a in ordered {
        let details = details(a);
        let details = if details.is_empty() {
            String::new()
        } else {
            format!(" — {}", cell(&details))
        };
        // Quotes carry their own quotation marks; other text gets ours.
        let text = cell(&a.exact);
        let quoted = if text.starts_with(['"', '“', '\'', '‘', '«']) {
            text
        } else {
            format!("“{text}”")
        };
        let _ = writeln!(out, "- **{}**: {quoted}{details}", a.kind.label());
    }
    out
}
