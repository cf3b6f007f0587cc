#!/usr/bin/env python3
"""The HTML report in a real browser (headless Chromium over the DevTools protocol), opened from a
file:// URL as a CI artifact would be:

- it makes no request but for itself, logs no error and no CSP violation, opens no dialog (the
  linted pages hold `</script><img src=x onerror=alert(1)>` in comments, attributes, script text,
  template text and a file name);
- its script runs (the inline script is allowed by its hash): the controls appear, filtering by
  severity hides exactly the error rows, folding hides a page's body;
- in the dark scheme and at 360 CSS pixels wide it still lays out (no horizontal overflow of the
  page itself; only the drawing and tables scroll within their boxes).

Usage: report_check.py --scriptlint PATH --chromium PATH
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import cdp as cdp_client

PAYLOAD = "</script><img src=x onerror=alert(1)>"


def hostile_pages(folder):
    os.makedirs(os.path.join(folder, "x<"), exist_ok=True)
    with open(os.path.join(folder, "x<", "script><img src=x onerror=alert(1)>.html"), "w") as f:
        f.write(f"""<!DOCTYPE html><html><head><!-- {PAYLOAD} --><title>{PAYLOAD}</title>
<script src="https://cdn.example/{PAYLOAD.replace('"', '')}"></script>
<script src="/a.js" async defer data-x='"><svg onload=alert(2)>'></script>
<link rel=stylesheet href="x.css"><script>document.write("{PAYLOAD}")</script>
</head><body><p>\u202eevil\u202c</p><script src="/b.js"></script><p>more</p></body></html>""")
    with open(os.path.join(folder, "t.html.twig"), "w") as f:
        f.write("<!doctype html><html><head><script src=\"{{ asset('</script><img src=x onerror=alert(4)>') }}\"></script></head><body>x</body></html>")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scriptlint", required=True)
    ap.add_argument("--chromium", required=True)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="scriptlint-report-")
    hostile_pages(os.path.join(tmp, "site"))
    report = os.path.join(tmp, "report.html")
    here = os.path.dirname(os.path.abspath(__file__))
    fixtures = os.path.join(here, "..", "..", "Fixtures")
    subprocess.run([args.scriptlint, "--format", "html", "--output", report, os.path.join(tmp, "site"), fixtures], check=False)
    chrome, cdp = cdp_client.start(args.chromium, f"{tmp}/profile")
    problems = []
    try:
        for domain in ("Page", "Runtime", "Log", "Network"):
            cdp.call(f"{domain}.enable")
        url = "file://" + report
        cdp.call("Page.navigate", url=url)
        cdp.settle(3)
        for e in cdp.events:
            m = e.get("method")
            if m == "Network.requestWillBeSent" and e["params"]["request"]["url"] != url:
                problems.append("a request: " + e["params"]["request"]["url"][:120])
            if m == "Page.javascriptDialogOpening":
                problems.append("a dialog opened: " + e["params"].get("message", ""))
                cdp.call("Page.handleJavaScriptDialog", accept=True)
            if m == "Log.entryAdded" and e["params"]["entry"]["level"] in ("error", "warning"):
                problems.append("logged: " + e["params"]["entry"]["text"][:200])
            if m == "Runtime.exceptionThrown":
                problems.append("an exception: " + json.dumps(e["params"]["exceptionDetails"])[:200])
            if m == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "warning"):
                problems.append("console: " + json.dumps(e["params"]["args"])[:200])
        if cdp.value("document.getElementById('controls').hidden") is not False:
            problems.append("the script did not run: the controls are still hidden")
        pages = cdp.value("document.querySelectorAll('section.page').length")
        buttons = cdp.value("document.querySelectorAll('section.page button.fold').length")
        if not pages or pages != buttons:
            problems.append(f"{pages} pages, {buttons} fold buttons")
        errors = cdp.value("document.querySelectorAll('tr.finding[data-severity=error]').length")
        hidden = cdp.value("""(() => { const c = document.getElementById('f-error'); c.checked = false;
            c.dispatchEvent(new Event('change')); return [...document.querySelectorAll('tr.finding')].filter(r => r.hidden).length; })()""")
        if not errors or hidden != errors:
            problems.append(f"unchecking errors hid {hidden} rows, there are {errors} error rows")
        folded = cdp.value("""(() => { const p = document.querySelector('section.page'); p.querySelector('button.fold').click();
            return getComputedStyle(p.querySelector('.page-body')).display; })()""")
        if folded != "none":
            problems.append(f"a folded page's body is displayed as {folded}")
        if cdp.value("document.querySelectorAll('img, iframe, object, embed').length") != 0:
            problems.append("the DOM holds an img, iframe, object or embed")
        # Dark scheme, 360 CSS pixels wide.
        cdp.call("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": "dark"}])
        cdp.call("Emulation.setDeviceMetricsOverride", width=360, height=800, deviceScaleFactor=1, mobile=True)
        cdp.settle(0.5)
        bg = cdp.value("getComputedStyle(document.body).backgroundColor")
        if bg != "rgb(18, 18, 18)":
            problems.append(f"dark scheme background is {bg}")
        overflow = cdp.value("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow is None or overflow > 0:
            problems.append(f"at 360 px the page overflows sideways by {overflow} px")
        shot = cdp.call("Page.captureScreenshot", format="png").get("result", {})
        if shot.get("data"):
            import base64
            open(os.path.join(tmp, "report-360-dark.png"), "wb").write(base64.b64decode(shot["data"]))
    finally:
        chrome.kill()
    print(f"report check (Chromium): {report}: {len(problems)} problems")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
