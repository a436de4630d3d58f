//! [`crate::json`] with `serde_json`: natively, and in the browser only where a test compares
//! the two sides.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{JsonError, LineColumn};

pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    serde_json::from_str(text).map_err(into_json_error)
}

pub fn print<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    serde_json::to_string(value).map_err(into_json_error)
}

pub fn print_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    serde_json::to_string_pretty(value).map_err(into_json_error)
}

fn into_json_error(error: serde_json::Error) -> JsonError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => JsonError::Syntax {
            at: Some(LineColumn {
                line: error.line(),
                column: error.column(),
            }),
            message: error.to_string(),
        },
        Category::Data => JsonError::Shape {
            message: error.to_string(),
        },
    }
}
