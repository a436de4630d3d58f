//! Renames the event-handler attributes (`onerror=`, `onload=`, …) of an HTML page and drops its
//! `<style>` elements before the browser parses it.
//!
//! Quotemark parses pages with `DOMParser`, whose document never runs anything; but the browser
//! still checks every inline handler and style element it parses against the page's
//! Content-Security-Policy and reports each one as a violation. Renaming the handlers first
//! (`onerror` becomes `data-defused-onerror`) and dropping the style sheets (never article text)
//! keeps those reports for real attacks. Only attribute names inside tags and style elements
//! change: the text between other tags, which is all Quotemark keeps, is left byte for byte.

use std::borrow::Cow;

/// The page with every `on…` attribute inside a tag renamed `data-defused-on…`, and without its
/// `<style>` elements.
pub fn defuse_event_handlers(html: &str) -> Cow<'_, str> {
    let has = |needle: &[u8]| find_ignoring_case(html.as_bytes(), needle).is_some();
    if !has(b"on") && !has(b"<style") {
        return Cow::Borrowed(html);
    }
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 64);
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // A tag starts at `<` followed by a letter (or `/` and a letter).
        let opens_tag = bytes[i] == b'<'
            && bytes
                .get(i + 1)
                .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/');
        if !opens_tag {
            i += 1;
            continue;
        }
        // A style sheet: its content is raw text up to `</style`, and it is never article text.
        if is_tag_named(&bytes[i + 1..], b"style") {
            out.push_str(&html[copied..i]);
            let end = find_ignoring_case(&bytes[i..], b"</style")
                .map(|at| i + at)
                .and_then(|close| {
                    bytes[close..]
                        .iter()
                        .position(|&b| b == b'>')
                        .map(|gt| close + gt + 1)
                })
                .unwrap_or(bytes.len());
            copied = end;
            i = end;
            continue;
        }
        let mut quote: Option<u8> = None;
        let mut j = i + 1;
        while j < bytes.len() {
            let b = bytes[j];
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b'>' => break,
                // An attribute name begins after white space or `/`.
                None if (bytes[j - 1].is_ascii_whitespace() || bytes[j - 1] == b'/')
                    && bytes[j..].len() > 2
                    && bytes[j..j + 2].eq_ignore_ascii_case(b"on")
                    && bytes[j + 2].is_ascii_alphabetic() =>
                {
                    out.push_str(&html[copied..j]);
                    out.push_str("data-defused-");
                    copied = j;
                }
                None => {}
            }
            j += 1;
        }
        i = j + 1;
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Whether `rest` (what follows a `<`) names the element `name`.
fn is_tag_named(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name)
        && !rest[name.len()].is_ascii_alphanumeric()
}

fn find_ignoring_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handlers_inside_tags_are_renamed_and_text_is_kept() {
        assert_eq!(
            defuse_event_handlers(
                "<p>Talks “online” <img src=x onerror=\"a()\"><svg/onload=b()></p>"
            ),
            "<p>Talks “online” <img src=x data-defused-onerror=\"a()\"><svg/data-defused-onload=b()></p>"
        );
        assert_eq!(
            defuse_event_handlers("<a title='x onclick=y' ONMOUSEOVER=z>one on one</a>"),
            "<a title='x onclick=y' data-defused-ONMOUSEOVER=z>one on one</a>"
        );
        assert!(matches!(
            defuse_event_handlers("<p>plain</p>"),
            Cow::Borrowed(_)
        ));
        // Not a tag: text with a `<` is left alone.
        assert_eq!(defuse_event_handlers("a < b onclick=c"), "a < b onclick=c");
        // Style sheets go, whatever their case; a <styles> element is not one.
        assert_eq!(
            defuse_event_handlers(
                "<p>a</p><STYLE media=x>p{}</style ><p>b</p><styles>c</styles><style>never closed"
            ),
            "<p>a</p><p>b</p><styles>c</styles>"
        );
    }
}
