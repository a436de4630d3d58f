//! A read batch's documents as articles for the library (`core::corpus`), under the label
//! mappings the reader chose, one per tool (issue #22 items 1 and 2).
//!
//! Each document becomes one [`Item`]: its text opened as a plain-text article (already
//! normalised by `batch`, so the spans' offsets hold) with its annotations anchored on it
//! (`mapping::annotations_of`). Anchoring is the costly part: [`item_of`] does one document so
//! that the caller can show progress between documents.

use std::collections::BTreeMap;

use super::batch::{ForeignBatch, ReadDocument, Tool};
use super::mapping::{LabelCount, LabelMap, LabelMemory, Target, annotations_of, label_counts};
use crate::core::corpus::{CorpusError, CorpusReport, Item, MappedLabel, Origin};
use crate::core::opening::from_plain_text;
use crate::core::time::Timestamp;

/// Each label mapping, by the tool whose files carry the labels.
pub type Mappings = BTreeMap<Tool, LabelMap>;

/// Files read and waiting for the reader to say what their labels become: the other tools'
/// documents, the batch's articles (read, to open with them), and each tool's labels with
/// what is offered for them (remembered, else proposed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelChoice {
    pub batch: ForeignBatch,
    pub articles: Vec<Item>,
    pub labels: Vec<(Tool, Vec<LabelCount>)>,
    pub offered: Mappings,
}

impl LabelChoice {
    /// The choice for `batch`, offering what `memory` remembers of each tool's labels.
    pub fn new(batch: ForeignBatch, articles: Vec<Item>, memory: &LabelMemory) -> Self {
        let labels = labels_by_tool(&batch);
        let offered = labels
            .iter()
            .map(|(tool, counts)| (*tool, memory.mapping_for(tool.key(), counts)))
            .collect();
        Self {
            batch,
            articles,
            labels,
            offered,
        }
    }

    /// What each label became under `mappings`, for the report.
    pub fn mapped_labels(&self, mappings: &Mappings) -> Vec<MappedLabel> {
        self.labels
            .iter()
            .flat_map(|(tool, labels)| {
                labels.iter().map(move |l| MappedLabel {
                    tool: *tool,
                    target: mappings
                        .get(tool)
                        .and_then(|m| m.get(&l.label))
                        .copied()
                        .unwrap_or(Target::Tag),
                    label: l.label.clone(),
                    count: l.count,
                })
            })
            .collect()
    }

    /// What was refused or passed over while reading, as the opening's report starts.
    pub fn report(&self) -> CorpusReport {
        CorpusReport {
            refused: self
                .batch
                .refused
                .iter()
                .map(|r| {
                    let origin = match &r.at {
                        Some(at) => Origin::Item {
                            file: r.file.clone(),
                            at: at.clone(),
                        },
                        None => Origin::File(r.file.clone()),
                    };
                    (origin, CorpusError::NotRead(r.reason.clone()))
                })
                .collect(),
            passed_over: self.batch.passed_over.clone(),
            ..CorpusReport::default()
        }
    }
}

/// The labels of each tool's documents in the batch, with counts and proposals.
pub fn labels_by_tool(batch: &ForeignBatch) -> Vec<(Tool, Vec<LabelCount>)> {
    let mut tools: Vec<Tool> = batch.documents.iter().map(|d| d.tool).collect();
    tools.sort();
    tools.dedup();
    tools
        .into_iter()
        .map(|tool| {
            let documents = batch.documents.iter().filter(|d| d.tool == tool);
            (tool, label_counts(documents.map(|d| &d.document)))
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
