#!/usr/bin/env bash
# Runs one Qt Test executable for CTest. A failing run fails, whatever else it
# printed; a passing run that skipped a function exits 77, which CTest shows
# as "skipped" (SKIP_RETURN_CODE). A skip can therefore never hide a failure.
set -uo pipefail
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$@" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
[ "$rc" -ne 0 ] && exit "$rc"
grep -q '^SKIP   : ' "$out" && exit 77
exit 0
