# Shared by ensure-redis.sh and ensure-chromium.sh (sourced, not run).
#
# ensure_command COMMAND DEBIAN_PACKAGE [EXTRA_COMMAND...]
#   Returns at once when every command is on PATH. Otherwise, when running as
#   root on Debian/Ubuntu, installs the Debian package with apt-get (never a
#   downloaded binary); anywhere else prints one line saying what to install
#   and exits 1.

is_debian_like() {
  [[ -r /etc/os-release ]] || return 1
  # ID / ID_LIKE name the distribution family, e.g. ID=ubuntu ID_LIKE=debian.
  grep -Eq '^(ID|ID_LIKE)="?([a-z ]* )?(debian|ubuntu)' /etc/os-release
}

missing_commands() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || printf '%s ' "$cmd"
  done
}

# apt-get update is slow; run it at most once per shell session, even when
# several ensure-* scripts are sourced by the same parent.
apt_update_once() {
  if [[ "${RAADSBOT_APT_UPDATED:-}" != 1 ]]; then
    apt-get update -qq
    export RAADSBOT_APT_UPDATED=1
  fi
}

ensure_command() {
  local package="$2"
  local commands=("$1" "${@:3}")
  local missing
  missing="$(missing_commands "${commands[@]}")"
  [[ -z "$missing" ]] && return 0

  if [[ "$(id -u)" -eq 0 ]] && is_debian_like && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian package '$package' (missing: ${missing% })..." >&2
    # Non-interactive: CI has no stdin and must never wait on a prompt.
    export DEBIAN_FRONTEND=noninteractive
    apt_update_once
    apt-get install -y -qq --no-install-recommends "$package" >/dev/null
    missing="$(missing_commands "${commands[@]}")"
    [[ -z "$missing" ]] && return 0
    echo "error: installed '$package' but still missing: ${missing% }" >&2
    exit 1
  fi

  echo "error: '${missing% }' not found; install the '$package' package (e.g. 'sudo apt-get install $package') and run again." >&2
  exit 1
}
