#!/usr/bin/env python3
"""Drupal's *.libraries.yml read by PyYAML (an independent YAML parser) must give the scripts that
`scriptlint --print-model` reads: the same files, in the same libraries, with the same attributes
and the same `header` placement (a library with `header: true` and what it depends on in <head>).

usage: yaml_check.py SCRIPTLINT FILE_OR_FOLDER...
"""
import json
import os
import subprocess
import sys

import yaml

scriptlint, *paths = sys.argv[1:]
files = []
for p in paths:
    if os.path.isdir(p):
        for root, _, names in os.walk(p):
            files += [os.path.join(root, n) for n in names if n.endswith(".libraries.yml")]
    else:
        files.append(p)

libraries = {}
for f in sorted(files):
    owner = os.path.basename(f)[: -len(".libraries.yml")]
    with open(f) as fh:
        for name, lib in (yaml.safe_load(fh) or {}).items():
            libraries[f"{owner}/{name}"] = lib or {}
head = set()
queue = [n for n, lib in libraries.items() if lib.get("header") is True]
while queue:
    n = queue.pop()
    if n in head:
        continue
    head.add(n)
    queue += (libraries.get(n) or {}).get("dependencies") or []

expected = set()
for name, lib in libraries.items():
    for path, options in (lib.get("js") or {}).items():
        attributes = ((options or {}).get("attributes") or {})
        expected.add((name, path, "head" if name in head else "body",
                      attributes.get("async") is True, attributes.get("defer") is True,
                      "module" if attributes.get("type") == "module" else "classic"))

out = subprocess.run([scriptlint, "--print-model", *files], capture_output=True, text=True)
if out.returncode != 0 or out.stderr:
    sys.exit(f"scriptlint failed: {out.stderr}")
got = set()
for line in out.stdout.splitlines():
    r = json.loads(line)
    if r.get("platform") == "drupal":
        got.add((r["handle"], r["src"], r["placement"], r["async"], r["defer"], r["kind"]))
for e in sorted(expected - got):
    print("missing or different:", e)
for g in sorted(got - expected):
    print("unexpected:", g)
print(f"{len(files)} files, {len(expected)} scripts by PyYAML, {len(got & expected)} the same in scriptlint's model")
sys.exit(0 if got == expected and expected else 1)
