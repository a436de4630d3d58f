//! The anchoring benchmark's Quotemark side: re-anchors every quote of an inputs file (made by
//! `scripts/bench/anchoring-inputs.mjs`) with its position hint, then a sample without the
//! hint (a whole-text search), and prints a JSON summary. Run by `scripts/bench-anchoring.sh`.

use std::time::Instant;

use quotemark::core::anchoring::{SearchText, TextPositionSelector, TextQuoteSelector, anchor};
use serde::Deserialize;

#[derive(Deserialize)]
struct Inputs {
    text: String,
    quotes: Vec<Quote>,
}

#[derive(Deserialize)]
struct Quote {
    exact: String,
    prefix: String,
    suffix: String,
    hint: usize,
    start: usize,
    end: usize,
}

/// How many quotes are also anchored without their hint.
const UNHINTED_SAMPLE: usize = 200;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        eprintln!("usage: bench_anchoring INPUTS.json");
        std::process::exit(2);
    });
    let inputs: Inputs = match std::fs::read_to_string(&path).map(|t| serde_json::from_str(&t)) {
        Ok(Ok(inputs)) => inputs,
        Ok(Err(error)) => fail(&format!("{path} is not a benchmark inputs file: {error}")),
        Err(error) => fail(&format!("{path} could not be read: {error}")),
    };
    let prepare = Instant::now();
    let text = SearchText::new(&inputs.text);
    let prepare_ms = prepare.elapsed().as_secs_f64() * 1e3;

    let run = |quotes: &[Quote], hinted: bool| {
        let started = Instant::now();
        let mut right = 0;
        for q in quotes {
            let selector = TextQuoteSelector {
                exact: q.exact.clone(),
                prefix: q.prefix.clone(),
                suffix: q.suffix.clone(),
            };
            let len = q.exact.chars().count();
            let hint = hinted.then_some(TextPositionSelector {
                start: q.hint,
                end: q.hint + len,
            });
            let found = anchor(&text, &selector, hint)
                .map(|a| (a.range.start().get(), a.range.end().get()));
            if found.is_some_and(|found| is_right(&text, q, found)) {
                right += 1;
            } else if std::env::var_os("BENCH_DEBUG").is_some() {
                eprintln!(
                    "miss (hint: {hinted}): {}..{} {:?} found {found:?}",
                    q.start, q.end, q.exact
                );
            }
        }
        (started.elapsed().as_secs_f64() * 1e3, right)
    };
    let (hinted_ms, right) = run(&inputs.quotes, true);
    let sample = &inputs.quotes[..UNHINTED_SAMPLE.min(inputs.quotes.len())];
    // The q-gram index of the whole-text search, built once per text on first use (the hinted
    // run above built it for the quotes it had to look for everywhere): timed on a fresh copy.
    let fresh = SearchText::new(&inputs.text);
    let index = Instant::now();
    let _ = fresh.qgrams();
    let index_ms = index.elapsed().as_secs_f64() * 1e3;
    drop(fresh);
    let (unhinted_ms, unhinted_right) = run(sample, false);
    let summary = serde_json::json!({
        "tool": "quotemark",
        "quotes": inputs.quotes.len(),
        "right": right,
        "prepare_ms": prepare_ms,
        "total_ms": hinted_ms,
        "ms_per_quote": hinted_ms / inputs.quotes.len() as f64,
        "unhinted_sample": sample.len(),
        "unhinted_right": unhinted_right,
        "unhinted_ms_per_quote": unhinted_ms / sample.len().max(1) as f64,
        "qgram_index_ms": index_ms,
    });
    println!("{summary}");
}

/// Right: within 3 code points of the quote's true place at both ends, or an identical copy
/// of its true text (the generated article repeats passages; without a position, copies are
/// indistinguishable). The peer is judged by the same rule.
fn is_right(text: &SearchText, q: &Quote, (start, end): (usize, usize)) -> bool {
    (start.abs_diff(q.start) <= 3 && end.abs_diff(q.end) <= 3)
        || text.slice(start, end) == text.slice(q.start, q.end)
}

fn fail(message: &str) -> ! {
    eprintln!("bench_anchoring: {message}");
    std::process::exit(1);
}
