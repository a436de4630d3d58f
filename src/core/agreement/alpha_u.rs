//! Krippendorff's unitizing alpha (alpha-u) for one category, over a continuum of code points.
//!
//! Krippendorff, K. (1995), "On the reliability of unitizing contiguous data", Sociological
//! Methodology 25: 47–76; the form of Krippendorff (2004), Content Analysis, 2nd ed. Each
//! coder's continuum `[0, L)` is cut into sections: the units they marked (overlapping units of
//! one coder are merged first: alpha-u needs a coder's units not to overlap) and the gaps
//! between them. For two coders' sections `g` and `h` the squared distance is
//! - both units, overlapping: `(b_g − b_h)² + (e_g − e_h)²`;
//! - a unit inside the other coder's gap: the unit's length squared;
//! - anything else: 0.
//!
//! Observed disagreement `D_o = 2 Σ_{coder pairs} Σ_{g,h} δ² / (m (m − 1) L²)`; expected
//! disagreement, over all the ways the same units and gaps could have been placed,
//! `D_e = (2/L) Σ_units [ (N − 1)(2l³ − 3l² + l)/3 + l² Σ_{gaps ≥ l} (l_gap − l + 1) ]
//!        / (m L (m L − 1) − Σ_units l (l − 1))`;
//! `alpha = 1 − D_o / D_e` (0 when they are equal, as DKPro Statistics returns it; `None` when
//! nobody marked anything or there is no continuum).

/// Alpha-u and its parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AlphaU {
    pub observed: f64,
    pub expected: f64,
    pub alpha: f64,
}

/// A section of one coder's continuum: `[start, end)`, a unit or a gap.
#[derive(Clone, Copy, Debug)]
struct Section {
    start: u64,
    end: u64,
    unit: bool,
}

/// Alpha-u of `coders` (each a list of `[start, end)` units in code points) over `[0, length)`.
/// Needs at least two coders.
pub fn alpha_u(length: usize, coders: &[Vec<(usize, usize)>]) -> Option<AlphaU> {
    let m = coders.len() as f64;
    let l_total = length as u64;
    if coders.len() < 2 || length == 0 {
        return None;
    }
    let sections: Vec<Vec<Section>> = coders
        .iter()
        .map(|units| sections(l_total, units))
        .collect();
    let units: Vec<u64> = sections
        .iter()
        .flatten()
        .filter(|s| s.unit)
        .map(|s| s.end - s.start)
        .collect();
    if units.is_empty() {
        return None;
    }

    let mut observed = 0.0;
    for (i, a) in sections.iter().enumerate() {
        for b in &sections[i + 1..] {
            observed += pair_distance(a, b);
        }
    }
    let l = l_total as f64;
    observed *= 2.0 / (m * (m - 1.0) * l * l);

    // Gaps longest first, with running sums: Σ_{gaps ≥ l} (gap − l + 1) is then
    // (their sum) − (their count)·(l − 1), found by a binary search, so a corpus of many
    // thousands of units costs n log n rather than n².
    let mut gaps: Vec<u64> = sections
        .iter()
        .flatten()
        .filter(|s| !s.unit)
        .map(|s| s.end - s.start)
        .collect();
    gaps.sort_unstable_by(|x, y| y.cmp(x));
    let mut running = Vec::with_capacity(gaps.len() + 1);
    running.push(0.0);
    for &gap in &gaps {
        running.push(running.last().copied().unwrap_or(0.0) + gap as f64);
    }
    let n = units.len() as f64;
    let mut sum = 0.0;
    for &unit in &units {
        let u = unit as f64;
        let within = (n - 1.0) * (2.0 * u * u * u - 3.0 * u * u + u) / 3.0;
        let fitting = gaps.partition_point(|&gap| gap >= unit);
        let placements = running[fitting] - fitting as f64 * (u - 1.0);
        sum += within + u * u * placements;
    }
    let squared: f64 = units.iter().map(|&u| (u as f64) * (u as f64 - 1.0)).sum();
    let expected = (2.0 / l) * sum / (m * l * (m * l - 1.0) - squared);
    let alpha = if observed == expected {
        0.0
    } else {
        1.0 - observed / expected
    };
    Some(AlphaU {
        observed,
        expected,
        alpha,
    })
}

