//! CSV: a header row, then one row per annotation, every field of the model plus its context;
//! RFC 4180 quoting (fields with a comma, quotation mark or line break are quoted, quotation
//! marks doubled) and CRLF line ends, so spreadsheets open it as it is. Tags are joined by
//! "; ".

use super::context;
use crate::core::anchoring::SearchText;
use crate::core::annotation::{Annotation, Origin};

pub const HEADER: [&str; 18] = [
    "id",
    "kind",
    "start",
    "end",
    "exact",
    "prefix",
    "suffix",
    "note",
    "tags",
    "speaker",
    "cue",
    "quote_type",
    "attributed_to",
    "origin",
    "created",
    "modified",
    // Why the rules suggested it, and how sure they were (empty for the reader's own).
    "reason",
    "confidence",
];

/// One field, quoted when it must be.
pub fn field(value: &str) -> String {
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn row(fields: &[&str]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

pub fn export(text: &SearchText, annotations: &[Annotation]) -> String {
    let mut out = row(&HEADER);
    for a in annotations {
        let (prefix, suffix) = context(text, a);
        let (start, end, tags) = (a.start.to_string(), a.end.to_string(), a.tags.join("; "));
        let origin = match a.origin {
            Origin::User => "user",
            Origin::Suggested => "suggested",
        };
        out.push_str(&row(&[
            a.id.as_str(),
            a.kind.as_str(),
            &start,
            &end,
            &a.exact,
            &prefix,
            &suffix,
            &a.note,
            &tags,
            a.speaker.as_deref().unwrap_or(""),
            a.cue.as_deref().unwrap_or(""),
            a.quote_type.map_or("", |t| t.as_str()),
            a.attributed_to.as_deref().unwrap_or(""),
            origin,
            a.created.as_str(),
            a.modified.as_str(),
            a.suggested.as_ref().map_or("", |s| s.reason.rule()),
            a.suggested.as_ref().map_or("", |s| s.confidence.as_str()),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("said"), "said");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(
            field("“Russian” \"aggression\""),
            "\"“Russian” \"\"aggression\"\"\""
        );
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }
}
