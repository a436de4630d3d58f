//! Label Studio's JSON export of text tasks: an array of tasks (or one task, as a cloud storage
//! export writes it), each with its text in `data` and the reader's regions in
//! `annotations[].result[]`; a region of type `labels` is a span per label. Offsets are code
//! points in current Label Studio and UTF-16 units in releases of about 2021; the region's
//! `text`, when given, tells which. Predictions (a model's regions) are not read.

use serde_json::Value;

use super::position::{Located, Unit};
use super::{ForeignDocument, ForeignRead, Place, RefusalReason, Refused};
use crate::json;

pub fn read(file: &str) -> ForeignRead {
    let mut out = ForeignRead::default();
    let value: Value = match json::parse(file.trim_start_matches('\u{feff}')) {
        Ok(value) => value,
        Err(error) => {
            out.refused.push(Refused {
                at: Place::Path(String::new()),
                reason: RefusalReason::NotJson(error.to_string()),
            });
            return out;
        }
    };
    let tasks: Vec<(String, &Value)> = match &value {
        Value::Array(tasks) => tasks
            .iter()
            .enumerate()
            .map(|(i, task)| (format!("[{i}]"), task))
            .collect(),
        task => vec![(String::new(), task)],
    };
    for (path, task) in tasks {
        let refuse = |at: String, reason| Refused {
            at: Place::Path(at),
            reason,
        };
        let results: Vec<(String, &Value)> = task
            .get("annotations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
            .flat_map(|(a, annotation)| {
                let path = &path;
                annotation
                    .get("result")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                    .map(move |(r, result)| {
                        (format!("{path}.annotations[{a}].result[{r}]"), result)
                    })
            })
            .filter(|(_, result)| result.get("type").and_then(Value::as_str) == Some("labels"))
            .collect();
        let Some(text) = task_text(task, results.first().map(|(_, r)| *r)) else {
            out.refused
                .push(refuse(format!("{path}.data"), RefusalReason::NoText));
            continue;
        };
        let name = match task.get("id") {
            Some(Value::Number(id)) => format!("task {id}"),
            Some(Value::String(id)) => format!("task {id}"),
            _ => format!("task {}", out.documents.len() + 1),
        };
        let located = Located::new(text);
        let mut spans = Vec::new();
        for (at, result) in results {
            let value = result.get("value");
            let number = |key| value.and_then(|v| v.get(key)).and_then(Value::as_u64);
            let stated = value.and_then(|v| v.get("text")).and_then(Value::as_str);
            let labels: Vec<&str> = value
                .and_then(|v| v.get("labels"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let (Some(start), Some(end), false) =
                (number("start"), number("end"), labels.is_empty())
            else {
                out.refused.push(refuse(
                    at,
                    RefusalReason::Shape(
                        "a region needs value.start, value.end (whole numbers) and value.labels"
                            .into(),
                    ),
                ));
                continue;
            };
            let offsets = (start as usize, end as usize);
            for label in labels {
                match located.span(label, offsets, &[Unit::CodePoints, Unit::Utf16], stated) {
                    Ok(span) => spans.push(span),
                    Err(reason) => out.refused.push(refuse(at.clone(), reason)),
                }
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

/// The task's text: the data field a region names as its source (`"$text"`), else `data.text`,
/// else the only text in `data`.
fn task_text<'a>(task: &'a Value, region: Option<&Value>) -> Option<&'a str> {
    let data = task.get("data")?;
    let named = region
        .and_then(|r| r.get("source"))
        .and_then(Value::as_str)
        .and_then(|source| source.strip_prefix('$'))
        .and_then(|field| data.get(field))
        .and_then(Value::as_str);
    named
        .or_else(|| data.get("text").and_then(Value::as_str))
        .or_else(|| {
            let texts: Vec<&str> = data
                .as_object()?
                .values()
                .filter_map(Value::as_str)
                .collect();
            (texts.len() == 1).then(|| texts[0])
        })
}
