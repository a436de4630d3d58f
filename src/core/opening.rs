//! Turning what a reader brings (pasted text, a `.txt` or `.md` file, the text extracted from
//! an HTML page) into a document: its normalised text and a title.
//!
//! The normalised text is what annotations count code points in and what the document's
//! identity hashes, so normalising is deliberately small and stable: a byte-order mark is
//! dropped, every line ending becomes `\n`, and blank lines and white space before the first
//! and after the last character are removed. Nothing inside the text changes: curly quotes,
//! no-break spaces and dashes are kept as they are. The bundled article is already normal.
//!
//! Bad input gets an [`OpenError`] that says what is wrong; nothing is opened then.

use thiserror::Error;

use super::credit::Credit;

/// The largest article Quotemark opens: 5 MiB of text, about 800,000 words.
pub const MAX_ARTICLE_BYTES: usize = 5 * 1024 * 1024;
/// A title is cut to this many code points.
pub const MAX_TITLE_CHARS: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum OpenError {
    #[error("the file is empty")]
    Empty,
    #[error("there is no text to open: it is only white space")]
    OnlyWhiteSpace,
    #[error(
        "the article is {} MB; Quotemark opens articles of up to {} MB",
        super::units::megabytes(*.bytes),
        MAX_ARTICLE_BYTES / 1_048_576
    )]
    TooLarge { bytes: usize },
    #[error("this is not a text file (it holds binary data); open a .txt, .md or .html file")]
    Binary,
    #[error("this page has no text to read")]
    NoTextInPage,
    #[error("Quotemark opens .txt, .md and .html files, not “{0}”")]
    UnsupportedType(String),
}

/// A document ready to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub text: String,
    pub title: String,
    pub source: Option<String>,
    /// Byline, date and site, when the page's metadata gave them.
    pub credit: Credit,
}

/// What kind of file a name suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Markdown,
    Html,
}

impl FileKind {
    pub fn of(file_name: &str) -> Result<FileKind, OpenError> {
        let lower = file_name.to_lowercase();
        let extension = lower.rsplit_once('.').map_or("", |(_, e)| e);
        match extension {
            "txt" | "text" => Ok(FileKind::Text),
            "md" | "markdown" => Ok(FileKind::Markdown),
            "html" | "htm" | "xhtml" => Ok(FileKind::Html),
            _ => Err(OpenError::UnsupportedType(file_name.to_owned())),
        }
    }
}

/// Checks a file's bytes before anything else reads them: size, emptiness, binary content.
pub fn check_bytes(bytes: &[u8]) -> Result<&str, OpenError> {
    if bytes.is_empty() {
        return Err(OpenError::Empty);
    }
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(OpenError::TooLarge { bytes: bytes.len() });
    }
    // NUL bytes never occur in text; invalid UTF-8 means another encoding or binary data.
    if bytes.contains(&0) {
        return Err(OpenError::Binary);
    }
    std::str::from_utf8(bytes).map_err(|_| OpenError::Binary)
}

/// The normalised form of a text (see the module documentation).
pub fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let unix = text.replace("\r\n", "\n").replace('\r', "\n");
    let trimmed = unix.trim_end();
    // Drop leading blank lines only: indentation of the first line is its own business.
    let start = trimmed
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(trimmed.len(), |(i, _)| {
            trimmed[..i].rfind('\n').map_or(0, |n| n + 1)
        });
    trimmed[start..].to_owned()
}

/// Pasted text or a `.txt` file: the first line is the title, blank lines separate paragraphs.
pub fn from_plain_text(text: &str) -> Result<Opened, OpenError> {
    if text.len() > MAX_ARTICLE_BYTES {
        return Err(OpenError::TooLarge { bytes: text.len() });
    }
    let text = normalise(text);
    if text.is_empty() {
        return Err(OpenError::OnlyWhiteSpace);
    }
    let title = title_from_first_line(&text);
    Ok(Opened {
        text,
        title,
        source: None,
        credit: Credit::default(),
    })
}

/// A Markdown file, as the plain text a reader sees: heading marks, emphasis, link targets,
/// images, inline-code backticks and block-quote marks are dropped; list items keep a bullet.
pub fn from_markdown(markdown: &str) -> Result<Opened, OpenError> {
    let mut lines = Vec::new();
    let mut in_code_block = false;
    for line in normalise(markdown).lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code_block = !in_code_block;
            continue;
        }
        if in_code_block {
            lines.push(line.to_owned());
            continue;
        }
        if is_rule(trimmed) {
            lines.push(String::new());
            continue;
        }
        let without_quote = trimmed.trim_start_matches('>').trim_start();
        let without_heading = without_quote.trim_start_matches('#');
        let content =
            if without_heading.len() != without_quote.len() && without_heading.starts_with(' ') {
                without_heading.trim_start()
            } else {
                without_quote
            };
        let content = match content
            .strip_prefix("- ")
            .or_else(|| content.strip_prefix("* "))
            .or_else(|| content.strip_prefix("+ "))
        {
            Some(item) => format!("• {item}"),
            None => content.to_owned(),
        };
        lines.push(inline_markdown(&content));
    }
    // A rule or a dropped image leaves blank lines; one blank line separates paragraphs.
    lines.dedup_by(|next, previous| next.trim().is_empty() && previous.trim().is_empty());
    from_plain_text(&lines.join("\n"))
}

