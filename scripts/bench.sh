#!/usr/bin/env bash
# `npm run bench [-- FILTER]`: the benchmarks in bench/*.bench.ts, one after
# the other, against a dedicated redis-server started for the run (free port
# on 127.0.0.1, temp directory, production-like settings) and removed after.
# FILTER runs only the files whose name contains it, e.g. `npm run bench -- reminders`.
# Figures go to stdout as markdown tables; see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

filter="${1:-}"
benches=()
for file in bench/*.bench.ts; do
  [[ -z "$filter" || "$(basename "$file")" == *"$filter"* ]] && benches+=("$file")
done
if ((${#benches[@]} == 0)); then
  echo "No benchmark matches '$filter'; there are: $(cd bench && ls -- *.bench.ts | tr '\n' ' ')" >&2
  exit 2
fi

bash scripts/ensure-deps.sh
bash scripts/ensure-redis.sh

redis_pid=''
dir=''
stop_redis() {
  if [[ -n "$redis_pid" ]] && kill -0 "$redis_pid" 2>/dev/null; then
    kill -TERM "$redis_pid"
    wait "$redis_pid" 2>/dev/null || true
  fi
  [[ -n "$dir" ]] && rm -rf "$dir"
}
trap stop_redis EXIT
trap 'exit 130' INT TERM

dir="$(mktemp -d "${TMPDIR:-/tmp}/raadsbot-bench-redis.XXXXXX")"
port="$(node scripts/free-port.mjs)"

# Production-like (as scripts/local-redis.sh runs it, plus the listpack
# setting BENCHMARKS.md recommends): AOF fsynced every second, no eviction,
# default RDB snapshots. Foreground child of this script, so it dies with it.
redis-server \
  --bind 127.0.0.1 --port "$port" --protected-mode yes \
  --dir "$dir" --logfile "$dir/redis.log" \
  --appendonly yes --appendfsync everysec \
  --maxmemory-policy noeviction \
  --hash-max-listpack-value 1024 &
redis_pid=$!

for _ in $(seq 1 100); do
  [[ "$(redis-cli -h 127.0.0.1 -p "$port" PING 2>/dev/null)" == PONG ]] && break
  kill -0 "$redis_pid" 2>/dev/null || { echo "redis-server did not start:" >&2; cat "$dir/redis.log" >&2; exit 1; }
  sleep 0.1
done
[[ "$(redis-cli -h 127.0.0.1 -p "$port" PING 2>/dev/null)" == PONG ]] || { echo "redis-server did not answer within 10 s" >&2; exit 1; }

export REDIS_URL="redis://127.0.0.1:$port"
# Lets a benchmark change server settings for a comparison (reminders: the listpack setting).
export BENCH_DEDICATED_REDIS=1
echo "Benchmarks against a dedicated redis-server on 127.0.0.1:$port (data in $dir, removed after)." >&2

# One failing benchmark does not hide the others' figures; the run still fails.
failed=()
for bench in "${benches[@]}"; do
  echo >&2
  echo "== $bench ==" >&2
  started=$SECONDS
  if node_modules/.bin/tsx "$bench"; then
    echo "($bench took $((SECONDS - started)) s)" >&2
  else
    failed+=("$bench")
    echo "FAILED: $bench after $((SECONDS - started)) s; the end of the redis-server log:" >&2
    tail -n 10 "$dir/redis.log" >&2 || true
  fi
done

if ((${#failed[@]} > 0)); then
  echo "Benchmarks that failed: ${failed[*]}" >&2
  exit 1
fi
