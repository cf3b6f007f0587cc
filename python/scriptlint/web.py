"""Web archives at scale: scriptlint's findings on WARC files as rows, for Spark, Dask or plain Python.

    from scriptlint.web import iter_pages
    for page in iter_pages("CC-MAIN-…-00000.warc.gz"):
        print(page["path"], page["summary"]["renderBlocking"], len(page["diagnostics"]))

Each item is one line of `scriptlint --format jsonl --warc` (Schemas/report.schema.json, `$defs/line`):
an archived HTML page with its record (archive, WARC-Record-ID, date, compressed offset and length),
its summary and its findings, or a record that could not be read (`error` set). `page_row` and
`finding_rows` flatten a line into the rows of the `pages` and `findings` tables whose schemas are
`PAGES_COLUMNS` and `FINDINGS_COLUMNS` (`arrow_schemas()`, `spark_schemas()`).
"""

import json
import re
import shutil
import subprocess
import threading
import urllib.request

from . import binary_path

#: Version of the pages/findings tables' columns (bumped when a column changes meaning or goes away).
TABLES_VERSION = 1

SUMMARY_FIELDS = ["scripts", "external", "inline", "async", "defer", "asyncAndDefer", "module", "nomodule",
                  "importmap", "data", "inHead", "inBody", "renderBlocking", "renderBlockingInline",
                  "renderBlockingInlineBytes"]

#: (column, type) of the `pages` table: one row per archived HTML response (or unreadable record).
PAGES_COLUMNS = [
    ("archive", "string"), ("offset", "long"), ("length", "long"), ("record_id", "string"), ("warc_date", "string"),
    ("url", "string"), ("status", "int"), ("content_type", "string"), ("generator", "string"), ("rank", "long"),
    ("error", "string"), ("errors", "int"), ("warnings", "int"),
] + [(f, "int") for f in SUMMARY_FIELDS] + [("rules", "map<string,int>"), ("schema_version", "int"), ("tool_version", "string")]

#: (column, type) of the `findings` table: one row per finding, joined to its page by (archive, offset, length).
FINDINGS_COLUMNS = [
    ("archive", "string"), ("offset", "long"), ("length", "long"), ("url", "string"), ("rule_id", "string"),
    ("severity", "string"), ("message", "string"), ("line", "int"), ("column", "int"),
    ("start_offset", "long"), ("end_offset", "long"),
]


def _binary(binary):
    if binary:
        return binary
    path = binary_path()
    if shutil.which(path):
        return path
    found = shutil.which("scriptlint")
    if found:
        return found
    raise FileNotFoundError("no scriptlint binary: install the scriptlint wheel, or pass binary=PATH")


def _open(source, offset=None, length=None):
    """A readable binary stream of `source` (a local path, an http(s):// URL or an s3:// URL),
    from `offset` for `length` bytes when given (a Common Crawl index row's range)."""
    if source.startswith(("http://", "https://")):
        request = urllib.request.Request(source)
        if offset is not None:
            end = "" if length is None else str(offset + length - 1)
            request.add_header("Range", "bytes=%d-%s" % (offset, end))
        return urllib.request.urlopen(request)
    if source.startswith("s3://"):
        import boto3  # only for s3:// inputs
        bucket, _, key = source[5:].partition("/")
        args = {"Bucket": bucket, "Key": key}
        if offset is not None:
            args["Range"] = "bytes=%d-%s" % (offset, "" if length is None else offset + length - 1)
        return boto3.client("s3").get_object(**args)["Body"]
    f = open(source, "rb")
    if offset is not None:
        f.seek(offset)
        if length is not None:
            return _Limited(f, length)
    return f


class _Limited:
    def __init__(self, f, left):
        self.f, self.left = f, left

    def read(self, n=-1):
        if self.left <= 0:
            return b""
        data = self.f.read(self.left if n < 0 else min(n, self.left))
        self.left -= len(data)
        return data

    def close(self):
        self.f.close()


