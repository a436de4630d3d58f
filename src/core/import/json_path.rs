//! Reading untrusted JSON with the path of every value at hand, so that an error names the
//! field it is about (`annotations[3].end`).

use serde_json::Value;

use crate::core::time::Timestamp;

use super::ImportError;

/// A JSON value and where it is in the file.
#[derive(Clone)]
pub struct At<'a> {
    pub value: &'a Value,
    pub path: String,
}

impl<'a> At<'a> {
    pub fn root(value: &'a Value) -> Self {
        Self {
            value,
            path: String::new(),
        }
    }

    pub fn error(&self, message: impl Into<String>) -> ImportError {
        let path = if self.path.is_empty() {
            "the file".to_owned()
        } else {
            self.path.clone()
        };
        ImportError::Invalid {
            path,
            message: message.into(),
        }
    }

    fn child_path(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    /// The field `name`, which may be missing (or null).
    pub fn get(&self, name: &str) -> Option<At<'a>> {
        match self.value.get(name) {
            None | Some(Value::Null) => None,
            Some(value) => Some(At {
                value,
                path: self.child_path(name),
            }),
        }
    }

    /// The field `name`, which must be present.
    pub fn required(&self, name: &str) -> Result<At<'a>, ImportError> {
        self.get(name).ok_or_else(|| {
            At {
                value: self.value,
                path: self.child_path(name),
            }
            .error("is missing")
        })
    }

    pub fn as_str(&self) -> Result<&'a str, ImportError> {
        self.value
            .as_str()
            .ok_or_else(|| self.error(format!("must be text, not {}", kind_of(self.value))))
    }

    pub fn as_offset(&self) -> Result<usize, ImportError> {
        match self.value.as_u64() {
            Some(n) => usize::try_from(n).map_err(|_| self.error("is too large")),
            None if self.value.as_i64().is_some_and(|n| n < 0) => {
                Err(self.error("must not be negative"))
            }
            None => Err(self.error(format!(
                "must be a whole number, not {}",
                kind_of(self.value)
            ))),
        }
    }

    /// The items of an array; a single value counts as an array of one.
    pub fn items(&self) -> Vec<At<'a>> {
        match self.value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, value)| At {
                    value,
                    path: format!("{}[{i}]", self.path),
                })
                .collect(),
            _ => vec![self.clone()],
        }
    }

    /// The items of an array, which it must be.
    pub fn array(&self) -> Result<Vec<At<'a>>, ImportError> {
        if self.value.is_array() {
            Ok(self.items())
        } else {
            Err(self.error(format!("must be a list, not {}", kind_of(self.value))))
        }
    }

    /// An optional text field: missing, null and "" are all `None`.
    pub fn optional_str(&self, name: &str) -> Result<Option<String>, ImportError> {
        match self.get(name) {
            None => Ok(None),
            Some(at) => Ok(Some(at.as_str()?.to_owned()).filter(|s| !s.is_empty())),
        }
    }

    /// An optional time (RFC 3339, normalised to UTC): missing, null and "" are all `None`.
    pub fn optional_time(&self, name: &str) -> Result<Option<Timestamp>, ImportError> {
        match self.get(name) {
            None => Ok(None),
            Some(at) => match at.as_str()? {
                "" => Ok(None),
                text => Timestamp::parse(text).map(Some).map_err(|_| {
                    at.error("is not an RFC 3339 date and time such as 2026-11-28T10:00:00Z")
                }),
            },
        }
    }

    pub fn string_list(&self, name: &str) -> Result<Vec<String>, ImportError> {
        match self.get(name) {
            None => Ok(Vec::new()),
            Some(at) => at
                .array()?
                .iter()
                .map(|t| t.as_str().map(str::to_owned))
                .collect(),
        }
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
