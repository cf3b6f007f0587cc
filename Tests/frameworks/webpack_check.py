#!/usr/bin/env python3
"""HtmlWebpackPlugin as scriptlint models it (from each example's webpack.config.js) against the
pages the real plugin built (the examples' dist/webpack-5/*.html, committed by the plugin's authors):
the bundle's scripts (those the plugin injects, `*.js` sources) must load the same way — placement,
`defer`, `async`, kind — in the model and in the built pages. Examples with `inject: false` (the
template places the tags) must have no modelled script.

usage: webpack_check.py SCRIPTLINT EXAMPLES_FOLDER
"""
import json
import os
import re
import subprocess
import sys

scriptlint, examples = sys.argv[1:]


def model(path):
    out = subprocess.run([scriptlint, "--print-model", path], capture_output=True, text=True)
    if out.returncode != 0 or out.stderr:
        sys.exit(f"scriptlint --print-model {path} failed: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def way(s):
    return (s["placement"], s["defer"], s["async"], s["kind"])


agree = 0
problems = []
for name in sorted(os.listdir(examples)):
    folder = os.path.join(examples, name)
    config = os.path.join(folder, "webpack.config.js")
    if not os.path.isfile(config):
        continue
    modelled = {way(s) for s in model(config) if s.get("platform") == "webpack"}
    calls = len(re.findall(r"new HtmlWebpackPlugin\(", open(config).read()))
    injects = "inject: false" not in open(config).read()
    built = set()
    dist = os.path.join(folder, "dist", "webpack-5")
    for page in sorted(os.listdir(dist)):
        for s in model(os.path.join(dist, page)):
            # The bundle's own files; a template's own <script> tags are not the plugin's.
            if s["src"] and re.search(r"(^|/)[\w.-]+\.js$", s["src"]) and "://" not in s["src"]:
                built.add(way(s))
    if not injects:
        if modelled:
            problems.append(f"{name}: inject: false, yet the model has {sorted(modelled)}")
        else:
            agree += 1
        continue
    if modelled == built and modelled:
        agree += 1
    else:
        problems.append(f"{name}: model {sorted(modelled)} ({calls} plugin calls), built pages {sorted(built)}")
for p in problems:
    print(p)
print(f"{agree} examples agree with the pages html-webpack-plugin built, {len(problems)} disagree")
sys.exit(0 if not problems and agree else 1)
