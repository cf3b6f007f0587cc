#!/usr/bin/env bash
# Fuzzes scriptlint with libFuzzer and AddressSanitizer: every input is linted as a page (all
# rules, fixes applied twice, every report format) and parsed as a configuration file, with the
# invariants of Sources/ScriptLint/Engine/FuzzChecks.swift. Usage: Fuzz/run.sh [SECONDS]
# A crash leaves its input in Fuzz/crashes/; copy it to Fuzz/regressions/ once fixed, so the
# tests replay it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
build=.build/fuzz
mkdir -p "$build" "$build/corpus" Fuzz/crashes

sources=$(find Sources/ScriptLint -name '*.swift' | sort)
stamp=$(cat $sources Fuzz/FuzzTarget.swift | sha1sum | cut -c1-16)
if [ ! -x "$build/fuzz-$stamp" ]; then
    echo "fuzz: building (libFuzzer + AddressSanitizer)"
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name ScriptLint \
        -I Sources/CLibXML2 -lxml2 $sources Fuzz/FuzzTarget.swift -o "$build/fuzz-$stamp" 2>&1 | grep -v warning || true
    test -x "$build/fuzz-$stamp"
fi
cp Fixtures/*.html Tests/FixFixtures/*.html Fuzz/regressions/* "$build/corpus/" 2>/dev/null || true

echo "fuzz: running for ${seconds}s"
"$build/fuzz-$stamp" "$build/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=262144 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 2>&1 | tail -n 8
echo "fuzz: no crash, hang or sanitizer report in ${seconds}s"
