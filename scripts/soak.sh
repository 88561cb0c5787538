#!/usr/bin/env bash
# Soak: the shipped console against a sandbox with every fault on, for a given
# number of minutes, driven like a user (a search typed once, F5 now and then).
#   faults: latency 300 ms, 5xx at 10 %, bursts of three 429s with
#           Retry-After, malformed and truncated bodies (5 % each), and the
#           sync runner down for the middle third of the run;
#   records: the console's RSS every 10 s, the errors the console saw against
#           the faults the sandbox injected (by kind), whether the typed search
#           text is still in the search field at the end, and how long the
#           console takes to load cleanly once the faults stop.
# Fails on a crash, on RSS growth of more than 10 % after the warm-up (the
# first quarter), or when the console does not recover within 60 s.
#
# Usage: scripts/soak.sh [--minutes N] [--console PATH] [--sandbox PATH] [--report FILE]
# Needs an X display and a D-Bus session: run it under scripts/test-session.sh,
#   dbus-run-session -- scripts/test-session.sh scripts/soak.sh --minutes 30
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=2
console=build/dev/app/connections-console
sandbox=build/dev/sandbox/connections-sandbox
report=""
while [ $# -gt 0 ]; do
  case $1 in
    --minutes) minutes=$2; shift 2 ;;
    --console) console=$2; shift 2 ;;
    --sandbox) sandbox=$2; shift 2 ;;
    --report) report=$2; shift 2 ;;
    *) echo "soak: unknown argument $1" >&2; exit 64 ;;
  esac
done
for tool in xdotool xclip python3 curl; do
  command -v "$tool" >/dev/null || { echo "soak: $tool is missing (scripts/install-deps.sh)"; exit 1; }
done
[ -n "${DISPLAY:-}" ] || { echo "soak: needs an X display (run under scripts/test-session.sh)"; exit 1; }