fn is_rule(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3
        && (compact.chars().all(|c| c == '-')
            || compact.chars().all(|c| c == '*')
            || compact.chars().all(|c| c == '_'))
}

/// Inline Markdown to text: `[text](url)` → text, `![alt](src)` → nothing, `**x**`, `*x*`,
/// `__x__`, `_x_` and `` `x` `` → x. Lone marks (a `*` in "5 * 3") stay.
fn inline_markdown(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c == '[' || (c == '!' && chars.get(i + 1) == Some(&'[')))
            && let Some((text, after)) = link_at(&chars, if c == '!' { i + 1 } else { i })
        {
            if c != '!' {
                out.push_str(&inline_markdown(&text));
            }
            i = after;
            continue;
        }
        if matches!(c, '*' | '_' | '`') {
            let run = chars[i..].iter().take_while(|&&x| x == c).count();
            let marker: String = std::iter::repeat_n(c, run).collect();
            let rest: String = chars[i + run..].iter().collect();
            // Emphasis opens only before a non-space and closes later on the same line.
            if let Some(close) = rest.find(&marker)
                && close > 0
                && !rest.starts_with(' ')
                && (c != '_' || i == 0 || !chars[i - 1].is_alphanumeric())
            {
                out.push_str(&rest[..close]);
                i += run + rest[..close].chars().count() + run;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// A `[text](target)` starting at `open`: its text and the index after it.
fn link_at(chars: &[char], open: usize) -> Option<(String, usize)> {
    let close = open + chars[open..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|&c| c == ')')?;
    Some((chars[open + 1..close].iter().collect(), end + 1))
}

/// The first non-empty line, trimmed and cut to [`MAX_TITLE_CHARS`].
pub fn title_from_first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("Untitled article");
    clip_title(line)
}

/// A title cut to [`MAX_TITLE_CHARS`] code points, with an ellipsis when cut.
pub fn clip_title(title: &str) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.chars().count() <= MAX_TITLE_CHARS {
        return title;
    }
    let cut: String = title.chars().take(MAX_TITLE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundled::NATO_DIALOGUE_TEXT;

    #[test]
    fn normalising_keeps_the_bundled_article_as_it_is() {
        assert_eq!(normalise(NATO_DIALOGUE_TEXT), NATO_DIALOGUE_TEXT);
    }

    #[test]
    fn normalising_unifies_line_ends_and_trims_only_the_ends() {
        assert_eq!(
            normalise("\u{feff}\r\n\r\n  Title\r\n\r\nBody “quoted”\u{a0}text.\r\n\r\n"),
            "  Title\n\nBody “quoted”\u{a0}text."
        );
        assert_eq!(normalise("a\rb"), "a\nb");
    }

    #[test]
    fn pasted_text_takes_its_title_from_the_first_line() {
        let opened = from_plain_text("\n\nTrump says “obsolete”\n\nFirst paragraph.\n").unwrap();
        assert_eq!(opened.title, "Trump says “obsolete”");
        assert_eq!(opened.text, "Trump says “obsolete”\n\nFirst paragraph.");
        assert_eq!(
            from_plain_text(" \n\t\u{a0}\n"),
            Err(OpenError::OnlyWhiteSpace)
        );
    }

    #[test]
    fn markdown_opens_as_the_text_a_reader_sees() {
        let md = "# NATO and **Russia**\n\nStoltenberg said it was [“positive”](https://example.org) and *useful*.\n\n\
                  > A quoted block\n\n- first\n- second\n\n---\n\n![photo](a.jpg)Caption_text stays, 5 * 3 too.";
        let opened = from_markdown(md).unwrap();
        assert_eq!(opened.title, "NATO and Russia");
        assert_eq!(
            opened.text,
            "NATO and Russia\n\nStoltenberg said it was “positive” and useful.\n\nA quoted block\n\n• first\n• second\n\nCaption_text stays, 5 * 3 too."
        );
    }

    #[test]
    fn bad_bytes_get_their_own_messages() {
        assert_eq!(check_bytes(b""), Err(OpenError::Empty));
        assert_eq!(
            check_bytes(&[0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
            Err(OpenError::Binary)
        );
        assert_eq!(
            check_bytes(&[0xff, 0xd8, 0xff, 0xe0]),
            Err(OpenError::Binary)
        );
        let big = vec![b'a'; 20 * 1024 * 1024];
        let error = check_bytes(&big).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the article is 20.0 MB; Quotemark opens articles of up to 5 MB"
        );
        assert_eq!(check_bytes("“ok”".as_bytes()), Ok("“ok”"));
    }

    #[test]
    fn file_kinds_come_from_the_extension() {
        assert_eq!(FileKind::of("Story.HTML"), Ok(FileKind::Html));
        assert_eq!(FileKind::of("notes.md"), Ok(FileKind::Markdown));
        assert_eq!(FileKind::of("a.txt"), Ok(FileKind::Text));
        assert_eq!(
            FileKind::of("scan.pdf"),
            Err(OpenError::UnsupportedType("scan.pdf".into()))
        );
    }

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        let title = clip_title(&"word ".repeat(100));
        assert_eq!(title.chars().count(), MAX_TITLE_CHARS);
        assert!(title.ends_with('…'));
    }
}
