//! The downloadable report: one self-contained HTML file (the article with its highlights, the
//! speaker roster, the two charts, the framing and claims lists; styles inline, no scripts, no
//! external resources, so it opens offline and prints cleanly; `html.rs`, its styles in
//! `report.css`) and a Markdown version (`markdown.rs`).
//!
//! Every piece of text from the article or the annotations goes through [`escape`], in text and
//! in attributes alike.

use std::fmt::Write;

use super::roster::Aliases;
use crate::core::annotation::Annotation;
use crate::core::article::Article;
use crate::core::time::Timestamp;

mod html;
mod markdown;

pub use html::html;
pub use markdown::markdown;

/// What a report is made from.
pub struct ReportInput<'a> {
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub article: &'a Article,
    pub annotations: &'a [Annotation],
    pub aliases: &'a Aliases,
    /// When the report was made (RFC 3339).
    pub generated: &'a Timestamp,
}

/// Escapes text for HTML text and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// "Quote — NATO Secretary General Jens Stoltenberg (noting)".
fn hover_text(a: &Annotation) -> String {
    let details = details(a);
    if details.is_empty() {
        a.kind.label().to_owned()
    } else {
        format!("{} — {details}", a.kind.label())
    }
}

/// Speaker or framer, cue and note: "Jens Stoltenberg (noting). Check the date."
fn details(a: &Annotation) -> String {
    let who = a.speaker.as_deref().or(a.attributed_to.as_deref());
    let mut text = String::new();
    if let Some(who) = who.filter(|w| !w.trim().is_empty()) {
        text.push_str(who);
    }
    // A cue that is only punctuation (a headline's ":") says nothing in words.
    if let Some(cue) = a
        .cue
        .as_deref()
        .filter(|c| c.chars().any(char::is_alphanumeric))
    {
        let _ = write!(text, " ({cue})");
    }
    if !a.note.trim().is_empty() {
        let _ = write!(text, ". {}", a.note.trim());
    }
    text
}
