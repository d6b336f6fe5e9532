#!/usr/bin/env bash
# The redis-server that `npm start` owns when REDIS_URL is not set.
#
#   scripts/local-redis.sh up     start it (or reuse the one already running),
#                                 print its redis:// URL on stdout
#   scripts/local-redis.sh down   stop it (the data stays in .data/redis)
#
# It runs daemonized, so it outlives one bot process and the next start reuses
# it; several bot processes may share it. Data lives in the git-ignored
# .data/redis with AOF on and noeviction: Redis is the system of record.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
data_dir="$root/.data/redis"
pid_file="$data_dir/redis.pid"
port_file="$data_dir/port"
log_file="$data_dir/redis.log"

say() { echo "local-redis: $*" >&2; }

recorded_pid() { [[ -f "$pid_file" ]] && tr -dc '0-9' <"$pid_file" || true; }
recorded_port() { [[ -f "$port_file" ]] && tr -dc '0-9' <"$port_file" || true; }

# True when the server on the recorded port answers and keeps its data in our
# directory: that proves it is ours, not another redis that took the port.
owned_redis_answers() {
  local port reply
  port="$(recorded_port)"
  [[ -n "$port" ]] || return 1
  reply="$(redis-cli -h 127.0.0.1 -p "$port" --raw CONFIG GET dir 2>/dev/null | sed -n 2p)" || return 1
  [[ "$reply" == "$data_dir" ]]
}

is_redis_process() {
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q redis-server
}

stop_owned_redis() {
  local pid
  pid="$(recorded_pid)"
  if is_redis_process "$pid"; then
    say "stopping redis-server (pid $pid)"
    # SIGTERM makes Redis flush the AOF and exit; give it time, then insist.
    kill -TERM "$pid"
    wait_for_exit "$pid" || { say "redis-server did not stop in 10 s; killing it"; kill -KILL "$pid" 2>/dev/null || true; }
  elif owned_redis_answers; then
    # Our server is up but the pidfile was lost: ask it to shut down instead.
    say "stopping redis-server on 127.0.0.1:$(recorded_port) (no pidfile)"
    redis-cli -h 127.0.0.1 -p "$(recorded_port)" SHUTDOWN >/dev/null 2>&1 || true
    for _ in $(seq 1 100); do owned_redis_answers || break; sleep 0.1; done
  fi
  rm -f "$pid_file"
}

wait_for_exit() {
  local pid="$1"
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

wait_until_ready() {
  local port="$1"
  for _ in $(seq 1 100); do
    [[ "$(redis-cli -h 127.0.0.1 -p "$port" PING 2>/dev/null)" == PONG ]] && return 0
    sleep 0.1
  done
  say "redis-server did not answer on port $port within 10 s; see $log_file"
  tail -n 20 "$log_file" >&2 || true
  return 1
}

start_owned_redis() {
  local port
  # Keep the earlier port when it is free, so a printed URL stays valid.
  port="$(node "$root/scripts/free-port.mjs" "$(recorded_port)")"
  redis-server \
    --bind 127.0.0.1 --port "$port" --protected-mode yes \
    --dir "$data_dir" \
    --appendonly yes --appendfsync everysec \
    --maxmemory-policy noeviction \
    --hash-max-listpack-value 1024 \
    --daemonize yes --pidfile "$pid_file" --logfile "$log_file" \
    9>&- # the daemon must not inherit (and so hold forever) our start lock
  echo "$port" >"$port_file"
  wait_until_ready "$port"
  say "started redis-server on 127.0.0.1:$port (data in .data/redis)"
}

up() {
  if owned_redis_answers; then
    say "reusing redis-server on 127.0.0.1:$(recorded_port)"
  else
    # A pidfile without a healthy server is left from a crash or a hung
    # server: clear it out before starting fresh on the same data.
    stop_owned_redis
    start_owned_redis
  fi
  echo "redis://127.0.0.1:$(recorded_port)"
}

down() {
  if is_redis_process "$(recorded_pid)" || owned_redis_answers; then
    stop_owned_redis
  else
    rm -f "$pid_file"
    say "not running"
  fi
}

mkdir -p "$data_dir"
# Two `npm start` at the same moment must not start two servers on one AOF.
exec 9>"$data_dir/.lock"
flock 9

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
