#!/usr/bin/env bash
# Regenerates the icon set from icon.svg (needs ImageMagick: apt-get install -y imagemagick).
# Linux packages take the NxN.png files in this folder; Windows takes build/icon.ico (no 128 px entry: ICO stores
# sizes under 256 uncompressed, and Windows scales from 256); macOS converts 512x512.png.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
convert_bin=/usr/bin/convert
[ -x "$convert_bin" ] || convert_bin=convert
for size in 16 24 32 48 64 128 256 512; do
  "$convert_bin" -background none -density 192 "$here/icon.svg" -resize "${size}x${size}" \
    -strip -define png:compression-level=9 "PNG32:$here/${size}x${size}.png"
done
"$convert_bin" "$here"/{16,24,32,48,64,256}x*.png "$here/../icon.ico"
ls -l "$here"/*.png "$here/../icon.ico"
