//! Reading the selectors of a W3C or Hypothesis target.

use super::ImportError;
use super::json_path::At;
use crate::core::anchoring::{TextPositionSelector, TextQuoteSelector};

/// The quote selector (required, with non-empty `exact`) and position selector (optional)
/// of a target, which may be one object or a list of them.
pub fn from_target(
    target: &At,
) -> Result<(TextQuoteSelector, Option<TextPositionSelector>), ImportError> {
    let mut quote = None;
    let mut position = None;
    for one in target.items() {
        let Some(selectors) = one.get("selector") else {
            continue;
        };
        for selector in selectors.items() {
            let kind = selector
                .get("type")
                .and_then(|t| t.value.as_str().map(str::to_owned));
            match kind.as_deref() {
                Some("TextQuoteSelector") if quote.is_none() => {
                    let exact = selector.required("exact")?;
                    let exact_text = exact.as_str()?;
                    if exact_text.is_empty() {
                        return Err(exact.error("must not be empty"));
                    }
                    quote = Some(TextQuoteSelector {
                        exact: exact_text.to_owned(),
                        prefix: selector.optional_str("prefix")?.unwrap_or_default(),
                        suffix: selector.optional_str("suffix")?.unwrap_or_default(),
                    });
                }
                Some("TextPositionSelector") if position.is_none() => {
                    let start = selector.required("start")?.as_offset()?;
                    let end_at = selector.required("end")?;
                    let end = end_at.as_offset()?;
                    if end < start {
                        return Err(end_at.error(format!("must not be before start ({start})")));
                    }
                    position = Some(TextPositionSelector { start, end });
                }
                _ => {}
            }
        }
    }
    let quote =
        quote.ok_or_else(|| target.error("has no TextQuoteSelector with the exact text"))?;
    Ok((quote, position))
}
