"""PEP 517 backend for pyproject.toml at the repository root: the package that pre-commit's
`language: python` hook installs with `pip install .`. It holds no code; it depends on the scriptlint
wheel of the same version, which carries the binary, so pre-commit never needs Swift. Standard
library only (pyproject.toml's build-system requires nothing), so installing it downloads nothing but
the wheel."""

from pathlib import Path

import wheel

NAME = "scriptlint-pre-commit"
DESCRIPTION = ("The pre-commit hook `scriptlint-py`: installs the scriptlint wheel of the same version. "
               "Use the `scriptlint` package itself everywhere else.")


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    version = wheel.package_version()
    path = wheel.write_wheel(Path(wheel_directory), NAME, version, "py3-none-any", {},
                             requires=[f"scriptlint=={version}"], description=DESCRIPTION,
                             licence=(wheel.ROOT / "LICENSE").read_bytes())
    return path.name


build_editable = build_wheel
