"""Headless Chromium driven over the DevTools protocol, for the browser checks: one helper to start
it (a throwaway profile, no background traffic) and one client for its page target."""
import json
import socket
import subprocess
import time
import urllib.request

import websocket


class CDP:
    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30)
        self.next_id = 0
        self.events = []
        self.loaded = False

    def _note(self, msg):
        if msg.get("method") == "Page.loadEventFired":
            self.loaded = True
        self.events.append(msg)

    def call(self, method, **params):
        """The whole response message (its `result`, or its `error`)."""
        self.next_id += 1
        my = self.next_id
        self.ws.send(json.dumps({"id": my, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my:
                return msg
            self._note(msg)

    def wait_load(self, timeout=10):
        end = time.time() + timeout
        while not self.loaded and time.time() < end:
            self._note(json.loads(self.ws.recv()))

    def settle(self, seconds=1.5):
        """Collects events for a while."""
        self.ws.settimeout(0.2)
        end = time.time() + seconds
        while time.time() < end:
            try:
                self._note(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                pass
        self.ws.settimeout(30)

    def value(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return r.get("result", {}).get("result", {}).get("value")


def start(chromium, profile, extra=()):
    """Starts headless Chromium; returns the process and a client for its page."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={port}",
                             "--no-first-run", "--disable-background-networking", "--disable-extensions",
                             "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", *extra, "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    targets = None
    for _ in range(200):
        try:
            targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
            break
        except Exception:
            time.sleep(0.1)
    if not targets:
        proc.kill()
        raise RuntimeError("Chromium did not start (no DevTools endpoint)")
    return proc, CDP(next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page"))
