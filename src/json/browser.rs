//! [`crate::json`] with the browser's `JSON.parse` and `JSON.stringify`: the text is parsed
//! into JavaScript values by the browser, and `serde-wasm-bindgen` reads those into the Rust
//! model (and back), so no JSON parser or printer is compiled into the module.

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

use super::{JsonError, syntax_position};

/// Missing values as `null` and maps as objects, as `serde_json` writes them.
const SERIALIZER: serde_wasm_bindgen::Serializer =
    serde_wasm_bindgen::Serializer::json_compatible();

pub fn parse<T: DeserializeOwned + 'static>(text: &str) -> Result<T, JsonError> {
    if let Some(read) = super::ahead::take::<T>(text) {
        return Ok(read);
    }
    from_js(parse_js(text)?)
}

/// The browser's reading of `text`, before it is converted to the Rust model.
pub(super) fn parse_js(text: &str) -> Result<JsValue, JsonError> {
    js_sys::JSON::parse(text).map_err(|thrown| syntax_error(text, &thrown))
}

/// A value the browser has read, converted to a `T`.
pub(super) fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, JsonError> {
    serde_wasm_bindgen::from_value(value).map_err(|error| JsonError::Shape {
        message: error.to_string(),
    })
}

pub fn print<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    let value = to_js(value)?;
    stringified(js_sys::JSON::stringify(&value))
}

pub fn print_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    let value = to_js(value)?;
    stringified(js_sys::JSON::stringify_with_replacer_and_space(
        &value,
        &JsValue::NULL,
        &JsValue::from(2),
    ))
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsonError> {
    value
        .serialize(&SERIALIZER)
        .map_err(|error| JsonError::Shape {
            message: error.to_string(),
        })
}

fn stringified(result: Result<js_sys::JsString, JsValue>) -> Result<String, JsonError> {
    result.map(String::from).map_err(|thrown| JsonError::Shape {
        message: message_of(&thrown),
    })
}

/// The browser's `SyntaxError`, with the line and column it names or, where it gives only a
/// position (in UTF-16 units, as V8 does), the line and column of that position.
fn syntax_error(text: &str, thrown: &JsValue) -> JsonError {
    let message = message_of(thrown);
    let at = syntax_position::from_message(text, &message);
    JsonError::Syntax { message, at }
}

fn message_of(thrown: &JsValue) -> String {
    thrown
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| thrown.as_string())
        .unwrap_or_else(|| "the browser could not read it".to_owned())
}
