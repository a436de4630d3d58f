//! Finding quotations: which quotation marks pair up, paragraph by paragraph.
//!
//! Positions are code point indices. Marks recognised: straight `"`, curly `“ ”`, low `„`,
//! the two apostrophes `''` some papers print for a double mark, guillemets `« »`, and single
//! marks `' ‘ ’` in the headline or nested inside a double quotation.
//! A straight mark opens or closes by what is around it; a curly mark normally says which it
//! is, but a typo like `”Mr. Trump` is read by its surroundings too. A quotation still open at
//! the end of a paragraph ends there (news style for quotes over several paragraphs: each one
//! reopens the quote and only the last closes it); the next piece is marked `continued`.
//!
//! Only outermost quotations are returned, so the spans are disjoint and in text order.

use std::ops::Range;

/// One outermost quotation, or one paragraph's piece of a quotation over several paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedSpan {
    /// The opening mark.
    pub start: usize,
    /// One past the closing mark, or the end of the paragraph when the quote runs on.
    pub end: usize,
    /// Whether a closing mark ends it.
    pub closed: bool,
    /// Whether it reopens a quotation left open at the end of the previous paragraph.
    pub continued: bool,
    /// Length of the opening mark (2 for `''`).
    pub open_len: usize,
    /// Length of the closing mark (0 when not closed).
    pub close_len: usize,
    pub paragraph: usize,
}

impl QuotedSpan {
    /// The quoted words, without the marks.
    pub fn inner(&self) -> Range<usize> {
        self.start + self.open_len..self.end - self.close_len
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
    Guillemet,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Glyph {
    Opening,
    Closing,
    Either,
}

/// 2 when `''` (two straight apostrophes) starts at `i`, else 1.
pub fn double_apostrophe_len(chars: &[char], i: usize) -> usize {
    if chars[i] == '\'' && chars.get(i + 1) == Some(&'\'') {
        2
    } else {
        1
    }
}

fn glyph(chars: &[char], i: usize) -> Option<(Family, Glyph, usize)> {
    Some(match chars[i] {
        '"' => (Family::Double, Glyph::Either, 1),
        '\'' if double_apostrophe_len(chars, i) == 2 => (Family::Double, Glyph::Either, 2),
        '“' | '„' | '‟' => (Family::Double, Glyph::Opening, 1),
        '”' => (Family::Double, Glyph::Closing, 1),
        '«' => (Family::Guillemet, Glyph::Opening, 1),
        '»' => (Family::Guillemet, Glyph::Closing, 1),
        '‘' => (Family::Single, Glyph::Opening, 1),
        '’' => (Family::Single, Glyph::Closing, 1),
        '\'' => (Family::Single, Glyph::Either, 1),
        _ => return None,
    })
}

/// Text before a mark that lets it open: nothing, a space, a bracket, a dash or another mark.
fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '\'' | '«' | ':'
            )
    })
}

struct Open {
    family: Family,
    start: usize,
    len: usize,
}

