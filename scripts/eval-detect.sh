#!/usr/bin/env bash
# Scores the suggestion rules on PolNeAR's train and dev articles (../shared/data) with the
# shared scorers, and prints, for each split, quotations with their speakers and the scare
# quotes rule by rule (scripts/eval/scare_rules.py); on dev, the scare quotes against the hand
# labels too. Develop on train, check on dev. Not part of the test command: the data is not ours
# to ship.
#   scripts/eval-detect.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
tools="$(dirname "$data")/tools"
for split in train dev; do
  [ -f "$data/quotes-$split.jsonl" ] || { echo "eval-detect: $data/quotes-$split.jsonl not found" >&2; exit 2; }
done
out=target/detect
mkdir -p "$out"
for split in train dev; do
  cargo run --quiet --release --bin detect -- "$data/quotes-$split.jsonl" > "$out/$split-predictions.jsonl"
done
for split in train dev; do
  echo "######## $split"
  echo "== Quotations (direct and partial), as the issue's targets count them"
  python3 "$tools/eval_quotes.py" --gold "$data/quotes-$split.jsonl" --pred "$out/$split-predictions.jsonl" \
    --pred-kinds direct,partial
  echo
  echo "== Scare quotes by rule: how many PolNeAR attributes to a speaker (a warning sign, not a"
  echo "   bound: PolNeAR marks many scare quotes as partial quotations too; see scare_rules.py)"
  if [ "$split" = dev ]; then
    python3 scripts/eval/scare_rules.py "$out/$split-predictions.jsonl" --texts "$data/quotes-$split.jsonl" \
      --gold "$data/scare-dev.json"
  else
    python3 scripts/eval/scare_rules.py "$out/$split-predictions.jsonl" --texts "$data/quotes-$split.jsonl"
  fi
  echo
done
echo "== Every attribution (direct, partial, mixed, indirect) against every prediction, dev"
python3 "$tools/eval_quotes.py" --gold "$data/quotes-dev.jsonl" --pred "$out/dev-predictions.jsonl" \
  --gold-kinds all
echo
echo "== Scare quotes, dev, against the hand labels"
python3 "$tools/score_scare.py" "$out/dev-predictions.jsonl" --gold "$data/scare-dev.json" \
  --texts "$data/quotes-dev.jsonl"
