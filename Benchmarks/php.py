#!/usr/bin/env python3
"""PHP trees through the CMS APIs against HTML, per byte, in one run (issue: "PHP linting at
>= 100 MB/s per core on WordPress's source").

The PHP corpus is every .php file of Debian's WordPress (/usr/share/wordpress, package wordpress;
symbolic links followed, broken ones left out) copied with its folders, linted with
`{"extensions": ["php"]}`: every file goes through the PHP dialect, the WordPress and 1C-Bitrix
readers, the run's WordPress model and the include index. The HTML corpus is as many bytes of
Debian's HTML documentation (Benchmarks/docs.sh fetches it), or of Fixtures/*.html without it.
CPU time (user + system) of single-threaded runs, alternating, median of RUNS: MB/s on one core
and the PHP/HTML ratio per byte. With --baseline OTHER, another build is measured the same way in
the same runs (the ratio that matters on a shared machine). With --callgrind, also instructions
per byte (valgrind; repeatable whatever else the machine does).

usage: Benchmarks/php.py SCRIPTLINT [--baseline OTHER] [--runs 5] [--callgrind]
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
p = argparse.ArgumentParser()
p.add_argument("scriptlint")
p.add_argument("--baseline")
p.add_argument("--runs", type=int, default=5)
p.add_argument("--callgrind", action="store_true")
args = p.parse_args()

wordpress = "/usr/share/wordpress"
if not os.path.isfile(os.path.join(wordpress, "wp-load.php")):
    sys.exit("php.py: Debian's WordPress is missing: apt-get install -y wordpress")
work = os.path.join(root, "Benchmarks", "bin", "php-bench")
shutil.rmtree(work, ignore_errors=True)
php_tree = os.path.join(work, "wordpress")
php_bytes = 0
for folder, _, files in os.walk(wordpress, followlinks=True):
    for f in files:
        source = os.path.join(folder, f)
        if not f.endswith(".php") or not os.path.exists(source):
            continue
        dest = os.path.join(php_tree, os.path.relpath(source, wordpress))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(source, dest)
        php_bytes += os.path.getsize(dest)
config = os.path.join(work, "php.json")
with open(config, "w") as fh:
    fh.write('{"extensions": ["php"]}\n')

docs = os.path.join(root, "Benchmarks", "corpus", "docs")
if os.path.isdir(docs):
    pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(docs) for f in fs if f.endswith(".html"))
else:
    pages = sorted(os.path.join(root, "Fixtures", f) for f in os.listdir(os.path.join(root, "Fixtures")) if f.endswith(".html"))
html_tree = os.path.join(work, "html")
os.makedirs(html_tree)
html_bytes, k = 0, 0
while html_bytes < php_bytes:
    for page in pages:
        if html_bytes >= php_bytes:
            break
        shutil.copy(page, os.path.join(html_tree, f"{k:05}-{os.path.basename(page)}"))
        html_bytes += os.path.getsize(page)
        k += 1
sizes = {"php": php_bytes, "html": html_bytes}
trees = {"php": php_tree, "html": html_tree}
binaries = {"new": args.scriptlint}
if args.baseline:
    binaries["baseline"] = args.baseline


def command(binary, name):
    return [binary, "--jobs", "1", "--config", config, "--format", "json", "--output", "/dev/null", trees[name]]


def cpu(binary, name):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(command(binary, name), capture_output=True)
    if out.returncode not in (0, 1):
        sys.exit(f"php.py: {binary} failed on {trees[name]}: {out.stderr.decode()[:400]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


per_mb = {(b, n): [] for b in binaries for n in trees}
for _ in range(args.runs):
    for b in binaries:
        for n in trees:
            per_mb[(b, n)].append(cpu(binaries[b], n) / (sizes[n] / 1e6))
m = {key: statistics.median(v) for key, v in per_mb.items()}
print(f"PHP: {php_bytes / 1e6:.1f} MB of WordPress's .php files; HTML: {html_bytes / 1e6:.1f} MB of pages")
for b in binaries:
    for n in trees:
        print(f"{b:8} {n:4} {m[(b, n)] * 1000:7.2f} ms CPU per MB  ({1 / m[(b, n)]:6.1f} MB/s on one core)")
    print(f"{b:8} PHP/HTML per byte: {m[(b, 'php')] / m[(b, 'html')]:.2f}x   PHP at {1 / m[(b, 'php')]:.0f} MB/s per core (target >= 100)")
if args.baseline:
    print(f"new/baseline CPU on PHP: {m[('new', 'php')] / m[('baseline', 'php')]:.2f}x")

if args.callgrind and shutil.which("valgrind"):
    with tempfile.TemporaryDirectory() as tmp:
        for b, binary in binaries.items():
            # valgrind cannot read this toolchain's DWARF: a copy without it.
            stripped = os.path.join(tmp, f"scriptlint-{b}")
            shutil.copy(binary, stripped)
            subprocess.run(["strip", "--strip-debug", stripped], check=True)
            for n in trees:
                out = os.path.join(tmp, f"{b}-{n}.out")
                run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command(stripped, n)],
                                     capture_output=True, text=True)
                total = next((int(line.split()[-1].replace(",", "")) for line in run.stderr.splitlines() if "Collected" in line), None)
                if total is None:
                    sys.exit(f"php.py: callgrind did not report: {run.stderr[-400:]}")
                print(f"{b:8} {n:4} {total / 1e9:6.2f} billion instructions, {total / sizes[n]:6.1f} per byte (callgrind)")
elif args.callgrind:
    print("php.py: valgrind is missing (apt-get install -y valgrind); instructions not measured")
