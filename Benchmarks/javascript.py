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

With --callgrind, also the instructions per byte of one copy of each (valgrind; repeatable whatever
else the machine does): CPU time also counts the kernel's work per file, which a tree of small
JS files pays more of than a few large pages.

usage: Benchmarks/javascript.py SCRIPTLINT [--copies 20] [--runs 3] [--callgrind]
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
p.add_argument("--callgrind", action="store_true")
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

if args.callgrind and shutil.which("valgrind"):
    import re
    import tempfile
    # valgrind cannot read this toolchain's DWARF: a copy without it.
    binary = os.path.join(work, "scriptlint-stripped")
    shutil.copy(args.scriptlint, binary)
    subprocess.run(["strip", "--strip-debug", binary], check=True)
    for name in ("js", "js-lexed"):
        shutil.copy(os.path.join(corpora[name], "next.config.js"), os.path.join(corpora[name], "copy000"))
    one_html = os.path.join(work, "html-one")
    os.makedirs(one_html)
    budget, used = sizes["js"] / args.copies, 0
    for f in sorted(os.listdir(corpora["html"])):
        if used >= budget:
            break
        shutil.copy(os.path.join(corpora["html"], f), one_html)
        used += os.path.getsize(os.path.join(corpora["html"], f))
    per_byte = {}
    for name, folder, size in (("js", os.path.join(corpora["js"], "copy000"), sizes["js"] / args.copies),
                               ("js-lexed", os.path.join(corpora["js-lexed"], "copy000"), sizes["js-lexed"] / args.copies),
                               ("html", one_html, used)):
        with tempfile.NamedTemporaryFile() as out:
            run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", binary, "--jobs", "1",
                                  "--format", "json", "--output", "/dev/null", folder], capture_output=True, text=True)
            total = int(re.search(r"refs:\s+([\d,]+)", run.stderr).group(1).replace(",", ""))
        per_byte[name] = total / size
        print(f"{name:9} {per_byte[name]:6.1f} instructions per byte (callgrind, one copy)")
    print(f"instructions: JS/TS as read {per_byte['js'] / per_byte['html']:.2f}x, "
          f"every file lexed {per_byte['js-lexed'] / per_byte['html']:.2f}x HTML per byte")
shutil.rmtree(work, ignore_errors=True)
