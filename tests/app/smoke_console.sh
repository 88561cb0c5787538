#!/usr/bin/env bash
# The shipped binary, used the way the README starts it and a new user drives
# it: `connections-console --sandbox` on a real X display (Xvfb under
# scripts/test-session.sh), keyboard only, through xdotool. What it checks is
# what a user would notice, seen from outside the process:
#   F8            the first connection needing attention is selected, and its
#                 runs are requested (the sandbox's request log shows it);
#   Ctrl+H        the History tab;
#   Ctrl+E, Esc   the save dialog opens, and cancelling it writes nothing;
#   Ctrl+E        the save dialog again: the bundle written holds that
#                 connection and its runs (as the sandbox lists them), and no
#                 secret;
#   Ctrl+3, F8    the Data sources page: the first source needing attention
#                 is selected and its status and history are requested;
#   Alt+S, Alt+Y  its History tab, where Sync now reaches the platform (202);
#   Ctrl+4        the Workspace page loads; Alt+W, a number, Return, Alt+L
#                 save a test caller number (PUT 200);
#   Ctrl+Shift+R  the reconnect flow starts: the API-key dialog, whose key
#                 reaches the platform's reconnect call (or, for an OAuth
#                 connector, the browser opens the provider's consent page);
#   Alt+V, A, D   View > Appearance > Dark: the window turns dark, and the
#                 choice is remembered in the settings.
# Usage: smoke_console.sh <connections-console> <connections-sandbox>
set -euo pipefail
console=$1
real_sandbox=$2
for tool in xdotool python3 curl; do
  command -v "$tool" >/dev/null || { echo "smoke: $tool is missing (scripts/install-deps.sh)"; exit 1; }
