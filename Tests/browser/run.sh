#!/usr/bin/env bash
# Blocking against a real browser: installs Debian's chromium if missing, serves Fixtures/ and
# generated pages from 127.0.0.1 only, loads each headless, and compares Chrome's own
# classification of every script request with scriptlint's findings. Usage: Tests/browser/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
python3 -c "import websocket" 2>/dev/null || python3 -m pip install --quiet websocket-client
python3 -c "import html5lib" 2>/dev/null || python3 -m pip install --quiet html5lib
swift build --product scriptlint 2>&1 | tail -n 1
pages=$(mktemp -d)
python3 Tests/differential/html5lib_diff.py --scriptlint .build/debug/scriptlint --pages 60 --seed 7 --keep "$pages/generated" >/dev/null
python3 Tests/browser/browser_check.py --scriptlint .build/debug/scriptlint --chromium "$(command -v chromium)" Fixtures "$pages/generated"
