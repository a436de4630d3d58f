//! Defuses an HTML page before the browser parses it: renames its event-handler attributes
//! (`onerror=`, `onload=`, …) and `style` attributes, and drops its `<style>` and `<base>`
//! elements.
//!
//! Quotemark parses pages with `DOMParser`, whose document never runs or loads anything; but the
//! browser still checks every inline handler, style attribute and style element it parses, and
//! a `<base>` element, against the app's Content-Security-Policy and reports each one as a
//! violation. Renaming (`onerror` becomes `data-defused-onerror`, `style` becomes
//! `data-defused-style`) and dropping what is never article text keeps those reports for real
//! attacks. A style attribute that hides its element (`display: none`, `visibility: hidden`)
//! leaves a `hidden` attribute in its place, so that the extractor still skips what a reader
//! never sees. Only what is inside tags and the dropped elements change: the text between other
//! tags, which is all Quotemark keeps, is left byte for byte.

use std::borrow::Cow;

/// The page with every `on…` attribute inside a tag renamed `data-defused-on…`, every `style`
/// attribute renamed `data-defused-style` (with `hidden` beside it when it hid the element), and
/// without its `<style>` and `<base>` elements.
pub fn defuse_page(html: &str) -> Cow<'_, str> {
    let has = |needle: &[u8]| find_ignoring_case(html.as_bytes(), needle).is_some();
    if !has(b"on") && !has(b"style") && !has(b"<base") {
        return Cow::Borrowed(html);
    }
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 64);
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // A comment is never markup: skip to its end.
        if bytes[i..].starts_with(b"<!--") {
            i = find_ignoring_case(&bytes[i + 4..], b"-->")
                .map_or(bytes.len(), |at| i + 4 + at + 3);
            continue;
        }
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
        let tag = i + 1;
        let base = is_tag_named(&bytes[tag..], b"base");
        if base {
            out.push_str(&html[copied..i]);
        }
        let mut quote: Option<u8> = None;
        let mut j = i + 1;
        while j < bytes.len() {
            let b = bytes[j];
            let starts_name = quote.is_none()
                && !base
                && (bytes[j - 1].is_ascii_whitespace() || bytes[j - 1] == b'/');
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b'>' => break,
                // An attribute name begins after white space or `/`.
                None if starts_name
                    && bytes[j..].len() > 2
                    && bytes[j..j + 2].eq_ignore_ascii_case(b"on")
                    && bytes[j + 2].is_ascii_alphabetic() =>
                {
                    out.push_str(&html[copied..j]);
                    out.push_str("data-defused-");
                    copied = j;
                }
                None if starts_name && is_attribute_named(&bytes[j..], b"style") => {
                    out.push_str(&html[copied..j]);
                    if hides(attribute_value(&bytes[j + b"style".len()..])) {
                        out.push_str("hidden ");
                    }
                    out.push_str("data-defused-");
                    copied = j;
                }
                None => {}
            }
            j += 1;
        }
        i = j + 1;
        if base {
            // The whole `<base …>` tag goes; it has no content and no end tag.
            copied = i.min(bytes.len());
        }
        // Scripts and the other raw-text elements hold text, not tags, up to their end tag: a
        // `<` or a quote in a script must not be read as markup.
        if let Some(name) = RAW_TEXT
            .iter()
            .find(|name| is_tag_named(&bytes[tag..], name))
        {
            let mut close = Vec::with_capacity(name.len() + 2);
            close.extend_from_slice(b"</");
            close.extend_from_slice(name);
            i = find_ignoring_case(&bytes[i.min(bytes.len())..], &close)
                .map_or(bytes.len(), |at| i + at);
        }
    }
    out.push_str(&html[copied.min(html.len())..]);
    Cow::Owned(out)
}

/// Elements whose content the HTML parser reads as text up to their end tag.
const RAW_TEXT: &[&[u8]] = &[
    b"script",
    b"textarea",
    b"title",
    b"xmp",
    b"noembed",
    b"noframes",
];

/// Whether `rest` starts with the attribute name `name` (followed by `=`, white space, `/` or
/// `>`).
fn is_attribute_named(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name)
        && (matches!(rest[name.len()], b'=' | b'/' | b'>')
            || rest[name.len()].is_ascii_whitespace())
}

