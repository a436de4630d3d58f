//! The shared sort (`core::order`) gives exactly what the standard library's stable sort
//! gives, for any list and any key, duplicates included.
// Native only: the property-test crate is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use quotemark::core::order;

proptest! {
    #[test]
    fn sort_by_key_matches_the_standard_stable_sort(
        // Few distinct keys, so that many items tie and stability is tested.
        items in prop::collection::vec((0u8..6, any::<u16>()), 0..200)
    ) {
        let mut ours = items.clone();
        order::sort_by_key(&mut ours, |&(key, _)| key);
        let mut expected = items;
        expected.sort_by_key(|&(key, _)| key);
        prop_assert_eq!(ours, expected);
    }

    #[test]
    fn sort_by_matches_the_standard_stable_sort_on_strings(
        items in prop::collection::vec("[ab“”]{0,3}", 0..100)
    ) {
        let by_length = |a: &String, b: &String| a.chars().count().cmp(&b.chars().count());
        let mut ours = items.clone();
        order::sort_by(&mut ours, by_length);
        let mut expected = items;
        expected.sort_by(by_length);
        prop_assert_eq!(ours, expected);
    }
}
