#!/usr/bin/env bash
# connections-console in a terminal with no display (an ssh session): what
# needs no window works, and what needs one says so instead of aborting.
set -uo pipefail
console=$1
# timeout: a hang is a failure (exit 124), not a stuck suite.
run() { timeout 30 env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$(mktemp -d)" "$console" "$@"; }
failed=0
check() { # <expected exit code> <what> <grep pattern for the output> <args…>
  local want=$1 what=$2 pattern=$3; shift 3
  local out code
  out=$(run "$@" 2>&1); code=$?
  if [ "$code" -ne "$want" ] || ! grep -qE -- "$pattern" <<<"$out"; then
    echo "FAIL: $what: exit $code (want $want), output:"; echo "$out" | head -n 5; failed=1
  else
    echo "ok: $what (exit $code)"
  fi
}
check 0 "--help" '^Usage: .*connections-console' --help
check 0 "-h" '--sign-in' -h
check 0 "--version" '^connections-console [0-9]+\.[0-9]+' --version
check 64 "--server without a value" "Missing value after '--server'" --server
check 64 "--sign-in without --server" 'needs --server' --sign-in
check 1 "--sign-in that fails at once exits (no hang)" 'must use https' --sign-in --server platform.example.com
check 64 "an unknown option" "Unknown option 'bogus'" --bogus
check 69 "Qt's own -style option is not unknown" 'needs a display' -style fusion
check 69 "no arguments, no display" 'needs a display' 
check 69 "--sandbox, no display" 'needs a display' --sandbox
exit $failed
