#!/usr/bin/env bash
# The Debian packages CPack builds from this build (cmake/Packaging.cmake), as
# a packager checks them:
#  - two packages, connections-console and connections-sandbox, with exactly
#    the files below;
#  - dependencies from the shared libraries; only the sandbox's pull in Qt HTTP
#    Server (GPL-3): the console's package must not;
#  - lintian reports no error and no warning (docs/packaging.md lists the
#    informational tags that remain);
#  - unpacked into a scratch root, the programs start and print the version.
# Usage: deb_package.sh <build-dir> <project-version>
set -euo pipefail
build=$1
version=$2
for tool in cpack dpkg-deb dpkg-shlibdeps lintian file; do
  command -v "$tool" >/dev/null || { echo "deb_package: $tool is missing (scripts/install-deps.sh)"; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "deb_package: FAILED: $*"; exit 1; }
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log"; fail "cpack did not build the packages"; }
console=$(ls "$work"/out/connections-console_"$version"-*_*.deb 2>/dev/null | head -n 1)
sandbox=$(ls "$work"/out/connections-sandbox_"$version"-*_*.deb 2>/dev/null | head -n 1)
[ -n "$console" ] && [ -n "$sandbox" ] || fail "expected two packages, got: $(ls "$work/out")"

files() { dpkg-deb -c "$1" | awk '{print $6}' | grep -v '/$' | sed 's|^\./||' | LC_ALL=C sort; }
expect_console="usr/bin/connections-console
usr/share/applications/connections-console.desktop
usr/share/connections-console/translations/connections-console_de.qm
usr/share/connections-console/translations/connections-console_en.qm
usr/share/connections-console/translations/connections-console_fr.qm
usr/share/doc/connections-console/changelog.Debian.gz
usr/share/doc/connections-console/copyright
usr/share/icons/hicolor/128x128/apps/connections-console.png
usr/share/icons/hicolor/16x16/apps/connections-console.png
usr/share/icons/hicolor/22x22/apps/connections-console.png
usr/share/icons/hicolor/24x24/apps/connections-console.png
usr/share/icons/hicolor/256x256/apps/connections-console.png
usr/share/icons/hicolor/32x32/apps/connections-console.png
usr/share/icons/hicolor/48x48/apps/connections-console.png
usr/share/icons/hicolor/64x64/apps/connections-console.png
usr/share/icons/hicolor/scalable/apps/connections-console.svg
usr/share/man/man1/connections-console.1.gz
usr/share/metainfo/invalid.connections_console.ConnectionsConsole.metainfo.xml"
expect_sandbox="usr/bin/connections-sandbox
usr/share/doc/connections-sandbox/changelog.Debian.gz
usr/share/doc/connections-sandbox/copyright
usr/share/man/man1/connections-sandbox.1.gz"
[ "$(files "$console")" = "$(printf '%s\n' "$expect_console" | LC_ALL=C sort)" ] \
  || { diff <(printf '%s\n' "$expect_console" | LC_ALL=C sort) <(files "$console") || true; fail "connections-console's files differ"; }
[ "$(files "$sandbox")" = "$(printf '%s\n' "$expect_sandbox" | LC_ALL=C sort)" ] \
  || { diff <(printf '%s\n' "$expect_sandbox" | LC_ALL=C sort) <(files "$sandbox") || true; fail "connections-sandbox's files differ"; }

console_depends=$(dpkg-deb -f "$console" Depends)
sandbox_depends=$(dpkg-deb -f "$sandbox" Depends)
for lib in libqt6widgets6 libqt6network6 libqt6keychain1; do
  grep -q "$lib" <<<"$console_depends" || fail "connections-console does not depend on $lib: $console_depends"
done
grep -q libqt6httpserver6 <<<"$sandbox_depends" || fail "connections-sandbox does not depend on libqt6httpserver6"
if grep -q libqt6httpserver6 <<<"$console_depends"; then
  fail "connections-console depends on Qt HTTP Server (GPL-3): $console_depends"
fi

# lintian: nothing at error or warning level.
report=$(lintian --tag-display-limit 0 "$console" "$sandbox" 2>&1 | grep -v 'root privileges' || true)
if grep -qE '^(E|W): ' <<<"$report"; then
  echo "$report"
  fail "lintian reports errors or warnings"
fi

# Unpacked into a scratch root, the programs run from there.
root=$work/root
dpkg-deb -x "$console" "$root"
dpkg-deb -x "$sandbox" "$root"
for program in connections-console connections-sandbox; do
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/$program" --version 2>&1)
  case "$out" in
    *"$version"*) ;;
    *) fail "$program --version from the unpacked package printed: $out" ;;
  esac
done
echo "deb_package: $(basename "$console") and $(basename "$sandbox"): files, dependencies and lintian clean; both programs run unpacked ($version)"
