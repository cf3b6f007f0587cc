#!/usr/bin/env python3
"""Times scriptlint against a libxml2 parse-only floor measured in the same run (see run.sh).

Prints, for each run and as medians: wall time, CPU time and peak RSS of
  (a) floor      — sax_floor: libxml2's HTML SAX parser, empty callbacks, one thread
  (b) scriptlint --jobs 1
  (c) scriptlint (default jobs: every core)
and the ratios b/a (target <= 1.10) and b/c (target >= 1.8 on 2 cores). Then memory against the
number of files, one 100 MB page, and one small file against `xmllint --html --noout`.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def measure(cmd, cwd=None):
    """Wall seconds, CPU seconds (user+sys) and peak RSS in MB of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited with {code}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scriptlint", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--huge", help="one 100 MB page")
    ap.add_argument("--small", help="one small page")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.corpus) for f in fs if f.endswith(".html"))
    size = sum(os.path.getsize(f) for f in files)
    listing = os.path.join(args.corpus, "files.txt")
    with open(listing, "w") as f:
        f.write("\n".join(files) + "\n")
    print(f"corpus: {len(files)} pages, {size / 1e6:.0f} MB; {os.cpu_count()} cores; {args.runs} runs\n")

    lint = [args.scriptlint, "--output", "/dev/null"]
    rows = {"a floor (libxml2 SAX)": [], "b scriptlint --jobs 1": [], "c scriptlint": []}
    print(f"{'run':>3}  {'a wall':>7} {'b wall':>7} {'c wall':>7}   {'b/a':>5} {'b/c':>5}   {'a cpu':>6} {'b cpu':>6}   {'a MB':>5} {'b MB':>5} {'c MB':>5}")
    ba, bc, ba_cpu = [], [], []
    for run in range(args.runs):
        a = measure([args.floor, listing])
        b = measure(lint + ["--jobs", "1", args.corpus])
        c = measure(lint + [args.corpus])
        for key, value in zip(rows, (a, b, c)):
            rows[key].append(value)
        ba.append(b[0] / a[0]); bc.append(b[0] / c[0]); ba_cpu.append(b[1] / a[1])
        print(f"{run + 1:>3}  {a[0]:7.2f} {b[0]:7.2f} {c[0]:7.2f}   {ba[-1]:5.2f} {bc[-1]:5.2f}   {a[1]:6.2f} {b[1]:6.2f}   {a[2]:5.0f} {b[2]:5.0f} {c[2]:5.0f}")
    med = statistics.median
    print(f"\nmedian b/a (wall) = {med(ba):.2f}   (target <= 1.10)")
    print(f"median b/a (cpu)  = {med(ba_cpu):.2f}")
    print(f"median b/c (wall) = {med(bc):.2f}   (target >= 1.8 on 2 cores)")
    peak = max(r[2] for r in rows["c scriptlint"] + rows["b scriptlint --jobs 1"])
    print(f"peak RSS of scriptlint on the corpus = {peak:.0f} MB   (target < 64 MB)")

    # Memory must not grow with the number of files: a quarter of the corpus against all of it.
    quarter = [os.path.join(args.corpus, d) for d in sorted(os.listdir(args.corpus)) if d.startswith("site")][:5]
    q = measure(lint + quarter)
    full = measure(lint + [args.corpus])
    print(f"peak RSS, 1/4 of the files = {q[2]:.0f} MB, all files = {full[2]:.0f} MB")

    if args.huge:
        h = measure(lint + [args.huge])
        hf = os.path.join(args.corpus, "huge.txt")
        with open(hf, "w") as f:
            f.write(args.huge + "\n")
        hfloor = measure([args.floor, hf])
        print(f"one {os.path.getsize(args.huge) / 1e6:.0f} MB page: scriptlint {h[0]:.2f} s, {h[2]:.0f} MB peak RSS "
              f"(target < 300 MB); floor {hfloor[0]:.2f} s, {hfloor[2]:.0f} MB")

    if args.small:
        n = 50
        ours = [measure([args.scriptlint, args.small])[0] for _ in range(n)]
        theirs = [measure(["xmllint", "--html", "--noout", args.small])[0] for _ in range(n)]
        print(f"one small file ({os.path.getsize(args.small)} bytes), median of {n}: scriptlint {med(ours) * 1000:.1f} ms, "
              f"xmllint --html --noout {med(theirs) * 1000:.1f} ms, ratio {med(ours) / med(theirs):.2f}   (target <= 1.5)")


if __name__ == "__main__":
    main()
