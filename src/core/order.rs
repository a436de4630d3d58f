//! Stable sorting through one shared copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element *and* the comparator, so every call site
//! with its own closure compiles a fresh copy of the sort (about 4 KB of wasm each; the app
//! had seventeen). These functions sort a list of positions with one non-generic comparator
//! object instead, then move the items into that order: one copy of the sort, and a few
//! dozen bytes per call site. The result is what `sort_by` gives: stable, items with equal
//! keys keep their order.
//!
//! The comparator is called through a `dyn` reference, which costs a little time per
//! comparison; sorting the 5,000 annotations of a long article stays well under a millisecond.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (as `sort_by`).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    arrange(items, &order);
}

/// Sorts `items` by the key `key` gives, keeping equal items in their order (as
/// `sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` puts the items at them: the only place the
/// standard sort is instantiated.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves the items so that the one at `order[i]` ends at `i`. `order` is a permutation.
fn arrange<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().map(|&from| {
        slots[from]
            .take()
            .expect("a permutation names each position once")
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn sorts_items_that_cannot_be_copied() {
        let mut names: Vec<String> = ["Stoltenberg", "“Trump”", "Abe", "stoltenberg"]
            .map(String::from)
            .into();
        sort_by(&mut names, |a, b| a.cmp(b));
        assert_eq!(names, ["Abe", "Stoltenberg", "stoltenberg", "“Trump”"]);
    }

    #[test]
    fn empty_and_single_lists_are_left_alone() {
        let mut none: Vec<u8> = Vec::new();
        sort_by_key(&mut none, |&n| n);
        assert!(none.is_empty());
        let mut one = vec![7];
        sort_by_key(&mut one, |&n| n);
        assert_eq!(one, [7]);
    }
}