def iter_lines(source, offset=None, length=None, *, binary=None, max_size=None, jobs=None, extra_args=()):
    """Yields each raw line (str) of `scriptlint --format jsonl --warc` for an archive, unparsed:
    what a Spark job hands to the JVM's JSON reader. Records of a ranged or streamed source name
    the archive `-` and their offsets start at `offset`; `iter_pages` corrects both."""
    tool = _binary(binary)
    args = [tool, "--format", "jsonl", "--warc"]
    local = isinstance(source, str) and offset is None and not source.startswith(("http://", "https://", "s3://"))
    args.append(source if local else "-")
    if max_size:
        args += ["--max-size", str(max_size)]
    if jobs:
        args += ["--jobs", str(jobs)]
    args += list(extra_args)
    stream = None if local else (source if not isinstance(source, str) else _open(source, offset, length))
    proc = subprocess.Popen(args, stdin=subprocess.PIPE if stream is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    feeder = None
    feed_error = []
    if stream is not None:
        def feed():
            try:
                while True:
                    chunk = stream.read(1 << 20)
                    if not chunk:
                        break
                    proc.stdin.write(chunk)
            except BrokenPipeError:
                pass
            except Exception as e:  # a network or read error: reported after the lines read so far
                feed_error.append(e)
            finally:
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass
        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
    for raw in proc.stdout:
        yield raw.decode()
    stderr = proc.stderr.read().decode(errors="replace")
    status = proc.wait()
    if feeder:
        feeder.join()
    name = source if isinstance(source, str) else "-"
    if feed_error:
        raise IOError("reading %s: %s" % (name, feed_error[0]))
    if status not in (0, 1, 2):
        raise RuntimeError("scriptlint exited %d on %s: %s" % (status, name, stderr.strip()))


def iter_pages(source, offset=None, length=None, *, name=None, binary=None, max_size=None, jobs=None, extra_args=()):
    """Yields each line of `scriptlint --format jsonl --warc` for an archive, as a dict.

    `source`: a local path, an http(s):// or s3:// URL, or a readable binary stream. `offset` and
    `length`: read only that byte range (a record's, or several consecutive records', as Common
    Crawl's index gives them); each line's record offset is then made absolute again. `name`: the
    archive's name in the output (default: `source` when it is a string).
    """
    archive = name or (source if isinstance(source, str) else "-")
    for raw in iter_lines(source, offset, length, binary=binary, max_size=max_size, jobs=jobs, extra_args=extra_args):
        line = json.loads(raw)
        record = line.get("record")
        if record is not None:
            record["archive"] = archive
            if offset is not None and record.get("offset") is not None:
                record["offset"] += offset
        elif line.get("error") is not None and line.get("path") in ("-", source):
            line["path"] = archive
        yield line


def page_row(line, rank=None):
    """The `pages` row of one line (PAGES_COLUMNS)."""
    record = line.get("record") or {}
    summary = line.get("summary") or {}
    row = {
        "archive": record.get("archive", line.get("path")), "offset": record.get("offset"), "length": record.get("length"),
        "record_id": record.get("recordId"), "warc_date": record.get("date"), "url": line.get("url") or line.get("path"),
        "status": line.get("status"), "content_type": line.get("contentType"), "generator": summary.get("generator"),
        "rank": rank, "error": line.get("error"), "errors": line.get("errorCount", 0), "warnings": line.get("warningCount", 0),
    }
    for f in SUMMARY_FIELDS:
        row[f] = summary.get(f)
    row["rules"] = summary.get("rules") or {}
    row["schema_version"] = line.get("schemaVersion")
    row["tool_version"] = line.get("toolVersion")
    return row


def finding_rows(line):
    """The `findings` rows of one line (FINDINGS_COLUMNS)."""
    record = line.get("record") or {}
    for d in line.get("diagnostics", []):
        yield {
            "archive": record.get("archive"), "offset": record.get("offset"), "length": record.get("length"),
            "url": line.get("url") or line.get("path"), "rule_id": d["ruleId"], "severity": d["severity"],
            "message": d["message"], "line": d["line"], "column": d["column"],
            "start_offset": d["startOffset"], "end_offset": d["endOffset"],
        }


#: What made a page, without its version: the first word of `<meta name=generator>`, less
#: trailing punctuation ("WordPress 6.4.2" → "WordPress", "Joomla! - Open Source" → "Joomla!").
GENERATOR_FAMILY = r"^\s*(\S+?)[,;:]*(?:\s|$)"

#: The HTTP Archive's rank buckets.
RANK_BUCKETS = (1000, 10000, 100000, 1000000, 10000000)


def generator_family(generator):
    """GENERATOR_FAMILY of a generator; None when there is none."""
    match = re.match(GENERATOR_FAMILY, generator or "")
    return match.group(1) if match else None


def rank_bucket(rank):
    """The smallest of RANK_BUCKETS that holds `rank`, or None."""
    if rank is None:
        return None
    return next((b for b in RANK_BUCKETS if rank <= b), None)


def dask_tables(sources, binary=None, max_size=None):
    """(pages, findings) as Dask bags of rows (`page_row`, `finding_rows`), one partition per
    archive: the light alternative to the Spark job on one machine or a Dask cluster.

        import dask
        pages, findings = dask_tables(["a.warc.gz", "b.warc.gz"])
        pages.to_dataframe().to_parquet("pages/")      # needs pandas and pyarrow
    """
    import dask.bag as db
    lines = db.from_sequence(list(sources), npartitions=max(1, len(sources))).map(
        lambda source: list(iter_pages(source, binary=binary, max_size=max_size))).flatten()
    return lines.map(page_row), lines.map(lambda line: list(finding_rows(line))).flatten()


def arrow_schemas():
    """(pages, findings) as pyarrow schemas."""
    import pyarrow as pa
    types = {"string": pa.string(), "long": pa.int64(), "int": pa.int32(), "map<string,int>": pa.map_(pa.string(), pa.int32())}
    return (pa.schema([(n, types[t]) for n, t in PAGES_COLUMNS]), pa.schema([(n, types[t]) for n, t in FINDINGS_COLUMNS]))


def spark_schemas():
    """(pages, findings) as Spark StructTypes."""
    from pyspark.sql import types as T
    types = {"string": T.StringType(), "long": T.LongType(), "int": T.IntegerType(),
             "map<string,int>": T.MapType(T.StringType(), T.IntegerType())}

    def struct(columns):
        return T.StructType([T.StructField(n, types[t], True) for n, t in columns])
    return struct(PAGES_COLUMNS), struct(FINDINGS_COLUMNS)
