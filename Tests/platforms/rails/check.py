#!/usr/bin/env python3
"""Proof against Rails' own ActionView: every script a rendered page holds from a helper call
(`/javascripts/NAME.js`) agrees with what `scriptlint --print-model` reads from the ERB source at
that call: placement, async, defer (unless the model says they are not known), type module, and
end of body where the model knows it.

usage: check.py SCRIPTLINT APP_VIEWS_DIR WORKDIR
"""
import json
import os
import re
import shutil
import subprocess
import sys

scriptlint, views, work = sys.argv[1:4]
here = os.path.dirname(os.path.abspath(__file__))
if os.path.exists(work):
    shutil.rmtree(work)
r = subprocess.run(["ruby", os.path.join(here, "render.rb"), views, work], capture_output=True, text=True)
if r.returncode != 0:
    sys.exit(f"ActionView failed: {r.stderr}")


def model(paths):
    out = subprocess.run([scriptlint, "--print-model", *paths], capture_output=True, text=True)
    if out.returncode != 0 or out.stderr:
        sys.exit(f"scriptlint --print-model failed: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


source = {}
for rec in model([views]):
    if rec.get("platform") == "rails" and rec.get("handle"):
        source.setdefault(rec["handle"], []).append(rec)

compared = agree = 0
problems = []
pages = sorted(f for f in os.listdir(work) if f.endswith(".html"))
for page in pages:
    for served in model([os.path.join(work, page)]):
        m = re.fullmatch(r"/javascripts/(.+)\.js", served.get("src") or "")
        if not m:
            continue
        recs = source.get(m.group(1), [])
        if not recs:
            problems.append(f"{page}: {m.group(1)} is not in the source model")
            continue
        compared += 1
        # `defer: @lazy`: the model leaves loading unknown; placement and kind still count.
        unknown = any(s.get("unknownLoading") for s in recs)
        want = (served["placement"], None if unknown else served["async"], None if unknown else served["defer"], served["kind"])
        got = {(s["placement"], None if unknown else s["async"], None if unknown else s["defer"], s["kind"]) for s in recs}
        ends = {s["atEndOfBody"] for s in recs if not s.get("endOfBodyUnknown")}
        if got == {want} and (not ends or ends == {served["atEndOfBody"]}):
            agree += 1
        else:
            problems.append(f"{page}: {m.group(1)}: served {want} end {served['atEndOfBody']}, source {sorted(got)} end {ends}")
print(f"{len(pages)} pages rendered by ActionView, {compared} helper scripts compared, {agree} agree")
for p in problems:
    print("DISAGREE " + p)
sys.exit(1 if problems or compared < 10 else 0)
