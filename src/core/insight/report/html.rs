//! The HTML report: one self-contained page, its styles (`report.css`) inline.

use std::fmt::Write;

use super::super::chart::{self, BarChart, Series};
use super::super::lists::{self, ClaimLine, Framing};
use super::super::roster::{self, Roster};
use super::{ReportInput, escape, hover_text};
use crate::core::annotation::Annotation;
use crate::core::article::{Article, BlockKind};
use crate::core::highlights::{HighlightId, Piece, highlights_of, layout};
use crate::core::offsets::CharRange;

/// The report's styles, written into the page.
const STYLE: &str = include_str!("report.css");

/// The HTML report.
pub fn html(input: &ReportInput) -> String {
    let roster = roster::roster(input.annotations.iter(), input.aliases);
    let framings = lists::framings(input.annotations.iter());
    let claims = lists::claims(input.annotations.iter());
    let mut out = String::new();
    let title = escape(input.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Quotemark report: {title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header>\n<h1>{title}</h1>\n<p class=\"meta\">"
    );
    if let Some(source) = input.source {
        let _ = write!(out, "Source: {}. ", escape(source));
    }
    let _ = write!(
        out,
        "Report made by Quotemark on {}. {} annotations.</p>\n\
         <p class=\"meta\"><span class=\"legend-item\"><mark class=\"claim\">claim</mark></span>\
         <span class=\"legend-item\"><mark class=\"quote\">quote</mark></span>\
         <span class=\"legend-item\"><mark class=\"scare_quote\">scare quote</mark></span></p>\n</header>\n",
        escape(input.generated.as_str()),
        input.annotations.len()
    );
    out.push_str(
        "<main>\n<section aria-labelledby=\"roster\">\n<h2 id=\"roster\">Who is quoted</h2>\n",
    );
    roster_table(&mut out, &roster);
    for (n, chart) in [chart::share_of_voice(&roster), chart::quote_kinds(&roster)]
        .iter()
        .enumerate()
    {
        if !chart.rows.is_empty() {
            svg(&mut out, chart, n);
        }
    }
    out.push_str("</section>\n");
    framing_list(&mut out, &framings);
    claims_list(&mut out, &claims);
    out.push_str("<section aria-labelledby=\"article\">\n<h2 id=\"article\">The article, annotated</h2>\n<div class=\"article\">\n");
    article(&mut out, input);
    out.push_str("</div>\n</section>\n</main>\n</body>\n</html>\n");
    out
}

fn roster_table(out: &mut String, roster: &Roster) {
    if roster.speakers.is_empty() {
        out.push_str("<p>No quote or claim has a speaker yet.</p>\n");
        return;
    }
    out.push_str(
        "<table>\n<thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\">Also named</th>\
         <th scope=\"col\">Quotes</th><th scope=\"col\">Words</th><th scope=\"col\">Direct</th>\
         <th scope=\"col\">Partial</th><th scope=\"col\">Indirect</th><th scope=\"col\">Claims</th></tr></thead>\n<tbody>\n",
    );
    for s in &roster.speakers {
        let others: Vec<String> = s
            .names
            .iter()
            .filter(|n| **n != s.name)
            .map(|n| escape(n))
            .collect();
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&s.name),
            others.join("; "),
            s.quotes,
            s.words,
            s.direct,
            s.partial,
            s.indirect,
            s.claims
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A chart as SVG text: the same geometry the app draws. `n` keeps its pattern ids unique.
fn svg(out: &mut String, chart: &BarChart, n: usize) {
    let _ = write!(
        out,
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{title}\">\n\
         <defs><pattern id=\"hatch-{n}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect class=\"pattern-ink\" width=\"2\" height=\"6\"/></pattern>\
         <pattern id=\"dots-{n}\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><circle class=\"pattern-ink\" cx=\"2.5\" cy=\"2.5\" r=\"1.2\"/></pattern></defs>\n\
         <text x=\"0\" y=\"14\" font-weight=\"bold\">{title}</text>\n",
        w = chart.width,
        h = chart.height,
        title = escape(&chart.title)
    );
    for row in &chart.rows {
        let text_y = row.y + chart.bar_height - 5;
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{text_y}\" text-anchor=\"end\">{}</text>",
            chart.bars_x - 8,
            escape(&row.label)
        );
        let mut end = chart.bars_x;
        for s in &row.segments {
            let _ = writeln!(
                out,
                "<rect class=\"bar-{}\"{} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" stroke=\"currentColor\" stroke-width=\"0.5\"><title>{}: {}</title></rect>",
                s.series.key(),
                pattern_fill(s.series, n),
                s.x,
                row.y,
                s.width,
                chart.bar_height,
                s.series.label(),
                s.value
            );
            end = s.x + s.width;
        }
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{text_y}\">{}</text>",
            end + 6,
            escape(&row.value_label)
        );
    }
    out.push_str("</svg>\n");
    if chart.legend.len() > 1 {
        let legend: Vec<&str> = chart.legend.iter().map(|s| legend_text(*s)).collect();
        let _ = writeln!(out, "<figcaption>{}</figcaption>", legend.join(" · "));
    }
    out.push_str("</figure>\n");
}