/// The value of an attribute whose name ends just before `rest`: quoted or not, empty if none.
fn attribute_value(rest: &[u8]) -> &[u8] {
    let skip_space = |at: usize| {
        at + rest[at..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count()
    };
    let at = skip_space(0);
    if rest.get(at) != Some(&b'=') {
        return &[];
    }
    let at = skip_space(at + 1);
    match rest.get(at) {
        Some(&q) if q == b'"' || q == b'\'' => {
            let value = &rest[at + 1..];
            &value[..value.iter().position(|&b| b == q).unwrap_or(value.len())]
        }
        Some(_) => {
            let value = &rest[at..];
            let end = value
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b == b'>')
                .unwrap_or(value.len());
            &value[..end]
        }
        None => &[],
    }
}

/// Whether a style declaration hides its element from the reader.
fn hides(style: &[u8]) -> bool {
    let compact: Vec<u8> = style
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(u8::to_ascii_lowercase)
        .collect();
    [&b"display:none"[..], &b"visibility:hidden"[..]]
        .iter()
        .any(|needle| compact.windows(needle.len()).any(|w| w == *needle))
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
            defuse_page("<p>Talks “online” <img src=x onerror=\"a()\"><svg/onload=b()></p>"),
            "<p>Talks “online” <img src=x data-defused-onerror=\"a()\"><svg/data-defused-onload=b()></p>"
        );
        assert_eq!(
            defuse_page("<a title='x onclick=y' ONMOUSEOVER=z>one on one</a>"),
            "<a title='x onclick=y' data-defused-ONMOUSEOVER=z>one on one</a>"
        );
        assert!(matches!(defuse_page("<p>plain</p>"), Cow::Borrowed(_)));
        // Not a tag: text with a `<` is left alone.
        assert_eq!(defuse_page("a < b onclick=c"), "a < b onclick=c");
        // Style sheets go, whatever their case; a <styles> element is not one.
        assert_eq!(
            defuse_page(
                "<p>a</p><STYLE media=x>p{}</style ><p>b</p><styles>c</styles><style>never closed"
            ),
            "<p>a</p><p>b</p><styles>c</styles>"
        );
    }

    #[test]
    fn style_attributes_are_renamed_and_hiding_ones_leave_hidden() {
        assert_eq!(
            defuse_page("<p style=\"color: red\">shown</p><div STYLE = 'Display : None'>x</div>"),
            "<p data-defused-style=\"color: red\">shown</p><div hidden data-defused-STYLE = 'Display : None'>x</div>"
        );
        assert_eq!(
            defuse_page("<span style=visibility:hidden>y</span><b data-style=1 styles=2>z</b>"),
            "<span hidden data-defused-style=visibility:hidden>y</span><b data-style=1 styles=2>z</b>"
        );
        // The words in the text are never touched.
        assert_eq!(
            defuse_page("<p>style=display:none</p>"),
            "<p>style=display:none</p>"
        );
    }

    #[test]
    fn scripts_and_comments_are_not_read_as_markup() {
        // A `<` and a quote in a script would otherwise open a "tag" that swallows the next.
        assert_eq!(
            defuse_page("<script>if (a<b) x = \"'\";</script><div style=\"display:none\">x</div>"),
            "<script>if (a<b) x = \"'\";</script><div hidden data-defused-style=\"display:none\">x</div>"
        );
        // A script's own handlers are defused; what is in it is left alone.
        assert_eq!(
            defuse_page("<SCRIPT onload=a>'<p onclick=b>'</script><p onclick=c>"),
            "<SCRIPT data-defused-onload=a>'<p onclick=b>'</script><p data-defused-onclick=c>"
        );
        assert_eq!(
            defuse_page("<!-- <a href='x --><p style=x>t</p>"),
            "<!-- <a href='x --><p data-defused-style=x>t</p>"
        );
        assert_eq!(
            defuse_page("<title>a \"b</title><p onclick=c>"),
            "<title>a \"b</title><p data-defused-onclick=c>"
        );
    }

    #[test]
    fn base_elements_are_dropped() {
        assert_eq!(
            defuse_page(
                "<head><BASE href=\"https://a.example/>\"><title>t</title></head><p>a base</p>"
            ),
            "<head><title>t</title></head><p>a base</p>"
        );
        assert_eq!(defuse_page("<p>x</p><base href=y"), "<p>x</p>");
        // <basefont> is not <base>.
        assert_eq!(defuse_page("<basefont size=3>t"), "<basefont size=3>t");
    }
}
