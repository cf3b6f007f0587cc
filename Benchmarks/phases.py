"""Where scriptlint's instructions go, from a callgrind profile (a binary with its symbol table):
each phase's inclusive count, and the tokenizer's own, against the total and against a floor.

    python3 Benchmarks/phases.py CALLGRIND-OUT [--floor N]
"""

from __future__ import annotations

import argparse
import re
import subprocess

# (phase, how its functions are named in the mangled symbol table, inclusive or self)
PHASES = [
    ("file discovery (walk, configuration)", r"FileDiscoveryV7targets", "inclusive"),
    ("reading files", r"10FileSystemO4read", "inclusive"),
    ("encoding sniffing", r"EncodingSnifferO5sniff", "inclusive"),
    ("template sniffing", r"TemplateDialectO5sniff", "inclusive"),
    ("tokenizer + tree builder", r"11TreeBuilderV3runyyFAA02NoC0V", "inclusive"),
    ("  of which the tokenizer's own code", r"9TokenizerV", "self"),
    ("rules (and fingerprints)", r"6LinterV4lint(_12fingerprints|ySayAA10DiagnosticVGAA0A8DocumentVF)", "inclusive"),
    ("report (JSON)", r"12JSONReporterC4file", "inclusive"),
]


def annotate(path: str, inclusive: bool) -> list[tuple[int, str]]:
    out = subprocess.run(["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", "--threshold=100", path],
                         capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\([^)]*\)\s+(.*)$", line)
        if m:
            rows.append((int(m.group(1).replace(",", "")), m.group(2)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("profile")
    ap.add_argument("--floor", type=int, help="the floor's instruction count, for the last column")
    args = ap.parse_args()
    inclusive, own = annotate(args.profile, True), annotate(args.profile, False)
    total = next(n for n, name in own if "PROGRAM TOTALS" in name)
    print(f"{'phase':40} {'instructions':>14} {'of total':>9}" + (f" {'of floor':>9}" if args.floor else ""))
    for phase, pattern, kind in PHASES:
        rows = inclusive if kind == "inclusive" else own
        matching = [n for n, name in rows if re.search(pattern, name) and "PROGRAM TOTALS" not in name]
        # Inclusive: the outermost matching function (recursion and thunks repeat it); self: the sum.
        n = (max(matching) if matching else 0) if kind == "inclusive" else sum(matching)
        print(f"{phase:40} {n:>14,} {n / total:>8.1%}" + (f" {n / args.floor:>8.2f}x" if args.floor else ""))
    print(f"{'all':40} {total:>14,} {1:>8.1%}" + (f" {total / args.floor:>8.2f}x" if args.floor else ""))


if __name__ == "__main__":
    main()
