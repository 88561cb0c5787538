#!/usr/bin/env bash
# Fails when a user-visible string has no German translation: extracts the
# strings afresh into a scratch copy and counts what is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp translations/connections-console_de.ts "$scratch/de.ts"
"$LUPDATE" -silent -no-obsolete app views models api auth -ts "$scratch/de.ts"
unfinished=$(grep -c 'type="unfinished"' "$scratch/de.ts" || true)
if [ "$unfinished" -ne 0 ]; then
  echo "$unfinished German translation(s) missing; run scripts/update-translations.sh and translate:" >&2
  grep -B3 'type="unfinished"' "$scratch/de.ts" | grep '<source>' >&2
  exit 1
fi
echo "German translation complete: $(grep -c '<source>' "$scratch/de.ts") strings"
