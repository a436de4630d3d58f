//! INCEpTION's and WebAnno's TSV 3.x: the text comes as its sentences' `#Text=` lines, tokens
//! as `sentence-token<TAB>begin-end<TAB>text<TAB>columns…`, with begin and end in UTF-16 code
//! units of the whole document. The text between sentences is not in the file: the sentences
//! are put at their first token's offset and the gaps filled with spaces, so that every offset
//! holds.
//!
//! Each span layer (`#T_SP=`) has a column per feature; a cell holds `_` (nothing), or
//! annotations stacked with `|`, each `value` or `value[n]` (`n` joins the tokens of one span),
//! `*` for an annotation without a value. A span is labelled `Layer: value` (`NamedEntity:
//! PER`), or `Layer` alone when it has no value, the layer named by the last part of its type.
//! Chains (`#T_CH=`) and relations (`#T_RL=`) are left aside.

use std::collections::BTreeMap;

use super::position::{Located, Unit};
use super::{ForeignDocument, ForeignRead, Place, RefusalReason, Refused};

/// A column of the token lines and what it holds.
#[derive(Clone)]
enum Column {
    /// A feature of the span layer named so.
    Span(String),
    /// A chain's or relation's column: not read.
    Other,
}

struct Token {
    line: usize,
    begin: usize,
    end: usize,
    cells: Vec<String>,
}

/// Reads a TSV file; `name` names its document in the report.
pub fn read(file: &str, name: &str) -> ForeignRead {
    let mut out = ForeignRead::default();
    let mut columns: Vec<Column> = Vec::new();
    // Each sentence: its text lines and its tokens.
    let mut sentences: Vec<(Vec<String>, Vec<Token>)> = Vec::new();
    let mut in_sentence = false;
    for (index, raw) in file.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim_end_matches('\r');
        if let Some(header) = line.strip_prefix("#T_SP=") {
            let mut parts = header.split('|');
            let layer = short_name(parts.next().unwrap_or_default());
            let features = parts.count().max(1);
            columns.extend(std::iter::repeat_n(Column::Span(layer), features));
        } else if let Some(header) = line.strip_prefix("#T_CH=") {
            let features = header.split('|').count().saturating_sub(1).max(1);
            columns.extend(std::iter::repeat_n(Column::Other, features));
        } else if let Some(header) = line.strip_prefix("#T_RL=") {
            let features = header.split('|').count().saturating_sub(1).max(1);
            columns.extend(std::iter::repeat_n(Column::Other, features));
        } else if let Some(text) = line.strip_prefix("#Text=") {
            if !in_sentence {
                sentences.push((Vec::new(), Vec::new()));
                in_sentence = true;
            }
            if let Some((texts, _)) = sentences.last_mut() {
                texts.push(unescape(text));
            }
        } else if line.starts_with('#') {
            // #FORMAT=, #Sentence.id= and other headers.
        } else if line.trim().is_empty() {
            in_sentence = false;
        } else {
            let fields: Vec<&str> = line.split('\t').collect();
            let offsets = fields.get(1).and_then(|o| {
                let (begin, end) = o.split_once('-')?;
                Some((begin.parse().ok()?, end.parse().ok()?))
            });
            match (offsets, sentences.last_mut()) {
                (Some((begin, end)), Some((_, tokens))) if fields.len() >= 3 => {
                    tokens.push(Token {
                        line: number,
                        begin,
                        end,
                        cells: fields[3..].iter().map(|c| (*c).to_owned()).collect(),
                    });
                }
                _ => out.refused.push(Refused {
                    at: Place::Line(number),
                    reason: RefusalReason::Shape(
                        "a token line needs its number, begin-end offsets and text, in a sentence"
                            .into(),
                    ),
                }),
            }
        }
    }
    let text = document_text(&sentences, &mut out.refused);
    let located = Located::new(&text);
    // (column, value, span number) → first begin, last end, line; spans without a number are
    // one token each.
    let mut joined: BTreeMap<(usize, String, usize), (usize, usize, usize)> = BTreeMap::new();
    let mut single: Vec<(usize, String, usize, usize, usize)> = Vec::new();
    for token in sentences.iter().flat_map(|(_, tokens)| tokens) {
        for (c, cell) in token.cells.iter().enumerate() {
            let Some(Column::Span(layer)) = columns.get(c) else {
                continue;
            };
            for entry in split_unescaped(cell, '|') {
                if entry == "_" || entry.is_empty() {
                    continue;
                }
                let (value, number) = numbered(&entry);
                let label = match unescape(value).as_str() {
                    "*" | "" => layer.clone(),
                    value => format!("{layer}: {value}"),
                };
                match number {
                    Some(n) => {
                        let span = joined.entry((c, label, n)).or_insert((
                            token.begin,
                            token.end,
                            token.line,
                        ));
                        span.0 = span.0.min(token.begin);
                        span.1 = span.1.max(token.end);
                    }
                    None => single.push((token.line, label, token.begin, token.end, c)),
                }
            }
        }
    }
    let mut found: Vec<(usize, usize, String, (usize, usize))> = single
        .into_iter()
        .map(|(line, label, begin, end, c)| (line, c, label, (begin, end)))
        .collect();
    found.extend(
        joined
            .into_iter()
            .map(|((c, label, _), (begin, end, line))| (line, c, label, (begin, end))),
    );
    found.sort_by_key(|(line, c, _, offsets)| (offsets.0, *line, *c));
    let mut spans = Vec::new();
    for (line, _, label, offsets) in found {
        match located.span(&label, offsets, &[Unit::Utf16], None) {
            Ok(span) => spans.push(span),
            Err(reason) => out.refused.push(Refused {
                at: Place::Line(line),
                reason,
            }),
        }
    }
    out.documents.push(ForeignDocument {
        name: name.to_owned(),
        text,
        spans,
    });
    out
}

