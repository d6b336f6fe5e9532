#!/usr/bin/env bash
# `npm run cli -- …`: the secretariat's command line, against the same Redis
# that `npm start` uses (the local one it owns, unless REDIS_URL is set).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-deps.sh >&2

if [[ -z "${REDIS_URL:-}" ]]; then
  bash scripts/ensure-redis.sh >&2
  REDIS_URL="$(bash scripts/local-redis.sh up)"
  export REDIS_URL
fi

exec node_modules/.bin/tsx src/main.ts cli "$@"
