#!/usr/bin/env bash
# The app benchmark of issue #8 (a script that measures, not a test): builds the release
# bundle, serves it and a page with @recogito/text-annotator on 127.0.0.1, drives Debian's
# headless Chromium through playwright-core, and prints the table of docs/PERFORMANCE.md:
# payload, the bundled article's time to annotatable, the long article (100,000 words, 5,000
# annotations from ../shared/tools/longdoc.mjs) rendered by both, adding a highlight, undo,
# scrolling, memory and autosave; the same first visit for a blank page and for the smallest
# Yew app (scripts/bench/floor); the bundled article's first screen copied into pages with no
# script, styled (the sheet inlined) and unstyled, beside the app and the floor
# (scripts/bench/first-frame.mjs);
# then the anchoring and detection benchmarks.
# Writes target/bench/app.json.
#
#   scripts/bench-app.sh            # BENCH_RUNS=3 page loads per first-render figure
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$QM_ROOT"
SHARED="${QM_SHARED:-$QM_ROOT/../shared}"
OUT=target/bench
mkdir -p "$OUT"

ensure_npm_folder scripts/bench
ensure_npm_folder tests
trunk build --release >/dev/null
# The floor: the smallest Yew app of this kind, measured beside Quotemark (scripts/bench/floor).
(cd scripts/bench/floor && CARGO_TARGET_DIR="$QM_ROOT/target" trunk build --release --dist "$QM_ROOT/$OUT/floor-dist" >/dev/null)
node "$SHARED/tools/longdoc.mjs" "$OUT/long" >/dev/null
node scripts/bench/peer-page.mjs "$OUT/long" "$OUT/peer"
node scripts/bench/app.mjs "$OUT/long" "$OUT/peer"
echo
echo "The first frame apart from Quotemark's code (scripts/bench/first-frame.mjs):"
node scripts/bench/first-frame.mjs dist "$OUT/floor-dist"
echo
echo "Anchoring (scripts/bench-anchoring.sh, 300 quotes for the peer):"
scripts/bench-anchoring.sh 300 | tail -n 7
echo
echo "Detection (scripts/bench-detect.sh):"
scripts/bench-detect.sh "$SHARED/data/quotes-dev.jsonl"