/// The document: each sentence's text at its first token's offset, gaps filled with spaces.
fn document_text(sentences: &[(Vec<String>, Vec<Token>)], refused: &mut Vec<Refused>) -> String {
    let mut text = String::new();
    let mut units = 0;
    for (texts, tokens) in sentences {
        let Some(first) = tokens.first() else {
            continue;
        };
        if first.begin < units {
            refused.push(Refused {
                at: Place::Line(first.line),
                reason: RefusalReason::Shape(format!(
                    "the sentence starts at {} (UTF-16), inside the sentence before it",
                    first.begin
                )),
            });
            continue;
        }
        text.extend(std::iter::repeat_n(' ', first.begin - units));
        let sentence = texts.join("\n");
        units = first.begin + sentence.encode_utf16().count();
        text.push_str(&sentence);
    }
    text
}

/// `de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity` → `NamedEntity`.
fn short_name(layer: &str) -> String {
    layer.rsplit('.').next().unwrap_or(layer).to_owned()
}

/// `PER[2]` → (`PER`, Some(2)); `PER` → (`PER`, None).
fn numbered(entry: &str) -> (&str, Option<usize>) {
    if let Some(open) = entry.rfind('[')
        && entry.ends_with(']')
        && (open == 0 || !entry[..open].ends_with('\\'))
        && let Ok(n) = entry[open + 1..entry.len() - 1].parse()
    {
        return (&entry[..open], Some(n));
    }
    (entry, None)
}

/// Splits at `separator` where it is not escaped by a backslash.
fn split_unescaped(cell: &str, separator: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut escaped = false;
    for c in cell.chars() {
        let last = parts.last_mut().expect("one part at least");
        if escaped {
            last.push('\\');
            last.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == separator {
            parts.push(String::new());
        } else {
            last.push(c);
        }
    }
    parts
}

/// Undoes the format's backslash escapes (`\t`, `\n` and `\r` stand for the control
/// characters; `\_`, `\[`, `\|` and the others for themselves).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}
