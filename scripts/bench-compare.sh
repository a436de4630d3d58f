#!/usr/bin/env bash
# Compares two builds alternately in one run on the long article (scripts/bench/compare.mjs):
# the build of a commit (default HEAD~1) and the working tree's. Adding a highlight, undo, the
# autosave of one change, and scrolling with and without text selected, with the actions
# dispatched meanwhile (counted where the build marks them, from issue #17 on). A benchmark,
# not a test; prints a table and writes target/bench/compare.json.
#
#   scripts/bench-compare.sh [REF]        (COMPARE_ROUNDS=n sessions per build, default 4)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$QM_ROOT"
SHARED="${QM_SHARED:-$QM_ROOT/../shared}"
REF="${1:-HEAD~1}"
ensure_npm_folder tests
short="$(git rev-parse --short "$REF")"
old="target/compare/$short"
if [ ! -f "$old/dist/index.html" ]; then
  rm -rf "$old/src"
  git worktree add --force --detach "$old/src" "$REF" >/dev/null
  # The commit's own setup installs what its build needs (its npm folders, which a worktree
  # does not share) at the versions it pins; it sets QM_ROOT to the worktree, so the paths
  # are fixed first.
  target="$QM_ROOT/target/compare/target" dist="$QM_ROOT/$old/dist"
  (cd "$old/src" && source scripts/setup.sh >/dev/null \
    && CARGO_TARGET_DIR="$target" trunk build --release --dist "$dist" >/dev/null)
  git worktree remove --force "$old/src"
fi
trunk build --release >/dev/null
rm -rf target/compare/working-tree && cp -r dist target/compare/working-tree
node "$SHARED/tools/longdoc.mjs" target/bench/long >/dev/null
node scripts/bench/compare.mjs target/bench/long "$short=$old/dist" "working tree=target/compare/working-tree"
