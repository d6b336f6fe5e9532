#!/usr/bin/env bash
# `npm start`: install what is missing, make sure Redis is there, run the bot.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-deps.sh

if [[ -z "${REDIS_URL:-}" ]]; then
  bash scripts/ensure-redis.sh
  REDIS_URL="$(bash scripts/local-redis.sh up)"
  export REDIS_URL
  echo "REDIS_URL=$REDIS_URL (local; stop it with: bash scripts/local-redis.sh down)" >&2
fi

# exec the tsx binary itself rather than `npx tsx`: one process fewer between
# the supervisor and the bot, so SIGTERM reaches main.ts and the workers can
# finish their active jobs.
exec node_modules/.bin/tsx src/main.ts "$@"
