#!/usr/bin/env bash
# Copies the screenshots that the end-to-end run takes of the real app (target/screenshots/)
# into docs/guide/, where docs/GUIDE.md shows them. Run scripts/test.sh first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p docs/guide
for name in annotated suggestions insight library guide-help article-dark; do
  cp "target/screenshots/$name.png" "docs/guide/$name.png"
done
cp target/screenshots/other-tools-labels.png docs/guide/labels.png
echo "Copied $(ls docs/guide | wc -l) screenshots into docs/guide/"
