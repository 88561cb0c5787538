#!/usr/bin/env bash
# Fresh Debian 12: install dependencies, then three passes, each of which must
# pass:
#   1. dev preset (warnings are errors): build, and the whole suite through
#      CTest inside a private D-Bus session with an unlocked gnome-keyring and
#      an Xvfb display. Extra arguments go to this ctest.
#   2. asan preset (AddressSanitizer + UBSan, halt_on_error=1): build, and the
#      unit, model and sandbox suites under it.
#   3. fuzz preset (clang, libFuzzer + ASan + UBSan): build the fuzz targets
#      and run each for a bounded time (CC_FUZZ_SECONDS, 20 s) on its corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)

echo "== dev: build and the whole suite"
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$jobs"
dbus-run-session -- scripts/test-session.sh ctest --preset dev -j2 "$@"

echo "== asan: the unit, model and sandbox suites under AddressSanitizer and UBSan"
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$jobs"
ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  dbus-run-session -- scripts/test-session.sh ctest --preset asan -j2 -L 'unit|models|sandbox'

echo "== fuzz: each libFuzzer target for a bounded time"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$jobs"
ctest --preset fuzz -j2
