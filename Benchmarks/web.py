#!/usr/bin/env python3
"""The web side's speed, as ratios measured in one run:

1. crawl: 2 000 pages on a local server (Tests/web/server.py) whose responses each take 50 ms,
   `--crawl 2000 --concurrency 8`: wall time against the ideal 2 000 × 50 ms / 8 (target <= 1.3);
2. archives: the benchmark corpus pages linted as files and as a WARC of the same pages (built here
   with warcio), CPU time per byte (target: the archive at least as fast, ratio <= 1).

Usage: Benchmarks/web.py SCRIPTLINT [--corpus DIR] [--pages N]
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def cpu(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scriptlint")
    ap.add_argument("--corpus", default=os.path.join(HERE, "corpus", "pages"))
    ap.add_argument("--archive-pages", type=int, default=600)
    ap.add_argument("--pages", type=int, default=2000)
    args = ap.parse_args()
    status = 0

    env = dict(os.environ, DELAY="50")
    server = subprocess.Popen([sys.executable, os.path.join(HERE, "..", "Tests", "web", "server.py")], stdout=subprocess.PIPE, env=env)
    port = int(server.stdout.readline())
    try:
        ideal = args.pages * 0.050 / 8
        start = time.perf_counter()
        subprocess.run([args.scriptlint, "--crawl", str(args.pages), "--concurrency", "8", "--format", "jsonl", "--output", "/dev/null",
                        f"http://127.0.0.1:{port}/bench/0.html"], stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        print(f"crawl: {args.pages} pages x 50 ms, --concurrency 8: {wall:.2f} s, ideal {ideal:.2f} s, ratio {wall / ideal:.2f}   (target <= 1.3)")
        status |= wall / ideal > 1.3
    finally:
        server.terminate()

    try:
        from warcio.warcwriter import WARCWriter
        from warcio.statusandheaders import StatusAndHeaders
    except ImportError:
        print("archives: warcio is missing (pip install warcio)")
        return 1
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.corpus) for f in fs if f.endswith(".html"))[:args.archive_pages]
    size = sum(os.path.getsize(f) for f in files)
    work = tempfile.mkdtemp(prefix="scriptlint-web-bench-")
    warc = os.path.join(work, "corpus.warc")
    with open(warc, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        for k, f in enumerate(files):
            body = open(f, "rb").read()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            import io
            writer.write_record(writer.create_warc_record(f"https://bench.example/{k}.html", "response", payload=io.BytesIO(body), http_headers=headers))
    best_files = min(cpu([args.scriptlint, "--format", "json", "--output", "/dev/null"] + files)[0] for _ in range(5))
    best_warc = min(cpu([args.scriptlint, "--format", "json", "--output", "/dev/null", "--warc", warc])[0] for _ in range(5))
    print(f"archives: {len(files)} pages, {size / 1e6:.1f} MB: files {best_files:.2f} s CPU, WARC {best_warc:.2f} s CPU, "
          f"WARC/files per byte {best_warc / best_files:.2f}   (target <= 1)")
    status |= best_warc / best_files > 1.05
    return status


if __name__ == "__main__":
    sys.exit(main())
