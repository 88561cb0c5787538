#!/usr/bin/env bash
# Runs a command the way the tests need the desktop: inside the current D-Bus
# session (dbus-run-session starts one) with gnome-keyring's Secret Service
# unlocked, and on a virtual X display. Stops with a clear message when the
# keyring does not come up: the keychain tests would otherwise fail obscurely.
set -euo pipefail
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  echo "test-session: no D-Bus session; run me under dbus-run-session" >&2
  exit 1
fi
# The keyring's files go to a throw-away HOME so nothing touches the user's.
export HOME="${TEST_HOME:-$(mktemp -d)}"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_CONFIG_HOME"
command -v gnome-keyring-daemon >/dev/null || {
  echo "test-session: gnome-keyring-daemon is not installed (run scripts/install-deps.sh)" >&2
  exit 1
}
# A throw-away password: with an empty one gnome-keyring does not create
# its login collection and would try to prompt (there is no display for it).
if ! keyring=$(printf 'test-session-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>&1); then
  echo "test-session: gnome-keyring-daemon failed to start: $keyring" >&2
  exit 1
fi
eval "$keyring"
export GNOME_KEYRING_CONTROL
# Ready when the Secret Service answers on the bus (a few seconds at most).
for _ in $(seq 1 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
  fi
  sleep 0.1
done
echo "test-session: gnome-keyring started, but no Secret Service (org.freedesktop.secrets) appeared on the session bus" >&2
exit 1
