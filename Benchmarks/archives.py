#!/usr/bin/env python3
"""Web archives at scale, as ratios measured in one run (machine noise cancels out):

1. one process, one archive: pages/s, MB/s of uncompressed HTML, and cores busy (CPU time / wall
   time) with --jobs 1 and --jobs N (target: N cores busy, within 0.8 × N);
2. the Spark job (python/scriptlint/spark.py) in local[N] on the same pages split into 2 × N
   archives, timed from a started SparkSession to its Parquet written, against the bare binary on
   the same archives, N processes at once (target: within 1.3 × the bare binary's wall time).

The archives are Common-Crawl-shaped (Tests/web/make_crawl_archive.py: request, response and
metadata records, a gzip member per record) from the docs corpus (Benchmarks/docs.sh fetches it)
or any folder of pages.

Usage: Benchmarks/archives.py SCRIPTLINT [--corpus DIR] [--copies K] [--cores N] [--no-spark]
"""
import argparse
import concurrent.futures
import gzip
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = tempfile.mkdtemp(prefix="scriptlint-archives-")


def timed(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - start, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def make(path, pages):
    listing = path + ".pages"
    with open(listing, "w") as f:
        f.write("\n".join(pages) + "\n")
    subprocess.run([sys.executable, os.path.join(ROOT, "Tests", "web", "make_crawl_archive.py"), path, "@" + listing],
                   check=True, stdout=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scriptlint")
    ap.add_argument("--corpus", default=os.path.join(HERE, "corpus", "docs", "tree"))
    ap.add_argument("--copies", type=int, default=3, help="each page this many times (a larger archive)")
    ap.add_argument("--cores", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--no-spark", action="store_true")
    a = ap.parse_args()
    pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(a.corpus) for f in fs if f.endswith(".html"))
    if not pages:
        sys.exit("no pages under %s (Benchmarks/docs.sh fetches the docs corpus)" % a.corpus)
    work = WORK
    whole = os.path.join(work, "all.warc.gz")
    make(whole, pages * a.copies)
    with gzip.open(whole) as f:
        size = sum(len(b) for b in iter(lambda: f.read(1 << 20), b""))
    n = len(pages) * a.copies
    status = 0

    results = {}
    for jobs in (1, a.cores):
        best = min((timed([a.scriptlint, "--jobs", str(jobs), "--format", "jsonl", "--warc", whole]) for _ in range(3)),
                   key=lambda t: t[0])
        results[jobs] = best
        wall, cpu = best
        print(f"one archive, --jobs {jobs}: {n} pages, {size / 1e6:.0f} MB in {wall:.2f} s = {n / wall:.0f} pages/s, "
              f"{size / 1e6 / wall:.0f} MB/s, {size / 1e6 / cpu:.0f} MB/s per core, {cpu / wall:.2f} cores busy")
    busy = results[a.cores][1] / results[a.cores][0]
    print(f"one archive on {a.cores} cores: {busy:.2f} cores busy   (target >= {0.8 * a.cores:.1f})")
    if busy < 0.8 * a.cores:
        status = 1

    if a.no_spark:
        return status
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("spark: pyspark is missing (pip install pyspark; a JRE: apt-get install openjdk-17-jre-headless)")
        return status
    sys.path.insert(0, os.path.join(ROOT, "python"))
    from scriptlint import spark as job

    shards = []
    parts = 2 * a.cores
    for k in range(parts):
        shard = os.path.join(work, "shard-%d.warc.gz" % k)
        make(shard, (pages * a.copies)[k::parts])
        shards.append(shard)
    listing = os.path.join(work, "warc.paths")
    with open(listing, "w") as f:
        f.write("\n".join(shards) + "\n")

    def bare():
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(a.cores) as pool:
            list(pool.map(lambda s: subprocess.run([a.scriptlint, "--jobs", "1", "--format", "jsonl", "--warc", s],
                                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), shards))
        return time.perf_counter() - start

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ["PYTHONPATH"] = os.path.join(ROOT, "python") + os.pathsep + os.environ.get("PYTHONPATH", "")
    spark = SparkSession.builder.master("local[%d]" % a.cores).appName("scriptlint-bench").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        job.run(spark, listing, os.path.join(work, "warmup"), binary=a.scriptlint, jobs=1)   # JVM and workers warm
        times = []
        for k in range(3):
            b = bare()
            start = time.perf_counter()
            job.run(spark, listing, os.path.join(work, "out-%d" % k), binary=a.scriptlint, jobs=1)
            times.append((time.perf_counter() - start, b))
    finally:
        spark.stop()
    ratio = min(s / b for s, b in times)
    s, b = min(times)
    print(f"spark local[{a.cores}]: {parts} archives, {n} pages: job {s:.2f} s (Parquet written, prevalence included), "
          f"bare binary {b:.2f} s, ratio {ratio:.2f}   (target <= 1.3); {n / s / a.cores:.0f} pages/s per core, "
          f"{size / 1e6 / s / a.cores:.0f} MB/s per core")
    if ratio > 1.3:
        status = 1
    return status


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
