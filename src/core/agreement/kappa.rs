//! Agreement on a label between two coders over the spans they both marked (matched pairs):
//! the share of pairs with the same label, and Cohen's kappa, which discounts the agreement
//! their own label frequencies would give by chance: `κ = (p_o − p_e) / (1 − p_e)`, with
//! `p_e = Σ_label (share of A's labels) · (share of B's labels)`.

use std::collections::BTreeMap;

/// Percent agreement and Cohen's kappa on `pairs`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelAgreement {
    pub pairs: usize,
    pub observed: f64,
    /// `None` when chance agreement is complete (both coders always gave one and the same
    /// label): kappa is undefined then.
    pub kappa: Option<f64>,
}

/// Agreement on the labels of matched pairs (A's label, B's label); `None` for no pairs.
pub fn label_agreement<L: Ord>(pairs: &[(L, L)]) -> Option<LabelAgreement> {
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let same = pairs.iter().filter(|(a, b)| a == b).count() as f64;
    let mut counts: BTreeMap<&L, (f64, f64)> = BTreeMap::new();
    for (a, b) in pairs {
        counts.entry(a).or_default().0 += 1.0;
        counts.entry(b).or_default().1 += 1.0;
    }
    let chance: f64 = counts.values().map(|(a, b)| (a / n) * (b / n)).sum();
    let observed = same / n;
    let kappa = (chance < 1.0).then(|| (observed - chance) / (1.0 - chance));
    Some(LabelAgreement {
        pairs: pairs.len(),
        observed,
        kappa,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_textbook_example() {
        // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 (the worked example of
        // Wikipedia's "Cohen's kappa"): p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4.
        let mut pairs = Vec::new();
        pairs.extend(std::iter::repeat_n(("yes", "yes"), 20));
        pairs.extend(std::iter::repeat_n(("yes", "no"), 5));
        pairs.extend(std::iter::repeat_n(("no", "yes"), 10));
        pairs.extend(std::iter::repeat_n(("no", "no"), 15));
        let got = label_agreement(&pairs).unwrap();
        assert_eq!(got.pairs, 50);
        assert!((got.observed - 0.7).abs() < 1e-12);
        assert!((got.kappa.unwrap() - 0.4).abs() < 1e-12);
    }

    #[test]
    fn one_label_throughout_has_no_kappa_and_no_pairs_no_measure() {
        let got = label_agreement(&[("Trump", "Trump"), ("Trump", "Trump")]).unwrap();
        assert_eq!(got.observed, 1.0);
        assert_eq!(got.kappa, None);
        assert_eq!(label_agreement::<&str>(&[]), None);
    }
}
