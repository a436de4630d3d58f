#!/usr/bin/env bash
# The anchoring benchmark of issue #4 (a script that measures, not a test): re-anchors 5,000
# quotes of 20–200 code points, each with 1–3 character edits, on a ~600 KB article, with
# Quotemark (native, release build) and with approx-string-match under Hypothesis's settings
# (Node), on the same inputs in the same run. Prints both, the ratio, and how many each got
# right; writes target/bench/anchoring.json.
#
#   scripts/bench-anchoring.sh [peer-quotes=5000]
# The peer takes about 35 ms a quote on this kind of machine; pass a smaller number for a
# quicker run (its per-quote time is what the ratio uses).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$QM_ROOT"
PEER_QUOTES="${1:-5000}"
SHARED="${QM_SHARED:-$QM_ROOT/../shared}"
OUT=target/bench
mkdir -p "$OUT"

ensure_npm_folder scripts/bench
node "$SHARED/tools/longdoc.mjs" "$OUT/long" >/dev/null
node scripts/bench/anchoring-inputs.mjs "$OUT/long/article.txt" "$OUT/anchoring-inputs.json"
cargo build --quiet --release --bin bench_anchoring
ours="$(target/release/bench_anchoring "$OUT/anchoring-inputs.json")"
peer="$(node scripts/bench/anchoring-hypothesis.mjs "$OUT/anchoring-inputs.json" "$PEER_QUOTES")"
printf '{"quotemark": %s, "peer": %s}\n' "$ours" "$peer" >"$OUT/anchoring.json"
node -e '
  const { quotemark: q, peer: p } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const row = (name, quotes, right, ms) => `| ${name} | ${quotes} | ${right} (${(100 * right / quotes).toFixed(1)}%) | ${ms.toFixed(3)} |`;
  console.log("| matcher | quotes | right | ms per quote |");
  console.log("| --- | --- | --- | --- |");
  console.log(row("Quotemark, with position hint", q.quotes, q.right, q.ms_per_quote));
  console.log(row("Quotemark, whole text (no hint)", q.unhinted_sample, q.unhinted_right, q.unhinted_ms_per_quote));
  console.log(row(p.tool + " (Hypothesis settings)", p.quotes, p.right, p.ms_per_quote));
  console.log(`\nQuotemark is ${(p.ms_per_quote / q.ms_per_quote).toFixed(1)}x faster with the hint, ` +
    `${(p.ms_per_quote / q.unhinted_ms_per_quote).toFixed(1)}x without it; preparing the text took ${q.prepare_ms.toFixed(1)} ms once, ` +
    `and its q-gram index for the whole-text search ${q.qgram_index_ms.toFixed(1)} ms once.`);
' "$OUT/anchoring.json"
