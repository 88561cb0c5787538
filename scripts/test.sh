#!/usr/bin/env bash
# Fresh Debian 12: install dependencies, build (dev preset: warnings are
# errors) and run the whole suite through CTest inside a private D-Bus session
# with an unlocked gnome-keyring and an Xvfb display. Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)"
exec dbus-run-session -- scripts/test-session.sh ctest --preset dev -j2 "$@"
