#!/usr/bin/env bash
# npm test — everything a change could break: lint + types, unit and integration tests (real
# database file, real dev chain), then Playwright e2e in Chromium against the built app.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
export CHECKPOINT_DISABLE=1

status=0
step() { echo; echo "=== $1"; shift; "$@" || status=1; }

step "lint and types" npm run --silent check
step "unit and integration tests" npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json
step "end-to-end tests (Chromium)" env CI="${CI:-true}" npx playwright test

node scripts/test-summary.mjs .tmp/vitest.json .tmp/playwright.json || status=1
exit $status
