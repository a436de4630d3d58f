#!/usr/bin/env bash
# Serves Quotemark on http://127.0.0.1:8080 (set PORT to change it), installing what is missing
# first. With --release it builds the optimised bundle into dist/ and serves that instead of
# trunk's development server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$QM_ROOT"
PORT="${PORT:-8080}"
if [ "${1:-}" = "--release" ]; then
  trunk build --release
  echo "Quotemark (release build) on http://127.0.0.1:$PORT/"
  exec node -e "import('./tests/e2e/support/server.mjs').then(async ({ startServer }) => {
    const server = await startServer({ root: 'dist', port: Number(process.env.PORT) });
    console.log('serving', server.url);
  })"
fi
exec trunk serve --address 127.0.0.1 --port "$PORT"
