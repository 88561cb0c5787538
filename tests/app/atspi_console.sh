#!/usr/bin/env bash
# The shipped binary as a screen reader meets it: `connections-console
# --sandbox` with accessibility on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1) on
# the test session's D-Bus, with the AT-SPI bus (at-spi2-core) running;
# atspi_walk.py then walks its tree from outside the process with Debian's
# Python AT-SPI bindings, page by page (see there for what it checks).
# Usage: atspi_console.sh <connections-console> <connections-sandbox>
set -euo pipefail
console=$1
export CONNECTIONS_SANDBOX=$2
here=$(dirname "$0")
launcher=/usr/libexec/at-spi-bus-launcher
[ -x "$launcher" ] || { echo "atspi: $launcher is missing (at-spi2-core; scripts/install-deps.sh)"; exit 1; }
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null \
  || { echo "atspi: Debian's python3-pyatspi is missing (scripts/install-deps.sh)"; exit 1; }
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -n "${DISPLAY:-}" ] \
  || { echo "atspi: needs a D-Bus session and an X display (run under scripts/test-session.sh)"; exit 1; }

work=$(mktemp -d)
pids=()
# Each started in a session of its own, stopped with all it started (the
# launcher's bus daemon and registry would otherwise outlive the test).
cleanup() {
  for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
unset QT_QPA_PLATFORM CONNECTIONS_API_KEY

# The accessibility bus, as a desktop session starts it; ready when it owns
# org.a11y.Bus on the session bus.
setsid "$launcher" --launch-immediately >"$work/atspi.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.1
done
dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus | grep -q 'boolean true' \
  || { echo "atspi: the AT-SPI bus (org.a11y.Bus) did not come up"; exit 1; }

QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 setsid "$console" --sandbox >"$work/console.log" 2>&1 &
pids+=($!)
if ! /usr/bin/python3 "$here/atspi_walk.py" connections-console 2>"$work/walk.err"; then
  cat "$work/walk.err"
  echo "--- the console's output:"; tail -n 20 "$work/console.log"
  exit 1
fi
