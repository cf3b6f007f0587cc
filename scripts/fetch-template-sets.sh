#!/usr/bin/env bash
# Fetches real template sets from PyPI at pinned versions into .build/template-sets/ (never
# committed): Django 5.1.4's admin templates and Sphinx 8.1.3's HTML themes, both BSD-licensed.
# Used by TemplateReferenceTests and Tests/templates/render_check.py.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.build/template-sets
mkdir -p "$dest"
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
fetch Django 5.1.4 django-5.1.4
fetch Sphinx 8.1.3 sphinx-8.1.3
echo "template sets in $dest: $(ls "$dest" | tr '\n' ' ')"
