#!/usr/bin/env bash
# Skips are narrow: only the functions that need the Secret Service may skip,
# through CC_REQUIRE_SECRET_SERVICE() (which fails instead under CI). No other
# QSKIP is allowed in the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
found=$(grep -rn 'QSKIP' tests --include='*.cpp' --include='*.h' | grep -v '^tests/common/secretservice.h:' || true)
if [ -n "$found" ]; then
  echo "QSKIP outside CC_REQUIRE_SECRET_SERVICE():" >&2
  echo "$found" >&2
  exit 1
fi
echo "skips: only CC_REQUIRE_SECRET_SERVICE()"
