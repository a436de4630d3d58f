//! The `version` that every value Quotemark stores or exports carries at its top level, read
//! on its own before the rest, so that a value written by a newer Quotemark is recognised (and
//! opened read-only, or refused) before its other fields are interpreted.

use serde::Deserialize;

use crate::json::{self, JsonError};

/// The top-level `version` of a JSON object; `Err` when the text is not JSON or has no
/// numeric `version`.
pub fn version_of(json: &str) -> Result<u32, JsonError> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    json::parse::<VersionOnly>(json).map(|v| v.version)
}

#[cfg(test)]
mod tests {
    use super::version_of;

    #[test]
    fn the_version_is_read_whatever_else_the_object_holds() {
        assert_eq!(
            version_of(r#"{"id": "x", "version": 7, "more": [1]}"#).unwrap(),
            7
        );
        assert!(version_of(r#"{"id": "x"}"#).is_err());
        assert!(version_of(r#"{"version": "3"}"#).is_err());
        assert!(version_of("[").is_err());
    }
}
