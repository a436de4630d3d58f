//! doccano's JSON Lines export for sequence labelling: a document a line, its text in `text`
//! and its spans either as `"label": [[start, end, "LABEL"], …]` or, in projects with
//! relations, as `"entities": [{"label", "start_offset", "end_offset", …}]` (the relations left
//! aside). Offsets are UTF-16 code units, as doccano takes them from the browser's selection (a
//! project that counts grapheme clusters cannot be told from the file).

use serde_json::Value;

use super::position::{Located, Unit};
use super::{ForeignDocument, ForeignRead, Place, RefusalReason, Refused};
use crate::json;

pub fn read(file: &str) -> ForeignRead {
    let mut out = ForeignRead::default();
    for (index, line) in file.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let refuse = |reason| Refused {
            at: Place::Line(number),
            reason,
        };
        let value: Value = match json::parse(line.trim_start_matches('\u{feff}')) {
            Ok(value) => value,
            Err(error) => {
                out.refused
                    .push(refuse(RefusalReason::NotJson(error.to_string())));
                continue;
            }
        };
        let Some(text) = value.get("text").and_then(Value::as_str) else {
            out.refused.push(refuse(RefusalReason::NoText));
            continue;
        };
        let name = match value.get("id") {
            Some(Value::String(id)) => id.clone(),
            Some(Value::Number(id)) => id.to_string(),
            _ => format!("line {number}"),
        };
        let located = Located::new(text);
        let mut spans = Vec::new();
        for (path, label, start, end) in labelled(&value) {
            let at = Place::LinePath(number, path);
            match (label, start, end) {
                (Some(label), Some(start), Some(end)) => {
                    match located.span(&label, (start, end), &[Unit::Utf16], None) {
                        Ok(span) => spans.push(span),
                        Err(reason) => out.refused.push(Refused { at, reason }),
                    }
                }
                _ => out.refused.push(Refused {
                    at,
                    reason: RefusalReason::Shape(
                        "a span needs a start, an end (whole numbers) and a label".into(),
                    ),
                }),
            }
        }
        out.documents.push(ForeignDocument {
            name,
            text: text.to_owned(),
            spans,
        });
    }
    out
}

type Labelled = (String, Option<String>, Option<usize>, Option<usize>);

/// Every span of a line, in either shape: its JSON path, label, start and end.
fn labelled(value: &Value) -> Vec<Labelled> {
    let number = |v: Option<&Value>| v.and_then(Value::as_u64).map(|n| n as usize);
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
    let mut out = Vec::new();
    if let Some(items) = value.get("label").and_then(Value::as_array) {
        for (i, item) in items.iter().enumerate() {
            let item = item.as_array().map(Vec::as_slice).unwrap_or_default();
            out.push((
                format!("label[{i}]"),
                text(item.get(2)),
                number(item.first()),
                number(item.get(1)),
            ));
        }
    }
    if let Some(items) = value.get("entities").and_then(Value::as_array) {
        for (i, item) in items.iter().enumerate() {
            out.push((
                format!("entities[{i}]"),
                text(item.get("label")),
                number(item.get("start_offset")),
                number(item.get("end_offset")),
            ));
        }
    }
    out
}
