#!/usr/bin/env bash
# `npm run cli -- …`: the secretariat's command line, against the same Redis
# that `npm start` uses (the local one it owns, unless REDIS_URL is set).
# It runs src/cli.ts compiled (scripts/build-cli.sh, only when sources changed).
set -euo pipefail
# File names on the command line are the caller's: where `npm run` was typed
# (npm's INIT_CWD), or where this script was started.
RAADSBOT_CALLER_DIR="${INIT_CWD:-$PWD}"
export RAADSBOT_CALLER_DIR
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-deps.sh >&2

if [[ -z "${REDIS_URL:-}" ]]; then
  bash scripts/ensure-redis.sh >&2
  REDIS_URL="$(bash scripts/local-redis.sh up)"
  export REDIS_URL
fi

# Without esbuild (it comes with tsx) the same entry runs through tsx, slower.
if [[ ! -x node_modules/.bin/esbuild ]]; then
  exec node_modules/.bin/tsx src/cli.ts "$@"
fi
bash scripts/build-cli.sh >&2
exec node dist/cli.mjs "$@"
