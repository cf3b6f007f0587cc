#!/usr/bin/env python3
"""The Spark job (python/scriptlint/spark.py) in local[2], and scriptlint.web.dask_tables when Dask
is installed, against scriptlint run directly.

Usage: spark_check.py SCRIPTLINT WORKDIR PAGE.html ...

Writes two Common-Crawl-shaped archives of the pages (Tests/web/make_crawl_archive.py), runs the job
on a list of their paths and on Common Crawl index rows (filename, offset, length, rank) for some of
their records, reads the Parquet back with pyarrow and requires:
  - pages: one row per line of `scriptlint --format jsonl --warc` on each archive, equal field by
    field (keys, URL, error, summary counts, rules), and every row joins back to its record;
  - findings: equal to the direct run's findings, finding by finding;
  - index rows: exactly those records, at the same (archive, offset, length), with their rank;
  - prevalence: equal to a count made here from the direct run's output.
Prints "spark check: N passed, M failed".
"""
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "python"))
from scriptlint import web  # noqa: E402
from tally import Tally  # noqa: E402

tally = Tally()
check = tally.check


def direct(tool, archive):
    out = subprocess.run([tool, "--format", "jsonl", "--max-size", "50000", "--warc", archive], capture_output=True)
    return [json.loads(l) for l in out.stdout.decode().splitlines()]


def job(tool, listing, output):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"), PYSPARK_PYTHON=sys.executable,
               PYSPARK_DRIVER_PYTHON=sys.executable)
    p = subprocess.run([sys.executable, "-m", "scriptlint.spark", "--master", "local[2]", "--input", listing,
                        "--output", output, "--binary", tool, "--max-size", "50000"], env=env, capture_output=True)
    check(p.returncode == 0, "the Spark job ran: %s" % p.stderr.decode()[-3000:])
    tables = {}
    for name in ("pages", "findings", "prevalence"):
        path = os.path.join(output, name)
        tables[name] = pq.read_table(path).to_pylist() if os.path.isdir(path) else []
    return tables


def page_key(row):
    return (row["archive"], row["offset"], row["length"])


def expected_page(line):
    record, summary = line.get("record") or {}, line.get("summary") or {}
    fields = {f: summary.get(f) for f in web.SUMMARY_FIELDS}
    return dict(archive=record.get("archive"), offset=record.get("offset"), length=record.get("length"),
                record_id=record.get("recordId"), url=line.get("url") or line["path"], error=line["error"],
                generator=summary.get("generator"), rules=summary.get("rules") or {}, **fields)


