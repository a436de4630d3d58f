//! Runs the suggestion rules over a JSON Lines file of documents (`{"id", "text", …}` per
//! line, the schema of `../shared/data/README.md`) and writes one prediction per line to
//! standard output: `quotes` (direct, partial and indirect, with speaker and cue),
//! `scare_quotes` and `claims`, all offsets in code points. Timing goes to standard error.
//!
//! ```text
//! cargo run --release --bin detect -- IN.jsonl > OUT.jsonl
//! ```

use std::io::{BufWriter, Write};
use std::time::{Duration, Instant};

use quotemark::core::article::Article;
use quotemark::core::detect::{Detection, Speaker, detect};
use quotemark::core::reasons;
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize)]
struct Document {
    id: Value,
    text: String,
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        eprintln!("usage: detect IN.jsonl > OUT.jsonl");
        std::process::exit(2);
    });
    let input = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| fail(&format!("{path} could not be read: {error}")));
    let mut documents = Vec::new();
    for (number, line) in input
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str::<Document>(line) {
            Ok(document) => documents.push(document),
            Err(error) => fail(&format!(
                "{path}:{}: not a document with \"id\" and \"text\": {error}",
                number + 1
            )),
        }
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut spent = Duration::ZERO;
    let mut bytes = 0;
    for document in &documents {
        let started = Instant::now();
        let article = Article::parse(document.text.as_str());
        let detection = detect(&article);
        spent += started.elapsed();
        bytes += document.text.len();
        let line = prediction(&document.id, &detection, &article);
        if let Err(error) = writeln!(out, "{line}") {
            fail(&format!("could not write the predictions: {error}"));
        }
    }
    if let Err(error) = out.flush() {
        fail(&format!("could not write the predictions: {error}"));
    }
    let ms = spent.as_secs_f64() * 1000.0;
    let mb = bytes as f64 / 1_000_000.0;
    eprintln!(
        "detect: {} documents, {mb:.2} MB, {ms:.1} ms ({:.1} MB/s)",
        documents.len(),
        mb / spent.as_secs_f64().max(1e-9)
    );
}

fn prediction(id: &Value, d: &Detection, article: &Article) -> Value {
    let speaker_fields = |s: Option<&Speaker>| match s {
        Some(s) => json!({
            "speaker": s.name,
            "speaker_mention": s.mention_text,
            "speaker_start": s.mention.start().get(),
            "speaker_end": s.mention.end().get(),
        }),
        None => json!({"speaker": null, "speaker_start": null, "speaker_end": null}),
    };
    let mut quotes: Vec<Value> = Vec::new();
    for q in &d.quotes {
        let mut entry = json!({
            "start": q.range.start().get(),
            "end": q.range.end().get(),
            "kind": q.quote_type.as_str(),
            "cue": q.cue.as_ref().map(|c| c.text.clone()),
            "confidence": reasons::of_quote(q).1.as_str(),
        });
        merge(&mut entry, speaker_fields(q.speaker.as_ref()));
        quotes.push(entry);
    }
    // A framing someone is named for ("what Washington calls the …") is also their words.
    for scare in d.scare_quotes.iter().filter(|s| s.attributed_to.is_some()) {
        let mut entry = json!({
            "start": scare.range.start().get(),
            "end": scare.range.end().get(),
            "kind": "partial",
            "cue": scare.cue.as_ref().map(|c| c.text.clone()),
        });
        merge(&mut entry, speaker_fields(scare.attributed_to.as_ref()));
        quotes.push(entry);
    }
    for claim in &d.claims {
        if let Some(r) = &claim.reported {
            let mut entry = json!({
                "start": r.content.start().get(),
                "end": r.content.end().get(),
                "kind": "indirect",
                "cue": r.cue.text,
            });
            merge(&mut entry, speaker_fields(r.speaker.as_ref()));
            quotes.push(entry);
        }
    }
    json!({
        "id": id,
        "quotes": quotes,
        "scare_quotes": d.scare_quotes.iter().map(|s| json!({
            "start": s.range.start().get(),
            "end": s.range.end().get(),
            "attributed_to": s.attributed_to.as_ref().map(|a| a.name.clone()),
            "rule": s.rule.as_str(),
            "confidence": reasons::of_scare(s, article).1.as_str(),
        })).collect::<Vec<_>>(),
        "claims": d.claims.iter().map(|c| json!({
            "start": c.range.start().get(),
            "end": c.range.end().get(),
        })).collect::<Vec<_>>(),
    })
}

fn merge(into: &mut Value, from: Value) {
    if let (Value::Object(into), Value::Object(from)) = (into, from) {
        into.extend(from);
    }
}

fn fail(message: &str) -> ! {
    eprintln!("detect: {message}");
    std::process::exit(1);
}
