//! The agreement benchmark of issue #19 (a program that measures and prints, not a test): the
//! agreement table of a corpus of 10 coders × 300 articles × 50 annotations (150,000), the
//! scale the issue sets, computed natively. The articles and layers are made up here,
//! deterministically: each article about 5,000 code points; each coder's 50 annotations are
//! the same 50 places, each moved by a few code points or swapped for another kind now and
//! then, so that the coders agree often but not always. Prints the time of each of `RUNS`
//! runs and their median.
//!
//!   cargo run --release --bin bench_agreement [RUNS]

use std::time::Instant;

use quotemark::core::agreement::{CoderLayer, Tally};
use quotemark::core::annotation::{Annotation, AnnotationId, Kind};
use quotemark::core::article::Article;
use quotemark::core::offsets::{CharOffset, CharRange};
use quotemark::core::time::Timestamp;

const CODERS: usize = 10;
const ARTICLES: usize = 300;
const PER_CODER: usize = 50;

/// A small deterministic generator (xorshift), so every run measures the same corpus.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let now = Timestamp::parse("2026-12-05T10:00:00.000Z").expect("a fixed time");
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let paragraph = "The council said it would “review the plan” before the vote, officials told reporters on Monday. ";
    let text = paragraph.repeat(5_000 / paragraph.chars().count() + 1);
    let article = Article::parse(text.as_str());
    let length = text.chars().count() as u64;
    let mut corpus: Vec<Vec<Vec<Annotation>>> = Vec::with_capacity(ARTICLES);
    for _ in 0..ARTICLES {
        let places: Vec<(u64, u64, Kind)> = (0..PER_CODER)
            .map(|_| {
                let start = random.below(length - 60);
                (
                    start,
                    start + 5 + random.below(50),
                    Kind::ALL[random.below(3) as usize],
                )
            })
            .collect();
        let layers = (0..CODERS)
            .map(|_| {
                places
                    .iter()
                    .map(|&(start, end, kind)| {
                        let shift = if random.below(4) == 0 {
                            random.below(5)
                        } else {
                            0
                        };
                        let kind = if random.below(10) == 0 {
                            Kind::ALL[random.below(3) as usize]
                        } else {
                            kind
                        };
                        let range = CharRange::new(
                            CharOffset::new((start + shift) as usize),
                            CharOffset::new((end + shift).min(length) as usize),
                        );
                        let mut bytes = [0u8; 16];
                        bytes[..8].copy_from_slice(&random.below(u64::MAX).to_le_bytes());
                        Annotation::new(
                            AnnotationId::from_random_bytes(bytes),
                            kind,
                            range,
                            &article,
                            &now,
                        )
                    })
                    .collect()
            })
            .collect();
        corpus.push(layers);
    }
    let names: Vec<String> = (0..CODERS).map(|i| format!("coder{i}")).collect();
    let mut times = Vec::new();
    let mut rows = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let mut tally = Tally::new();
        for layers in &corpus {
            let layers: Vec<CoderLayer> = names
                .iter()
                .zip(layers)
                .map(|(coder, annotations)| CoderLayer { coder, annotations })
                .collect();
            tally.add(&text, &layers);
        }
        rows = tally.rows().len();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "agreement table, {CODERS} coders × {ARTICLES} articles × {PER_CODER} annotations ({} in all), {rows} rows: runs {} ms; median {:.0} ms",
        CODERS * ARTICLES * PER_CODER,
        times
            .iter()
            .map(|t| format!("{t:.0}"))
            .collect::<Vec<_>>()
            .join(" / "),
        times[times.len() / 2]
    );
}
