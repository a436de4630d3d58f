//! The downloadable report: one self-contained HTML file (the article with its highlights, the
//! speaker roster, the two charts, the framing and claims lists; styles inline, no scripts, no
//! external resources, so it opens offline and prints cleanly) and a Markdown version.
//!
//! Every piece of text from the article or the annotations goes through [`escape`], in text and
//! in attributes alike.

use std::fmt::Write;

use super::chart::{self, BarChart, Series};
use super::lists::{self, ClaimLine, Framing};
use super::roster::{self, Aliases, Roster};
use crate::core::annotation::Annotation;
use crate::core::article::{Article, BlockKind};
use crate::core::highlights::{HighlightId, Piece, highlights_of, layout};
use crate::core::offsets::CharRange;
use crate::core::order;

/// What a report is made from.
pub struct ReportInput<'a> {
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub article: &'a Article,
    pub annotations: &'a [Annotation],
    pub aliases: &'a Aliases,
    /// When the report was made (RFC 3339).
    pub generated: &'a str,
}

/// Escapes text for HTML text and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --text: #1b1b1b; --bg: #fff; --muted: #5c5c5c; --rule: #d0d0d0;
  --claim-bg: rgba(255,196,0,.28); --claim-rule: #a66b00; --quote-bg: rgba(46,134,222,.2);
  --quote-rule: #1d5fa8; --scare-bg: rgba(214,51,132,.18); --scare-rule: #b0246a; }
@media (prefers-color-scheme: dark) { :root { --text: #e8e8e8; --bg: #161616; --muted: #a8a8a8;
  --rule: #444; --claim-rule: #ffc940; --quote-rule: #7db8ff; --scare-rule: #ff8cc6; } }
body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; color: var(--text);
  background: var(--bg); font: 1.05rem/1.6 Georgia, serif; }
h1, h2, h3, table, .meta, figcaption, svg { font-family: system-ui, sans-serif; }
.meta { color: var(--muted); font-size: .9rem; }
.article { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); }
figcaption { color: var(--muted); font-size: .9rem; }
mark { color: inherit; padding: .1em 0; }
mark.claim { background: var(--claim-bg); border-bottom: 2px solid var(--claim-rule); }
mark.quote { background: var(--quote-bg); border-bottom: 3px double var(--quote-rule); }
mark.scare_quote { background: var(--scare-bg); border-bottom: 2px dashed var(--scare-rule); }
.legend-item { margin-right: 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .4rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
svg { max-width: 100%; height: auto; }
svg text { fill: var(--text); font-size: 12px; }
svg .bar-words, svg .bar-direct { fill: var(--quote-rule); }
svg .pattern-ink { fill: var(--quote-rule); stroke: var(--quote-rule); }
@media print { body { margin: 0; max-width: none; font-size: 11pt; }
  mark { background: none !important; } section { break-inside: avoid-page; }
  a { color: inherit; } }
"#;

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
        escape(input.generated),
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
                    HighlightId::Suggestion(_) => None,
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

/// "Quote — NATO Secretary General Jens Stoltenberg (noting)".
fn hover_text(a: &Annotation) -> String {
    let details = details(a);
    if details.is_empty() {
        a.kind.label().to_owned()
    } else {
        format!("{} — {details}", a.kind.label())
    }
}

/// Speaker or framer, cue and note: "Jens Stoltenberg (noting). Check the date."
fn details(a: &Annotation) -> String {
    let who = a.speaker.as_deref().or(a.attributed_to.as_deref());
    let mut text = String::new();
    if let Some(who) = who.filter(|w| !w.trim().is_empty()) {
        text.push_str(who);
    }
    // A cue that is only punctuation (a headline's ":") says nothing in words.
    if let Some(cue) = a
        .cue
        .as_deref()
        .filter(|c| c.chars().any(char::is_alphanumeric))
    {
        let _ = write!(text, " ({cue})");
    }
    if !a.note.trim().is_empty() {
        let _ = write!(text, ". {}", a.note.trim());
    }
    text
}

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
