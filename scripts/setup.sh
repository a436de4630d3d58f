#!/usr/bin/env bash
# Installs what Quotemark needs to build, serve and test, and only what is missing, so a second
# run costs seconds. Nothing is downloaded from GitHub or a CDN: Rust tools come from crates.io,
# browsers from Debian, node tools from the npm registry, each at a pinned version.
#
# Run it directly, or source it: when sourced it also puts the tools on PATH for the caller.
set -euo pipefail

QM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.22.1"
# The wasm-bindgen CLI must equal the library in Cargo.lock, or Trunk would try to download one.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$QM_ROOT/Cargo.lock")"

export PATH="$HOME/.cargo/bin:$QM_ROOT/scripts/tools/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_rust_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in clippy rustfmt; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding $component"
      rustup component add "$component"
    fi
  done
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then return; fi
  # trunk 0.22.1 declares a rust-version newer than the stable toolchain here; the nightly
  # that ships on the machine builds it (about 10 minutes on 2 cores).
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing a nightly toolchain to build trunk"
    rustup toolchain install nightly --profile minimal
  fi
  say "building trunk $TRUNK_VERSION from crates.io (about 10 minutes, once)"
  cargo +nightly install --locked trunk --version "$TRUNK_VERSION"
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then return; fi
  # Not --locked: its lock file pins a crate version the registry mirror here lacks.
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
}

# wasm-split-cli cuts the app's module into the first screen's part and the parts loaded on
# first use (scripts/split-wasm.mjs, issue #21). It has no --version; cargo's list of installed
# crates says which is there.
WASM_SPLIT_VERSION="0.2.4"
ensure_wasm_split() {
  if cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then return; fi
  say "building wasm-split-cli $WASM_SPLIT_VERSION from crates.io (about a minute, once)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
}

ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return; fi
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
}

# npm ci only when the lock file changed since the last install in that folder.
ensure_npm_folder() {
  local folder="$QM_ROOT/$1"
  shift
  local stamp="$folder/node_modules/.quotemark-lock-sha"
  local want
  want="$(sha256sum "$folder/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  say "installing npm packages in ${folder#"$QM_ROOT/"}"
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error "$@")
  echo "$want" >"$stamp"
}

# cargo-fuzz, for scripts/fuzz.sh; it builds the targets with the nightly toolchain that ships
# on the machine (libFuzzer's instrumentation needs it).
CARGO_FUZZ_VERSION="0.13.1"
ensure_cargo_fuzz() {
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing a nightly toolchain for cargo-fuzz"
    rustup toolchain install nightly --profile minimal
  fi
  if [ "$(cargo fuzz --version 2>/dev/null || true)" = "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then return; fi
  say "building cargo-fuzz $CARGO_FUZZ_VERSION from crates.io (under a minute, once)"
  cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
}

ensure_rust_target
ensure_trunk
ensure_wasm_bindgen
ensure_wasm_split
ensure_chromium
ensure_npm_folder scripts/tools
ensure_npm_folder tests
ensure_npm_folder static/readability
ensure_npm_folder static/pouchdb --ignore-scripts
