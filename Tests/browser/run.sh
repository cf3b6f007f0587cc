#!/usr/bin/env bash
# Checks against a real browser (Debian's chromium, installed if missing), every page served from
# 127.0.0.1 only. Usage: Tests/browser/run.sh [blocking|dom|report|all]
#   blocking  Chrome's own classification of each script request (render-blocking, parser-blocking)
#             and the first paint, against scriptlint's findings (browser_check.py)
#   dom       where each script element lands in Chrome's DOM — namespace, head or body, template
#             contents, declarative shadow roots — against the script model (dom_check.py), over
#             the html5lib-tests inputs with a marked script spliced in and hand-written cases
#   report    the HTML report opened from file:// (report_check.py): no request, no error or CSP
#             violation, no dialog from hostile pages; its script filters and folds; dark, 360 px
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-all}
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
python3 -c "import websocket" 2>/dev/null || python3 -m pip install --quiet websocket-client
python3 -c "import html5lib" 2>/dev/null || python3 -m pip install --quiet html5lib
swift build --product scriptlint 2>&1 | tail -n 1
status=0
if [ "$mode" = blocking ] || [ "$mode" = all ]; then
    pages=$(mktemp -d)
    python3 Tests/differential/html5lib_diff.py --scriptlint .build/debug/scriptlint --pages 60 --seed 7 --keep "$pages/generated" >/dev/null
    python3 Tests/browser/browser_check.py --scriptlint .build/debug/scriptlint --chromium "$(command -v chromium)" Fixtures "$pages/generated" || status=1
fi
if [ "$mode" = dom ] || [ "$mode" = all ]; then
    python3 Tests/browser/dom_check.py --scriptlint .build/debug/scriptlint --chromium "$(command -v chromium)" --points 3 || status=1
fi
if [ "$mode" = report ] || [ "$mode" = all ]; then
    python3 Tests/browser/report_check.py --scriptlint .build/debug/scriptlint --chromium "$(command -v chromium)" || status=1
fi
exit $status
