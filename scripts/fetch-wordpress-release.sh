#!/usr/bin/env bash
# Unpacks Debian trixie's wordpress package (a newer release than bookworm's installed 6.1, with
# script strategies) into .build/wordpress/<version>/ for the live WordPress check; prints the
# tree's path. Downloads with apt-get into a scratch folder; the system's apt configuration is
# not touched. Usage: scripts/fetch-wordpress-release.sh [SUITE]   (default: trixie)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
suite=${1:-trixie}
existing=$(ls -d "$root"/.build/wordpress/*/usr/share/wordpress 2>/dev/null | head -1 || true)
if [ -n "$existing" ]; then echo "$existing"; exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" > "$work/sources.list"
opts=(-o Dir::Etc::SourceList="$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o Dir::State::Lists="$work/lists" -o Dir::Cache="$work/cache")
apt-get "${opts[@]}" update -qq 2>/dev/null
(cd "$work" && apt-get "${opts[@]}" download -qq wordpress 2>/dev/null)
deb=$(ls "$work"/wordpress_*.deb)
version=$(dpkg-deb -f "$deb" Version)
target="$root/.build/wordpress/${version%%+*}"
mkdir -p "$target"
dpkg-deb -x "$deb" "$target"
echo "$target/usr/share/wordpress"
