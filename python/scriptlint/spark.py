"""scriptlint over web archives on Apache Spark: WARC files (or Common Crawl index ranges) in, Parquet out.

    spark-submit "$(python3 -c 'import scriptlint.spark as m; print(m.__file__)')" \\
        --input warc.paths --output s3://bucket/scriptlint/CC-MAIN-2026-47

Input (`--input`, a local or cluster path Spark can read as text):
  - one WARC path or URL a line (local, http(s)://, s3://; Common Crawl's `warc.paths` with
    `--prefix https://data.commoncrawl.org/` or `--prefix s3://commoncrawl/`), one task per archive; or
  - Common Crawl index rows as JSON lines (`{"filename": …, "offset": …, "length": …}`, as the CDX
    API and the columnar index give them; an optional `rank` is kept), one task per range.
Output (`--output`), Parquet, columns documented in scriptlint.web (TABLES_VERSION):
  - pages/     one row per archived HTML response, keyed by (archive, offset, length);
  - findings/  one row per finding, with the same keys;
  - prevalence/ the share of pages with each rule's finding, overall, by generator and by rank
    bucket: columns (dimension, value, rule_id, pages, pages_with_rule, share).
Every executor needs the scriptlint binary: install the wheel there (`pip install scriptlint-….whl`
in the image or a bootstrap step), or ship it with `--files scriptlint` and pass `--binary ./scriptlint`.
"""

import argparse
import json

from . import web


def tasks(lines, prefix):
    """(source, offset, length, rank) for each input line."""
    for raw in lines:
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        if text.startswith("{"):
            row = json.loads(text)
            source = row.get("filename") or row.get("warc_filename") or row["path"]
            offset = row.get("offset", row.get("warc_record_offset"))
            length = row.get("length", row.get("warc_record_length"))
            yield (prefix + source, int(offset) if offset is not None else None,
                   int(length) if length is not None else None, row.get("rank"))
        else:
            yield (prefix + text, None, None, None)


#: One jsonl line as Spark reads it (Schemas/report.schema.json, $defs/line): parsed in the JVM,
#: so that Python only passes each line's text through.
LINE_DDL = ("schemaVersion INT, toolVersion STRING, path STRING, url STRING, status INT, contentType STRING, "
            "record STRUCT<archive: STRING, recordId: STRING, date: STRING, offset: BIGINT, length: BIGINT>, "
            "summary STRUCT<" + ", ".join("%s: INT" % f for f in web.SUMMARY_FIELDS)
            + ", generator: STRING, rules: MAP<STRING, INT>>, error STRING, errorCount INT, warningCount INT, "
            "diagnostics ARRAY<STRUCT<ruleId: STRING, severity: STRING, message: STRING, line: INT, column: INT, "
            "startOffset: BIGINT, endOffset: BIGINT>>")


def lint_task(task, binary=None, max_size=None, jobs=None):
    """Every jsonl line of one task, with the task's archive, range start and rank put in front
    (`_source`, `_base`, `_rank`): text in, text out, so that Python parses nothing and the JVM's
    JSON reader does the rest."""
    source, offset, length, rank = task
    head = '{"_source":%s,"_base":%d,"_rank":%s,' % (json.dumps(source), offset or 0, json.dumps(rank))
    for line in web.iter_lines(source, offset, length, binary=binary, max_size=max_size, jobs=jobs):
        yield head + line[1:]


def tables(spark, rdd):
    """(pages, findings, parsed lines) DataFrames, pages and findings in the columns of
    web.PAGES_COLUMNS and web.FINDINGS_COLUMNS, from an RDD of lint_task lines."""
    from pyspark.sql import functions as F
    raw = spark.read.schema("_source STRING, _base BIGINT, _rank BIGINT, " + LINE_DDL).json(rdd)
    l = raw.select(F.struct(*[c for c in raw.columns if not c.startswith("_")]).alias("l"),
                   F.col("_source").alias("source"), F.col("_base").alias("base"), F.col("_rank").alias("rank"))
    # A ranged or streamed read names the archive `-` and counts offsets from the range's start.
    keys = [F.col("source").alias("archive"), (F.col("l.record.offset") + F.col("base")).alias("offset"),
            F.col("l.record.length").alias("length")]
    page = {
        "record_id": F.col("l.record.recordId"), "warc_date": F.col("l.record.date"),
        "url": F.coalesce("l.url", "l.path"), "status": F.col("l.status"), "content_type": F.col("l.contentType"),
        "generator": F.col("l.summary.generator"), "rank": F.col("rank"), "error": F.col("l.error"),
        "errors": F.col("l.errorCount"), "warnings": F.col("l.warningCount"),
        "rules": F.coalesce("l.summary.rules", F.create_map().cast("map<string,int>")),
        "schema_version": F.col("l.schemaVersion"), "tool_version": F.col("l.toolVersion"),
    }
    page.update({f: F.col("l.summary." + f) for f in web.SUMMARY_FIELDS})
    pages = l.select(*keys, *[page[n].alias(n) for n, _ in web.PAGES_COLUMNS[3:]])
    d = l.select(*keys, F.coalesce("l.url", "l.path").alias("url"), F.explode("l.diagnostics").alias("d"))
    findings = d.select("archive", "offset", "length", "url", F.col("d.ruleId").alias("rule_id"),
                        F.col("d.severity").alias("severity"), F.col("d.message").alias("message"),
                        F.col("d.line").alias("line"), F.col("d.column").alias("column"),
                        F.col("d.startOffset").alias("start_offset"), F.col("d.endOffset").alias("end_offset"))
    return pages, findings, l


