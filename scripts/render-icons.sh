#!/usr/bin/env bash
# Renders resources/icons/connections-console.svg into the hicolor PNG sizes
# (resources/icons/hicolor/NxN/apps/connections-console.png). The PNGs are
# committed, so a build needs no SVG renderer; run this after changing the SVG
# (needs librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" connections-console.svg \
    -o "hicolor/${size}x${size}/apps/connections-console.png"
done
