//! brat standoff, in the PolNeAR convention: the document as `.txt`, and an `.ann` in which a
//! quote is a `Content` text span, its speaker a `Source` span and its cue a `Cue` span, linked
//! by an `Attribution` event (fields are tab-separated; shown here with spaces):
//!
//! ```text
//! T1  Source 120 136  Jens Stoltenberg
//! T2  Cue 137 141  said
//! T3  Content 143 190  “They all conveyed the same message…”
//! T4  Attribution 137 141  said
//! E1  Attribution:T4 Content:T3 Cue:T2 Source:T1
//! ```
//!
//! brat wants an event's trigger to be a text span of the event's own type, so the trigger is
//! an `Attribution` span of its own: over the cue, or, for a quote whose cue was not found, over
//! the quote's first character (PolNeAR's triggers are one character too). [`ANNOTATION_CONF`]
//! declares these types for brat; the export writes it beside the `.ann`.
//!
//! Our quotes store the speaker and cue as text, so their spans are the occurrences nearest the
//! quote (within 300 code points); a speaker or cue not found there is written as an
//! `AnnotatorNotes` line instead. Claims and scare quotes are `Claim` and `ScareQuote` spans;
//! whose framing, notes and tags become `AnnotatorNotes`. Offsets are code points (brat counts
//! characters as Python does); a span over a line break is written as fragments, `s e;s e`.

use super::super::anchoring::SearchText;
use crate::core::annotation::{Annotation, Kind};

/// brat's `annotation.conf` for the types the export writes: every overlap allowed (a cue is
/// both a `Cue` and its event's trigger; Quotemark's spans may nest and cross).
pub const ANNOTATION_CONF: &str = "\
# Quotemark's annotation types for brat (https://brat.nlplab.org/configuration.html):
# quotes as PolNeAR writes them, claims and scare quotes as spans.
[entities]
Source
Cue
Content
Claim
ScareQuote

[relations]
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]
Attribution\tContent:Content, Cue?:Cue, Source?:Source

[attributes]
";

/// How far from a quote its speaker and cue are looked for, in code points.
pub const SEARCH_RADIUS: usize = 300;

pub struct BratExport {
    pub txt: String,
    pub ann: String,
}

struct Writer<'a> {
    text: &'a SearchText,
    lines: Vec<String>,
    next_t: usize,
    next_e: usize,
    next_note: usize,
}

impl Writer<'_> {
    /// Writes a text-bound span and returns its id.
    fn span(&mut self, label: &str, start: usize, end: usize) -> String {
        // Fragments: the runs between line breaks, as brat spans cannot hold one.
        let mut fragments = Vec::new();
        let mut fragment_start = start;
        for (i, c) in self.text.chars()[start..end]
            .iter()
            .enumerate()
            .map(|(i, c)| (start + i, c))
        {
            if *c == '\n' || *c == '\r' {
                if fragment_start < i {
                    fragments.push((fragment_start, i));
                }
                fragment_start = i + 1;
            }
        }
        if fragment_start < end {
            fragments.push((fragment_start, end));
        }
        if fragments.is_empty() {
            fragments.push((start, end));
        }
        let offsets: Vec<String> = fragments.iter().map(|(s, e)| format!("{s} {e}")).collect();
        let words: Vec<String> = fragments
            .iter()
            .map(|(s, e)| self.text.slice(*s, *e))
            .collect();
        self.next_t += 1;
        let id = format!("T{}", self.next_t);
        self.lines.push(format!(
            "{id}\t{label} {}\t{}",
            offsets.join(";"),
            words.join(" ")
        ));
        id
    }

    fn note(&mut self, target: &str, note: &str) {
        self.next_note += 1;
        let flat = note.replace(['\t', '\n', '\r'], " ");
        self.lines.push(format!(
            "#{}\tAnnotatorNotes {target}\t{flat}",
            self.next_note
        ));
    }

    /// The occurrence of `needle` nearest to `start..end` and outside it.
    fn nearest(&self, needle: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let len = needle.chars().count();
        self.text
            .find_exact(needle)
            .into_iter()
            .map(|s| (s, s + len))
            .filter(|&(s, e)| e <= start || s >= end)
            .map(|(s, e)| (if e <= start { start - e } else { s - end }, (s, e)))
            .filter(|(distance, _)| *distance <= SEARCH_RADIUS)
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, span)| span)
    }
}

pub fn export(text: &SearchText, annotations: &[Annotation]) -> BratExport {
    let mut w = Writer {
        text,
        lines: Vec::new(),
        next_t: 0,
        next_e: 0,
        next_note: 0,
    };
    for a in annotations {
        let range = a.range_within(text.len_chars());
        let (start, end) = (range.start().get(), range.end().get());
        match a.kind {
            Kind::Quote => {
                let speaker = a.speaker.as_deref().filter(|s| !s.is_empty());
                let cue = a.cue.as_deref().filter(|s| !s.is_empty());
                let source = speaker
                    .and_then(|s| w.nearest(s, start, end))
                    .map(|(s, e)| w.span("Source", s, e));
                let cue_found = cue.and_then(|c| w.nearest(c, start, end));
                let cue_span = cue_found.map(|(s, e)| w.span("Cue", s, e));
                let content = w.span("Content", start, end);
                let (trigger_start, trigger_end) =
                    cue_found.unwrap_or((start, (start + 1).min(end)));
                let trigger = w.span("Attribution", trigger_start, trigger_end);
                w.next_e += 1;
                let mut event = format!("E{}\tAttribution:{trigger} Content:{content}", w.next_e);
                if let Some(cue_id) = &cue_span {
                    event.push_str(&format!(" Cue:{cue_id}"));
                }
                if let Some(source) = &source {
                    event.push_str(&format!(" Source:{source}"));
                }
                w.lines.push(event);
                if let (Some(speaker), None) = (speaker, &source) {
                    w.note(&content, &format!("speaker: {speaker}"));
                }
                if let (Some(cue), None) = (cue, &cue_span) {
                    w.note(&content, &format!("cue: {cue}"));
                }
                if let Some(t) = a.quote_type {
                    w.note(&content, &format!("quote type: {}", t.as_str()));
                }
                notes(&mut w, &content, a);
            }
            Kind::Claim | Kind::ScareQuote => {
                let label = if a.kind == Kind::Claim {
                    "Claim"
                } else {
                    "ScareQuote"
                };
                let id = w.span(label, start, end);
                if let Some(whose) = a.attributed_to.as_deref().filter(|s| !s.is_empty()) {
                    w.note(&id, &format!("attributed to: {whose}"));
                }
                notes(&mut w, &id, a);
            }
        }
    }
    let mut ann = w.lines.join("\n");
    if !ann.is_empty() {
        ann.push('\n');
    }
    BratExport {
        txt: text.as_str().to_owned(),
        ann,
    }
}

fn notes(w: &mut Writer, id: &str, a: &Annotation) {
    if !a.note.is_empty() {
        w.note(id, &a.note);
    }
    if !a.tags.is_empty() {
        w.note(id, &format!("tags: {}", a.tags.join(", ")));
    }
}
