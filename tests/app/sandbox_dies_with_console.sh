#!/usr/bin/env bash
# connections-console --sandbox starts the sandbox as a child; when the console
# is killed (SIGKILL: a crash, no clean shutdown) the child must stop too.
set -euo pipefail
console=$1
home=$(mktemp -d)
trap 'rm -rf "$home"; kill -9 ${pid:-0} ${child:-0} 2>/dev/null || true' EXIT
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen \
  "$console" --sandbox >/dev/null 2>&1 &
pid=$!
child=""
for _ in $(seq 1 100); do
  child=$(pgrep -P "$pid" -f connections-sandbox || true)
  [ -n "$child" ] && break
  sleep 0.1
done
[ -n "$child" ] || { echo "the console did not start a sandbox child"; exit 1; }
kill -9 "$pid"
for _ in $(seq 1 50); do
  if ! kill -0 "$child" 2>/dev/null; then
    echo "sandbox child $child stopped after the console was killed"
    exit 0
  fi
  sleep 0.1
done
echo "sandbox child $child still running after the console died"
exit 1
