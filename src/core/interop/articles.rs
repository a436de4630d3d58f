//! A read batch's documents as articles for the library (`core::corpus`), under the label
//! mappings the reader chose, one per tool (issue #22 items 1 and 2).
//!
//! Each document becomes one [`Item`]: its text opened as a plain-text article (already
//! normalised by `batch`, so the spans' offsets hold) with its annotations anchored on it
//! (`mapping::annotations_of`). Anchoring is the costly part: [`item_of`] does one document so
//! that the caller can show progress between documents.

use std::collections::BTreeMap;

use super::batch::{ForeignBatch, ReadDocument, Tool};
use super::mapping::{LabelCount, LabelMap, Target, annotations_of, label_counts};
use crate::core::corpus::{CorpusError, Item, MappedLabel, Origin};
use crate::core::opening::from_plain_text;
use crate::core::time::Timestamp;

/// Each label mapping, by the tool whose files carry the labels.
pub type Mappings = BTreeMap<Tool, LabelMap>;

/// The labels of each tool's documents in the batch, with counts and proposals.
pub fn labels_by_tool(batch: &ForeignBatch) -> Vec<(Tool, Vec<LabelCount>)> {
    let mut tools: Vec<Tool> = batch.documents.iter().map(|d| d.tool).collect();
    tools.sort();
    tools.dedup();
    tools
        .into_iter()
        .map(|tool| {
            let documents: Vec<_> = batch
                .documents
                .iter()
                .filter(|d| d.tool == tool)
                .map(|d| d.document.clone())
                .collect();
            (tool, label_counts(&documents))
        })
        .collect()
}

/// The document as an article with its annotations, or why it cannot be opened.
pub fn item_of(read: &ReadDocument, mappings: &Mappings, now: &Timestamp) -> Item {
    let origin = Origin::Document {
        file: read.file.clone(),
        name: read.document.name.clone(),
    };
    let opened = match from_plain_text(&read.document.text) {
        Ok(opened) => opened,
        Err(error) => return Item::article(origin, Err(CorpusError::Open(error))),
    };
    let empty = LabelMap::new();
    let mapping = mappings.get(&read.tool).unwrap_or(&empty);
    let mapped = annotations_of(&read.document, mapping, read.tool.key(), now);
    Item {
        origin,
        opened: Ok(opened),
        annotations: mapped.annotations,
    }
}

/// What each label of the batch became, for the report.
pub fn mapped_labels(batch: &ForeignBatch, mappings: &Mappings) -> Vec<MappedLabel> {
    labels_by_tool(batch)
        .into_iter()
        .flat_map(|(tool, labels)| {
            labels.into_iter().map(move |l| MappedLabel {
                tool,
                target: mappings
                    .get(&tool)
                    .and_then(|m| m.get(&l.label))
                    .copied()
                    .unwrap_or(Target::Tag),
                label: l.label,
                count: l.count,
            })
        })
        .collect()
}
