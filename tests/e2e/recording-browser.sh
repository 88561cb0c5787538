#!/usr/bin/env bash
# A "browser" that follows redirects one hop at a time with curl and records
# every URL it visits in $RECORDING_FILE, so a test can check that what passed
# through the browser (e.g. the authorization code) never reaches a log.
set -u
url=$1
for _ in $(seq 1 12); do
  echo "$url" >> "${RECORDING_FILE:-/dev/null}"
  next=$(curl -s -o /dev/null -w '%{redirect_url}' --max-time 20 "$url")
  [ -n "$next" ] || exit 0
  url=$next
done
