//! brat standoff (`.txt` + `.ann`) read as labelled spans: each text-bound annotation (`T`)
//! becomes a [`ForeignSpan`] with its type as the label, fragments joined into one range; its
//! `AnnotatorNotes` become notes. Offsets are code points, as brat (Python) counts them, start
//! inclusive and end exclusive.
//!
//! Attribution events, as PolNeAR writes them and Quotemark exports them
//! (`E1 Attribution:T5 Content:T4 Cue:T3 Source:T2`), become one span: the `Content`, with the
//! text of its `Source` as speaker and of its `Cue` as cue; the cue, source and trigger spans
//! are not spans of their own then. Exports of Quotemark before session 14 used the cue as the
//! trigger (`Attribution:T3 Source:T2 Content:T4`), which is read the same way. Other events
//! and relations (`R`), attributes (`A`, `M`), normalisations (`N`) and equivalences (`*`) are
//! left aside: their spans are still read.

use std::collections::HashMap;

use super::{ForeignSpan, Place, RefusalReason, Refused};
use crate::core::offsets::{CharOffset, CharRange};

/// What a brat pair held: the spans, and the lines that could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BratRead {
    pub spans: Vec<ForeignSpan>,
    pub refused: Vec<Refused>,
}

/// The event type that links a quotation to its source and cue.
const ATTRIBUTION: &str = "Attribution";

struct TextBound {
    label: String,
    range: CharRange,
    exact: String,
    matches_text: bool,
}

/// Reads `ann`, the standoff of the document `txt`.
pub fn read(txt: &str, ann: &str) -> BratRead {
    let chars: Vec<char> = txt.chars().collect();
    let mut out = BratRead::default();
    let mut bounds: Vec<(String, TextBound)> = Vec::new();
    let mut events: Vec<(usize, Vec<(String, String)>)> = Vec::new();
    let mut notes: Vec<(usize, String, String)> = Vec::new();
    for (index, line) in ann.lines().enumerate() {
        let number = index + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let refuse = |reason| Refused {
            at: Place::Line(number),
            reason,
        };
        if fields.len() < 2 {
            out.refused.push(refuse(RefusalReason::NotStandoff));
            continue;
        }
        let (id, body) = (fields[0], fields[1]);
        match id.chars().next() {
            Some('T') => match text_bound(&chars, body, fields.get(2).copied()) {
                Ok(bound) => bounds.push((id.to_owned(), bound)),
                Err(reason) => out.refused.push(refuse(reason)),
            },
            Some('E') => {
                let roles = body
                    .split(' ')
                    .filter(|part| !part.is_empty())
                    .filter_map(|part| part.split_once(':'))
                    .map(|(role, target)| (role.to_owned(), target.to_owned()))
                    .collect();
                events.push((number, roles));
            }
            Some('#') => {
                if let Some(("AnnotatorNotes", target)) = body.split_once(' ') {
                    let note = fields.get(2).copied().unwrap_or_default();
                    notes.push((number, target.to_owned(), note.to_owned()));
                }
            }
            Some('R' | 'A' | 'M' | 'N' | '*') => {}
            _ => out.refused.push(refuse(RefusalReason::NotStandoff)),
        }
    }

    let index: HashMap<String, usize> = bounds
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (id.clone(), i))
        .collect();
    // Spans folded into a quotation: its trigger, cue and source.
    let mut folded = vec![false; bounds.len()];
    // Content span → (speaker, cue).
    let mut attributed: HashMap<usize, (Option<String>, Option<String>)> = HashMap::new();
    for (line, roles) in &events {
        let Some((event_type, trigger)) = roles.first() else {
            continue;
        };
        // `Attribution-no-source` too, as Quotemark's exports before session 14 wrote it.
        if event_type != ATTRIBUTION && !event_type.starts_with("Attribution-") {
            continue;
        }
        let mut content = None;
        let (mut speaker, mut cue) = (None, None);
        let mut parts = vec![];
        if let Some(&t) = index.get(trigger.as_str()) {
            // An old Quotemark export's trigger is the cue itself.
            if bounds[t].1.label == "Cue" {
                cue = Some(bounds[t].1.exact.clone());
            }
            parts.push(t);
        }
        for (role, target) in &roles[1..] {
            let Some(&t) = index.get(target.as_str()) else {
                out.refused.push(Refused {
                    at: Place::Line(*line),
                    reason: RefusalReason::UnknownId(target.clone()),
                });
                continue;
            };
            match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "Content" => content = Some(t),
                "Source" => {
                    speaker = Some(bounds[t].1.exact.clone());
                    parts.push(t);
                }
                "Cue" => {
                    cue = Some(bounds[t].1.exact.clone());
                    parts.push(t);
                }
                _ => {}
            }
        }
        if let Some(content) = content {
            for part in parts.into_iter().filter(|&p| p != content) {
                folded[part] = true;
            }
            attributed.insert(content, (speaker, cue));
        }
    }

    let mut spans: Vec<Option<ForeignSpan>> = bounds
        .into_iter()
        .enumerate()
        .map(|(i, (_, bound))| {
            let (speaker, cue) = attributed.remove(&i).unwrap_or_default();
            (!folded[i]).then(|| ForeignSpan {
                label: bound.label,
                range: bound.range,
                exact: bound.exact,
                matches_text: bound.matches_text,
                speaker,
                cue,
                notes: Vec::new(),
            })
        })
        .collect();
    for (line, target, note) in notes {
        match index.get(target.as_str()) {
            Some(&t) => {
                if let Some(span) = &mut spans[t] {
                    span.notes.push(note);
                }
            }
            // A note on an event or a relation: left aside with them.
            None if !target.starts_with('T') => {}
            None => out.refused.push(Refused {
                at: Place::Line(line),
                reason: RefusalReason::UnknownId(target),
            }),
        }
    }
    out.spans = spans.into_iter().flatten().collect();
    out.refused.sort_by_key(|r| match r.at {
        Place::Line(line) => line,
        _ => 0,
    });
    out
}

/// `Type start end[;start end…]` and the text the line gives.
fn text_bound(chars: &[char], body: &str, text: Option<&str>) -> Result<TextBound, RefusalReason> {
    let (label, offsets) = body.split_once(' ').ok_or(RefusalReason::NotStandoff)?;
    let mut fragments = Vec::new();
    for pair in offsets.split(';') {
        let numbers: Vec<usize> = pair
            .split(' ')
            .filter(|n| !n.is_empty())
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| RefusalReason::BadOffsets(offsets.to_owned()))?;
        let [start, end] = numbers[..] else {
            return Err(RefusalReason::BadOffsets(offsets.to_owned()));
        };
        if start > end || end > chars.len() {
            return Err(RefusalReason::OutsideText {
                start,
                end,
                length: chars.len(),
            });
        }
        fragments.push((start, end));
    }
    let first = fragments.iter().map(|f| f.0).min().unwrap_or(0);
    let last = fragments.iter().map(|f| f.1).max().unwrap_or(0);
    let covered: Vec<String> = fragments
        .iter()
        .map(|&(s, e)| chars[s..e].iter().collect())
        .collect();
    let covered = covered.join(" ");
    let stated = text.unwrap_or(&covered);
    let matches_text = stated == covered;
    // A span in fragments (across a line break) is the whole run from its first fragment to its
    // last, as Quotemark keeps it.
    let exact = if matches_text {
        chars[first..last].iter().collect()
    } else {
        stated.to_owned()
    };
    Ok(TextBound {
        label: label.to_owned(),
        range: CharRange::new(CharOffset::new(first), CharOffset::new(last)),
        matches_text,
        exact,
    })
}
