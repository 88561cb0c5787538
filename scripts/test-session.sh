#!/usr/bin/env bash
# Runs a command the way the tests need the desktop: inside the current D-Bus
# session (dbus-run-session starts one) with gnome-keyring's Secret Service
# unlocked by an empty password, and on a virtual X display.
set -euo pipefail
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  echo "test-session: no D-Bus session; run me under dbus-run-session" >&2
  exit 1
fi
# The keyring's files go to a throw-away HOME so nothing touches the user's.
export HOME="${TEST_HOME:-$(mktemp -d)}"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_CONFIG_HOME"
# A throw-away password: with an empty one gnome-keyring does not create
# its login collection and would try to prompt (there is no display for it).
eval "$(printf 'test-session-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
