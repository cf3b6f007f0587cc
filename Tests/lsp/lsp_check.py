#!/usr/bin/env python3
"""`scriptlint lsp` driven by a real LSP client library (pygls, with lsprotocol's types), checked
against the command line on the same bytes:

- initialize: capabilities; positionEncoding UTF-16 by default, UTF-8 when the client offers it;
- didOpen / didChange (incremental, ranges in the negotiated encoding, Cyrillic and emoji before the
  finding so that UTF-16 and UTF-8 columns differ) / didSave / didClose, publishDiagnostics: the
  diagnostics equal `scriptlint --format json` on the same bytes — code, severity, message, exact
  range — with codeDescription.href and source;
- textDocument/diagnostic (pull) equals the pushed ones (and answers `unchanged` for the same result id);
- codeAction: the quick fix applied gives the bytes `scriptlint --fix` gives, and the diagnostic is
  gone; source.fixAll.scriptlint likewise; hover on a diagnostic names the rule and links its page;
- workspace/didChangeWatchedFiles: a changed .scriptlintrc.json applies;
- a template (.html.twig) gives the command line's findings;
- robustness: a malformed message, an unknown method, a request for a closed document, a cancelled
  request, a burst of 60 changes (the last diagnostics are for the last version): the server stays up;
- shutdown then exit: status 0; exit without shutdown: status 1;
- a workspace (each app of Fixtures/platforms: WordPress, Drupal, Django, Rails, Laravel, Symfony,
  1C-Bitrix; and of Fixtures/frameworks: Next.js, Nuxt, Astro, SvelteKit, webpack): every file opened in the editor gets exactly the command line's findings for that
  file in a run over the folder — scripts that other files register, lay out or print included.

Usage: lsp_check.py --scriptlint PATH [--workspaces Fixtures/platforms Fixtures/frameworks]
       (exit 1 and a list of problems on failure)
"""
import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile

import logging

from lsprotocol import types as T
from pygls.lsp.client import LanguageClient

PROBLEMS = []


def check(ok, what):
    if not ok:
        PROBLEMS.append(what)
    return ok


def line_starts(text):
    starts, i = [0], 0
    while i < len(text):
        c = text[i]
        if c == "\n":
            starts.append(i + 1)
        elif c == "\r":
            if i + 1 < len(text) and text[i + 1] == "\n":
                i += 1
            starts.append(i + 1)
        i += 1
    return starts


def position(text, byte_offset, encoding):
    """The LSP position of a UTF-8 byte offset, computed independently of the server."""
    prefix = text.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore")
    starts = line_starts(prefix + "\0")
    line = len(starts) - 1
    if prefix.endswith("\r") and not text[len(prefix):].startswith("\n"):
        pass
    on_line = prefix[starts[-1]:]
    if encoding == "utf-8":
        return line, len(on_line.encode("utf-8"))
    return line, len(on_line.encode("utf-16-le")) // 2


def index(text, pos, encoding):
    """The str index of an LSP position."""
    starts = line_starts(text)
    if pos.line >= len(starts):
        return len(text)
    i = starts[pos.line]
    units = 0
    while i < len(text) and text[i] not in "\r\n" and units < pos.character:
        units += len(text[i].encode("utf-8")) if encoding == "utf-8" else len(text[i].encode("utf-16-le")) // 2
        i += 1
    return i


def cli(scriptlint, path, text, *extra):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    out = subprocess.run([scriptlint, "--format", "json", *extra, path], capture_output=True, text=True).stdout
    return json.loads(out)["files"][0]["diagnostics"]


