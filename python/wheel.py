"""Writes wheels (PEP 427) without setuptools: the binary wheel that scripts/build-wheel.sh makes,
and the pre-commit shim that pyproject.toml builds through backend.py. Standard library only, so
neither build downloads anything."""

from __future__ import annotations

import base64
import hashlib
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = "A fast, browser-accurate linter for the way HTML pages and templates load their scripts."


def package_version() -> str:
    """The one version of the project: the Swift library's ScriptLintVersion.current."""
    source = (ROOT / "Sources/ScriptLint/Reporters/JSONReporter.swift").read_text(encoding="utf-8")
    match = re.search(r'enum ScriptLintVersion \{\s*public static let current = "([^"]+)"', source)
    if not match:
        raise SystemExit("wheel.py: cannot find ScriptLintVersion.current in JSONReporter.swift")
    return match.group(1)


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode("ascii")


def metadata(name: str, version: str, requires: list[str], description: str) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {name}",
        f"Version: {version}",
        f"Summary: {SUMMARY}",
        "License: MIT",
        "Requires-Python: >=3.8",
        "Classifier: Environment :: Console",
        "Classifier: Intended Audience :: Developers",
        "Classifier: License :: OSI Approved :: MIT License",
        "Classifier: Operating System :: POSIX :: Linux",
        "Classifier: Operating System :: MacOS",
        "Classifier: Topic :: Software Development :: Quality Assurance",
        "Project-URL: Documentation, https://github.com/scriptlint/scriptlint#readme",
        "Project-URL: Changelog, https://github.com/scriptlint/scriptlint/blob/main/CHANGELOG.md",
    ]
    lines += [f"Requires-Dist: {r}" for r in requires]
    lines += ["Description-Content-Type: text/markdown", "", description]
    return "\n".join(lines)


def write_wheel(out_dir: Path, name: str, version: str, tag: str, files: dict[str, tuple[bytes, int]],
                requires: list[str] = (), entry_points: str | None = None, description: str = "",
                licence: bytes | None = None) -> Path:
    """files maps archive paths to (bytes, unix mode). Returns the wheel's path. Entries are sorted and
    dated 1980-01-01 so that the same inputs give the same bytes."""
    dist = re.sub(r"[-_.]+", "_", name)
    info = f"{dist}-{version}.dist-info"
    everything = dict(files)
    everything[f"{info}/METADATA"] = (metadata(name, version, list(requires), description).encode(), 0o644)
    root_is_purelib = "true" if tag == "py3-none-any" else "false"
    everything[f"{info}/WHEEL"] = (
        f"Wheel-Version: 1.0\nGenerator: scriptlint python/wheel.py\nRoot-Is-Purelib: {root_is_purelib}\nTag: {tag}\n".encode(), 0o644)
    if entry_points:
        everything[f"{info}/entry_points.txt"] = (entry_points.encode(), 0o644)
    if licence is not None:
        everything[f"{info}/LICENSE"] = (licence, 0o644)
    record = f"{info}/RECORD"
    rows = [f"{path},{_record_hash(data)},{len(data)}" for path, (data, _) in sorted(everything.items())]
    rows.append(f"{record},,")
    everything[record] = ("\n".join(rows).encode() + b"\n", 0o644)

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{dist}-{version}-{tag}.whl"
    partial = path.with_suffix(".whl.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for arcname, (data, mode) in sorted(everything.items(), key=lambda item: (item[0] == record, item[0])):
            entry = zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0))
            entry.external_attr = (0o100000 | mode) << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    partial.replace(path)   # never a half-written wheel under the final name
    return path


# What the binary links statically, and where a Debian build machine keeps each licence.
THIRD_PARTY = [
    ("libxml2", ["/usr/share/doc/libxml2/copyright"]),
    ("ICU", sorted(str(p) for p in Path("/usr/share/doc").glob("libicu[0-9]*/copyright"))),
    ("zlib", ["/usr/share/doc/zlib1g/copyright"]),
    ("liblzma (XZ Utils)", ["/usr/share/doc/liblzma5/copyright"]),
    ("The Swift runtime and Foundation", [str(p) for p in Path("/opt/swift/usr/share/swift").glob("LICENSE.txt")]),
    ("swift-argument-parser", [str(ROOT / ".build-wheel/checkouts/swift-argument-parser/LICENSE.txt")]),
    # The tables of core script handles per release are data read from WordPress's script-loader.php.
    ("WordPress (the core script handle tables)", [str(ROOT / "LICENSES/WordPress.txt")]),
]


def third_party_notices() -> bytes:
    parts = ["scriptlint's binary includes the following software, each under its own licence.\n"]
    for name, candidates in THIRD_PARTY:
        found = next((Path(c) for c in candidates if Path(c).is_file()), None)
        if found is None:
            raise SystemExit(f"wheel.py: the licence of {name} is missing (looked in {candidates or 'nothing found'})")
        parts.append(f"\n{'=' * 78}\n{name}\n{'=' * 78}\n\n{found.read_text(encoding='utf-8', errors='replace')}")
    return "".join(parts).encode()


def binary_wheel(binary: Path, tag: str, out_dir: Path) -> Path:
    """The scriptlint wheel: the Python launcher package with the release binary inside it."""
    version = package_version()
    package = ROOT / "python" / "scriptlint"
    files = {f"scriptlint/{p.name}": (p.read_bytes(), 0o644) for p in sorted(package.glob("*.py"))}
    files["scriptlint/bin/scriptlint"] = (binary.read_bytes(), 0o755)
    if tag.startswith("py3-none-manylinux") or tag.startswith("py3-none-linux"):
        dist = f"scriptlint-{version}.dist-info"
        files[f"{dist}/THIRD_PARTY_NOTICES"] = (third_party_notices(), 0o644)
    readme = (ROOT / "python" / "README.md").read_text(encoding="utf-8")
    return write_wheel(out_dir, "scriptlint", version, tag, files,
                       entry_points="[console_scripts]\nscriptlint = scriptlint.__main__:main\n",
                       description=readme, licence=(ROOT / "LICENSE").read_bytes())


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--version":
        print(package_version())
    elif len(sys.argv) == 4:
        print(binary_wheel(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])))
    else:
        raise SystemExit("usage: python3 python/wheel.py BINARY PLATFORM-TAG OUT-DIR | --version")
