#!/usr/bin/env bash
# End to end in Debian's Neovim (headless, its built-in LSP client, configured by the README's
# block as the user's init.lua): open a page with Cyrillic and
# emoji before the findings, receive scriptlint's diagnostics, apply the quick fix for
# async-with-defer, write the file; the diagnostics must be the command line's and the written
# bytes those of `scriptlint --fix`. Usage: Tests/lsp/nvim_check.sh SCRIPTLINT
set -euo pipefail
scriptlint=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
command -v nvim >/dev/null || { echo "nvim_check: nvim is missing (apt-get install neovim)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page="$work/page.html"
printf '<!DOCTYPE html>\n<html><head><title>Привет 😀</title><script src="/a.js"></script><script src="/b.js" async defer></script>\n</head><body><p>x</p></body></html>\n' > "$page"
cp "$page" "$work/expected.html"
"$scriptlint" --fix "$work/expected.html" >/dev/null || true
cli=$( ("$scriptlint" --format json "$page" || true) | python3 -c '
import json, sys
for d in json.load(sys.stdin)["files"][0]["diagnostics"]:
    print(d["ruleId"], "%d:%d" % (d["line"], d["column"]))' | sort)
# The README's configuration, verbatim, as the user's init.lua; `scriptlint` found on PATH.
python3 - "$here/../../README.md" > "$work/init.lua" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
block = text.split("<!-- nvim-config:", 1)[1].split("```lua\n", 1)[1].split("```", 1)[0]
sys.stdout.write(block)
PY
mkdir -p "$work/bin" && ln -s "$scriptlint" "$work/bin/scriptlint"
PATH="$work/bin:$PATH" NVIM_CHECK_OUT="$work/out.txt" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    timeout 60 nvim --headless -u "$work/init.lua" -i NONE -n -c "luafile $here/nvim_check.lua" "$page" >/dev/null 2>&1 || true
[ -f "$work/out.txt" ] || { echo "nvim_check: Neovim wrote no result"; exit 1; }
got=$(grep -E '^[a-z-]+ [0-9]+:[0-9]+$' "$work/out.txt" | sort)
status=0
# Neovim counts columns in bytes (its own convention); the command line counts characters.
# Compare by converting the command line's columns to byte columns on the same lines.
expected=$(python3 - "$page" <<PY
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
for entry in """$cli""".split("\n"):
    if not entry: continue
    rule, pos = entry.split(" ")
    line, col = map(int, pos.split(":"))
    print(rule, "%d:%d" % (line, len(lines[line - 1][:col - 1].encode("utf-8")) + 1))
PY
)
expected=$(sort <<<"$expected")
if [ "$got" != "$expected" ]; then
    echo "nvim_check: diagnostics differ"; echo "  Neovim:  $(tr '\n' ';' <<<"$got")"; echo "  expected: $(tr '\n' ';' <<<"$expected")"; status=1
fi
grep -qx "clients 1" "$work/out.txt" || { echo "nvim_check: not one scriptlint client: $(tr '\n' ';' < "$work/out.txt")"; status=1; }
grep -qx applied "$work/out.txt" || { echo "nvim_check: the quick fix was not applied: $(cat "$work/out.txt" | tr '\n' ';')"; status=1; }
if ! cmp -s "$page" "$work/expected.html"; then
    echo "nvim_check: the written file differs from scriptlint --fix"; diff "$work/expected.html" "$page" || true; status=1
fi
[ $status -eq 0 ] && echo "nvim check (Neovim $(nvim --version | head -1 | cut -d' ' -f2)): $(wc -l <<<"$got") diagnostics as on the command line, quick fix applied, bytes as --fix"
exit $status
