#!/usr/bin/env python3
"""PHP's short open tags, checked on a tree of PHP files: every `<?` that is not `<?php` or `<?=` is
respelled `<?php ` in a copy (line for line), and scriptlint must report the same findings — rule
and line — on both, with the same API call sites. 1C-Bitrix code opens PHP with `<?` far more often
than with `<?php`.

Usage: short_tags.py SCRIPTLINT TREE     (prints a summary; exit 1 on any difference)
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SHORT = re.compile(rb"<\?(?!php\b|=)", re.IGNORECASE)


def run(scriptlint, tree):
    config = os.path.join(tree, ".scriptlintrc.json")
    if not os.path.exists(config):
        with open(config, "w") as f:
            f.write('{"extensions": ["php"]}\n')
    out = subprocess.run([scriptlint, "--format", "json", "."], cwd=tree, capture_output=True).stdout
    found = collections.Counter()
    for f in json.loads(out)["files"]:
        for d in f["diagnostics"]:
            found[(f["path"], d["line"], d["ruleId"])] += 1
    model = subprocess.run([scriptlint, "--print-model", "."], cwd=tree, capture_output=True, text=True).stdout
    calls = collections.Counter()
    for line in model.splitlines():
        if not line.startswith("{"):
            continue
        m = json.loads(line)
        if m.get("platform") == "bitrix":
            calls[(m.get("call"), m.get("line"))] += 1
    return found, calls


def main():
    scriptlint, tree = os.path.abspath(sys.argv[1]), sys.argv[2]
    work = tempfile.mkdtemp(prefix="scriptlint-short-tags-")
    try:
        short, long_ = os.path.join(work, "short"), os.path.join(work, "long")
        shutil.copytree(tree, short, ignore=shutil.ignore_patterns(".git"))
        shutil.copytree(short, long_)
        respelled = 0
        for root, _, files in os.walk(long_):
            for name in files:
                if not name.lower().endswith((".php", ".phtml")):
                    continue
                path = os.path.join(root, name)
                data = open(path, "rb").read()
                new, n = SHORT.subn(b"<?php ", data)
                if n:
                    respelled += n
                    open(path, "wb").write(new)
        a, calls_a = run(scriptlint, short)
        b, calls_b = run(scriptlint, long_)
        print(f"short tags: {respelled} `<?` respelled; findings {sum(a.values())} (short) vs {sum(b.values())} (<?php); "
              f"1C-Bitrix API scripts {sum(calls_a.values())} vs {sum(calls_b.values())}")
        differ = sorted(set(a) ^ set(b))
        for k in differ[:20]:
            print("  differs:", k, a.get(k, 0), b.get(k, 0))
        calls_differ = sorted(set(calls_a.items()) ^ set(calls_b.items()))
        for k in calls_differ[:20]:
            print("  API script differs:", k)
        return 1 if differ or calls_differ else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
