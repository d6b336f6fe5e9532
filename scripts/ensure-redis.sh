#!/usr/bin/env bash
# Makes sure redis-server (and redis-cli, used by start.sh to probe it) exist.
# Debian's redis-server package depends on redis-tools, which has redis-cli.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/ensure-command.sh"
ensure_command redis-server redis-server redis-cli
