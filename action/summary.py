"""The GitHub Action's job summary: scriptlint's JSON report as Markdown (totals, problems by rule,
then each problem with a link to its line). `--counts` prints "ERRORS WARNINGS" instead."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from urllib.parse import quote

LIMIT = 200   # GitHub caps a step's summary at 1 MiB; the rest are in the log and the SARIF report


def cell(text: str) -> str:
    """Text for a Markdown table cell: no line breaks, no column separators, no HTML."""
    text = " ".join(str(text).split())
    for ch, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "&#124;")):
        text = text.replace(ch, entity)
    return text


def link(path: str, line: int | None) -> str:
    server, repo, sha = (os.environ.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    while path.startswith("./"):
        path = path[2:]
    where = f"{path}:{line}" if line else path
    if not (server and repo and sha) or "://" in path or path.startswith("/") or path.startswith(".."):
        return f"`{cell(where)}`"
    anchor = f"#L{line}" if line else ""
    return f"[`{cell(where)}`]({server}/{repo}/blob/{sha}/{quote(path)}{anchor})"


def load(path: str) -> dict | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--counts", action="store_true")
    parser.add_argument("--exit-code", type=int, default=0)
    parser.add_argument("--sarif")
    options = parser.parse_args()
    report = load(options.report)

    if options.counts:
        totals = (report or {}).get("totals") or {}
        print(totals.get("errors", 0), totals.get("warnings", 0))
        return 0

    out = ["## scriptlint", ""]
    if report is None:
        out.append(f"scriptlint could not lint (exit status {options.exit_code}): see the step's log.")
        print("\n".join(out))
        return 0
    totals = report.get("totals") or {}
    files = report.get("files") or []
    errors, warnings = totals.get("errors", 0), totals.get("warnings", 0)
    unreadable = [f for f in files if f.get("error")]
    if errors == 0 and warnings == 0 and not unreadable:
        out.append(f":white_check_mark: No problems in {totals.get('files', len(files))} files.")
    else:
        out.append(f"**{errors + warnings} problems** ({errors} errors, {warnings} warnings) in "
                   f"{totals.get('files', len(files))} files. Exit status {options.exit_code}.")
    if options.sarif:
        out.append(f"SARIF report: `{cell(options.sarif)}`.")
    out.append("")

    problems = [(f["path"], d) for f in files for d in f.get("diagnostics") or []]
    if problems:
        out += ["| Rule | Errors | Warnings |", "| --- | ---: | ---: |"]
        by_rule = Counter((d["ruleId"], d["severity"]) for _, d in problems)
        for rule in sorted({r for r, _ in by_rule}):
            out.append(f"| `{cell(rule)}` | {by_rule[(rule, 'error')]} | {by_rule[(rule, 'warning')]} |")
        out += ["", "| Where | Severity | Rule | Message |", "| --- | --- | --- | --- |"]
        for path, d in problems[:LIMIT]:
            out.append(f"| {link(path, d.get('line'))} | {d['severity']} | `{cell(d['ruleId'])}` | {cell(d['message'])} |")
        if len(problems) > LIMIT:
            out.append(f"\n{len(problems) - LIMIT} more in the step's log and the SARIF report.")
    if unreadable:
        out += ["", "Not linted:", ""]
        out += [f"- `{cell(f['path'])}`: {cell(f['error'])}" for f in unreadable]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