def prevalence(spark, pages):
    """The share of pages with at least one finding of each rule: overall, by generator family and
    by rank bucket (pages that could not be read are left out). Computed in the JVM: the generator
    family and rank bucket are web.generator_family and web.rank_bucket as SQL."""
    from pyspark.sql import functions as F
    family = F.regexp_extract("generator", web.GENERATOR_FAMILY, 1)
    bucket = F.lit(None).cast("long")
    for limit in reversed(web.RANK_BUCKETS):
        bucket = F.when(F.col("rank") <= limit, F.lit(limit)).otherwise(bucket)
    readable = pages.where(F.col("error").isNull())
    # Each page once per dimension it belongs to: one pass, two aggregations, one join.
    framed = readable.select("rules", F.explode(F.array(
        F.struct(F.lit("all").alias("dimension"), F.lit("all").alias("value")),
        F.struct(F.lit("generator").alias("dimension"), F.coalesce(F.when(family != "", family), F.lit("(none)")).alias("value")),
        F.struct(F.lit("rank_bucket").alias("dimension"), bucket.cast("string").alias("value")),
    )).alias("d")).select("rules", "d.dimension", "d.value").where(F.col("value").isNotNull())
    totals = framed.groupBy("dimension", "value").agg(F.count("*").alias("pages"))
    # A rule is a key of a page's map once: the exploded rows count pages.
    with_rule = (framed.select("dimension", "value", F.explode("rules").alias("rule_id", "count"))
                 .groupBy("dimension", "value", "rule_id").agg(F.count("*").alias("pages_with_rule")))
    return (with_rule.join(totals, ["dimension", "value"])
            .select("dimension", "value", "rule_id", "pages", "pages_with_rule",
                    (F.col("pages_with_rule") / F.col("pages")).alias("share")))


def run(spark, input_path, output, prefix="", binary=None, max_size=None, jobs=None, partitions=None):
    from pyspark import StorageLevel
    lines = spark.sparkContext.textFile(input_path).collect()
    work = list(tasks(lines, prefix))
    if not work:
        raise SystemExit("scriptlint.spark: %s lists no archive" % input_path)
    rdd = spark.sparkContext.parallelize(work, numSlices=partitions or len(work))
    pages, findings, parsed = tables(spark, rdd.flatMap(lambda t: lint_task(t, binary, max_size, jobs)))
    # Each archive is linted once: the parsed lines are kept for the three tables.
    parsed.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        pages.write.mode("overwrite").parquet(output + "/pages")
        findings.write.mode("overwrite").parquet(output + "/findings")
        prevalence(spark, pages).write.mode("overwrite").parquet(output + "/prevalence")
    finally:
        parsed.unpersist()


def main(argv=None):
    ap = argparse.ArgumentParser(prog="scriptlint.spark", description=__doc__.split("\n")[0])
    ap.add_argument("--input", required=True, help="WARC paths, one a line, or Common Crawl index rows as JSON lines")
    ap.add_argument("--output", required=True, help="where pages/, findings/ and prevalence/ are written (Parquet)")
    ap.add_argument("--prefix", default="", help="put before each input path (https://data.commoncrawl.org/, s3://commoncrawl/)")
    ap.add_argument("--binary", help="the scriptlint binary on each executor (default: the wheel's)")
    ap.add_argument("--max-size", type=int, help="scriptlint's --max-size for each record")
    ap.add_argument("--jobs", type=int, default=1, help="scriptlint's --jobs per task (default 1: Spark runs a task per core)")
    ap.add_argument("--partitions", type=int, help="tasks (default: one per input line)")
    ap.add_argument("--master", help="for a run outside spark-submit, e.g. local[2]")
    a = ap.parse_args(argv)
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("scriptlint")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    try:
        run(spark, a.input, a.output, a.prefix, a.binary, a.max_size, a.jobs, a.partitions)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
