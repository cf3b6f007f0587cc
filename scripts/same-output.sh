#!/usr/bin/env bash
# Behaviour unchanged, shown byte for byte: the JSON reports and `--print-model` of one binary on
# every corpus this machine has, recorded, then compared with another binary's.
#
#   scripts/same-output.sh record DIR [BINARY]    writes DIR/<corpus>.json and .model
#   scripts/same-output.sh compare DIR [BINARY]   exits 1 and shows the first differences
#
# BINARY defaults to .build/release/scriptlint. A refactoring records with the binary built before
# it and compares with the one after. Corpora (each skipped, and named, when missing):
#   fixtures    Fixtures/ as the fixture tests run it (configurations included)
#   docs        Debian 12's HTML documentation (Benchmarks/docs.sh fetches it)
#   sets        the real template sets of scripts/fetch-template-sets.sh, PHP read as templates
#   wordpress   Debian's /usr/share/wordpress (package wordpress) read through the script API
#   wordpress-N a newer release scripts/fetch-wordpress-release.sh unpacked into .build/wordpress/
#   frameworks  the real apps of Tests/frameworks/corpus (JavaScript, TypeScript, Vue, Svelte, Astro)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}; dir=${2:-}; bin=${3:-.build/release/scriptlint}
case "$mode" in record|compare) ;; *) echo "usage: $0 record|compare DIR [BINARY]" >&2; exit 2 ;; esac
[ -n "$dir" ] || { echo "usage: $0 record|compare DIR [BINARY]" >&2; exit 2; }
[ -x "$bin" ] || { echo "same-output: $bin is not built (swift build -c release)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '{"extensions": ["php", "twig", "jinja", "j2", "html.twig", "erb", "hbs", "liquid", "gohtml", "tmpl"]}\n' > "$work/templates.json"
printf '{"extensions": ["php"]}\n' > "$work/php.json"

# One corpus: NAME, the folder to run in, then the arguments.
run() {
    local name=$1 at=$2; shift 2
    (cd "$at" && "$bin" --format json --jobs 2 "$@" > "$work/$name.json" 2> "$work/$name.err" || true)
    (cd "$at" && "$bin" --print-model --jobs 2 "$@" > "$work/$name.model" 2>> "$work/$name.err" || true)
    # Timing-free, so that two runs of one binary agree.
    for f in "$work/$name.json" "$work/$name.model"; do
        if [ "$mode" = record ]; then cp "$f" "$dir/"; else
            if ! cmp -s "$f" "$dir/$(basename "$f")"; then
                echo "same-output: $(basename "$f") differs:"
                diff "$dir/$(basename "$f")" "$f" | head -n 20 || true
                failed=1
            else
                echo "same-output: $(basename "$f") identical ($(wc -c < "$f") bytes)"
            fi
        fi
    done
}
failed=0
run fixtures . Fixtures
for app in Fixtures/platforms/*/; do
    run "platform-$(basename "$app")" "$app" .
done
if [ -d Benchmarks/corpus/docs/tree ]; then run docs Benchmarks/corpus/docs/tree .; else echo "same-output: skipped docs (run Benchmarks/docs.sh once)"; fi
if [ -d .build/template-sets ]; then
    for set in .build/template-sets/*/; do run "set-$(basename "$set")" "$set" --config "$work/templates.json" .; done
else
    echo "same-output: skipped sets (run scripts/fetch-template-sets.sh once)"
fi
if [ -d /usr/share/wordpress ]; then run wordpress /usr/share/wordpress --config "$work/php.json" .; else echo "same-output: skipped wordpress (apt-get install wordpress)"; fi
found=0
for tree in .build/wordpress/*/usr/share/wordpress; do
    [ -d "$tree" ] || continue
    found=1
    run "wordpress-$(basename "$(dirname "$(dirname "$(dirname "$tree")")")")" "$tree" --config "$work/php.json" .
done
[ "$found" = 1 ] || echo "same-output: skipped wordpress-N (run scripts/fetch-wordpress-release.sh once)"
run frameworks Tests/frameworks/corpus .
[ "$mode" = record ] && echo "same-output: recorded in $dir"
exit "$failed"
