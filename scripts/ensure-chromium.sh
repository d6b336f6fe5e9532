#!/usr/bin/env bash
# Makes sure a chromium binary exists for the browser tests (playwright-core
# drives Debian's chromium; we never let Playwright download its own build).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/ensure-command.sh"
ensure_command chromium chromium