/// All outermost quotations of the text, given its paragraphs (in order).
pub fn quoted_spans(
    chars: &[char],
    paragraphs: &[Range<usize>],
    headline: Option<usize>,
) -> Vec<QuotedSpan> {
    let mut spans = Vec::new();
    let mut left_open = false;
    for (p, para) in paragraphs.iter().enumerate() {
        let headline = headline == Some(p);
        let mut stack: Vec<Open> = Vec::new();
        let mut i = para.start;
        while i < para.end {
            let Some((family, glyph, len)) = glyph(chars, i) else {
                i += 1;
                continue;
            };
            let before = (i > para.start).then(|| chars[i - 1]);
            let after = chars.get(i + len).copied().filter(|_| i + len < para.end);
            let inside_double = stack.iter().any(|o| o.family == Family::Double);
            if family == Family::Single {
                let between_letters = before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric);
                if between_letters || !(headline || inside_double) {
                    i += len;
                    continue;
                }
            }
            // `the rank of “career minister,’ has shrunk`: a single closing mark after a comma
            // or a full stop, where no single quotation is open, is a typo for the double one
            // (read as an apostrophe, it left the quotation open over every later one).
            let family = if family == Family::Single
                && glyph == Glyph::Closing
                && inside_double
                && !stack.iter().any(|o| o.family == Family::Single)
                && before.is_some_and(|c| matches!(c, ',' | '.'))
                && after.is_none_or(char::is_whitespace)
            {
                Family::Double
            } else {
                family
            };
            let may_open = opens_after(before) && after.is_some_and(|c| !c.is_whitespace());
            let may_close = before.is_some_and(|c| !c.is_whitespace() && !opens_after(Some(c)))
                || before.is_some_and(|c| matches!(c, '"' | '\''))
                    && stack.last().is_some_and(|o| o.family == family);
            let is_open = stack.iter().any(|o| o.family == family);
            let opens = match glyph {
                Glyph::Opening => !(may_close && !may_open && is_open),
                // A closing single mark that would close nothing is an apostrophe.
                Glyph::Closing => family != Family::Single && may_open && !may_close && !is_open,
                Glyph::Either if may_open && !may_close => true,
                Glyph::Either if may_close && !may_open => false,
                Glyph::Either if may_open => !is_open,
                // Spaces on both sides: a stray mark, unless it can close something.
                Glyph::Either => {
                    if !is_open {
                        i += len;
                        continue;
                    }
                    false
                }
            };
            if opens {
                stack.push(Open {
                    family,
                    start: i,
                    len,
                });
            } else if let Some(k) = stack.iter().rposition(|o| o.family == family) {
                let open = &stack[k];
                if k == 0 {
                    spans.push(QuotedSpan {
                        start: open.start,
                        end: i + len,
                        closed: true,
                        continued: left_open && open.start == para.start,
                        open_len: open.len,
                        close_len: len,
                        paragraph: p,
                    });
                }
                stack.truncate(k);
            }
            i += len;
        }
        let outer = stack
            .into_iter()
            .find(|o| o.family != Family::Single || headline);
        left_open = match outer {
            Some(open) if open.start + open.len < para.end => {
                spans.push(QuotedSpan {
                    start: open.start,
                    end: para.end,
                    closed: false,
                    continued: left_open && open.start == para.start,
                    open_len: open.len,
                    close_len: 0,
                    paragraph: p,
                });
                true
            }
            _ => false,
        };
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for (i, c) in chars.iter().enumerate() {
            if *c == '\n' {
                paragraphs.push(start..i);
                start = i + 1;
            }
        }
        paragraphs.push(start..chars.len());
        paragraphs.retain(|p| !p.is_empty());
        quoted_spans(&chars, &paragraphs, Some(0))
            .iter()
            .map(|s| {
                let t: String = chars[s.start..s.end].iter().collect();
                if s.continued { format!("+{t}") } else { t }
            })
            .collect()
    }

    #[test]
    fn straight_and_curly_marks_pair_even_when_mixed() {
        assert_eq!(
            spans("Title\n“The message,\" he said. He called it \"obsolete.\""),
            ["“The message,\"", "\"obsolete.\""]
        );
    }

    #[test]
    fn two_apostrophes_work_as_a_double_mark() {
        assert_eq!(
            spans("Title\nThe ''Buffett rule'' and ''carried interest'' loophole"),
            ["''Buffett rule''", "''carried interest''"]
        );
    }

    #[test]
    fn single_marks_quote_only_in_headlines_and_inside_double_quotes() {
        assert_eq!(
            spans(
                "Obama Sees 'Personal Insult' if Voters Stay Home\nThe players’ union didn't say 'no'."
            ),
            ["'Personal Insult'"]
        );
        assert_eq!(
            spans("T\n“He told me ‘no way’ twice,” she said."),
            ["“He told me ‘no way’ twice,”"]
        );
    }

    #[test]
    fn guillemets_and_nested_double_quotes_give_the_outer_span() {
        assert_eq!(
            spans("T\nIl a dit « non » hier. “It’s “fine” now,” he said."),
            ["« non »", "“It’s “fine” now,”"]
        );
    }

    #[test]
    fn a_quote_over_paragraphs_is_reopened_by_each_and_closed_by_the_last() {
        assert_eq!(
            spans("T\n“First part of it.\n“Second part.\n“Last part,” she said."),
            ["“First part of it.", "+“Second part.", "+“Last part,”"]
        );
    }

    #[test]
    fn a_single_closing_mark_after_a_comma_closes_a_double_quotation_left_open() {
        assert_eq!(
            spans("T\nThe rank of “career minister,’ has shrunk, and of “counselor,” too."),
            ["“career minister,’", "“counselor,”"]
        );
        // Where a single quotation is open, it closes that one, as before.
        assert_eq!(
            spans("T\n“He told me ‘no,’ twice,” she said."),
            ["“He told me ‘no,’ twice,”"]
        );
    }

    #[test]
    fn a_curly_typo_is_read_by_its_surroundings_and_a_stray_mark_is_ignored() {
        assert_eq!(
            spans("T\nShe said ”Mr. Trump is late.” Then 6'3 tall”."),
            ["”Mr. Trump is late.”"]
        );
    }
}
