"""scriptlint, installed from a wheel: the release binary is scriptlint/bin/scriptlint, and the
`scriptlint` command (scriptlint.__main__:main) replaces itself with it."""

from pathlib import Path


def binary_path() -> str:
    """Where the wheel's native scriptlint binary is."""
    return str(Path(__file__).resolve().parent / "bin" / "scriptlint")