work=$(mktemp -d)
spid=""
cpid=""
cleanup() {
  [ -n "$cpid" ] && kill "$cpid" 2>/dev/null || true
  [ -n "$spid" ] && kill "$spid" 2>/dev/null || true
  if [ "${SOAK_KEEP:-}" = 1 ]; then echo "soak: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
unset QT_QPA_PLATFORM

key=soak-admin-key-$$
faults='latency=300ms,5xx=0.1,burst429=3/20,retry-after=2,malformed=0.05,truncated=0.05'
"$sandbox" --port 0 --database "$work/sandbox.sqlite" --workspace "soak=$key" --seed demo \
  --faults "$faults" >"$work/sandbox.out" 2>"$work/sandbox.log" &
spid=$!
for _ in $(seq 1 100); do
  grep -q '^listening ' "$work/sandbox.out" 2>/dev/null && break
  sleep 0.1
done
origin=$(sed -n 's/^listening //p' "$work/sandbox.out" | head -n 1)
[ -n "$origin" ] || { echo "soak: the sandbox did not start"; cat "$work/sandbox.log"; exit 1; }
setfaults() {
  curl -sf -X PUT -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    --data "{\"faults\":\"$1\"}" "$origin/api/sandbox/faults" >/dev/null
}

CONNECTIONS_API_KEY=$key QT_LOGGING_RULES='console.api.info=true;console.controller.debug=true' \
  "$console" --server "$origin" >"$work/console.out" 2>"$work/console.log" &
cpid=$!
for _ in $(seq 1 300); do
  xdotool search --onlyvisible --name '(^| — )Connections Console$' >/dev/null 2>&1 && break
  sleep 0.1
done
window=$(xdotool search --onlyvisible --name '(^| — )Connections Console$' | head -n 1)
[ -n "$window" ] || { echo "soak: no console window"; exit 1; }
keys() { xdotool windowfocus --sync "$window" key --delay 60 "$@"; }
search="soak search kept"
keys ctrl+f
xdotool type --delay 40 "$search"
echo "soak: $minutes min against $origin, console pid $cpid"

total=$((minutes * 60))
start=$SECONDS
rss_file=$work/rss.txt
: >"$rss_file"
crashed=0
next_rss=0
next_f5=15
runner_down=0
while [ $((SECONDS - start)) -lt "$total" ]; do
  t=$((SECONDS - start))
  if ! kill -0 "$cpid" 2>/dev/null; then crashed=1; break; fi
  if [ "$t" -ge "$next_rss" ]; then
    echo "$t $(awk '/^VmRSS:/ {print $2}' "/proc/$cpid/status")" >>"$rss_file"
    next_rss=$((next_rss + 10))
  fi
  # The runner is down for the middle third.
  if [ "$runner_down" = 0 ] && [ "$t" -ge $((total / 3)) ]; then
    setfaults "$faults,runner=down"; runner_down=1
  elif [ "$runner_down" = 1 ] && [ "$t" -ge $((2 * total / 3)) ]; then
    setfaults "$faults"; runner_down=2
  fi
  if [ "$t" -ge "$next_f5" ]; then
    keys F5
    next_f5=$((next_f5 + 15))
  fi
  sleep 1
done

# Faults off: how long until the console loads cleanly again (F5 once, as a user would).
recovered=-1
if [ "$crashed" = 0 ]; then
  setfaults ""
  before=$(grep -c 'loaded [0-9]* connections' "$work/console.log" || true)
  off=$SECONDS
  keys F5
  while [ $((SECONDS - off)) -lt 60 ]; do
    now=$(grep -c 'loaded [0-9]* connections' "$work/console.log" || true)
    if [ "$now" -gt "$before" ]; then recovered=$((SECONDS - off)); break; fi
    kill -0 "$cpid" 2>/dev/null || { crashed=1; break; }
    sleep 0.5
  done
fi

# The typed search text, read back through the clipboard.
kept=""
if [ "$crashed" = 0 ]; then
  keys ctrl+f
  keys ctrl+a ctrl+c
  sleep 0.3
  kept=$(timeout 5 xclip -o -selection clipboard 2>/dev/null || true)
fi

python3 - "$rss_file" "$work/sandbox.log" "$work/console.log" "$crashed" "$recovered" \
  "$kept" "$search" "$minutes" "${report:-/dev/null}" <<'EOF'
import re, statistics, sys
rss_file, slog, clog, crashed, recovered, kept, search, minutes, report = sys.argv[1:10]
crashed, recovered = int(crashed), int(recovered)
samples = [tuple(map(int, l.split())) for l in open(rss_file) if len(l.split()) == 2]
total = int(minutes) * 60
warm = [kb for t, kb in samples if t >= total // 4]
base = statistics.median(warm[:3]) if len(warm) >= 3 else (warm[0] if warm else 0)
end = statistics.median(warm[-3:]) if len(warm) >= 3 else (warm[-1] if warm else 0)
growth = (end - base) / base * 100 if base else 0.0
s = open(slog, errors="replace").read()
injected = {
    "5xx": len(re.findall(r"/api/platform/\S* -> 5\d\d", s)),
    "429": len(re.findall(r"/api/platform/\S* -> 429", s)),
    "malformed": s.count("[fault: malformed]"),
    "truncated": s.count("[fault: truncated]"),
}
requests = len(re.findall(r"/api/platform/\S* -> \d{3}", s))
c = open(clog, errors="replace").read()
seen = {k: len(re.findall(r"failed: %s" % k, c)) for k in ("server", "rate_limited", "malformed", "timeout", "network")}
ok_search = kept == search
lines = [
    "soak: %s min, %d API requests, console RSS %d kB after warm-up -> %d kB at the end (%+.1f %%)" % (minutes, requests, base, end, growth),
    "soak: faults injected %s" % injected,
    "soak: failures the console saw %s" % seen,
    "soak: search text kept: %s (%r)" % ("yes" if ok_search else "NO", kept),
    "soak: recovery after the faults stopped: %s" % ("%d s" % recovered if recovered >= 0 else "NONE within 60 s"),
    "soak: RSS samples (s kB): " + " ".join("%d:%d" % x for x in samples),
]
print("\n".join(lines))
open(report, "w").write("\n".join(lines) + "\n")
problems = []
if crashed: problems.append("the console crashed")
if growth > 10: problems.append("RSS grew %.1f %% after warm-up" % growth)
if recovered < 0 and not crashed: problems.append("no recovery within 60 s")
if not ok_search and not crashed: problems.append("the typed search text was lost")
if problems:
    print("soak: FAILED: " + "; ".join(problems))
    sys.exit(1)
print("soak: passed")
EOF
