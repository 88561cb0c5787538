#!/usr/bin/env bash
# Fails when a user-visible string has no German or French translation, or a
# plural form no English one: extracts the strings afresh into scratch copies of the
# .ts files and counts what is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
sources=(app views models api auth)
cp translations/connections-console_de.ts "$scratch/de.ts"
cp translations/connections-console_fr.ts "$scratch/fr.ts"
cp translations/connections-console_en.ts "$scratch/en.ts"
"$LUPDATE" -silent -no-obsolete -locations none "${sources[@]}" -ts "$scratch/de.ts" "$scratch/fr.ts"
"$LUPDATE" -silent -no-obsolete -locations none -pluralonly "${sources[@]}" -ts "$scratch/en.ts"
status=0
for lang in de fr en; do
  unfinished=$(grep -c 'type="unfinished"' "$scratch/$lang.ts" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "$unfinished $lang translation(s) missing; run scripts/update-translations.sh and translate in Linguist:" >&2
    grep -B3 'type="unfinished"' "$scratch/$lang.ts" | grep '<source>' >&2
    status=1
  fi
done
# No sentence assembled from fragments: a source string that begins or ends
# with a space, or with punctuation that joins it to another string (" (failed)",
# "reason:, "), cannot be translated grammatically.
fragments=$(grep -E '<source>([[:space:],;:.)]|&#x?[0-9a-f]+;)|([[:space:],(]|&#x?[0-9a-f]+;)</source>|^</source>' "$scratch/de.ts" || true)
if [ -n "$fragments" ]; then
  echo "tr() strings that are fragments of a sentence; write the whole sentence instead:" >&2
  echo "$fragments" >&2
  status=1
fi
[ $status -eq 0 ] && echo "German and French translations complete: $(grep -c '<source>' "$scratch/de.ts") and $(grep -c '<source>' "$scratch/fr.ts") strings; English plural forms: $(grep -c '<source>' "$scratch/en.ts")"
exit $status
