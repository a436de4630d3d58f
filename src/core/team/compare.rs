//! Two coders' layers of one article compared, as brat's diff view does: every annotation
//! of one without the same annotation in the other (same span, same kind) is a difference,
//! said as what differs: the kind on the same span, the span (they overlap), or only one coder
//! marked it. What both marked alike is not listed.

use crate::core::annotation::Annotation;

/// What differs between two coders' annotations of one passage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// The same span, marked as different kinds.
    Kind {
        a: Annotation,
        b: Annotation,
    },
    /// Spans that overlap but are not the same (same kind or not).
    Span {
        a: Annotation,
        b: Annotation,
    },
    OnlyA(Annotation),
    OnlyB(Annotation),
}

impl Difference {
    /// Where it starts, for ordering.
    fn start(&self) -> usize {
        match self {
            Difference::Kind { a, .. } | Difference::Span { a, .. } | Difference::OnlyA(a) => {
                a.start.get()
            }
            Difference::OnlyB(b) => b.start.get(),
        }
    }
}

fn same_span(x: &Annotation, y: &Annotation) -> bool {
    x.start == y.start && x.end == y.end
}

fn overlap(x: &Annotation, y: &Annotation) -> bool {
    x.start < y.end && y.start < x.end
}

/// The differences between `a`'s and `b`'s annotations (orphans left out), in the article's
/// order. Each annotation is said once: paired with its best counterpart (the same span, else
/// the first that overlaps and is not paired yet), or alone.
pub fn differences(a: &[Annotation], b: &[Annotation]) -> Vec<Difference> {
    let placed = |x: &&Annotation| !x.orphaned;
    let a: Vec<&Annotation> = a.iter().filter(placed).collect();
    let b: Vec<&Annotation> = b.iter().filter(placed).collect();
    let mut paired = vec![false; b.len()];
    let mut out = Vec::new();
    // Exact twins first, so that a near match never takes an exact one's partner.
    let mut twin = vec![None; a.len()];
    for (i, x) in a.iter().enumerate() {
        if let Some(j) =
            (0..b.len()).find(|&j| !paired[j] && same_span(x, b[j]) && x.kind == b[j].kind)
        {
            paired[j] = true;
            twin[i] = Some(j);
        }
    }
    for (i, x) in a.iter().enumerate() {
        if twin[i].is_some() {
            continue;
        }
        let same = (0..b.len()).find(|&j| !paired[j] && same_span(x, b[j]));
        let near = same.or_else(|| (0..b.len()).find(|&j| !paired[j] && overlap(x, b[j])));
        match near {
            Some(j) => {
                paired[j] = true;
                let (a, b) = ((*x).clone(), b[j].clone());
                out.push(if same.is_some() {
                    Difference::Kind { a, b }
                } else {
                    Difference::Span { a, b }
                });
            }
            None => out.push(Difference::OnlyA((*x).clone())),
        }
    }
    out.extend(
        b.iter()
            .zip(&paired)
            .filter(|(_, paired)| !**paired)
            .map(|(y, _)| Difference::OnlyB((*y).clone())),
    );
    out.sort_by_key(Difference::start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::Kind;
    use crate::core::team::testing::annotation_in;

    const TEXT: &str = "Ann said “yes, at once” and Bo said “no” to the “plan”, critics said.";

    fn annotation(seed: u8, kind: Kind, needle: &str) -> Annotation {
        annotation_in(TEXT, seed, kind, needle)
    }

    #[test]
    fn alike_is_not_listed_and_each_difference_is_said_once_in_order() {
        let a = [
            annotation(1, Kind::Quote, "“yes, at once”"),
            annotation(2, Kind::Quote, "“no”"),
            annotation(3, Kind::ScareQuote, "“plan”"),
            annotation(4, Kind::Claim, "critics said"),
        ];
        let b = [
            annotation(11, Kind::Quote, "“yes"),
            annotation(12, Kind::Quote, "“no”"),
            annotation(13, Kind::Quote, "“plan”"),
            annotation(14, Kind::Claim, "Ann said"),
        ];
        let found = differences(&a, &b);
        let said: Vec<String> = found
            .iter()
            .map(|d| match d {
                Difference::Kind { a, b } => {
                    format!("kind {} {}/{}", a.exact, a.kind.as_str(), b.kind.as_str())
                }
                Difference::Span { a, b } => format!("span {} / {}", a.exact, b.exact),
                Difference::OnlyA(a) => format!("only a {}", a.exact),
                Difference::OnlyB(b) => format!("only b {}", b.exact),
            })
            .collect();
        assert_eq!(
            said,
            [
                "only b Ann said",
                "span “yes, at once” / “yes",
                "kind “plan” scare_quote/quote",
                "only a critics said",
            ]
        );
        assert_eq!(differences(&a, &a), []);
    }
}