def main():
    tool, work, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(work, exist_ok=True)
    archives = []
    half = len(pages) // 2
    for k, chunk in enumerate((pages[:half], pages[half:])):
        archive = os.path.join(work, "crawl-%d.warc.gz" % k)
        subprocess.run([sys.executable, os.path.join(HERE, "make_crawl_archive.py"), archive, "--oversize", "100000"] + chunk,
                       check=True, stdout=subprocess.DEVNULL)
        archives.append(archive)
    lines = [l for a in archives for l in direct(tool, a)]
    check(len(lines) > 10, "the direct run reads the archives (%d lines)" % len(lines))

    listing = os.path.join(work, "warc.paths")
    with open(listing, "w") as f:
        f.write("\n".join(archives) + "\n")
    tables = job(tool, listing, os.path.join(work, "out"))
    got = {page_key(r): r for r in tables["pages"]}
    check(len(got) == len(tables["pages"]) == len(lines), "one pages row per page, keys unique (%d rows, %d lines)"
          % (len(tables["pages"]), len(lines)))
    for line in lines:
        want = expected_page(line)
        row = got.get(page_key(want))
        if row is None:
            check(False, "%s has a pages row" % want["url"])
            continue
        mine = {k: (dict(row[k]) if k == "rules" and row[k] is not None else row[k]) for k in want}
        check(mine == want, "%s: pages row %s, direct %s" % (want["url"], mine, want))
    want_findings = sorted((l["record"]["archive"], l["record"]["offset"], l["record"]["length"], d["ruleId"], d["line"],
                            d["column"], d["message"]) for l in lines for d in l["diagnostics"])
    got_findings = sorted((r["archive"], r["offset"], r["length"], r["rule_id"], r["line"], r["column"], r["message"])
                          for r in tables["findings"])
    check(want_findings == got_findings, "findings equal the direct run's (%d vs %d)" % (len(got_findings), len(want_findings)))

    # Prevalence, counted here from the direct run.
    readable = [l for l in lines if l["error"] is None]
    counts = defaultdict(Counter)
    totals = Counter()
    for l in readable:
        for dim, value in (("all", "all"), ("generator", web.generator_family(l["summary"]["generator"]) or "(none)")):
            totals[(dim, value)] += 1
            for rule in l["summary"]["rules"]:
                counts[(dim, value)][rule] += 1
    want_prev = sorted((d, v, r, totals[(d, v)], n) for (d, v), c in counts.items() for r, n in c.items())
    got_prev = sorted((r["dimension"], r["value"], r["rule_id"], r["pages"], r["pages_with_rule"]) for r in tables["prevalence"]
                      if r["dimension"] != "rank_bucket")
    check(want_prev == got_prev, "prevalence equals an independent count: %s vs %s" % (got_prev[:5], want_prev[:5]))
    check(all(abs(r["share"] - r["pages_with_rule"] / r["pages"]) < 1e-9 for r in tables["prevalence"]), "share = pages_with_rule / pages")

    # Common Crawl index rows: some records by range, with a rank.
    chosen = [l for l in lines if l["error"] is None][::3]
    index = os.path.join(work, "index.jsonl")
    with open(index, "w") as f:
        for k, l in enumerate(chosen):
            f.write(json.dumps({"filename": l["record"]["archive"], "offset": l["record"]["offset"],
                                "length": l["record"]["length"], "rank": 500 * (k + 1)}) + "\n")
    ranged = job(tool, index, os.path.join(work, "out-index"))
    want_keys = sorted((l["record"]["archive"], l["record"]["offset"], l["record"]["length"], l["path"], 500 * (k + 1))
                       for k, l in enumerate(chosen))
    got_keys = sorted((r["archive"], r["offset"], r["length"], r["url"], r["rank"]) for r in ranged["pages"])
    check(want_keys == got_keys, "index rows read exactly their records at the same keys: %s vs %s" % (got_keys[:3], want_keys[:3]))
    buckets = {r["value"] for r in ranged["prevalence"] if r["dimension"] == "rank_bucket"}
    check(buckets and buckets <= {"1000", "10000"}, "rank buckets from the index's ranks: %s" % buckets)

    # Dask, the lighter example: the same pages and findings from dask_tables (when Dask is there).
    try:
        import dask
    except ImportError:
        dask = None
    if dask is None:
        # Under CI every reference check runs; elsewhere a missing package only skips this part.
        check(os.environ.get("CI") != "true", "Dask is installed (pip install dask)")
        if os.environ.get("CI") != "true":
            print("spark check: Dask is not installed (pip install dask): its part skipped")
    else:
        pages_bag, findings_bag = web.dask_tables(archives, binary=tool, max_size=50000)
        with dask.config.set(scheduler="processes", num_workers=2):
            dask_pages, dask_findings = dask.compute(pages_bag, findings_bag)
        check(sorted((r["archive"], r["offset"], r["url"], r["errors"], r["warnings"]) for r in dask_pages)
              == sorted((l["record"]["archive"], l["record"]["offset"], l.get("url") or l["path"], l["errorCount"], l["warningCount"])
                        for l in lines), "Dask's pages equal the direct run's")
        got_dask = sorted((r["archive"], r["offset"], r["length"], r["rule_id"], r["line"], r["column"], r["message"]) for r in dask_findings)
        check(got_dask == want_findings, "Dask's findings equal the direct run's (%d vs %d)" % (len(got_dask), len(want_findings)))

    tally.finish("spark check")


if __name__ == "__main__":
    main()
