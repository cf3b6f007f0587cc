#!/usr/bin/env python3
"""The language server's latency and memory: on a ~100 kB page, the time from sending a
`textDocument/didChange` (one small incremental edit) to receiving the `publishDiagnostics` for
that version — median and 95th percentile (target: both under 50 ms) — and the server's resident
memory after the first 1 000 edits and after the last (target: flat). A plain JSON-RPC client, so
the numbers are the server's and not a client library's.

Usage: Benchmarks/lsp.py SCRIPTLINT [--edits N] [--page FILE]
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time


def cpu_seconds(pid):
    """User and system CPU time of a process, from /proc."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scriptlint")
    ap.add_argument("--edits", type=int, default=2000)
    ap.add_argument("--page")
    args = ap.parse_args()
    if args.page:
        text = open(args.page, encoding="utf-8", errors="replace").read()
    else:
        rng = random.Random(1)
        parts = ["<!DOCTYPE html>\n<html><head><title>Benchmark</title>\n"]
        for k in range(6):
            parts.append(f'<script src="/js/head{k}.js"></script>\n')
        parts.append('<link rel="stylesheet" href="/s.css">\n</head>\n<body>\n')
        while sum(map(len, parts)) < 100_000:
            parts.append(f"<div class=\"c{rng.randint(0, 99)}\"><p>{'Lorem ipsum dolor sit amet. ' * rng.randint(1, 6)}</p></div>\n")
            if rng.random() < 0.04:
                parts.append(f'<script src="/js/b{rng.randint(0, 999)}.js"{" async" if rng.random() < 0.5 else ""}></script>\n')
        parts.append('<script src="/js/end.js" async defer></script>\n</body></html>\n')
        text = "".join(parts)
    proc = subprocess.Popen([args.scriptlint, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    buffer = bytearray()
    received_at = [0.0]

    def send(message):
        body = json.dumps(message).encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        proc.stdin.flush()

    def receive():
        nonlocal buffer
        while b"\r\n\r\n" not in buffer:
            buffer += os.read(proc.stdout.fileno(), 1 << 20)
        header, rest = bytes(buffer).split(b"\r\n\r\n", 1)
        buffer = bytearray(rest)
        length = int([h for h in header.split(b"\r\n") if h.lower().startswith(b"content-length")][0].split(b":")[1])
        while len(buffer) < length:
            buffer += os.read(proc.stdout.fileno(), 1 << 20)
        # The message is in: the latency stops here, before this client decodes it.
        received_at[0] = time.perf_counter()
        body, buffer = bytes(buffer[:length]), buffer[length:]
        return json.loads(body)

    def until(predicate):
        while True:
            m = receive()
            if predicate(m):
                return m

    send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    until(lambda m: m.get("id") == 1)
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    uri = "file:///tmp/scriptlint-lsp-bench/page.html"
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "html", "version": 1, "text": text}}})
    first = until(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    lines = text.split("\n")
    # Edits go inside the text of body lines: `<div …` (the generated page) or `<p>…` (a given one).
    body_lines = [k for k, l in enumerate(lines) if l.startswith("<div") or l.startswith("<p>")]
    if not body_lines:
        raise SystemExit("lsp.py: the page has no line starting with <div or <p> to edit")
    rng = random.Random(2)
    latencies, rss_early = [], None
    cpu_before = cpu_seconds(proc.pid)
    for version in range(2, args.edits + 2):
        line = rng.choice(body_lines)
        at = 5 if lines[line].startswith("<div") else 4
        edit = {"range": {"start": {"line": line, "character": at}, "end": {"line": line, "character": at}}, "text": "x"}
        start = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [edit]}})
        until(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version)
        latencies.append((received_at[0] - start) * 1000)
        if version == 1001:
            rss_early = rss_kib(proc.pid)
    rss_late = rss_kib(proc.pid)
    cpu_per_edit = (cpu_seconds(proc.pid) - cpu_before) / args.edits * 1000
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    until(lambda m: m.get("id") == 2)
    send({"jsonrpc": "2.0", "method": "exit"})
    proc.wait(timeout=10)
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"lsp: {len(text) // 1024} kB page, {len(first['params']['diagnostics'])} diagnostics, {args.edits} edits")
    print(f"didChange -> publishDiagnostics: median {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms, "
          f"max {latencies[-1]:.1f} ms   (target: median and p95 <= 20 ms)")
    print(f"server CPU per edit (parse, lint, encode): {cpu_per_edit:.1f} ms")
    if rss_early:
        print(f"server memory: {rss_early / 1024:.1f} MB after 1000 edits, {rss_late / 1024:.1f} MB after {args.edits} "
              f"(growth {(rss_late - rss_early) / 1024:+.1f} MB; target: flat)")
    return 0 if p95 < 50 else 1


if __name__ == "__main__":
    sys.exit(main())
