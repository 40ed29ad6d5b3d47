#!/usr/bin/env bash
# The full suite: typecheck, lint, build, unit, integration, e2e (real Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium is missing at $CHROMIUM: install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
  exit 1
fi

echo "== typecheck" && npm run --silent typecheck
echo "== lint" && npm run --silent lint
echo "== build" && npm run --silent build
echo "== unit" && npx vitest run --project unit
echo "== integration" && npx vitest run --project integration
echo "== e2e" && npx vitest run --project e2e
