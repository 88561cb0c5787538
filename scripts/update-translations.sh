#!/usr/bin/env bash
# Extracts every tr() string of the console into translations/*.ts, then fills
# them from scripts/translations_de.py (which fails on an untranslated string).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -silent -no-obsolete app views models api auth \
  -ts translations/connections-console_de.ts translations/connections-console_en.ts
python3 scripts/translations_de.py