/// Partial quotes are hatched and indirect ones dotted, so the kinds read without colour.
fn pattern_fill(series: Series, n: usize) -> String {
    match series {
        Series::Partial => format!(" fill=\"url(#hatch-{n})\""),
        Series::Indirect => format!(" fill=\"url(#dots-{n})\""),
        Series::Words | Series::Direct => String::new(),
    }
}

fn legend_text(series: Series) -> &'static str {
    match series {
        Series::Words => "bars: words quoted",
        Series::Direct => "solid: direct",
        Series::Partial => "hatched: partial",
        Series::Indirect => "dotted: indirect",
    }
}

fn framing_list(out: &mut String, framings: &[Framing]) {
    out.push_str("<section aria-labelledby=\"framing\">\n<h2 id=\"framing\">Framing: scare-quoted terms</h2>\n");
    if framings.is_empty() {
        out.push_str("<p>No scare quotes annotated.</p>\n</section>\n");
        return;
    }
    out.push_str("<ul>\n");
    for f in framings {
        let _ = writeln!(
            out,
            "<li><mark class=\"scare_quote\">{}</mark> — {}</li>",
            escape(&f.term),
            escape(&f.whose())
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn claims_list(out: &mut String, claims: &[ClaimLine]) {
    out.push_str("<section aria-labelledby=\"claims\">\n<h2 id=\"claims\">Claims</h2>\n");
    if claims.is_empty() {
        out.push_str("<p>No claims annotated.</p>\n</section>\n");
        return;
    }
    let _ = writeln!(out, "<p>{}</p>\n<ol>", lists::claims_summary(claims));
    for c in claims {
        let _ = writeln!(
            out,
            "<li>{} <span class=\"meta\">({})</span></li>",
            escape(&c.text),
            escape(&c.status())
        );
    }
    out.push_str("</ol>\n</section>\n");
}

fn article(out: &mut String, input: &ReportInput) {
    let highlights = highlights_of(input.annotations.iter());
    for block in input.article.blocks() {
        if block.kind == BlockKind::Boilerplate {
            continue;
        }
        let (open, close) = match block.kind {
            BlockKind::Headline => ("<h3>", "</h3>"),
            BlockKind::Caption => ("<figure><figcaption>", "</figcaption></figure>"),
            _ => ("<p>", "</p>"),
        };
        out.push_str(open);
        let pieces = layout(block.range, &highlights);
        pieces_html(out, input.article, &pieces, input.annotations);
        out.push_str(close);
        out.push('\n');
    }
}

fn pieces_html(out: &mut String, article: &Article, pieces: &[Piece], annotations: &[Annotation]) {
    for piece in pieces {
        match piece {
            Piece::Text(range) => out.push_str(&escape(slice(article, *range))),
            Piece::Mark(mark) => {
                let title = match &mark.id {
                    HighlightId::Annotation(id) => {
                        annotations.iter().find(|a| &a.id == id).map(hover_text)
                    }
                    HighlightId::Suggestion(_) | HighlightId::Layer { .. } => None,
                };
                let _ = write!(
                    out,
                    "<mark class=\"{}\" title=\"{}\">",
                    mark.kind.as_str(),
                    escape(&title.unwrap_or_default())
                );
                pieces_html(out, article, &mark.children, annotations);
                out.push_str("</mark>");
            }
        }
    }
}

fn slice(article: &Article, range: CharRange) -> &str {
    article.slice(range).unwrap_or_default()
}
