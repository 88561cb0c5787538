#!/usr/bin/env bash
# Extracts every tr() string of the console into the .ts files, which are the
# source of truth: translators edit them in Qt Linguist, and their edits
# survive this. German and French are complete; English holds only the
# plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=(app views models api auth)
"$LUPDATE" -silent -no-obsolete -locations none "${sources[@]}" -ts translations/connections-console_de.ts translations/connections-console_fr.ts
"$LUPDATE" -silent -no-obsolete -locations none -pluralonly "${sources[@]}" -ts translations/connections-console_en.ts
