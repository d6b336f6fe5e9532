#!/usr/bin/env bash
# Compiles the command line (src/cli.ts and what it imports) to dist/cli.mjs
# when a source is newer than the last build; scripts/cli.sh runs it first.
# Compiled JavaScript starts in a fraction of the time tsx needs to transform
# the same TypeScript on every run.
#
# esbuild comes with tsx (its one dependency), so nothing extra is installed.
# The packages are bundled too: Node then reads one file instead of hundreds,
# and only the date-fns functions used. bullmq stays an ordinary import from
# node_modules, loaded only by a command that queues work (open, vote …); the
# banner gives bundled CommonJS packages (ioredis, yaml) the require they use.
# The chat SDKs stay out too: the capabilities name their Slack and Teams
# parts as on-demand imports, which the command line never loads.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

out=dist/cli.mjs

is_stale() {
  [[ ! -f "$out" ]] && return 0
  # Any newer source, asset, dependency or this script means a rebuild.
  [[ -n "$(find src demo scripts/build-cli.sh package-lock.json node_modules/.package-lock.json \
    -newer "$out" -print -quit 2>/dev/null)" ]]
}

is_stale || exit 0

mkdir -p dist
# One build at a time; the second finds it fresh.
exec 9>dist/.cli-build.lock
flock 9
is_stale || exit 0

# The bundle sits one level below the root, as src/*.ts does, so paths taken
# from import.meta.url (../demo/…, ./lua/…) resolve the same way.
node_modules/.bin/esbuild src/cli.ts \
  --bundle --platform=node --format=esm --target=node20 \
  --splitting --outdir=dist --entry-names=cli.next --chunk-names=cli-chunk-[hash] \
  --out-extension:.js=.mjs --external:bullmq --external:@slack/* --external:@microsoft/* \
  "--banner:js=import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" \
  --log-level=warning
mkdir -p dist/lua
cp src/store/lua/*.lua dist/lua/
# Chunks are named by their content; the entry is replaced in one step, so a
# command running during a rebuild reads either the old build or the new one.
mv -f dist/cli.next.mjs "$out"
