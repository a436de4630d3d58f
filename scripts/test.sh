#!/usr/bin/env bash
# Runs every test Quotemark has, after installing what is missing: formatting and lints, the
# native tests of the core, a short run of every fuzz target, the in-browser component tests in
# headless Chromium, and the end-to-end tests against the release build served on 127.0.0.1.
# Stops at the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$QM_ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (native and wasm32, warnings are errors)"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests (cargo test)"
cargo test --locked 2>&1 | tee target/native-tests.log
awk '/^test result:/ { p += $4; f += $6 } END { printf "native: %d passed, %d failed\n", p, f }' target/native-tests.log

step "fuzzing (cargo-fuzz, every target for ${FUZZ_SECONDS:-10} s)"
scripts/fuzz.sh

step "browser tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER="$(command -v chromedriver)" \
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$QM_ROOT/tests/webdriver.json" \
  cargo test --locked --target wasm32-unknown-unknown --test browser 2>&1 | tee target/browser-tests.log
awk '/^test result:/ { p += $4; f += $6 } END { printf "browser: %d passed, %d failed\n", p, f }' target/browser-tests.log

step "release build (trunk)"
trunk build --release

step "end-to-end tests (playwright-core + Debian chromium)"
# pouchdb-server for the team tests (issue #19), started by them on 127.0.0.1 and a free port;
# without optional packages it needs no native sqlite build.
ensure_npm_folder tests/team-server --omit=optional
(cd tests && node --test --test-concurrency=1 --test-reporter=spec e2e/*.test.mjs) 2>&1 | tee target/e2e-tests.log
awk '/^ℹ pass/ { p = $3 } /^ℹ fail/ { f = $3 } END { printf "e2e: %d passed, %d failed\n", p, f }' target/e2e-tests.log
echo "Screenshots for review: target/screenshots/"
