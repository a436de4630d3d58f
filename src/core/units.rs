//! Sizes as readers read them.

/// `bytes` in megabytes (MiB) with one decimal, rounded half up: "5.0", "12.3". Integer
/// arithmetic only, so the wasm carries no float formatting for a handful of messages.
pub fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u128 * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A count with a comma between thousands, as English prose writes it: "3,400", "512".
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{count, megabytes};

    #[test]
    fn counts_have_commas_between_thousands() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(3_400), "3,400");
        assert_eq!(count(1_234_567), "1,234,567");
    }

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
