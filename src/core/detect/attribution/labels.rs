//! Speakers named by labels: a transcript line (`WALLACE: "…"`, or the name opening the
//! quotation) and a lead-in closing the paragraph before (`Caddell continued:`).

use std::ops::Range;

use super::super::mentions::{self, Mention, MentionKind};
use super::super::tokens::Doc;
use super::Frame;
use super::cue::cue_in;

/// `"WALLACE: Governor, …"`: a transcript line whose speaker's name opens the quotation.
pub(super) fn label_inside(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let first = f.open + 1;
    let colon = (first..(first + 4).min(f.after)).find(|&t| doc.is_punct(t, ':'))?;
    let upper = |t: usize| doc.word(t).chars().all(|c| !c.is_lowercase());
    let label = colon > first && (first..colon).all(|t| mentions::is_name_word(doc, t) && upper(t));
    label.then(|| {
        (
            Some(Mention {
                tokens: first..colon,
                kind: MentionKind::Name,
            }),
            colon..colon + 1,
        )
    })
}

/// `WALLACE: "…"`: a paragraph that opens with a name and a colon.
pub(super) fn transcript_label(doc: &Doc, open: usize) -> Option<(Option<Mention>, Range<usize>)> {
    let paragraph = doc.sentences[doc.tokens[open].sentence].paragraph;
    let first = doc.token_at_or_after(doc.paragraphs[paragraph].start);
    let colon = (first..open.min(first + 5)).find(|&t| doc.is_punct(t, ':'))?;
    let all_names = colon > first && (first..colon).all(|t| mentions::is_name_word(doc, t));
    all_names.then(|| {
        (
            Some(Mention {
                tokens: first..colon,
                kind: MentionKind::Name,
            }),
            colon..colon + 1,
        )
    })
}

/// `Caddell continued:` / `The New York Times reports:` closing the paragraph before.
pub(super) fn lead_in(doc: &Doc, paragraph: usize) -> Option<(Option<Mention>, Range<usize>)> {
    let previous = paragraph.checked_sub(1)?;
    let end = doc.token_at_or_after(doc.paragraphs[previous].end);
    if end == 0 || !doc.is_punct(end - 1, ':') {
        return None;
    }
    let sentence = doc.sentence_tokens(doc.tokens[end - 1].sentence);
    cue_in(doc, sentence.start..end - 1, true)
}
