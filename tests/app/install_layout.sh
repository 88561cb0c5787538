#!/usr/bin/env bash
# What `cmake --install` lays out, as a packager or a user installing from
# source would see it: into a scratch prefix, exactly the files below (FHS
# places), the desktop entry accepted by desktop-file-validate with no message,
# both man pages formatted by man with no warning, and the installed binaries
# starting and printing the project's version.
# Usage: install_layout.sh <build-dir> <project-version>
set -euo pipefail
build=$1
version=$2
for tool in desktop-file-validate appstreamcli man cmake; do
  command -v "$tool" >/dev/null || { echo "install_layout: $tool is missing (scripts/install-deps.sh)"; exit 1; }
done
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

expected="bin/connections-console
bin/connections-sandbox
share/applications/connections-console.desktop
share/connections-console/translations/connections-console_de.qm
share/connections-console/translations/connections-console_en.qm
share/connections-console/translations/connections-console_fr.qm
share/doc/connections-console/changelog.Debian.gz
share/doc/connections-console/copyright
share/doc/connections-sandbox/changelog.Debian.gz
share/doc/connections-sandbox/copyright
share/icons/hicolor/128x128/apps/connections-console.png
share/icons/hicolor/16x16/apps/connections-console.png
share/icons/hicolor/22x22/apps/connections-console.png
share/icons/hicolor/24x24/apps/connections-console.png
share/icons/hicolor/256x256/apps/connections-console.png
share/icons/hicolor/32x32/apps/connections-console.png
share/icons/hicolor/48x48/apps/connections-console.png
share/icons/hicolor/64x64/apps/connections-console.png
share/icons/hicolor/scalable/apps/connections-console.svg
share/man/man1/connections-console.1.gz
share/man/man1/connections-sandbox.1.gz
share/metainfo/invalid.connections_console.ConnectionsConsole.metainfo.xml"
actual=$(cd "$prefix" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
if [ "$actual" != "$(printf '%s\n' "$expected" | LC_ALL=C sort)" ]; then
  echo "install_layout: FAILED: the installed files differ from the expected list"
  diff <(printf '%s\n' "$expected" | LC_ALL=C sort) <(printf '%s\n' "$actual") || true
  exit 1
fi

messages=$(desktop-file-validate "$prefix/share/applications/connections-console.desktop" 2>&1 || true)
[ -z "$messages" ] || { echo "install_layout: FAILED: desktop-file-validate says: $messages"; exit 1; }

# AppStream: valid without the network (infos allowed: the placeholder id
# under .invalid is reported as "maybe not reverse DNS"), with its screenshots,
# a release of this version and a content rating.
metainfo="$prefix/share/metainfo/invalid.connections_console.ConnectionsConsole.metainfo.xml"
report=$(appstreamcli validate --no-net "$metainfo" 2>&1) \
  || { echo "install_layout: FAILED: appstreamcli validate: $report"; exit 1; }
if printf '%s\n' "$report" | grep -qE '^(E|W):'; then
  echo "install_layout: FAILED: appstreamcli warns: $report"; exit 1
fi
grep -q "<release version=\"$version\"" "$metainfo" || { echo "install_layout: FAILED: no release $version in the metainfo"; exit 1; }
[ "$(grep -cE '<screenshot( |>)' "$metainfo")" -ge 2 ] || { echo "install_layout: FAILED: the metainfo has fewer than two screenshots"; exit 1; }
grep -q '<content_rating' "$metainfo" || { echo "install_layout: FAILED: no content_rating"; exit 1; }
for shot in $(grep -oE 'screenshots/[a-z-]+\.png' "$metainfo"); do
  [ -f "$(dirname "$0")/../../resources/$shot" ] || { echo "install_layout: FAILED: $shot is not in resources/"; exit 1; }
done

for page in connections-console connections-sandbox; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$prefix/share/man/man1/$page.1.gz" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || { echo "install_layout: FAILED: man warns about $page.1.gz: $warnings"; exit 1; }
  LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$prefix/share/man/man1/$page.1.gz" 2>/dev/null | grep -q "^NAME" \
    || { echo "install_layout: FAILED: $page.1.gz formats without a NAME section"; exit 1; }
done

# The installed programs run from there (no display needed for --version).
for program in connections-console connections-sandbox; do
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/$program" --version 2>&1)
  case "$out" in
    *"$version"*) ;;
    *) echo "install_layout: FAILED: $program --version printed: $out"; exit 1 ;;
  esac
done
# The installed translations are the ones the console reads: in French its
# --help says what it is in French, and an updated file dropped in their
# place (here the German one under the French name) is used without a
# rebuild. (Qt's own lines of --help come from Qt's translations.)
help_in() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u LANGUAGE LC_ALL= LANG="$1" "$prefix/bin/connections-console" --help 2>&1; }
french="Console pour les connexions d'une plateforme de données."
german="Konsole für die Verbindungen einer Datenplattform."
help_in fr_FR.UTF-8 | grep -qF "$french" \
  || { echo "install_layout: FAILED: --help is not in French: $(help_in fr_FR.UTF-8 | head -3)"; exit 1; }
cp "$prefix/share/connections-console/translations/connections-console_de.qm" \
  "$prefix/share/connections-console/translations/connections-console_fr.qm"
help_in fr_FR.UTF-8 | grep -qF "$german" \
  || { echo "install_layout: FAILED: the installed French translation is not the one the console reads"; exit 1; }
echo "install_layout: $(printf '%s\n' "$expected" | wc -l) files in place, desktop entry, metainfo and man pages clean, both programs print $version"
