#!/usr/bin/env python3
"""Checks scriptlint's web-archive output against independent readers.

Usage: archive_check.py SCRIPTLINT ARCHIVE EXPECT.jsonl --schema Schemas/report.schema.json [--whole WHOLE.warc.gz]

- Every line is valid against the report schema's `$defs/line`, and names its record: seeking to (offset, length) in the archive and inflating that many
  bytes gives, read by warcio (PyPI), the record with the line's WARC-Record-ID and target URI.
- Every HTML response of EXPECT (make_crawl_archive.py's output) has exactly one line, in archive
  order; an oversize or broken record is an error line of its own and the records after it are read.
- Each page's summary equals an independent count made with html5lib (the WHATWG parser from
  PyPI) on the body warcio reads: scripts, external, inline, async, defer, module, in head/body,
  generator.
- `--warc -` (standard input) gives the same lines; a whole-file gzip gives the same findings with
  null offsets; a truncated archive keeps the records before the cut, then names the compressed
  offset where reading stopped, and exits 2.
Prints "archive check: N passed, M failed".
"""
import argparse
import gzip
import io
import random
import json
import subprocess
import sys
import zlib

import html5lib
import jsonschema
from warcio.archiveiterator import ArchiveIterator

from tally import Tally

tally = Tally()
check = tally.check


def run(tool, args, stdin=None):
    p = subprocess.run([tool] + args, input=stdin, capture_output=True)
    lines = [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]
    return p.returncode, lines, p.stderr.decode()


def record_at(archive, offset, length):
    with open(archive, "rb") as f:
        f.seek(offset)
        data = f.read(length)
    check(len(data) == length, "(%d, %d) lies inside %s" % (offset, length, archive))
    # The member must be complete on its own: inflate it alone, nothing left over.
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    d.decompress(data)
    check(d.eof and not d.unused_data, "(%d, %d) is exactly one gzip member" % (offset, length))
    records = list(ArchiveIterator(io.BytesIO(data)))
    return records[0] if records else None


def independent_summary(body, charset):
    doc = html5lib.parse(body, treebuilder="etree", namespaceHTMLElements=False,
                         transport_encoding=charset or None)
    s = dict(scripts=0, external=0, inline=0, async_=0, defer=0, module=0, inHead=0, inBody=0, generator=None)

    def local(tag):
        return tag.split("}")[-1] if isinstance(tag, str) else None

    def walk(node, inert, in_head):
        for child in node:
            name = local(child.tag)
            if name == "script" and not inert:
                s["scripts"] += 1
                src = child.get("src")
                if child.tag.startswith("{http://www.w3.org/2000/svg}"):
                    # An SVG script loads its file from href (or xlink:href).
                    src = child.get("href") or child.get("{http://www.w3.org/1999/xlink}href")
                s["external" if src is not None and src.strip() != "" else "inline"] += 1
                if "async" in child.attrib:
                    s["async_"] += 1
                if "defer" in child.attrib:
                    s["defer"] += 1
                if (child.get("type") or "").strip().lower() == "module":
                    s["module"] += 1
                s["inHead" if in_head else "inBody"] += 1
            if name == "meta" and not inert and s["generator"] is None and (child.get("name") or "").lower() == "generator":
                s["generator"] = child.get("content") or ""
            # A declarative shadow root's template (shadowrootmode) is attached, live, in browsers;
            # html5lib reads it as any template.
            template = name == "template" and child.get("shadowrootmode") is None
            walk(child, inert or template or name == "noscript", in_head or name == "head")

    walk(doc, False, False)
    return s


def warc_pages(archive):
    """URI → (body, charset) of every HTML response, as warcio reads it."""
    pages = {}
    with open(archive, "rb") as f:
        for r in ArchiveIterator(f):
            if r.rec_type != "response" or not r.http_headers:
                continue
            ctype = r.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype:
                continue
            charset = None
            for part in ctype.split(";")[1:]:
                k, _, v = part.strip().partition("=")
                if k.lower() == "charset":
                    charset = v.strip()
            pages[r.rec_headers.get_header("WARC-Target-URI")] = (r.content_stream().read(), charset)
    return pages


