#!/usr/bin/env bash
# The detection benchmark: runs the release `detect` command over the 84 PolNeAR dev articles
# (../shared/data, not shipped with Quotemark) several times and prints the median time and
# throughput. Not part of the test command.
#   scripts/bench-detect.sh [DATA.jsonl] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/quotes-dev.jsonl}"
runs="${2:-7}"
[ -f "$data" ] || { echo "bench-detect: $data not found" >&2; exit 2; }
cargo build --quiet --release --bin detect
for _ in $(seq "$runs"); do
  target/release/detect "$data" 2>&1 >/dev/null | grep '^detect:'
done | python3 -c '
import re, statistics, sys
lines = sys.stdin.read().splitlines()
runs = [re.search(r"(\d+) documents, ([\d.]+) MB, ([\d.]+) ms", l).groups() for l in lines]
ms = [float(r[2]) for r in runs]
docs, mb = runs[0][0], float(runs[0][1])
median = statistics.median(ms)
print(f"detect: {docs} documents, {mb:.2f} MB; median of {len(ms)} runs {median:.1f} ms "
      f"(min {min(ms):.1f}, max {max(ms):.1f}); {mb / (median / 1000):.1f} MB/s")
'
