#!/usr/bin/env bash
# Fuzzes scriptlint with libFuzzer and AddressSanitizer, one layer per target, with the invariants
# of Sources/ScriptLint/Engine/FuzzChecks.swift:
#   parse   tokenizer and tree builder          config  configuration JSON
#   fix     fixes converge and are safe         report  every output format
#   template  the template layer in every dialect
#   platforms the CMS and framework readers (PHP, YAML, Python, Ruby helper calls, JS/TS/JSX,
#             Vue, Astro and Svelte markup)
#   all     everything on each input (the default)
# Usage: Fuzz/run.sh [SECONDS] [TARGET]
# A crash leaves its input in Fuzz/crashes/; copy it to Fuzz/regressions/ once fixed, so the
# tests replay it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
target=${2:-all}
case "$target" in
    parse|config|fix|report|template|platforms|all) ;;
    *) echo "fuzz: unknown target '$target' (parse, config, fix, report, template, platforms, all)" >&2; exit 2 ;;
esac
build=.build/fuzz
corpus="$build/corpus-$target"
mkdir -p "$build" "$corpus" Fuzz/crashes

sources=$(find Sources/ScriptLint -name '*.swift' | sort)
stamp=$(cat $sources Sources/CByteSearch/bytesearch.c Sources/CDeflate/deflate.c Fuzz/FuzzTarget.swift | sha1sum | cut -c1-16)-$target
flag=$(echo "FUZZ_$target" | tr '[:lower:]' '[:upper:]')
if [ ! -x "$build/fuzz-$stamp" ]; then
    echo "fuzz: building the $target target (libFuzzer + AddressSanitizer)"
    # The library's C shims (libc's memmem, zlib's compress2), with their module maps.
    clang -O2 -fsanitize=address -c Sources/CByteSearch/bytesearch.c -I Sources/CByteSearch/include -o "$build/bytesearch.o"
    clang -O2 -fsanitize=address -c Sources/CDeflate/deflate.c -I Sources/CDeflate/include -o "$build/deflate.o"
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name ScriptLint -D "$flag" \
        -I Sources/CLibXML2 -I Sources/CByteSearch/include -I Sources/CDeflate/include -lxml2 -lz $sources "$build/bytesearch.o" "$build/deflate.o" Fuzz/FuzzTarget.swift \
        -o "$build/fuzz-$stamp" 2>&1 | grep -v warning || true
    test -x "$build/fuzz-$stamp"
fi
# Small inputs for the single-layer targets keep them at thousands of runs per second; the
# whole-pipeline target also gets large pages.
# Under AddressSanitizer a 64 KB page with thousands of scripts takes seconds to lint, fix
# and lint again several times: the whole-pipeline targets get a longer hang limit.
case "$target" in
    all) max_len=262144; timeout=60 ;;
    fix) max_len=65536; timeout=60 ;;
    *) max_len=4096; timeout=10 ;;
esac
if [ "$target" = config ]; then
    cp Fuzz/seeds/json/* Fuzz/regressions/*.json "$corpus/" 2>/dev/null || true
    dict=Fuzz/dictionaries/json.dict
elif [ "$target" = platforms ]; then
    find Fixtures/platforms Fixtures/frameworks -type f -exec cp {} "$corpus/" \; 2>/dev/null || true
    dict=Fuzz/dictionaries/platforms.dict
elif [ "$target" = template ]; then
    find Fixtures/templates -type f -exec cp {} "$corpus/" \; 2>/dev/null || true
    cp Fuzz/regressions/* "$corpus/" 2>/dev/null || true
    dict=Fuzz/dictionaries/template.dict
else
    cp Fixtures/*.html Rules/*/*.html Fuzz/regressions/* "$corpus/" 2>/dev/null || true
    dict=Fuzz/dictionaries/html.dict
fi

echo "fuzz: running the $target target for ${seconds}s"
"$build/fuzz-$stamp" "$corpus" -dict="$dict" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
    -max_len="$max_len" -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 > "$build/last-$target.log" 2>&1 || {
    # The sanitizer's or the failed invariant's report, and the input that caused it.
    grep -v '^#' "$build/last-$target.log" | grep -v '^\s*$' | tail -n 40
    exit 1
}
tail -n 8 "$build/last-$target.log"
echo "fuzz: no crash, hang or sanitizer report in ${seconds}s"
