#!/usr/bin/env bash
# headless-browser.sh, keeping the page it ends on: chromium's --dump-dom
# output (the DOM the user would see) goes to $DOM_FILE.
set -u
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
timeout 60 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --disable-quic --user-data-dir="$profile" \
  --dump-dom "$1" 2>/dev/null > "${DOM_FILE:-/dev/null}" || \
  echo "dumping-browser: could not run chromium or write ${DOM_FILE:-}" >&2
