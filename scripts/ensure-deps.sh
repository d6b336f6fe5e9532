#!/usr/bin/env bash
# Installs npm dependencies only when they are missing or stale, so that
# `npm start` / `npm test` stay fast on every run after the first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# npm rewrites node_modules/.package-lock.json on every install, so its mtime
# tells when node_modules last matched the lockfile.
installed_marker=node_modules/.package-lock.json

# `npm install` rather than `npm ci`: npm 11's ci refuses this lockfile because
# bullmq's msgpackr pulls optional per-platform packages that npm leaves out of
# the lock on Linux. `install` follows the lockfile just the same here.
if [[ -f package-lock.json ]]; then
  if [[ ! -f "$installed_marker" || package-lock.json -nt "$installed_marker" ]]; then
    echo "Installing npm dependencies (npm install, following package-lock.json)..." >&2
    npm install --no-audit --no-fund
  fi
elif [[ ! -f "$installed_marker" || package.json -nt "$installed_marker" ]]; then
  echo "Installing npm dependencies (npm install; no package-lock.json)..." >&2
  npm install --no-audit --no-fund
fi
