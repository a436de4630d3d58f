//! `core::time::Timestamp` against a reference implementation, the `time` crate (0.3, its
//! RFC 3339 parser): every date-time it reads names the same moment here, the normalised text
//! reads back as that moment, and the order of moments is the order of timestamps.
// Native only: the property-test and reference crates are native dev-dependencies.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use quotemark::core::time::Timestamp;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// An RFC 3339 date-time with a random fraction (0 to 9 digits) and offset.
fn rfc3339() -> impl Strategy<Value = String> {
    (
        (1i32..=9998, 1u32..=12, 1u32..=28),
        (0u32..24, 0u32..60, 0u32..60),
        proptest::collection::vec(0u8..10, 0..=9),
        prop_oneof![Just(None), (-23i32..=23, 0u32..60).prop_map(Some)],
        proptest::bool::ANY,
    )
        .prop_map(|((y, mo, d), (h, mi, s), fraction, offset, lower)| {
            let fraction: String = if fraction.is_empty() {
                String::new()
            } else {
                format!(
                    ".{}",
                    fraction
                        .iter()
                        .map(|d| char::from(b'0' + d))
                        .collect::<String>()
                )
            };
            let offset = match offset {
                None => {
                    if lower {
                        "z".into()
                    } else {
                        "Z".into()
                    }
                }
                Some((hours, minutes)) => {
                    format!(
                        "{}{:02}:{minutes:02}",
                        if hours < 0 { '-' } else { '+' },
                        hours.abs()
                    )
                }
            };
            let t = if lower { 't' } else { 'T' };
            format!("{y:04}-{mo:02}-{d:02}{t}{h:02}:{mi:02}:{s:02}{fraction}{offset}")
        })
}

fn reference_nanos(text: &str) -> i128 {
    OffsetDateTime::parse(text, &Rfc3339)
        .unwrap()
        .unix_timestamp_nanos()
}

proptest! {
    #[test]
    fn every_rfc3339_time_names_the_moment_the_reference_reads(text in rfc3339()) {
        let ours = Timestamp::parse(&text);
        let moment = reference_nanos(&text);
        // Years the offset moves out of 0..=9999 are refused; every other time is read.
        let normalised_year = OffsetDateTime::from_unix_timestamp_nanos(moment).unwrap().year();
        if !(0..=9999).contains(&normalised_year) {
            prop_assert!(ours.is_err());
            return Ok(());
        }
        let ours = ours.unwrap();
        prop_assert!(ours.as_str().ends_with('Z'));
        prop_assert_eq!(reference_nanos(ours.as_str()), moment);
    }

    #[test]
    fn timestamps_order_as_the_moments_they_name(a in rfc3339(), b in rfc3339()) {
        let (Ok(x), Ok(y)) = (Timestamp::parse(&a), Timestamp::parse(&b)) else { return Ok(()); };
        prop_assert_eq!(x.cmp(&y), reference_nanos(&a).cmp(&reference_nanos(&b)));
    }

    #[test]
    fn the_unix_clock_reads_back_as_the_same_moment(millis in -62_135_596_800_000i64..253_402_300_799_999) {
        let written = Timestamp::from_unix_millis(millis);
        prop_assert_eq!(reference_nanos(written.as_str()), i128::from(millis) * 1_000_000);
        let read_back = Timestamp::parse(written.as_str()).unwrap();
        prop_assert_eq!(read_back.as_str(), written.as_str());
    }
}
