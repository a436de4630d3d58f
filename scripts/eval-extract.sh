#!/usr/bin/env bash
# The extraction benchmark of issue #18 (a script that measures, not a test): builds the
# release bundle and opens every page of two sets in it as a reader would, then prints word F1,
# precision and recall against each page's reference text, title agreement, refusals, console
# messages and the slowest open (scripts/bench/extract.mjs). The sets are not in the repository
# and this machine cannot download them; give checkouts of:
#   READABILITY  github.com/mozilla/readability (test/test-pages: the development set)
#   AEB          github.com/scrapinghub/article-extraction-benchmark (kept apart: checks only)
#
#   scripts/eval-extract.sh READABILITY [AEB]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$QM_ROOT"
[ $# -ge 1 ] || { echo "usage: scripts/eval-extract.sh READABILITY_CHECKOUT [AEB_CHECKOUT]" >&2; exit 2; }
readability="$(realpath "$1")"
aeb="${2:+$(realpath "$2")}"
ensure_npm_folder tests
trunk build --release >/dev/null
node scripts/bench/extract.mjs readability "$readability"
if [ -n "$aeb" ]; then
  echo
  node scripts/bench/extract.mjs aeb "$aeb"
fi
