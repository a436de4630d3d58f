//! What Quotemark makes of another tool's labels (issue #22 item 2), and the annotations a
//! document's spans become under it.
//!
//! Each label maps to a kind, to a tag, or to nothing: a span whose label maps to [`Target::Tag`]
//! becomes a claim (the kind Quotemark gives what it cannot tell apart, as for a Hypothesis
//! annotation without a kind tag) tagged with the label, so that no span of an unknown type is
//! dropped unless the reader says so. [`label_counts`] gives the labels to show with what is
//! proposed for each; [`LabelMemory`] keeps the reader's choices per source tool.
//!
//! A span the file places over its own text is anchored there; one whose text does not match
//! where the file puts it is looked for (`core::import::reanchor_candidates`), and kept as an
//! orphan if it is not found: never silently moved.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::labels::propose;
use super::{ForeignDocument, ForeignSpan};
use crate::core::anchoring::{SearchText, TextPositionSelector, TextQuoteSelector};
use crate::core::annotation::{Annotation, Kind, QuoteType};
use crate::core::article::Article;
use crate::core::import::{Candidate, ImportReport, derived_id, reanchor_candidates};
use crate::core::time::Timestamp;

/// What the spans of one label become.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Claim,
    Quote,
    ScareQuote,
    /// A claim tagged with the label.
    Tag,
    /// Not imported.
    Skip,
}

impl Target {
    /// What is proposed for `label` before the reader chooses.
    pub fn proposed(label: &str) -> Target {
        propose(label).map_or(Target::Tag, Target::from)
    }
}

impl From<Kind> for Target {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Claim => Target::Claim,
            Kind::Quote => Target::Quote,
            Kind::ScareQuote => Target::ScareQuote,
        }
    }
}

/// Each label of a file and what its spans become.
pub type LabelMap = BTreeMap<String, Target>;

/// A label of the documents read, how many spans carry it, and what is proposed for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelCount {
    pub label: String,
    pub count: usize,
    pub proposed: Target,
}

/// Every label of `documents`, the most used first.
pub fn label_counts<'a>(
    documents: impl IntoIterator<Item = &'a ForeignDocument>,
) -> Vec<LabelCount> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for span in documents.into_iter().flat_map(|d| &d.spans) {
        *counts.entry(&span.label).or_default() += 1;
    }
    let mut out: Vec<LabelCount> = counts
        .into_iter()
        .map(|(label, count)| LabelCount {
            label: label.to_owned(),
            count,
            proposed: Target::proposed(label),
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    out
}

/// The reader's mappings, per source tool ("brat", "doccano", …), kept between imports.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelMemory {
    pub tools: BTreeMap<String, LabelMap>,
}

impl LabelMemory {
    /// The mapping to offer for `labels` from `tool`: what the reader chose last time for a
    /// label, else what is proposed.
    pub fn mapping_for(&self, tool: &str, labels: &[LabelCount]) -> LabelMap {
        let remembered = self.tools.get(tool);
        labels
            .iter()
            .map(|l| {
                let target = remembered
                    .and_then(|m| m.get(&l.label))
                    .copied()
                    .unwrap_or(l.proposed);
                (l.label.clone(), target)
            })
            .collect()
    }

    /// Keeps the reader's `mapping` for `tool`, beside what was kept of its other labels.
    pub fn remember(&mut self, tool: &str, mapping: &LabelMap) {
        let kept = self.tools.entry(tool.to_owned()).or_default();
        kept.extend(mapping.iter().map(|(l, t)| (l.clone(), *t)));
    }
}

/// What one document's spans became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapped {
    pub annotations: Vec<Annotation>,
    /// How they were anchored (exact, fuzzy, orphaned, duplicates).
    pub report: ImportReport,
    /// Spans of labels mapped to [`Target::Skip`].
    pub skipped: usize,
}

/// The annotations of `document` under `mapping` (a label it does not name is a tag). Ids are
/// derived from `tool`, the document's name and the span, so importing a file again skips what
/// it added before.
pub fn annotations_of(
    document: &ForeignDocument,
    mapping: &LabelMap,
    tool: &str,
    now: &Timestamp,
) -> Mapped {
    let article = Article::parse(document.text.as_str());
    let mut skipped = 0;
    let mut candidates = Vec::new();
    for (i, span) in document.spans.iter().enumerate() {
        let target = mapping.get(&span.label).copied().unwrap_or(Target::Tag);
        let kind = match target {
            Target::Skip => {
                skipped += 1;
                continue;
            }
            Target::Claim | Target::Tag => Kind::Claim,
            Target::Quote => Kind::Quote,
            Target::ScareQuote => Kind::ScareQuote,
        };
        let key = format!(
            "{}:{}:{}:{}:{i}",
            document.name,
            span.label,
            span.range.start().get(),
            span.range.end().get()
        );
        let mut annotation =
            Annotation::new(derived_id(tool, &key), kind, span.range, &article, now);
        if target == Target::Tag {
            annotation.tags.push(span.label.clone());
        }
        attach(&mut annotation, span);
        candidates.push(Candidate {
            annotation,
            quote: TextQuoteSelector {
                exact: span.exact.clone(),
                prefix: String::new(),
                suffix: String::new(),
            },
            position: Some(TextPositionSelector {
                start: span.range.start().get(),
                end: span.range.end().get(),
            }),
        });
    }
    let (annotations, report) =
        reanchor_candidates(&SearchText::new(&document.text), candidates, |_| false);
    Mapped {
        annotations,
        report,
        skipped,
    }
}

/// The span's speaker, cue and notes on the annotation. Notes that Quotemark's own brat export
/// writes for fields (`speaker: …`, `cue: …`, `quote type: …`, `attributed to: …`, `tags: …`)
/// go back into those fields; the others are the note.
fn attach(annotation: &mut Annotation, span: &ForeignSpan) {
    annotation.speaker = span.speaker.clone();
    annotation.cue = span.cue.clone();
    let mut notes = Vec::new();
    for note in &span.notes {
        if let Some(speaker) = note.strip_prefix("speaker: ") {
            annotation.speaker.get_or_insert_with(|| speaker.to_owned());
        } else if let Some(cue) = note.strip_prefix("cue: ") {
            annotation.cue.get_or_insert_with(|| cue.to_owned());
        } else if let Some(t) = note.strip_prefix("quote type: ").and_then(QuoteType::parse) {
            annotation.quote_type = Some(t);
        } else if let Some(whose) = note.strip_prefix("attributed to: ") {
            annotation.attributed_to = Some(whose.to_owned());
        } else if let Some(tags) = note.strip_prefix("tags: ") {
            annotation.tags.extend(tags.split(", ").map(str::to_owned));
        } else {
            notes.push(note.as_str());
        }
    }
    annotation.note = notes.join("\n");
}
