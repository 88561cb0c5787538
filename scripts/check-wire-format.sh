#!/usr/bin/env bash
# The wire format lives in api/ (and the sandbox): no JSON type appears in the
# console's other layers. A contract change then touches one folder.
set -euo pipefail
cd "$(dirname "$0")/.."
found=$(grep -rnE '\bQJson(Object|Array|Document|Value|ParseError)\b|#include <QJson' \
  app views models auth translations --include='*.cpp' --include='*.h' || true)
if [ -n "$found" ]; then
  echo "JSON outside api/ (move it into api/wire):" >&2
  echo "$found" >&2
  exit 1
fi
echo "wire format: JSON only in api/ and sandbox/"
