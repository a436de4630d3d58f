//! The agreement table: for each kind (claim, quote, scare quote) and each pair of coders,
//! how many spans each marked, span F1 (exact and overlap), alpha-u, and on the quotes both
//! marked (overlap pairs), agreement on the speaker and on the quote type (percent and Cohen's
//! kappa). One [`Tally`] takes in any number of articles, so the same table is computed per
//! article or for a whole corpus: span pairs and label pairs are pooled, and alpha-u is taken
//! over the articles' continua laid end to end (Krippendorff's way of measuring a corpus).
//! [`to_csv`] writes the table as CSV.

use std::collections::{BTreeMap, HashMap};

use super::alpha_u::alpha_u;
use super::kappa::{LabelAgreement, label_agreement};
use super::spans::{MatchMode, pair_trimmed, trim_all};
use crate::core::annotation::{Annotation, Kind, QuoteType};
use crate::core::export::csv::field;
use crate::core::offsets::CharRange;

/// What the table reads of an annotation: its kind, where it is, and on quotes the speaker and
/// the quote type. A team project's layers are read in a form that holds only these
/// (`core::team::agreement::CodedSpan`): reading 150,000 annotations whole costs more than the
/// table.
pub trait Coded {
    fn kind(&self) -> Kind;
    /// Its code points; `None` for an orphan (not in the text) or offsets out of order.
    fn span(&self) -> Option<CharRange>;
    fn speaker(&self) -> Option<&str>;
    fn quote_type(&self) -> Option<QuoteType>;
}

impl Coded for Annotation {
    fn kind(&self) -> Kind {
        self.kind
    }

    fn span(&self) -> Option<CharRange> {
        if self.orphaned { None } else { self.range() }
    }

    fn speaker(&self) -> Option<&str> {
        self.speaker.as_deref()
    }

    fn quote_type(&self) -> Option<QuoteType> {
        self.quote_type
    }
}

/// One coder's annotations on one article.
#[derive(Clone, Copy, Debug)]
pub struct CoderLayer<'a, A = Annotation> {
    pub coder: &'a str,
    pub annotations: &'a [A],
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct AgreementRow {
    pub kind: Kind,
    pub coder_a: String,
    pub coder_b: String,
    pub spans_a: usize,
    pub spans_b: usize,
    pub exact_f1: f64,
    pub overlap_f1: f64,
    /// `None` when neither coder marked this kind.
    pub alpha_u: Option<f64>,
    /// On overlap-matched quotes; `None` for other kinds or no matched quote.
    pub speaker: Option<LabelAgreement>,
    pub quote_type: Option<LabelAgreement>,
}

/// Units as alpha-u takes them: `[start, end)` in code points of the pooled continuum.
type Units = Vec<(usize, usize)>;

#[derive(Default)]
struct PairTally {
    spans: (usize, usize),
    exact: usize,
    overlap: usize,
    units: (Units, Units),
    /// Labels as numbers (`Tally::labels`): counting pairs of numbers, not of strings.
    speakers: Vec<(u32, u32)>,
    quote_types: Vec<(u32, u32)>,
}

/// Agreement being counted over one or more articles.
#[derive(Default)]
pub struct Tally {
    /// Code points of the articles taken in so far: where the next one starts.
    length: usize,
    pairs: BTreeMap<(Kind, String, String), PairTally>,
    /// Every label (speaker, quote type) met so far, numbered.
    labels: HashMap<String, u32>,
}

/// One coder's annotations of one kind in one article, sorted out once for every pair.
struct Prepared {
    /// As alpha-u takes them.
    ranges: Vec<CharRange>,
    /// As span F1 compares them.
    trimmed: Vec<(usize, usize)>,
    /// Each annotation's speaker and quote type, numbered (quotes only).
    labels: Vec<(u32, u32)>,
}

