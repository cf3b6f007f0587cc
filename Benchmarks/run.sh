#!/usr/bin/env bash
# The benchmark: builds release, generates the seeded corpus once, and prints ratios against a
# libxml2 parse-only floor measured in the same run. Usage: Benchmarks/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

if ! command -v xmllint >/dev/null; then
    echo "installing libxml2-utils (xmllint)"
    apt-get update -qq && apt-get install -y -qq libxml2-utils >/dev/null
fi

swift build -c release --product scriptlint 2>&1 | tail -n 1
mkdir -p Benchmarks/bin
cc -O2 -o Benchmarks/bin/sax_floor Benchmarks/sax_floor.c $(pkg-config --cflags --libs libxml-2.0)

corpus=Benchmarks/corpus
if [ ! -f "$corpus/.seed-1" ]; then
    rm -rf "$corpus"
    python3 Benchmarks/make_corpus.py "$corpus/pages" --seed 1 --pages 2000 --mb 200
    python3 Benchmarks/make_corpus.py "$corpus/huge" --seed 2 --pages 1 --mb 100
    python3 Benchmarks/make_corpus.py "$corpus/small" --seed 3 --pages 1 --mb 0
    touch "$corpus/.seed-1"
fi

python3 Benchmarks/bench.py --runs "$runs" \
    --scriptlint .build/release/scriptlint --floor Benchmarks/bin/sax_floor \
    --corpus "$corpus/pages" --huge "$corpus/huge/site00/page0000.html" --small "$corpus/small/site00/page0000.html"