done
[ -n "${DISPLAY:-}" ] || { echo "smoke: needs an X display (run under scripts/test-session.sh)"; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  if [ "${SMOKE_KEEP:-}" = 1 ]; then echo "smoke: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
unset QT_QPA_PLATFORM CONNECTIONS_API_KEY
log=$work/sandbox.log
out=$work/sandbox.out
visited=$work/browser.txt

# The sandbox the console starts, with its request log (stderr) and its
# "listening" / "api-key" lines (stdout) copied for this script.
cat > "$work/sandbox" <<EOF
#!/usr/bin/env bash
exec "$real_sandbox" "\$@" 2>>"$log" > >(tee -a "$out")
EOF
# "The system browser": records what it was asked to open.
cat > "$work/browser" <<EOF
#!/bin/sh
echo "\$1" >> "$visited"
EOF
chmod +x "$work/sandbox" "$work/browser"
export CONNECTIONS_SANDBOX=$work/sandbox BROWSER=$work/browser

fail() {
  echo "smoke: FAILED: $*"
  if [ -n "${SMOKE_SCREENSHOT:-}" ] && command -v import >/dev/null; then
    import -window root "$SMOKE_SCREENSHOT" 2>/dev/null || true
    echo "smoke: screenshot in $SMOKE_SCREENSHOT"
  fi
  echo "--- the sandbox's last requests:"; tail -n 15 "$log" 2>/dev/null || true
  exit 1
}
# Polls until the command succeeds (at most $1 seconds).
wait_for() {
  local seconds=$1; shift
  local end=$((SECONDS + seconds))
  until "$@"; do
    [ $SECONDS -lt $end ] || return 1
    sleep 0.2
  done
}
window_named() { xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; }
# The main window: the one found at start, when it is the only one (a
# dialog's title ends in " — Connections Console" too, as Qt appends the
# application's name on X11).
main_id=""
main_window() { [ -n "$main_id" ] && xdotool getwindowname "$main_id" >/dev/null 2>&1 && echo "$main_id"; }
# Keys go to the main window, as a window manager gives it focus back after a
# dialog closes (Xvfb has none).
keys() {
  local w
  w=$(main_window)
  [ -n "$w" ] || fail "the main window is gone"
  xdotool windowfocus --sync "$w" key --delay 80 "$@"
}
logged() { grep -qE "$1" "$log" 2>/dev/null; }

"$console" --sandbox >"$work/console.out" 2>&1 &
pid=$!
own_window() { xdotool search --onlyvisible --pid "$pid" --name '(^| — )Connections Console$' >/dev/null 2>&1; }
wait_for 30 own_window || fail "no main window within 30 s"
# (this console's: another test's console may be on the display meanwhile)
main_id=$(xdotool search --onlyvisible --pid "$pid" --name '(^| — )Connections Console$' | head -n 1)
[ -n "$main_id" ] || fail "no main window of this console"
wait_for 30 logged 'GET /api/platform/v1/connections(\?[^ ]*)? -> 200' || fail "the inventory was never loaded"
key=$(sed -n 's/^api-key //p' "$out" | tail -n 1)
origin=$(sed -n 's/^listening //p' "$out" | tail -n 1)
[ -n "$key" ] && [ -n "$origin" ] || fail "the sandbox printed no origin or key"
echo "smoke: console up on $origin"
logged 'GET /api/platform/v1/connections\?limit=250 -> 200' \
  || fail "the first load did not ask for a first page (limit=250)"

# F8: the first connection needing attention; selecting it loads its runs.
keys F8
wait_for 15 logged 'GET /api/platform/v1/connections/[a-z0-9_]+/runs' \
  || fail "F8 selected nothing, or the History tab never requested its runs"
id=$(grep -oE 'GET /api/platform/v1/connections/[a-z0-9_]+/runs' "$log" | head -n 1 | cut -d/ -f6)
echo "smoke: F8 selected $id; its runs were requested"
keys ctrl+h

# Ctrl+E, then Escape: the dialog opens and closes, and nothing is written.
keys ctrl+e
wait_for 15 window_named '^Export support bundle' || fail "Ctrl+E opened no save dialog"
xdotool key Escape
wait_for 10 bash -c "! xdotool search --onlyvisible --name '^Export support bundle' >/dev/null 2>&1" \
  || fail "Escape did not close the save dialog"
[ -z "$(find "$HOME" -name '*support-bundle*' -print -quit)" ] || fail "a cancelled export wrote a file"

# Ctrl+E again, and save.
keys ctrl+e
wait_for 15 window_named '^Export support bundle' || fail "Ctrl+E opened no save dialog the second time"
bundle=$work/bundle.json
dialog=$(xdotool search --onlyvisible --name '^Export support bundle' | head -n 1)
xdotool windowfocus --sync "$dialog" key ctrl+a
xdotool type --delay 15 "$bundle"
xdotool key Return
wait_for 20 test -s "$bundle" || fail "no support bundle was written to $bundle"
wait_for 10 test -s "${bundle%.json}.csv" || fail "the bundle's CSV was not written"
curl -sf -H "Authorization: Bearer $key" "$origin/api/platform/v1/connections/$id/runs?limit=100" \
  > "$work/runs.json" || fail "the sandbox did not list the runs"
python3 - "$bundle" "$work/runs.json" "$id" <<'EOF' || fail "the bundle is not that connection's"
import json, sys
bundle = json.load(open(sys.argv[1]))
listed = [r["id"] for r in json.load(open(sys.argv[2]))["runs"]]
conn = bundle["connection"]
assert conn["id"] == sys.argv[3], "bundle of %s, not %s" % (conn["id"], sys.argv[3])
runs = [r["id"] for r in bundle["runs"]]
assert runs, "the bundle has no runs"
assert runs[:10] == listed[:10], "the newest runs differ from the platform's: %s vs %s" % (runs[:3], listed[:3])
print("smoke: the bundle holds %s with %d runs" % (conn["name"], len(runs)))
EOF
if grep -qF "$key" "$bundle" "${bundle%.json}.csv"; then fail "the bundle contains the API key"; fi
if grep -qiE 'authorization|bearer|refresh_token|access_token|api_key"' "$bundle"; then
  fail "the bundle contains a credential field"
fi

# Ctrl+3: the Data sources page lists the workspace's data sources; F8
# selects the first one needing attention, whose status and history load;
# Alt+S opens its History, where Alt+Y (Sync now) asks the platform to poll it.
keys Escape ctrl+3
wait_for 15 logged 'GET /v1/[0-9a-f-]+/data-sources(\?[^ ]*)? -> 200' \
  || fail "Ctrl+3 did not list the data sources"
# (F8 again until a row is selected: the list may still be on its way.)
f8_loaded_history() {
  keys F8
  logged 'GET /v1/[0-9a-f-]+/data-sources/[0-9a-f-]+/sync-history(\?[^ ]*)? -> 200'
}
wait_for 15 f8_loaded_history || fail "F8 on the Data sources page loaded no history"
logged 'GET /v1/[0-9a-f-]+/data-sources/[0-9a-f-]+/status -> 200' \
  || fail "F8 on the Data sources page loaded no status counts"
source_id=$(grep -oE 'GET /v1/[0-9a-f-]+/data-sources/[0-9a-f-]+/status' "$log" | tail -n 1 | cut -d/ -f5)
# (Sync now is above both tabs: Alt+Y works with the History on screen.)
keys alt+s
keys alt+y
wait_for 15 logged "POST /v1/[0-9a-f-]+/data-sources/$source_id/sync -> 202" \
  || fail "Sync now (Alt+Y) on the History tab never reached the platform for $source_id"
echo "smoke: Data sources: F8 selected $source_id, its history loaded, Sync now was queued"

# Ctrl+4: the Workspace page loads the workspace and its test callers; the
# switcher lists the workspaces; Alt+W, a number, Return and Alt+L save a new
# test caller number.
keys Escape ctrl+4
wait_for 15 logged 'GET /v1/workspaces/[0-9a-f-]+ -> 200' \
  || fail "Ctrl+4 did not load the workspace"
wait_for 15 logged 'GET /v1/workspaces/[0-9a-f-]+/test-caller-numbers -> 200' \
  || fail "Ctrl+4 did not load the test caller numbers"
logged 'GET /v1/workspaces(\?[^ ]*)? -> 200' || fail "the workspace switcher listed no workspaces"
keys alt+w
xdotool type --delay 15 "+15555550199"
keys Return alt+l
wait_for 15 logged 'PUT /v1/workspaces/[0-9a-f-]+/test-caller-numbers -> 200' \
  || fail "Save test callers (Alt+L) never reached the platform"
echo "smoke: Workspace: loaded, and a test caller number saved by keyboard"
keys ctrl+1
# F5 on the inventory: only the changes since the first load are asked for.
keys F5
wait_for 15 logged 'GET /api/platform/v1/connections\?changed_since=[^ ]+ -> 200' \
  || fail "F5 did not ask for the changes since the last load (changed_since)"
echo "smoke: F5 asked for the changes only (changed_since)"

# Escape, then Ctrl+Shift+R: the reconnect flow starts.
keys Escape
keys ctrl+shift+r
if wait_for 15 window_named '^Reconnect '; then
  title=$(xdotool getwindowname "$(xdotool search --onlyvisible --name '^Reconnect ' | head -n 1)")
  echo "smoke: Ctrl+Shift+R opened \"$title\""
  if [ "$title" != "${title#Reconnect “}" ]; then
    # OAuth: the browser opens the provider's consent page.
    wait_for 15 test -s "$visited" || fail "the browser was never asked to open the consent page"
    grep -q "$origin" "$visited" || fail "the browser was sent somewhere else: $(cat "$visited")"
  else
    # API key: typed into the dialog, it reaches the platform's reconnect call.
    dialog=$(xdotool search --onlyvisible --name '^Reconnect ' | head -n 1)
    xdotool windowfocus --sync "$dialog"
    xdotool type --delay 15 "smoke-test-provider-key"
    xdotool key Return
    wait_for 15 logged "POST /api/platform/v1/connections/$id/reconnect -> 200" \
      || fail "the reconnect call never reached the platform"
  fi
else
  fail "Ctrl+Shift+R started no reconnect flow"
fi
echo "smoke: the reconnect flow started"

# Alt+V, A, D: View > Appearance > Dark. The window turns dark (its mean grey,
# from a screenshot of it), and the choice is in the settings file.
keys Escape
window_grey() {
  import -window "$(main_window)" png:- | convert - -colorspace Gray -format '%[fx:mean]' info:
}
grey_below() { python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < $1 else 1)" "$(window_grey)"; }
light_grey=$(window_grey)
! grey_below 0.5 || fail "the window is not light to begin with (mean grey $light_grey)"
keys alt+v a d
wait_for 10 grey_below 0.35 || fail "View > Appearance > Dark did not darken the window (mean grey $(window_grey))"
grep -rqs '^appearance=dark' "$XDG_CONFIG_HOME" || fail "the dark appearance was not remembered"
echo "smoke: Appearance > Dark: the window's mean grey went from $light_grey to $(window_grey), remembered"

kill "$pid"
wait "$pid" 2>/dev/null || true
pid=""
grep -qF "$key" "$work/console.out" && fail "the console printed the sandbox key"
echo "smoke: passed"
