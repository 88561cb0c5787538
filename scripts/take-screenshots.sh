#!/usr/bin/env bash
# Takes the AppStream screenshots (resources/screenshots/*.png) from the
# console as built, against its own sandbox, on a virtual X display at
# 1366×768: the connections in the light palette, and a data source's
# History in the dark one. The PNGs are committed; run this after a visible
# change (needs xvfb, xdotool and imagemagick, which install-deps.sh installs).
# Usage: dbus-run-session -- scripts/test-session.sh scripts/take-screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
out=resources/screenshots
mkdir -p "$out"
shoot() { # <appearance> <file> <keys…>
  local appearance=$1 file=$2
  shift 2
  local home
  home=$(mktemp -d)
  HOME=$home "$build/app/connections-console" --sandbox --appearance "$appearance" \
    >"$home/console.log" 2>&1 &
  local pid=$! w=""
  for _ in $(seq 1 120); do
    w=$(xdotool search --name "Connections Console" 2>/dev/null | head -n 1) && [ -n "$w" ] && break
    sleep 0.25
  done
  [ -n "$w" ] || { echo "take-screenshots: no window"; cat "$home/console.log"; exit 1; }
  xdotool windowsize --sync "$w" 1366 768
  xdotool windowactivate --sync "$w" 2>/dev/null || true
  xdotool windowfocus --sync "$w"
  sleep 6 # the sandbox starts and seeds, the first page arrives (a picture, not a test)
  for k in "$@"; do
    xdotool key --delay 200 "$k"
    sleep 1.5
  done
  sleep 2
  import -window "$w" "$out/$file"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$home"
}
shoot light connections.png F8
shoot dark data-source-history.png ctrl+3 F8 alt+s
echo "take-screenshots: $(ls "$out")"
