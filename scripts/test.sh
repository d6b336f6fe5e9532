#!/usr/bin/env bash
# `npm test`: every check the project has, in order, stopping at the first
# failure. Extra arguments go to vitest (e.g. `npm test -- test/config.test.ts`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

# Colour only on a terminal; CI logs get plain text.
if [[ -t 1 ]]; then bold=$'\e[1m' red=$'\e[31m' green=$'\e[32m' plain=$'\e[0m'; else bold='' red='' green='' plain=''; fi
step() { printf '\n%s== %s ==%s\n' "$bold" "$1" "$plain"; }
fail() { printf '\n%sFAILED: %s%s\n' "$red" "$1" "$plain" >&2; exit 1; }

step "Set-up: npm dependencies, redis-server and chromium"
bash scripts/ensure-deps.sh || fail "installing npm dependencies"
bash scripts/ensure-redis.sh || fail "redis-server is needed for the integration tests"
bash scripts/ensure-chromium.sh || fail "chromium is needed for the browser test (test/e2e)"

step "Typecheck (tsc --noEmit)"
tsc --noEmit || fail "typecheck"

step "Lint (eslint .)"
eslint . || fail "lint"

step "Import directions (dependency-cruiser)"
depcruise src --config .dependency-cruiser.cjs || fail "import directions"

step "Tests (vitest run; a real redis-server is started for the run)"
vitest run "$@" || fail "tests"

printf '\n%sAll checks passed.%s\n' "$green" "$plain"
