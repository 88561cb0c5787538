#!/usr/bin/env bash
# Qt idioms, checked by clazy (Debian's clazy) on every C++ file of the tree
# through the build's compile_commands.json: the checks stand in for
# QT_NO_CONTEXTLESS_CONNECT, which Qt 6.4 lacks, and catch the usual Qt
# mistakes. Clean means no finding at all.
# Usage: check-clazy.sh <build dir with compile_commands.json>
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
checks=connect-3arg-lambda,qstring-arg,range-loop-detach,unused-non-trivial-variable,incorrect-emit,connect-non-signal,overridden-signal,qfileinfo-exists,qmap-with-pointer-key,mutable-container-key,qenums,qgetenv,temporary-iterator,writing-to-temporary,fully-qualified-moc-types,container-anti-pattern,qdeleteall
command -v clazy-standalone >/dev/null || { echo "clazy is not installed (scripts/install-deps.sh)" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json: configure first" >&2; exit 1; }
# tests/layering holds files that must not compile; tests/fuzz is built by the fuzz preset only.
mapfile -t files < <(git ls-files '*.cpp' | grep -v -e '^tests/layering/' -e '^tests/fuzz/')
# A file the build does not compile would be checked without its flags, or not at all.
missing=()
for f in "${files[@]}"; do
  grep -qF "\"$PWD/$f\"" "$build/compile_commands.json" || missing+=("$f")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "clazy: not in $build/compile_commands.json, so not checked:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 1
fi
out=$(printf '%s\n' "${files[@]}" | xargs -P"$(nproc)" -n8 clazy-standalone -p "$build" \
  -checks="$checks" --extra-arg=-Wno-gnu-zero-variadic-macro-arguments 2>&1 \
  | grep -E 'warning:|error:' | sort -u)
if [ -n "$out" ]; then
  echo "clazy findings:" >&2
  echo "$out" >&2
  exit 1
fi
echo "clazy: ${#files[@]} files clean (${checks//,/, })"
