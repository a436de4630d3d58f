#!/usr/bin/env bash
# Scores the suggestion rules on the PolNeAR dev articles (../shared/data) with the shared
# scorers, and prints their tables. Not part of the test command: the data is not ours to ship.
#   scripts/eval-detect.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
tools="$(dirname "$data")/tools"
[ -f "$data/quotes-dev.jsonl" ] || { echo "eval-detect: $data/quotes-dev.jsonl not found" >&2; exit 2; }
out=target/detect
mkdir -p "$out"
cargo run --quiet --release --bin detect -- "$data/quotes-dev.jsonl" > "$out/dev-predictions.jsonl"
echo "== Quotations (direct and partial), as the issue's targets count them"
python3 "$tools/eval_quotes.py" --gold "$data/quotes-dev.jsonl" --pred "$out/dev-predictions.jsonl" \
  --pred-kinds direct,partial
echo
echo "== Every attribution (direct, partial, mixed, indirect) against every prediction"
python3 "$tools/eval_quotes.py" --gold "$data/quotes-dev.jsonl" --pred "$out/dev-predictions.jsonl" \
  --gold-kinds all
echo
echo "== Scare quotes"
python3 "$tools/score_scare.py" "$out/dev-predictions.jsonl" --gold "$data/scare-dev.json" \
  --texts "$data/quotes-dev.jsonl"
