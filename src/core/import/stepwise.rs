//! Anchoring a file's annotations on a text a few at a time (issue #22 item 6), so that the
//! caller can let the browser paint and show progress between steps: 5,000 annotations that
//! carry only their quoted text take seconds to find on a long article.
//!
//! Stepping changes nothing of the outcome: [`Anchoring`] run in steps of any size gives what
//! one run gives ([`super::read`] is one step), duplicates (of the document or of the file)
//! skipped the same way.

use std::collections::HashSet;

use super::{Candidate, ImportRead, ImportReport, Parsed, SourceFormat, reanchor_candidates};
use crate::core::anchoring::SearchText;
use crate::core::annotation::{Annotation, AnnotationId};

/// A parsed file being anchored on a text.
pub struct Anchoring {
    text: SearchText,
    format: SourceFormat,
    /// The candidates still to anchor, the next last.
    pending: Vec<Candidate>,
    total: usize,
    /// Ids the document had when anchoring began, and ids taken from the file so far.
    taken: HashSet<AnnotationId>,
    annotations: Vec<Annotation>,
    report: ImportReport,
}

impl Anchoring {
    /// Starts anchoring `parsed` on `text`, skipping the ids `exists` says the document has.
    pub fn new(text: &str, parsed: Parsed, exists: &dyn Fn(&AnnotationId) -> bool) -> Self {
        let taken = parsed
            .candidates
            .iter()
            .map(|c| &c.annotation.id)
            .filter(|id| exists(id))
            .cloned()
            .collect();
        let mut pending = parsed.candidates;
        pending.reverse();
        Self {
            text: SearchText::new(text),
            format: parsed.format,
            total: pending.len(),
            pending,
            taken,
            annotations: Vec::new(),
            report: ImportReport::default(),
        }
    }

    /// How many candidates were handled, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.total - self.pending.len(), self.total)
    }

    pub fn is_done(&self) -> bool {
        self.pending.is_empty()
    }

    /// Anchors up to `count` more candidates.
    pub fn step(&mut self, count: usize) {
        let keep = self.pending.len().saturating_sub(count);
        let mut chunk = self.pending.split_off(keep);
        chunk.reverse();
        let taken = &self.taken;
        let (annotations, report) = reanchor_candidates(&self.text, chunk, |id| taken.contains(id));
        self.taken.extend(annotations.iter().map(|a| a.id.clone()));
        self.annotations.extend(annotations);
        let total = &mut self.report;
        total.imported += report.imported;
        total.exact += report.exact;
        total.fuzzy += report.fuzzy;
        total.orphaned += report.orphaned;
        total.duplicates += report.duplicates;
    }

    /// What importing adds, once every candidate is handled (those left are not anchored).
    pub fn finish(self) -> ImportRead {
        ImportRead {
            format: self.format,
            annotations: self.annotations,
            report: self.report,
        }
    }
}
