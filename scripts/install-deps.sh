#!/usr/bin/env bash
# Installs, as root on a fresh Debian 12 machine, everything the build, the
# console, the sandbox and the whole test suite need. Idempotent: packages that
# are already present are skipped by apt, and nothing is downloaded from
# anywhere but Debian's archive.
#
# Trap (see DEVELOPERS.md / the project brief): --no-install-recommends silently
# drops packages Qt's CMake config needs, so libqt6opengl6-dev and
# libxkbcommon-dev are named explicitly below.
set -euo pipefail

packages=(
  # build
  cmake g++ make ninja-build pkg-config clang-format clazy
  # the fuzz preset: clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libxkbcommon-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev
  # sandbox only
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
  # runtime of the console under a real X server / offscreen
  qt6-qpa-plugins qt6-svg-dev libqt6svg6
  # Qt's own strings (standard buttons, About Qt, key names) in German and French
  qt6-translations-l10n
  # tests (xdotool and python3: the out-of-process smoke test of the binary;
  # tzdata: tests run in a time zone that is not UTC)
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools chromium imagemagick
  curl ca-certificates xdotool xclip python3 tzdata
  # the accessibility test (tests/app/atspi_console.sh): the AT-SPI bus and
  # registry, and Debian's Python AT-SPI bindings a screen reader's tooling uses
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0
  # packaging checks (tests/app/install_layout.sh, deb_package.sh): the desktop
  # entry, the AppStream metainfo, the man pages, CPack's .deb (dpkg-shlibdeps, file) and lintian
  desktop-file-utils appstream man-db groff-base dpkg-dev file lintian
)

# The independent OpenID provider of tst_oidcinterop (panva's oidc-provider),
# from the npm registry at the versions package-lock.json pins; into
# tests/oidc/node_modules, never committed. Node.js comes from the machine, or
# Debian's nodejs and npm when it has none.
npm_tools() {
  (cd "$(dirname "$0")/../tests/oidc" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  (cd "$(dirname "$0")/../tests/openapi" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "install-deps: npm tools for the tests are installed (tests/oidc, tests/openapi)"
}
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  npm_tools
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    echo "install-deps: installing ${#missing[@]} packages with sudo" >&2
    exec sudo "$0" "$@"
  fi
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run this script as root" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${#missing[@]} packages"
npm_tools
