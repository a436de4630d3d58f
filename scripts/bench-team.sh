#!/usr/bin/env bash
# The team benchmark of issue #19 (a script that measures, not a test): 10 coders × 300
# articles × 50 annotations on pouchdb-server in memory on 127.0.0.1, the release build in
# headless Chromium. Prints the first sync, a change seen by another coder, the agreement over
# the project and the storage used; writes target/bench/team.json. Smaller: BENCH_CODERS,
# BENCH_ARTICLES, BENCH_ANNOTATIONS; BENCH_RUNS changes seen (5).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$QM_ROOT"
ensure_npm_folder tests
ensure_npm_folder tests/team-server --omit=optional
trunk build --release >/dev/null
node scripts/bench/team.mjs
