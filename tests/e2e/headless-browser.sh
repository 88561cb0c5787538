#!/usr/bin/env bash
# "The system browser" of the end-to-end tests: Debian's chromium, headless,
# with a fresh profile. The console runs it through $BROWSER with the URL as
# its only argument; it loads the page, follows every redirect (down to the
# console's loopback listener) and exits.
set -u
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
timeout 60 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --disable-quic --user-data-dir="$profile" \
  --dump-dom "$1" >/dev/null 2>&1