def main():
    p = argparse.ArgumentParser()
    p.add_argument("tool")
    p.add_argument("archive")
    p.add_argument("expect")
    p.add_argument("--whole")
    p.add_argument("--max-size", default="50000")
    p.add_argument("--schema", required=True, help="Schemas/report.schema.json: each line is its $defs/line")
    a = p.parse_args()
    report = json.load(open(a.schema))
    line_schema = {"$schema": report["$schema"], "$defs": report["$defs"], "$ref": "#/$defs/line"}
    expect = [json.loads(l) for l in open(a.expect)]
    base = ["--format", "jsonl", "--max-size", a.max_size, "--jobs", "2"]

    status, lines, err = run(a.tool, base + ["--warc", a.archive])
    # Its oversize and broken records are inputs that could not be read: exit 2, as for a file.
    check(status == 2, "exit status %d for an archive with unreadable records (stderr: %s)" % (status, err))
    check([l["path"] for l in lines] == [e["uri"] for e in expect],
          "one line per HTML response, in archive order: %s" % [l["path"] for l in lines])
    pages = warc_pages(a.archive)
    for line, e in zip(lines, expect):
        problems = [err.message for err in jsonschema.Draft202012Validator(line_schema).iter_errors(line)]
        check(not problems, "%s is valid against $defs/line: %s" % (line["path"], problems[:3]))
        check(line.get("schemaVersion") == 1 and isinstance(line.get("toolVersion"), str), "%s names its schema" % line["path"])
        rec = line.get("record") or {}
        check(rec.get("archive") == a.archive and rec.get("recordId") == e["recordId"], "%s: record id %s" % (line["path"], rec))
        if rec.get("offset") is not None and rec.get("length") is not None:
            r = record_at(a.archive, rec["offset"], rec["length"])
            check(r is not None and r.rec_headers.get_header("WARC-Record-ID") == e["recordId"]
                  and r.rec_headers.get_header("WARC-Target-URI") == line["path"],
                  "%s: seeking to (%d, %d) reads its record" % (line["path"], rec["offset"], rec["length"]))
        else:
            check(False, "%s: offset and length in a per-record gzip archive" % line["path"])
        if e["expect"] == "error":
            check(line["error"] is not None and not line["diagnostics"], "%s is an error of its own" % line["path"])
            continue
        check(line["error"] is None, "%s read (%s)" % (line["path"], line["error"]))
        body, charset = pages[line["path"]]
        want = independent_summary(body, charset)
        got = line.get("summary") or {}
        mine = dict(scripts=got.get("scripts"), external=got.get("external"), inline=got.get("inline"), async_=got.get("async"),
                    defer=got.get("defer"), module=got.get("module"), inHead=got.get("inHead"), inBody=got.get("inBody"),
                    generator=got.get("generator"))
        check(mine == want, "%s: summary %s, html5lib counts %s" % (line["path"], mine, want))
        rules = {}
        for d in line["diagnostics"]:
            rules[d["ruleId"]] = rules.get(d["ruleId"], 0) + 1
        check(got.get("rules") == rules, "%s: summary rules equal its findings" % line["path"])

    # --print-model --warc: a page line (record and summary) before each page's script lines.
    model = subprocess.run([a.tool, "--print-model", "--max-size", a.max_size, "--warc", a.archive], capture_output=True)
    page_lines = [json.loads(l) for l in model.stdout.decode().splitlines() if l.startswith('{"page"')]
    readable = [l for l in lines if l["error"] is None]
    check([p["page"] for p in page_lines] == [l["path"] for l in readable], "--print-model --warc prints every page")
    for p, l in zip(page_lines, readable):
        want = dict(l["summary"], rules={})
        check(p["summary"] == want and p["record"] == l["record"], "%s: the model's summary and record" % l["path"])
    check(model.returncode == 2 and b"more than --max-size" in model.stderr,
          "--print-model names the records it could not read on standard error and exits 2")

    with open(a.archive, "rb") as f:
        data = f.read()
    status_in, from_stdin, _ = run(a.tool, base + ["--warc", "-"], stdin=data)
    for l in from_stdin:
        l["record"]["archive"] = a.archive
    check(status_in == status and from_stdin == lines, "--warc - gives the same lines as the file")

    if a.whole:
        _, whole, _ = run(a.tool, base + ["--warc", a.whole])
        check([(l["path"], l["diagnostics"], l["error"]) for l in whole] == [(l["path"], l["diagnostics"], l["error"]) for l in lines],
              "a whole-file gzip archive gives the same findings")
        check(all(l["record"]["offset"] is None and l["record"]["length"] is None for l in whole),
              "a whole-file gzip archive gives no offsets (no seek reaches a record)")

    # Cut inside the 5th page's member: the pages before it are kept, and the error names where.
    cut_at = lines[4]["record"]["offset"] + lines[4]["record"]["length"] // 2
    cut = a.archive + ".cut.warc.gz"
    with open(cut, "wb") as f:
        f.write(data[:cut_at])
    status_cut, cut_lines, _ = run(a.tool, base + ["--warc", cut])
    check(status_cut == 2, "a truncated archive exits 2 (got %d)" % status_cut)
    check([l["path"] for l in cut_lines[:4]] == [l["path"] for l in lines[:4]], "the records before the cut are reported")
    last = cut_lines[-1] if cut_lines else {}
    check(last.get("path") == cut and "compressed byte %d" % lines[4]["record"]["offset"] in (last.get("error") or ""),
          "the cut is reported at the compressed offset of its member: %s" % last.get("error"))

    # Damaged archives (cut anywhere, bytes flipped anywhere, plain and gzip): a result or a clear
    # error, never a crash or a hang, and every line still valid.
    rng = random.Random(7)
    with gzip.open(a.archive) as f:
        plain = f.read()
    survived = 0
    for k in range(60):
        source = data if k % 2 == 0 else plain
        damaged = bytearray(source[:rng.randrange(1, len(source))] if k % 3 == 0 else source)
        for _ in range(rng.randrange(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            p = subprocess.run([a.tool, "--format", "jsonl", "--max-size", a.max_size, "--warc", "-"], input=bytes(damaged),
                               capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            check(False, "damaged archive %d: no hang" % k)
            continue
        ok = p.returncode in (0, 1, 2) and b"Fatal error" not in p.stderr
        try:
            for l in p.stdout.decode().splitlines():
                json.loads(l)
        except ValueError:
            ok = False
        survived += ok
    check(survived == 60, "60 damaged archives each give results or a clear error (%d did)" % survived)

    tally.finish("archive check")


if __name__ == "__main__":
    main()
