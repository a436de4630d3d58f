//! JSON text in and out of Quotemark: stored records, exports, backups and imported files.
//!
//! Natively (the core's tests, the CLI, the benchmarks) this is `serde_json`. In the browser it
//! is the browser's own parser and printer, `JSON.parse` and `JSON.stringify`, with
//! `serde-wasm-bindgen` converting between their values and the Rust model (issue #21), so that
//! `serde_json`'s parser and printer are not part of the app's wasm module. Both read what the
//! other writes (`tests/browser_json.rs` holds them to it): compact text is the same byte for
//! byte but for numbers with a fraction of zero, which `JSON.stringify` prints as `1` where
//! `serde_json` prints `1.0`; a missing optional value is `null` in both.
//!
//! This is the one seam the core reaches through to the platform, chosen when it is compiled:
//! the core names no browser API, and its native tests run the `serde_json` side.

use serde::Serialize;
use serde::de::DeserializeOwned;
use thiserror::Error;

#[cfg(target_arch = "wasm32")]
pub mod ahead;
#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod native;
#[cfg(any(target_arch = "wasm32", test))]
mod syntax_position;

#[cfg(target_arch = "wasm32")]
use browser as platform;
#[cfg(not(target_arch = "wasm32"))]
use native as platform;

/// Why a text could not be read as the value asked for, or a value not written.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum JsonError {
    /// The text is not JSON. `at` is where the parser stopped, when it says.
    #[error("{}", with_place(message, *at))]
    Syntax {
        message: String,
        at: Option<LineColumn>,
    },
    /// The text is JSON but not of the shape asked for (a field missing, a string where a
    /// number belongs), or a value cannot be written as JSON.
    #[error("{message}")]
    Shape { message: String },
}

impl JsonError {
    pub fn at(&self) -> Option<LineColumn> {
        match self {
            Self::Syntax { at, .. } => *at,
            Self::Shape { .. } => None,
        }
    }
}

/// The parser's message, with the place it stopped unless the message names it already
/// (`serde_json`'s and recent browsers' do; older V8's gives a position in UTF-16 units).
fn with_place(message: &str, at: Option<LineColumn>) -> String {
    match at {
        Some(LineColumn { line, column }) if !message.contains("line") => {
            format!("{message} (line {line}, column {column})")
        }
        _ => message.to_owned(),
    }
}

/// A place in a text, both counted from 1, columns in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineColumn {
    pub line: usize,
    pub column: usize,
}

/// Reads `text` as a `T`.
pub fn parse<T: DeserializeOwned + 'static>(text: &str) -> Result<T, JsonError> {
    platform::parse(text)
}

/// Writes `value` as compact JSON.
pub fn print<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    platform::print(value)
}

/// Writes `value` as JSON indented by two spaces, as exports and backups are.
pub fn print_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    platform::print_pretty(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_syntax_error_says_where_once() {
        let serde_json_says = parse::<Vec<u32>>("[1,\n 2,,]").unwrap_err();
        assert_eq!(
            serde_json_says.at(),
            Some(LineColumn { line: 2, column: 4 })
        );
        assert_eq!(
            serde_json_says.to_string(),
            "expected value at line 2 column 4"
        );
        let v8_says = JsonError::Syntax {
            message: "Unexpected token ',' at position 7".to_owned(),
            at: Some(LineColumn { line: 2, column: 4 }),
        };
        assert_eq!(
            v8_says.to_string(),
            "Unexpected token ',' at position 7 (line 2, column 4)"
        );
    }

    #[test]
    fn a_value_of_the_wrong_shape_is_not_a_syntax_error() {
        let error = parse::<Vec<u32>>(r#"["one"]"#).unwrap_err();
        assert!(matches!(error, JsonError::Shape { .. }), "{error:?}");
        assert_eq!(error.at(), None);
    }
}
