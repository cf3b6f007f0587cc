#!/usr/bin/env bash
# The action's first step: the scriptlint wheel into a virtual environment of its own under
# RUNNER_TEMP (the action's own version from PyPI, another version, or a wheel file).
set -euo pipefail
: "${RUNNER_TEMP:?}" "${GITHUB_ACTION_PATH:?}" "${GITHUB_OUTPUT:?}"
python=$(command -v python3 || command -v python || true)
if [ -z "$python" ]; then
    echo "::error title=scriptlint::Python 3 is needed to install scriptlint (add actions/setup-python before this step)"
    exit 2
fi
requirement=${SCRIPTLINT_VERSION:-}
if [ -z "$requirement" ]; then
    requirement="scriptlint==$("$python" "$GITHUB_ACTION_PATH/python/wheel.py" --version)"
elif [ -f "$requirement" ]; then
    requirement=$(cd "$(dirname "$requirement")" && pwd)/$(basename "$requirement")
else
    requirement="scriptlint==${requirement#v}"
fi
venv="$RUNNER_TEMP/scriptlint-venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$requirement"
"$venv/bin/scriptlint" --version
echo "bin=$venv/bin/scriptlint" >> "$GITHUB_OUTPUT"
