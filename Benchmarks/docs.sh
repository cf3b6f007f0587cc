#!/usr/bin/env bash
# Speed on real pages against floors measured in the same run: Debian 12's HTML documentation
# (python3.11-doc, postgresql-doc-15, ruby3.1-doc: 1 944 pages, 68 MB; fetched once with
# apt-get download into Benchmarks/corpus/docs).
#
#   Benchmarks/docs.sh [RUNS]          CPU time, median of RUNS (default 3), then instructions
#   Benchmarks/docs.sh --check         instructions only; exits 1 when the ratio to the SAX floor
#                                      is more than 10 % above Benchmarks/docs-baseline.txt
#   Benchmarks/docs.sh --update        instructions only; writes the baseline
#
# Floors: (a) libxml2's HTML SAX parser with empty callbacks (Benchmarks/sax_floor.c), (m) reading
# every file and finding each '<' with memchr (`sax_floor --memchr`). Instructions come from
# callgrind on every 4th page (repeatable whatever else the machine does); phases from
# Benchmarks/phases.py.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=time runs=3
case "${1:-}" in
    --check) mode=check ;;
    --update) mode=update ;;
    "") ;;
    *) runs=$1 ;;
esac

corpus=Benchmarks/corpus/docs
if [ ! -f "$corpus/.done" ]; then
    rm -rf "$corpus"
    mkdir -p "$corpus/debs"
    (cd "$corpus/debs" && apt-get download python3.11-doc postgresql-doc-15 ruby3.1-doc >/dev/null) \
        || { echo "docs.sh: apt-get download failed (Debian 12's sources and the network are needed)" >&2; exit 2; }
    for deb in "$corpus"/debs/*.deb; do dpkg-deb -x "$deb" "$corpus/tree"; done
    rm -rf "$corpus/debs"
    touch "$corpus/.done"
fi
mkdir -p Benchmarks/bin
find "$corpus/tree" -name '*.html' -type f | LC_ALL=C sort > Benchmarks/bin/docs.list
awk 'NR % 4 == 1' Benchmarks/bin/docs.list > Benchmarks/bin/docs-sample.list

swift build -c release --product scriptlint 2>&1 | tail -n 1
# valgrind 3.19 cannot read this toolchain's DWARF; the symbol table is enough for phases.
cp .build/release/scriptlint Benchmarks/bin/scriptlint-bench
strip --strip-debug Benchmarks/bin/scriptlint-bench
cc -O2 -o Benchmarks/bin/sax_floor Benchmarks/sax_floor.c $(pkg-config --cflags --libs libxml-2.0)

if [ "$mode" = time ]; then
    python3 - "$runs" <<'PY'
import resource, statistics, subprocess, sys
runs = int(sys.argv[1])
def cpu(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
files = open("Benchmarks/bin/docs.list").read().split()
sl = ["Benchmarks/bin/scriptlint-bench", "--format", "json", "--output", "/dev/null"]
rows = {"a": [], "m": [], "b": []}
for r in range(runs):
    rows["a"].append(cpu(["Benchmarks/bin/sax_floor", "Benchmarks/bin/docs.list"]))
    rows["m"].append(cpu(["Benchmarks/bin/sax_floor", "--memchr", "Benchmarks/bin/docs.list"]))
    rows["b"].append(cpu(sl + ["--jobs", "1"] + files))
    print(f"run {r + 1}: sax floor {rows['a'][-1]:.2f} s, memchr floor {rows['m'][-1]:.2f} s, scriptlint --jobs 1 {rows['b'][-1]:.2f} s CPU")
a, m, b = (statistics.median(rows[k]) for k in "amb")
print(f"{len(files)} pages: median CPU scriptlint/sax floor = {b / a:.2f}   (target <= 0.40); memchr floor/sax floor = {m / a:.2f}")
PY
fi

valgrind --tool=callgrind --callgrind-out-file=Benchmarks/bin/cg-floor.out \
    Benchmarks/bin/sax_floor Benchmarks/bin/docs-sample.list >/dev/null 2>&1
valgrind --tool=callgrind --callgrind-out-file=Benchmarks/bin/cg-memchr.out \
    Benchmarks/bin/sax_floor --memchr Benchmarks/bin/docs-sample.list >/dev/null 2>&1
# shellcheck disable=SC2046
valgrind --tool=callgrind --callgrind-out-file=Benchmarks/bin/cg-scriptlint.out \
    Benchmarks/bin/scriptlint-bench --jobs 1 --format json --output /dev/null $(cat Benchmarks/bin/docs-sample.list) >/dev/null 2>&1 || true
total() { awk '/^(summary|totals):/ { print $2; exit }' "$1"; }
floor=$(total Benchmarks/bin/cg-floor.out)
memchr=$(total Benchmarks/bin/cg-memchr.out)
ours=$(total Benchmarks/bin/cg-scriptlint.out)
ratio=$(python3 -c "print(f'{$ours / $floor:.3f}')")
echo "instructions on $(wc -l < Benchmarks/bin/docs-sample.list) pages: sax floor $floor, memchr floor $memchr, scriptlint --jobs 1 $ours"
echo "scriptlint/sax floor = $ratio (target <= 0.40); memchr floor/sax floor = $(python3 -c "print(f'{$memchr / $floor:.3f}')")"
python3 Benchmarks/phases.py Benchmarks/bin/cg-scriptlint.out --floor "$floor"

baseline=Benchmarks/docs-baseline.txt
case "$mode" in
    update)
        echo "$ratio" > "$baseline"
        echo "baseline written: $ratio" ;;
    check)
        limit=$(python3 -c "print(f'{float(open(\"$baseline\").read()) * 1.10:.3f}')")
        if python3 -c "import sys; sys.exit(0 if $ratio <= $limit else 1)"; then
            echo "check: $ratio <= $limit (baseline $(cat "$baseline") + 10 %)"
        else
            echo "check: REGRESSION: $ratio > $limit (baseline $(cat "$baseline") + 10 %)" >&2
            exit 1
        fi ;;
esac
