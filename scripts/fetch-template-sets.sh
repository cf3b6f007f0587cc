#!/usr/bin/env bash
# Fetches real template sets at pinned versions into .build/template-sets/ (never committed: some
# are GPL). From PyPI: Django 5.1.4's admin templates, Sphinx 8.1.3's and MkDocs 1.6.1's themes
# (BSD). From Debian 12: phpMyAdmin 5.2.1's Twig templates, WordPress 6.1's core and its Twenty
# Twenty-One theme (GPL-2+), Jekyll's minima 2.5.1 theme (MIT).
# Used by TemplateReferenceTests and Tests/templates/render_check.py.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.build/template-sets
mkdir -p "$dest"
# One fetch at a time (`swift test --parallel` runs several test processes).
if command -v flock >/dev/null; then
    exec 9>"$dest/.lock"
    flock 9
fi
fetch() {
    local package=$1 version=$2 folder=$3
    [ -d "$dest/$folder" ] && return
    local tmp
    tmp=$(mktemp -d)
    python3 -m pip download --quiet --no-deps --only-binary=:all: "$package==$version" -d "$tmp"
    python3 -m zipfile -e "$tmp"/*.whl "$dest/$folder.partial"
    mv "$dest/$folder.partial" "$dest/$folder"
    rm -rf "$tmp"
}
debian() {
    local package=$1 version=$2 folder=$3
    [ -d "$dest/$folder" ] && return
    local tmp
    tmp=$(mktemp -d)
    # A security update replaces the pinned build in the archive: then the current one.
    (cd "$tmp" && { apt-get download "$package=$version" >/dev/null 2>&1 || apt-get download "$package" >/dev/null 2>&1; }) || {
        echo "cannot download $package=$version with apt-get (is this Debian 12 with its sources?)" >&2
        exit 1
    }
    dpkg-deb -x "$tmp"/*.deb "$dest/$folder.partial"
    mv "$dest/$folder.partial" "$dest/$folder"
    rm -rf "$tmp"
}
fetch Django 5.1.4 django-5.1.4
fetch Sphinx 8.1.3 sphinx-8.1.3
fetch mkdocs 1.6.1 mkdocs-1.6.1
debian phpmyadmin 4:5.2.1+dfsg-1+deb12u1 phpmyadmin-5.2.1
debian wordpress 6.1.9+dfsg1-0+deb12u1 wordpress-6.1.9
debian wordpress-theme-twentytwentyone 6.1.9+dfsg1-0+deb12u1 twentytwentyone-6.1.9
debian jekyll-theme-minima 2.5.1-2 minima-2.5.1
echo "template sets in $dest: $(ls "$dest" | tr '\n' ' ')"