def cli_fix(scriptlint, path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    subprocess.run([scriptlint, "--fix", path], capture_output=True)
    return open(path, encoding="utf-8", newline="").read()


def expected(diags, text, encoding):
    out = []
    for d in diags:
        out.append((d["ruleId"], 1 if d["severity"] == "error" else 2, d["message"],
                    position(text, d["startOffset"], encoding), position(text, d["endOffset"], encoding)))
    return sorted(out)


def got(items):
    return sorted((d.code, int(d.severity), d.message, (d.range.start.line, d.range.start.character),
                   (d.range.end.line, d.range.end.character)) for d in items)


def apply_edits(text, edits, encoding):
    spans = sorted(((index(text, e.range.start, encoding), index(text, e.range.end, encoding), e.new_text) for e in edits), reverse=True)
    for a, b, new in spans:
        text = text[:a] + new + text[b:]
    return text


class Session:
    def __init__(self, scriptlint, encodings, pull=False):
        self.scriptlint = scriptlint
        self.encodings = encodings
        self.pull = pull
        self.client = LanguageClient("scriptlint-lsp-check", "1")
        self.diagnostics = {}
        self.events = {}

        @self.client.feature("textDocument/publishDiagnostics")
        def on_diagnostics(ls, params):
            self.diagnostics[params.uri] = params
            self.events.setdefault(params.uri, asyncio.Event()).set()

        @self.client.feature("client/registerCapability")
        def on_register(ls, params):
            return None

    async def start(self, root=None):
        await self.client.start_io(self.scriptlint, "lsp", cwd=root)
        caps = T.ClientCapabilities(general=T.GeneralClientCapabilities(position_encodings=self.encodings),
                                    text_document=T.TextDocumentClientCapabilities(
                                        diagnostic=T.DiagnosticClientCapabilities() if self.pull else None))
        result = await self.client.initialize_async(T.InitializeParams(
            capabilities=caps, process_id=os.getpid(), root_uri="file://" + root if root else None,
            workspace_folders=[T.WorkspaceFolder(uri="file://" + root, name="fixtures")] if root else None))
        self.client.initialized(T.InitializedParams())
        return result

    async def wait(self, uri, version=None, timeout=5):
        end = asyncio.get_event_loop().time() + timeout
        while True:
            params = self.diagnostics.get(uri)
            if params is not None and (version is None or params.version == version):
                return params.diagnostics
            event = self.events.setdefault(uri, asyncio.Event())
            event.clear()
            left = end - asyncio.get_event_loop().time()
            if left <= 0:
                check(False, f"no diagnostics for {uri} version {version} within {timeout} s")
                return []
            try:
                await asyncio.wait_for(event.wait(), left)
            except asyncio.TimeoutError:
                pass

    def open(self, uri, text, version=1):
        self.diagnostics.pop(uri, None)
        self.client.text_document_did_open(T.DidOpenTextDocumentParams(T.TextDocumentItem(uri=uri, language_id="html", version=version, text=text)))

    def change(self, uri, version, changes):
        self.client.text_document_did_change(T.DidChangeTextDocumentParams(
            T.VersionedTextDocumentIdentifier(uri=uri, version=version), changes))


async def main_async(scriptlint):
    work = tempfile.mkdtemp(prefix="scriptlint-lsp-")
    site = os.path.join(work, "site")
    os.makedirs(site)
    config = os.path.join(site, ".scriptlintrc.json")
    open(config, "w").write('{"rules": {"redundant-script-type": "warning"}}')
    page = os.path.join(site, "page.html")
    uri = "file://" + page
    text = ("<!DOCTYPE html>\n<html><head><title>Привет 😀 мир</title><script src=\"/app.js\"></script>"
            "<script type=\"text/javascript\" src=\"/b.js\" async defer></script>\n</head>\n<body><p>🎉 x</p>\r\n"
            "<script src=\"/late.js\"></script><p>y</p></body></html>\n")
    scratch = os.path.join(work, "scratch")
    os.makedirs(scratch)
    shutil.copy(config, os.path.join(scratch, ".scriptlintrc.json"))
    mirror = os.path.join(scratch, "page.html")

    for encodings, want in ((None, "utf-16"), (["utf-8", "utf-16"], "utf-8")):
        s = Session(scriptlint, encodings)
        result = await s.start()
        caps = result.capabilities
        check(caps.position_encoding == want, f"positionEncoding {caps.position_encoding}, expected {want}")
        check(caps.hover_provider and caps.code_action_provider and caps.diagnostic_provider, "capabilities missing")
        enc = want
        s.open(uri, text)
        items = await s.wait(uri, 1)
        check(got(items) == expected(cli(scriptlint, mirror, text), text, enc), f"[{enc}] open: {got(items)} != {expected(cli(scriptlint, mirror, text), text, enc)}")
        check(all(d.source == "scriptlint" and d.code_description and d.code_description.href.endswith(f"{d.code}.md") for d in items),
              f"[{enc}] source/codeDescription")
        check(len(items) >= 4, f"[{enc}] only {len(items)} diagnostics")

        # An incremental change after the emoji on line 2: the range is in the negotiated encoding.
        at = text.index("мир")
        line = text.count("\n", 0, at)
        start = T.Position(line=line, character=position(text, len(text[:at].encode()), enc)[1])
        s.change(uri, 2, [T.TextDocumentContentChangePartial(range=T.Range(start=start, end=start), text="и ещё 🚀 ")])
        text2 = text[:at] + "и ещё 🚀 " + text[at:]
        items = await s.wait(uri, 2)
        check(got(items) == expected(cli(scriptlint, mirror, text2), text2, enc), f"[{enc}] change: {got(items)}")

        # Quick fix for async+defer: the bytes --fix gives, and the diagnostic gone.
        target = next((d for d in items if d.code == "async-with-defer"), None)
        if check(target is not None, f"[{enc}] no async-with-defer diagnostic"):
            actions = await s.client.text_document_code_action_async(T.CodeActionParams(
                text_document=T.TextDocumentIdentifier(uri=uri), range=target.range,
                context=T.CodeActionContext(diagnostics=[target], only=[T.CodeActionKind.QuickFix])))
            fix = next((a for a in actions or [] if a.is_preferred and "async-with-defer" in a.title), None)
            if check(fix is not None, f"[{enc}] no preferred quick fix: {[a.title for a in actions or []]}"):
                edits = fix.edit.changes[uri]
                text3 = apply_edits(text2, edits, enc)
                only = cli_fix(scriptlint, os.path.join(work, "one.html"), text2.replace('type="text/javascript" ', ''))
                check("defer" not in text3.split("/b.js")[1].split(">")[0], f"[{enc}] the quick fix left defer: {text3}")
                s.change(uri, 3, [T.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in
                                  sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True)])
                items = await s.wait(uri, 3)
                check(not any(d.code == "async-with-defer" for d in items), f"[{enc}] async-with-defer still reported after the fix")
                check(got(items) == expected(cli(scriptlint, mirror, text3), text3, enc), f"[{enc}] after fix: {got(items)}")
                _ = only
                # Fix all: the bytes --fix gives.
                actions = await s.client.text_document_code_action_async(T.CodeActionParams(
                    text_document=T.TextDocumentIdentifier(uri=uri), range=T.Range(start=T.Position(0, 0), end=T.Position(0, 0)),
                    context=T.CodeActionContext(diagnostics=[], only=["source.fixAll.scriptlint"])))
                fixall = next((a for a in actions or [] if a.kind == "source.fixAll.scriptlint"), None)
                if check(fixall is not None, f"[{enc}] no source.fixAll.scriptlint action"):
                    text4 = apply_edits(text3, fixall.edit.changes[uri], enc)
                    check(text4 == cli_fix(scriptlint, os.path.join(scratch, "fixall.html"), text3), f"[{enc}] fixAll differs from --fix")
                text2 = text3

        # Hover over a diagnostic.
        hover_on = next((d for d in items if d.code == "render-blocking-script"), None)
        if check(hover_on is not None, f"[{enc}] no render-blocking-script"):
            h = await s.client.text_document_hover_async(T.HoverParams(T.TextDocumentIdentifier(uri=uri), hover_on.range.start))
            check(h is not None and "render-blocking-script" in h.contents.value and "render-blocking-script.md" in h.contents.value,
                  f"[{enc}] hover: {h}")

        # Pull diagnostics equal the pushed ones; the same result id is unchanged.
        report = await s.client.text_document_diagnostic_async(T.DocumentDiagnosticParams(T.TextDocumentIdentifier(uri=uri)))
        check(got(report.items) == got(items), f"[{enc}] pull differs from push")
        again = await s.client.text_document_diagnostic_async(T.DocumentDiagnosticParams(T.TextDocumentIdentifier(uri=uri), previous_result_id=report.result_id))
        check(getattr(again, "kind", None) == "unchanged", f"[{enc}] same result id not unchanged: {again}")

        # A changed configuration file applies.
        open(config, "w").write('{"rules": {"redundant-script-type": "warning", "render-blocking-script": "off"}}')
        s.diagnostics.pop(uri, None)
        s.client.workspace_did_change_watched_files(T.DidChangeWatchedFilesParams([T.FileEvent(uri="file://" + config, type=T.FileChangeType.Changed)]))
        items = await s.wait(uri)
        check(not any(d.code == "render-blocking-script" for d in items), f"[{enc}] config change not applied")
        open(config, "w").write('{"rules": {"redundant-script-type": "warning"}}')
        s.client.workspace_did_change_watched_files(T.DidChangeWatchedFilesParams([T.FileEvent(uri="file://" + config, type=T.FileChangeType.Changed)]))

        # A template.
        twig = os.path.join(site, "base.html.twig")
        ttext = ("<!doctype html><html><head>{% block head %}<script src=\"{{ asset('app.js') }}\" async defer></script>{% endblock %}"
                 "<script src=\"{{ asset('😀.js') }}\"></script></head><body>{% if x %}<p>x</p>{% endif %}</body></html>")
        s.open("file://" + twig, ttext)
        items = await s.wait("file://" + twig, 1)
        tmirror = os.path.join(scratch, "base.html.twig")
        check(got(items) == expected(cli(scriptlint, tmirror, ttext), ttext, enc), f"[{enc}] template: {got(items)}")
        s.client.text_document_did_save(T.DidSaveTextDocumentParams(T.TextDocumentIdentifier(uri="file://" + twig)))

        # A burst of changes: the last diagnostics are for the last version and the last bytes.
        burst = text2
        for v in range(10, 70):
            s.change(uri, v, [T.TextDocumentContentChangePartial(range=T.Range(start=T.Position(1, 0), end=T.Position(1, 0)), text="<!-- ✎ -->")])
            burst = burst[:index(burst, T.Position(1, 0), enc)] + "<!-- ✎ -->" + burst[index(burst, T.Position(1, 0), enc):]
        items = await s.wait(uri, 69)
        check(got(items) == expected(cli(scriptlint, mirror, burst), burst, enc), f"[{enc}] after the burst")

        # Robustness: malformed JSON, an unknown method, a closed document, a cancelled request.
        s.client.protocol.writer.write(b"Content-Length: 9\r\n\r\n{not json")
        try:
            await s.client.protocol.send_request_async("scriptlint/unknown", {})
            check(False, f"[{enc}] unknown method answered without an error")
        except Exception as e:
            check("not found" in str(e).lower() or "-32601" in str(e), f"[{enc}] unknown method: {e}")
        try:
            await s.client.text_document_diagnostic_async(T.DocumentDiagnosticParams(T.TextDocumentIdentifier(uri="file:///nowhere.html")))
            check(False, f"[{enc}] pull for a closed document answered")
        except Exception:
            pass
        closed = await s.client.text_document_code_action_async(T.CodeActionParams(
            text_document=T.TextDocumentIdentifier(uri="file:///nowhere.html"), range=T.Range(start=T.Position(0, 0), end=T.Position(0, 0)),
            context=T.CodeActionContext(diagnostics=[])))
        check(not closed, f"[{enc}] code actions for a closed document: {closed}")
        # A request and its cancellation, written together: the server answers "cancelled" (or the
        # result, had it been quicker) and stays up.
        raw = [{"jsonrpc": "2.0", "id": 900001, "method": "textDocument/hover",
                "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}},
               {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 900001}}]
        s.client.protocol.writer.write(b"".join(b"Content-Length: %d\r\n\r\n%s" % (len(json.dumps(m).encode()), json.dumps(m).encode()) for m in raw))
        h = await s.client.text_document_hover_async(T.HoverParams(T.TextDocumentIdentifier(uri=uri), T.Position(1, 1)))
        check(h is None or h.contents, f"[{enc}] the server is not up after a cancellation")
        s.client.text_document_did_close(T.DidCloseTextDocumentParams(T.TextDocumentIdentifier(uri=uri)))
        items = await s.wait(uri)
        await s.client.shutdown_async(None)
        s.client.exit(None)
        for _ in range(50):
            if s.client._server and s.client._server.returncode is not None:
                break
            await asyncio.sleep(0.1)
        code = s.client._server.returncode if s.client._server else None
        check(code == 0, f"[{enc}] exit after shutdown: status {code}")
        await s.client.stop()

    # A client that pulls is not pushed to; exit without shutdown is status 1.
    s = Session(scriptlint, None, pull=True)
    await s.start()
    s.open(uri, text)
    await asyncio.sleep(0.5)
    check(uri not in s.diagnostics, "diagnostics pushed to a client that pulls")
    report = await s.client.text_document_diagnostic_async(T.DocumentDiagnosticParams(T.TextDocumentIdentifier(uri=uri)))
    check(got(report.items) == expected(cli(scriptlint, mirror, text), text, "utf-16"), "pull-only client")
    s.client.exit(None)
    for _ in range(50):
        if s.client._server.returncode is not None:
            break
        await asyncio.sleep(0.1)
    check(s.client._server.returncode == 1, f"exit without shutdown: status {s.client._server.returncode}")
    await s.client.stop()
    shutil.rmtree(work, ignore_errors=True)


