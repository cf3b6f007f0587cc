#!/usr/bin/env bash
# Template mode against plain mode on the same bytes, in one run: the benchmark corpus (built by
# Benchmarks/run.sh) linted once with every file read as HTML ("none") and once read as a Jinja
# template, with Django-style constructs sprinkled in by Benchmarks/make_template_corpus.py.
# Prints the ratio of CPU time, one thread each (target: template mode at most 1.25x plain mode). Usage: Benchmarks/templates.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
swift build -c release --product scriptlint 2>&1 | tail -n 1
corpus=Benchmarks/corpus/templates
if [ ! -f "$corpus/.seed-1" ]; then
    [ -d Benchmarks/corpus/pages ] || { echo "run Benchmarks/run.sh first (it builds the page corpus)" >&2; exit 2; }
    python3 Benchmarks/make_template_corpus.py Benchmarks/corpus/pages "$corpus"
    touch "$corpus/.seed-1"
fi
mkdir -p Benchmarks/bin/tpl-plain Benchmarks/bin/tpl-jinja
echo '{"templates": {"dialects": {"**": "none"}}}' > Benchmarks/bin/tpl-plain/.scriptlintrc.json
echo '{"templates": {"dialects": {"**": "jinja"}}}' > Benchmarks/bin/tpl-jinja/.scriptlintrc.json
python3 - "$runs" "$corpus" <<'PY'
import resource, statistics, subprocess, sys
runs, corpus = int(sys.argv[1]), sys.argv[2]
# CPU seconds of one single-threaded run: a shared machine's other load changes wall time far
# more than the CPU time a run needs.
def lint(mode):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([".build/release/scriptlint", "--jobs", "1", "--config", f"Benchmarks/bin/tpl-{mode}/.scriptlintrc.json",
                    "--format", "json", "--output", "/dev/null", corpus], check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
ratios = []
for r in range(runs):
    plain, jinja = lint("plain"), lint("jinja")
    ratios.append(jinja / plain)
    print(f"run {r + 1}: plain {plain:.2f} s CPU, template {jinja:.2f} s CPU, ratio {jinja / plain:.2f}")
print(f"median template/plain (CPU time) = {statistics.median(ratios):.2f}   (target <= 1.25)")
PY
# Instructions, which a shared machine's load does not change: callgrind on one folder of 100 pages.
if command -v valgrind >/dev/null; then
    # valgrind 3.19 cannot read this toolchain's DWARF: a copy without it.
    cp .build/release/scriptlint Benchmarks/bin/scriptlint-bench
    strip --strip-debug Benchmarks/bin/scriptlint-bench
    for mode in plain jinja; do
        valgrind --tool=callgrind --callgrind-out-file="Benchmarks/bin/cg-$mode.out" Benchmarks/bin/scriptlint-bench --jobs 1 \
            --config "Benchmarks/bin/tpl-$mode/.scriptlintrc.json" --format json --output /dev/null "$corpus/site00" >/dev/null 2>&1 || true
    done
    python3 - <<'PY'
import re
def total(mode):
    for line in open(f"Benchmarks/bin/cg-{mode}.out"):
        if line.startswith("summary:") or line.startswith("totals:"):
            return int(line.split()[1])
plain, jinja = total("plain"), total("jinja")
print(f"instructions on site00 (100 pages): plain {plain:,}, template {jinja:,}, template/plain = {jinja / plain:.3f}   (target <= 1.25)")
PY
fi
