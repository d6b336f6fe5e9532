#!/usr/bin/env bash
# Installs npm dependencies only when they are missing or stale, so that
# `npm start` / `npm test` stay fast on every run after the first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# npm rewrites node_modules/.package-lock.json on every install, so its mtime
# tells when node_modules last matched the lockfile.
installed_marker=node_modules/.package-lock.json

if [[ -f package-lock.json ]]; then
  if [[ ! -f "$installed_marker" || package-lock.json -nt "$installed_marker" ]]; then
    echo "Installing npm dependencies (npm ci)..." >&2
    npm ci --no-audit --no-fund
  fi
elif [[ ! -f "$installed_marker" || package.json -nt "$installed_marker" ]]; then
  echo "Installing npm dependencies (npm install; no package-lock.json)..." >&2
  npm install --no-audit --no-fund
fi
