//! Where the browser's JSON parser says it stopped, read from its message: the browser throws
//! a `SyntaxError` whose only structure is its text, which differs between engines. What it
//! cannot find it leaves out (the message is still shown); it never guesses.

use super::LineColumn;

/// The place `message` names in `text`: its line and column (as recent V8 and Firefox say,
/// `… (line 3 column 7)`), or the line and column of its position in UTF-16 units (as older
/// V8 says, `… at position 15`).
pub fn from_message(text: &str, message: &str) -> Option<LineColumn> {
    stated_line_column(message)
        .or_else(|| stated_position(message).map(|position| line_column_at(text, position)))
}

fn stated_line_column(message: &str) -> Option<LineColumn> {
    let rest = &message[message.find("line ")? + 5..];
    let line = leading_number(rest)?;
    let rest = &rest[rest.find("column ")? + 7..];
    Some(LineColumn {
        line,
        column: leading_number(rest)?,
    })
}

fn stated_position(message: &str) -> Option<usize> {
    leading_number(&message[message.find("position ")? + 9..])
}

fn leading_number(text: &str) -> Option<usize> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    text[..digits].parse().ok()
}

/// The line and column (from 1, columns in characters) of UTF-16 position `position`.
fn line_column_at(text: &str, position: usize) -> LineColumn {
    let mut at = LineColumn { line: 1, column: 1 };
    let mut units = 0;
    for c in text.chars() {
        if units >= position {
            break;
        }
        units += c.len_utf16();
        if c == '\n' {
            at = LineColumn {
                line: at.line + 1,
                column: 1,
            };
        } else {
            at.column += 1;
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Option<LineColumn> {
        Some(LineColumn { line, column })
    }

    #[test]
    fn a_stated_line_and_column_are_taken_as_they_are() {
        let message =
            "Expected ',' or '}' after property value in JSON at position 20 (line 2 column 3)";
        assert_eq!(from_message("whatever", message), at(2, 3));
    }

    #[test]
    fn a_position_in_utf16_units_is_counted_into_lines_and_characters() {
        // "😀" is two UTF-16 units and one character; the error is at the "x" of line 2.
        let text = "{\"a\": \"😀\",\n x}";
        let message = "Expected double-quoted property name in JSON at position 13";
        assert_eq!(
            text.encode_utf16().position(|u| u == u16::from(b'x')),
            Some(13)
        );
        assert_eq!(from_message(text, message), at(2, 2));
    }

    #[test]
    fn a_message_without_a_place_gives_none() {
        assert_eq!(from_message("[1,", "Unexpected end of JSON input"), None);
        assert_eq!(
            from_message("x", "Unexpected token 'x', \"x\" is not valid JSON"),
            None
        );
    }
}