/// A coder's units (clipped to the continuum, overlapping ones merged) and the gaps between
/// them, in order, covering `[0, length)`.
fn sections(length: u64, units: &[(usize, usize)]) -> Vec<Section> {
    let mut sorted: Vec<(u64, u64)> = units
        .iter()
        .map(|&(s, e)| ((s as u64).min(length), (e as u64).min(length)))
        .filter(|(s, e)| s < e)
        .collect();
    sorted.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::new();
    for (start, end) in sorted {
        match merged.last_mut() {
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end) in merged {
        if start > at {
            out.push(Section {
                start: at,
                end: start,
                unit: false,
            });
        }
        out.push(Section {
            start,
            end,
            unit: true,
        });
        at = end;
    }
    if at < length {
        out.push(Section {
            start: at,
            end: length,
            unit: false,
        });
    }
    out
}

/// Σ δ² over every pair of one section of `a` and one of `b` (pairs that do not overlap add
/// nothing, so the sweep visits only those that do).
fn pair_distance(a: &[Section], b: &[Section]) -> f64 {
    let (mut i, mut j) = (0, 0);
    let mut sum = 0.0;
    while i < a.len() && j < b.len() {
        let (g, h) = (a[i], b[j]);
        sum += distance(g, h);
        if g.end <= h.end {
            i += 1;
        } else {
            j += 1;
        }
    }
    sum
}

fn distance(g: Section, h: Section) -> f64 {
    let square = |x: i64| (x * x) as f64;
    let overlap = g.start < h.end && h.start < g.end;
    match (g.unit, h.unit) {
        (true, true) if overlap => {
            square(g.start as i64 - h.start as i64) + square(g.end as i64 - h.end as i64)
        }
        (true, false) if h.start <= g.start && g.end <= h.end => square((g.end - g.start) as i64),
        (false, true) if g.start <= h.start && h.end <= g.end => square((h.end - h.start) as i64),
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hand_worked_case() {
        // L = 10; A marks [2, 5), B marks [3, 6).
        // Observed: the units overlap, δ² = (2 − 3)² + (5 − 6)² = 2; no unit lies inside the
        // other's gap. D_o = 2 · 2 / (2 · 1 · 100) = 0.02.
        // Expected: N = 2 units of length 3; gaps 2, 5 (A) and 3, 4 (B). Per unit:
        // (2 − 1)(54 − 27 + 3)/3 = 10, plus 9 · [(5−3+1) + (3−3+1) + (4−3+1)] = 54: 64 each, 128
        // in all; (2/10) · 128 = 25.6, over 20 · 19 − (6 + 6) = 368: D_e = 0.0695652…
        // alpha = 1 − 0.02 / 0.0695652 = 0.7125.
        let got = alpha_u(10, &[vec![(2, 5)], vec![(3, 6)]]).unwrap();
        assert!((got.observed - 0.02).abs() < 1e-12, "{got:?}");
        assert!((got.expected - 25.6 / 368.0).abs() < 1e-12, "{got:?}");
        assert!((got.alpha - 0.7125).abs() < 1e-9, "{got:?}");
    }

    #[test]
    fn identical_units_agree_fully_and_nothing_marked_is_no_measure() {
        let same = alpha_u(50, &[vec![(5, 9), (20, 30)], vec![(5, 9), (20, 30)]]).unwrap();
        assert_eq!(same.observed, 0.0);
        assert_eq!(same.alpha, 1.0);
        assert_eq!(alpha_u(50, &[vec![], vec![]]), None);
        assert_eq!(alpha_u(50, &[vec![(1, 2)]]), None);
    }

    #[test]
    fn a_coders_overlapping_units_are_merged() {
        let merged = alpha_u(20, &[vec![(2, 6), (4, 9)], vec![(2, 9)]]).unwrap();
        assert_eq!(merged.alpha, 1.0);
    }

    /// Krippendorff's (1995: 57) worked example, two coders on a continuum of 24 for each of
    /// four categories A–D, stretched by `stretch`: the values he published, as reproduced
    /// (with the same tolerances) by DKPro Statistics 2.x's `Krippendorff1995Test`
    /// (github.com/dkpro/dkpro-statistics, dkpro-statistics-agreement/src/test/…/unitizing).
    fn example(category: char, stretch: f64) -> (usize, Vec<Vec<(usize, usize)>>) {
        let units: &[(usize, usize, usize)] = match category {
            // (coder, begin, length) on the 24-long continuum.
            'A' => &[(0, 2, 8), (0, 14, 6), (1, 4, 4), (1, 15, 2)],
            'B' => &[
                (0, 0, 18),
                (1, 0, 2),
                (1, 2, 1),
                (1, 3, 1),
                (1, 4, 1),
                (1, 5, 1),
                (1, 6, 3),
                (1, 9, 1),
            ],
            'C' => &[
                (0, 2, 6),
                (0, 10, 2),
                (0, 14, 4),
                (0, 20, 2),
                (1, 0, 2),
                (1, 4, 4),
                (1, 10, 4),
                (1, 16, 2),
                (1, 20, 2),
            ],
            _ => &[
                (0, 0, 2),
                (0, 2, 8),
                (0, 10, 4),
                (0, 14, 6),
                (0, 20, 4),
                (1, 0, 4),
                (1, 4, 4),
                (1, 8, 7),
                (1, 15, 2),
                (1, 17, 7),
            ],
        };
        let at = |x: usize| (x as f64 * stretch) as usize;
        let mut coders = vec![Vec::new(), Vec::new()];
        for &(coder, begin, len) in units {
            coders[coder].push((at(begin), at(begin) + at(len)));
        }
        (at(24), coders)
    }

    fn of(category: char, stretch: f64) -> AlphaU {
        let (length, coders) = example(category, stretch);
        alpha_u(length, &coders).unwrap()
    }

    #[test]
    fn krippendorffs_worked_example_observed_disagreement() {
        for (category, d_o) in [
            ('A', 0.03125),
            ('B', 2.26736),
            ('C', 0.02777),
            ('D', 0.38715),
        ] {
            let got = of(category, 1.0).observed;
            assert!((got - d_o).abs() < 1e-5, "{category}: {got}");
        }
    }

    #[test]
    fn krippendorffs_worked_example_expected_disagreement_and_alpha() {
        let small = of('C', 0.5);
        assert!((small.observed - 0.02777).abs() < 1e-5, "{small:?}");
        assert!((small.expected - 0.05494).abs() < 1e-5, "{small:?}");
        assert!((small.alpha - 0.494).abs() < 0.02, "{small:?}");
        let long = 1_200_000.0 / 24.0;
        for (category, d_e, alpha) in [
            ('A', 0.06990, 0.553),
            ('C', 0.08642, 0.679),
            ('D', 0.41445, 0.066),
        ] {
            let got = of(category, long);
            assert!((got.expected - d_e).abs() < 0.005, "{category}: {got:?}");
            assert!((got.alpha - alpha).abs() < 0.02, "{category}: {got:?}");
        }
    }
}
