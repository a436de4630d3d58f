//! Sizes as readers read them.

/// `bytes` in megabytes (MiB) with one decimal, rounded half up: "5.0", "12.3". Integer
/// arithmetic only, so the wasm carries no float formatting for a handful of messages.
pub fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u128 * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::megabytes;

    #[test]
    fn megabytes_have_one_decimal() {
        assert_eq!(megabytes(0), "0.0");
        assert_eq!(megabytes(5 * 1_048_576 + 1), "5.0");
        assert_eq!(megabytes(1_048_576 * 3 / 2), "1.5");
        assert_eq!(megabytes(1_048_576 / 10), "0.1");
        assert_eq!(megabytes(1_048_576 / 20 + 1), "0.1");
        assert!(!megabytes(usize::MAX).is_empty());
    }
}
