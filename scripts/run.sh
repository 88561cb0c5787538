#!/usr/bin/env bash
# Fresh Debian 12: install dependencies, build (release preset) and start
# against the sandbox. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
if [ -x build/release/app/connections-console ]; then
  exec build/release/app/connections-console --sandbox "$@"
fi
# Until the console exists: the sandbox alone prints its URL and API key.
exec build/release/sandbox/connections-sandbox --seed demo "$@"