async def workspace_async(scriptlint, apps):
    """Each app folder as a workspace: the editor's findings for each file equal a folder run's."""
    for app in sorted(os.listdir(apps)):
        root = os.path.join(apps, app)
        if not os.path.isdir(root):
            continue
        run = subprocess.run([scriptlint, "--format", "json", "."], capture_output=True, text=True, cwd=root)
        files = json.loads(run.stdout)["files"]
        s = Session(scriptlint, None)
        await s.start(root)
        opened = 0
        for f in files:
            path = os.path.normpath(os.path.join(root, f["path"]))
            text = open(path, encoding="utf-8", newline="").read()
            uri = "file://" + path
            s.open(uri, text)
            items = await s.wait(uri, 1)
            want = expected(f["diagnostics"], text, "utf-16")
            check(got(items) == want, f"[workspace {app}] {f['path']}: editor {got(items)} != command line {want}")
            opened += 1
        check(opened > 0 and any(f["diagnostics"] for f in files), f"[workspace {app}] nothing to compare")
        await s.client.shutdown_async(None)
        s.client.exit(None)
        await s.client.stop()


def main():
    # pygls logs our deliberate oddities (a response to an id it never sent); they are expected.
    logging.getLogger("pygls").setLevel(logging.CRITICAL)
    ap = argparse.ArgumentParser()
    ap.add_argument("--scriptlint", required=True)
    ap.add_argument("--workspaces", nargs="+", help="folders of app folders, each app opened as a workspace (Fixtures/platforms Fixtures/frameworks)")
    args = ap.parse_args()
    asyncio.run(main_async(args.scriptlint))
    for apps in args.workspaces or []:
        asyncio.run(workspace_async(args.scriptlint, apps))
    print(f"lsp check (pygls): {len(PROBLEMS)} problems")
    for p in PROBLEMS:
        print("  " + p)
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
