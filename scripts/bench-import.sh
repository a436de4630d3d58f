#!/usr/bin/env bash
# Importing 5,000 position-less annotations onto the long article through the app (issue #22
# item 6; a script that measures, not a test): builds the release bundle, serves it on
# 127.0.0.1 and prints, per run, the time until they are added, the longest task meanwhile and
# how often the progress bar moved. Writes target/bench/import-positionless.json.
#
#   scripts/bench-import.sh            # BENCH_RUNS=3
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$QM_ROOT"
SHARED="${QM_SHARED:-$QM_ROOT/../shared}"
OUT=target/bench
mkdir -p "$OUT"

ensure_npm_folder scripts/bench
ensure_npm_folder tests
trunk build --release >/dev/null
node "$SHARED/tools/longdoc.mjs" "$OUT/long" >/dev/null
node scripts/bench/import-positionless.mjs "$OUT/long"