impl Tally {
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes in one article (`text`) as coded by `layers` (coders in any order; each pair is
    /// counted once, the coders in name order).
    pub fn add<A: Coded>(&mut self, text: &str, layers: &[CoderLayer<'_, A>]) {
        let offset = self.length;
        let chars: Vec<char> = text.chars().collect();
        let mut layers: Vec<&CoderLayer<A>> = layers.iter().collect();
        layers.sort_by_key(|l| l.coder);
        // Each coder's annotations of each kind, sorted out once.
        let prepared: Vec<[Prepared; 3]> = layers
            .iter()
            .map(|layer| {
                Kind::ALL.map(|kind| {
                    let (of_kind, ranges): (Vec<&A>, Vec<CharRange>) = layer
                        .annotations
                        .iter()
                        .filter(|x| x.kind() == kind)
                        .filter_map(|x| Some((x, x.span()?)))
                        .unzip();
                    let labels = if kind == Kind::Quote {
                        of_kind
                            .iter()
                            .map(|x| (self.label(speaker(*x)), self.label(quote_type(*x))))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    Prepared {
                        trimmed: trim_all(&chars, &ranges),
                        ranges,
                        labels,
                    }
                })
            })
            .collect();
        for (i, a) in layers.iter().enumerate() {
            for (j, b) in layers.iter().enumerate().skip(i + 1) {
                for (k, kind) in Kind::ALL.into_iter().enumerate() {
                    let (x, y) = (&prepared[i][k], &prepared[j][k]);
                    let exact = pair_trimmed(&x.trimmed, &y.trimmed, MatchMode::Exact);
                    let overlap = pair_trimmed(&x.trimmed, &y.trimmed, MatchMode::OVERLAP);
                    let tally = self
                        .pairs
                        .entry((kind, a.coder.to_owned(), b.coder.to_owned()))
                        .or_default();
                    tally.spans.0 += x.ranges.len();
                    tally.spans.1 += y.ranges.len();
                    tally.exact += exact.pairs.len();
                    tally.overlap += overlap.pairs.len();
                    let shifted = |v: &[CharRange]| {
                        v.iter()
                            .map(|r| (offset + r.start().get(), offset + r.end().get()))
                            .collect::<Vec<_>>()
                    };
                    tally.units.0.extend(shifted(&x.ranges));
                    tally.units.1.extend(shifted(&y.ranges));
                    if kind == Kind::Quote {
                        for &(p, q) in &overlap.pairs {
                            tally.speakers.push((x.labels[p].0, y.labels[q].0));
                            tally.quote_types.push((x.labels[p].1, y.labels[q].1));
                        }
                    }
                }
            }
        }
        self.length += chars.len();
    }

    /// The number of `label`, given it the first time it is met.
    fn label(&mut self, label: String) -> u32 {
        let next = self.labels.len() as u32;
        *self.labels.entry(label).or_insert(next)
    }

    /// The rows, by kind and then by coder pair.
    pub fn rows(&self) -> Vec<AgreementRow> {
        let mut rows: Vec<AgreementRow> = self
            .pairs
            .iter()
            .map(|((kind, coder_a, coder_b), t)| {
                let f1 = |matched: usize| {
                    let total = t.spans.0 + t.spans.1;
                    if total == 0 {
                        1.0
                    } else {
                        2.0 * matched as f64 / total as f64
                    }
                };
                AgreementRow {
                    kind: *kind,
                    coder_a: coder_a.clone(),
                    coder_b: coder_b.clone(),
                    spans_a: t.spans.0,
                    spans_b: t.spans.1,
                    exact_f1: f1(t.exact),
                    overlap_f1: f1(t.overlap),
                    alpha_u: alpha_u(self.length, &[t.units.0.clone(), t.units.1.clone()])
                        .map(|a| a.alpha),
                    speaker: label_agreement(&t.speakers),
                    quote_type: label_agreement(&t.quote_types),
                }
            })
            .collect();
        rows.sort_by_key(|r| Kind::ALL.iter().position(|k| *k == r.kind));
        rows
    }
}

/// A speaker as compared: lower case, white space evened out; none is the empty label.
fn speaker(a: &impl Coded) -> String {
    a.speaker()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn quote_type(a: &impl Coded) -> String {
    a.quote_type()
        .map(|t| format!("{t:?}").to_lowercase())
        .unwrap_or_default()
}

/// The table as CSV (`scope` names the article or the corpus), numbers to three decimals, an
/// empty field where a measure does not apply.
pub fn to_csv(scope: &str, rows: &[AgreementRow]) -> String {
    let number = |x: Option<f64>| x.map(|x| format!("{x:.3}")).unwrap_or_default();
    let mut out = String::from(
        "scope,kind,coder_a,coder_b,spans_a,spans_b,exact_f1,overlap_f1,alpha_u,speaker_agreement,speaker_kappa,quote_type_agreement,quote_type_kappa\r\n",
    );
    for r in rows {
        let fields = [
            field(scope),
            format!("{:?}", r.kind).to_lowercase(),
            field(&r.coder_a),
            field(&r.coder_b),
            r.spans_a.to_string(),
            r.spans_b.to_string(),
            number(Some(r.exact_f1)),
            number(Some(r.overlap_f1)),
            number(r.alpha_u),
            number(r.speaker.map(|s| s.observed)),
            number(r.speaker.and_then(|s| s.kappa)),
            number(r.quote_type.map(|s| s.observed)),
            number(r.quote_type.and_then(|s| s.kappa)),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::{AnnotationId, QuoteType};
    use crate::core::article::Article;
    use crate::core::time::Timestamp;

    //                 0         1         2         3         4         5
    //                 0123456789012345678901234567890123456789012345678901234
    const TEXT: &str = "Ann said “yes” and Bo said “no, never” on the record.";

    fn quote(seed: u8, needle: &str, speaker: &str, quote_type: QuoteType) -> Annotation {
        let article = Article::parse(TEXT);
        let mut a = Annotation::new(
            AnnotationId::from_random_bytes([seed; 16]),
            Kind::Quote,
            article.find(needle).unwrap(),
            &article,
            &Timestamp::parse("2026-12-05T10:00:00.000Z").unwrap(),
        );
        a.speaker = Some(speaker.into());
        a.quote_type = Some(quote_type);
        a
    }

    #[test]
    fn a_fixture_with_values_worked_by_hand() {
        // Coder "a": “yes” (Ann, direct) and “no, never” (Bo, direct).
        // Coder "b": “yes” (ann, direct), “no (Bo, partial) and a claim. Trimmed of marks and
        // punctuation, "no" shares 2 of "no, never"'s 9 code points: under one half, no pair.
        let a = [
            quote(1, "“yes”", "Ann", QuoteType::Direct),
            quote(2, "“no, never”", "Bo", QuoteType::Direct),
        ];
        let mut b = vec![
            quote(3, "“yes”", "ann", QuoteType::Direct),
            quote(4, "“no", "Bo", QuoteType::Partial),
        ];
        let article = Article::parse(TEXT);
        b.push(Annotation::new(
            AnnotationId::from_random_bytes([5; 16]),
            Kind::Claim,
            article.find("on the record").unwrap(),
            &article,
            &Timestamp::parse("2026-12-05T10:00:00.000Z").unwrap(),
        ));
        let mut tally = Tally::new();
        tally.add(
            TEXT,
            &[
                CoderLayer {
                    coder: "b",
                    annotations: &b,
                },
                CoderLayer {
                    coder: "a",
                    annotations: &a,
                },
            ],
        );
        let rows = tally.rows();
        assert_eq!(rows.len(), 3);
        let claim = &rows[0];
        assert_eq!(
            (claim.kind, claim.spans_a, claim.spans_b),
            (Kind::Claim, 0, 1)
        );
        assert_eq!((claim.exact_f1, claim.overlap_f1), (0.0, 0.0));
        let quotes = &rows[1];
        assert_eq!(
            (quotes.coder_a.as_str(), quotes.coder_b.as_str()),
            ("a", "b")
        );
        assert_eq!((quotes.spans_a, quotes.spans_b), (2, 2));
        // One exact pair of four spans: F1 = 2·1/4, and no further overlap pair.
        assert_eq!(quotes.exact_f1, 0.5);
        assert_eq!(quotes.overlap_f1, 0.5);
        // The one matched quote: same speaker (case aside), same type; one label throughout,
        // so kappa is undefined.
        let speaker = quotes.speaker.unwrap();
        assert_eq!(
            (speaker.pairs, speaker.observed, speaker.kappa),
            (1, 1.0, None)
        );
        assert!(quotes.alpha_u.unwrap() < 1.0);
        assert_eq!(rows[2].kind, Kind::ScareQuote);
        assert_eq!(rows[2].alpha_u, None);
        assert_eq!(rows[2].exact_f1, 1.0, "neither marked any: full agreement");

        let csv = to_csv("Talks, day 1", &rows);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        // Claims: b's one unit [39, 52) (l = 13) lies in a's one gap [0, 53): D_o = 2·169 /
        // (2·53²) = 0.060164; D_e = (2/53)·169·[(53−13+1) + (39−13+1)] / (2·53·105 − 13·12)
        // = 433.66 / 10974 = 0.039517; alpha = 1 − 1.5225 = −0.522.
        assert_eq!(
            lines[1],
            "\"Talks, day 1\",claim,a,b,0,1,0.000,0.000,-0.522,,,,"
        );
        assert!(
            lines[2].starts_with("\"Talks, day 1\",quote,a,b,2,2,0.500,0.500,"),
            "{}",
            lines[2]
        );
        assert!(lines[2].ends_with(",1.000,,1.000,"), "{}", lines[2]);
    }

    #[test]
    fn a_corpus_pools_articles_and_lays_their_continua_end_to_end() {
        let a = [quote(1, "“yes”", "Ann", QuoteType::Direct)];
        let b = [quote(2, "“yes”", "Ann", QuoteType::Direct)];
        let layers = [
            CoderLayer {
                coder: "a",
                annotations: &a,
            },
            CoderLayer {
                coder: "b",
                annotations: &b,
            },
        ];
        let mut one = Tally::new();
        one.add(TEXT, &layers);
        let mut two = Tally::new();
        two.add(TEXT, &layers);
        two.add(TEXT, &layers);
        let (one, two) = (&one.rows()[1], &two.rows()[1]);
        assert_eq!((two.spans_a, two.spans_b), (2, 2));
        assert_eq!(two.exact_f1, 1.0);
        assert_eq!(one.alpha_u, Some(1.0));
        assert_eq!(two.alpha_u, Some(1.0));
        // Pooled against the same units laid end to end by hand.
        let by_hand = alpha_u(
            2 * TEXT.chars().count(),
            &[
                vec![(9, 14), (9 + 53, 14 + 53)],
                vec![(9, 14), (9 + 53, 14 + 53)],
            ],
        )
        .unwrap();
        assert_eq!(two.alpha_u, Some(by_hand.alpha));
        assert_eq!(TEXT.chars().count(), 53);
    }
}
