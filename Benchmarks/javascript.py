#!/usr/bin/env python3
"""JavaScript/TypeScript trees against HTML, per byte, in one run (issue: "speed on JS/TS trees within
2x of HTML per byte").

The JS corpus is Tests/frameworks/corpus (seven real apps' JS/TS/JSX, about 1 MB) copied COPIES times
below a `next.config.js`, so that a folder walk reads it as a project does. It is linted twice:
as it is (most files name no script, and the platforms skip lexing them) and "lexed", with
`// <script>` appended to every file so that every byte goes through the JS reader and the
platforms. The HTML corpus is as many bytes of Debian's HTML documentation (Benchmarks/docs.sh
fetches it), or of Fixtures/*.html without it. CPU time of one
single-threaded run each (user + system), median of RUNS, as CPU seconds per MB and as the JS/HTML
ratio.

usage: Benchmarks/javascript.py SCRIPTLINT [--copies 20] [--runs 3]
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
p = argparse.ArgumentParser()
p.add_argument("scriptlint")
p.add_argument("--copies", type=int, default=20)
p.add_argument("--runs", type=int, default=3)
args = p.parse_args()

work = os.path.join(root, "Benchmarks", "bin", "js-bench")
shutil.rmtree(work, ignore_errors=True)
source = os.path.join(root, "Tests", "frameworks", "corpus")
corpora = {"js": os.path.join(work, "js"), "js-lexed": os.path.join(work, "js-lexed"), "html": os.path.join(work, "html")}
js_bytes = 0
for name in ("js", "js-lexed"):
    for k in range(args.copies):
        dest = os.path.join(corpora[name], f"copy{k:03}")
        shutil.copytree(source, dest)
        if name == "js-lexed":
            for folder, _, files in os.walk(dest):
                for f in files:
                    if f.endswith((".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs")):
                        with open(os.path.join(folder, f), "a") as fh:
                            fh.write("\n// <script>\n")
    with open(os.path.join(corpora[name], "next.config.js"), "w") as fh:
        fh.write("module.exports = {}\n")
for folder, _, files in os.walk(corpora["js"]):
    js_bytes += sum(os.path.getsize(os.path.join(folder, f)) for f in files if f.endswith((".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs")))
# Real pages: Debian's HTML documentation when Benchmarks/docs.sh has fetched it, else the fixtures.
docs = os.path.join(root, "Benchmarks", "corpus", "docs")
if os.path.isdir(docs):
    pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(docs) for f in fs if f.endswith(".html"))
else:
    pages = sorted(os.path.join(root, "Fixtures", f) for f in os.listdir(os.path.join(root, "Fixtures")) if f.endswith(".html"))
os.makedirs(corpora["html"])
html_bytes, k = 0, 0
while html_bytes < js_bytes:
    for page in pages:
        if html_bytes >= js_bytes:
            break
        shutil.copy(page, os.path.join(corpora["html"], f"{k:05}-{os.path.basename(page)}"))
        html_bytes += os.path.getsize(page)
        k += 1
sizes = {"js": js_bytes, "js-lexed": js_bytes + 0, "html": html_bytes}
for folder, _, files in os.walk(corpora["js-lexed"]):
    sizes["js-lexed"] = sum(os.path.getsize(os.path.join(f2, x)) for f2, _, xs in os.walk(corpora["js-lexed"]) for x in xs if x.endswith((".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs")))
    break


def cpu(corpus):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([args.scriptlint, "--jobs", "1", "--format", "json", "--output", "/dev/null", corpus],
                         capture_output=True)
    if out.returncode not in (0, 1):
        sys.exit(f"scriptlint failed on {corpus}: {out.stderr.decode()[:400]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


per_mb = {name: [] for name in corpora}
for r in range(args.runs):
    for name, corpus in corpora.items():
        per_mb[name].append(cpu(corpus) / (sizes[name] / 1e6))
m = {name: statistics.median(v) for name, v in per_mb.items()}
for name in corpora:
    print(f"{name:9} {sizes[name] / 1e6:6.1f} MB  {m[name] * 1000:7.2f} ms CPU per MB  ({1 / m[name]:6.1f} MB/s on one core)")
print(f"JS/TS as a project reads it:        {m['js'] / m['html']:.2f}x HTML per byte (target <= 2)")
print(f"JS/TS with every file lexed:        {m['js-lexed'] / m['html']:.2f}x HTML per byte (target <= 2)")
shutil.rmtree(work, ignore_errors=True)
