#!/usr/bin/env python3
"""Checks the dashboard in a real browser: headless Chromium driven over the DevTools protocol
(Python's standard library only: the WebSocket client is the few lines below).

    python3 tools/browser_check.py http://127.0.0.1:8080/ .build/dashboard.png

Loads the page, waits until it says it is ready, checks that the timeline, the network, the map
and the events table drew the store's events (elements in the DOM, not only HTTP 200), that the
hostile fixture text ("<script>…") shows as text and never ran, clicks an event and checks that
its evidence shows with the trigger marked, reviews it (with the token in ATALAYA_TOKEN, when
set), and saves a screenshot. Exit status 1 on a failed check.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

CHROMIUM = os.environ.get("CHROMIUM", "chromium")


class DevTools:
    """A minimal WebSocket client (RFC 6455, text frames, masked as a client must) for one page."""

    def __init__(self, ws_url):
        host_port, path = ws_url[len("ws://"):].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(1)
        if b" 101 " not in response.split(b"\r\n")[0]:
            raise RuntimeError("no WebSocket upgrade: " + response.decode(errors="replace"))
        self.next_id = 0

    def _send(self, text):
        data = text.encode()
        header = bytes([0x81])
        n = len(data)
        header += bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + n.to_bytes(2, "big") if n < 65536 \
            else bytes([0x80 | 127]) + n.to_bytes(8, "big")
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _exact(self, n):
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise RuntimeError("DevTools closed the connection")
            out += chunk
        return out

    def _receive(self):
        message = b""
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = int.from_bytes(self._exact(2), "big")
            elif n == 127:
                n = int.from_bytes(self._exact(8), "big")
            message += self._exact(n)
            if b0 & 0x80:
                return message.decode()

    def call(self, method, **params):
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            reply = json.loads(self._receive())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, seconds=20):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(0.2)
        return False


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(url, screenshot):
    port = free_port()
    profile = tempfile.mkdtemp(prefix="atalaya-chromium-")
    browser = subprocess.Popen([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                f"--remote-debugging-port={port}", f"--user-data-dir={profile}", "--window-size=1300,1500",
                                "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []

    def check(name, ok):
        print(("ok   " if ok else "FAIL ") + name)
        if not ok:
            failures.append(name)

    try:
        for _ in range(100):
            try:
                pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2))
                page = next(p for p in pages if p.get("type") == "page")
                break
            except Exception:
                time.sleep(0.2)
        else:
            raise RuntimeError("Chromium did not start")
        tab = DevTools(page["webSocketDebuggerUrl"])
        tab.call("Page.enable")
        tab.call("Page.navigate", url=url)
        check("the page says it is ready", tab.wait_for("document.body && document.body.dataset.ready === 'true'"))
        check("the timeline draws bars", tab.evaluate("document.querySelectorAll('#timeline rect').length") > 0)
        check("the network draws actors and dyads", tab.evaluate(
            "document.querySelectorAll('#network circle').length > 1 && document.querySelectorAll('#network line').length > 0"))
        check("the map draws countries and places", tab.evaluate(
            "document.querySelectorAll('#map path.country').length > 100 && document.querySelectorAll('#map circle.place').length > 0"))
        rows = tab.evaluate("document.querySelectorAll('#events tbody tr[data-id]').length")
        check(f"the table lists events ({rows})", rows > 0)
        check("the summary counts the store", "events" in (tab.evaluate("document.getElementById('summary').textContent") or ""))
        # The hostile fixture: its event's evidence holds "<script>…" as text, and the script never ran.
        clicked = tab.evaluate("""(() => {
            const row = [...document.querySelectorAll('#events tbody tr[data-id]')].find(r => r.children[1].textContent === 'FRA')
              || document.querySelector('#events tbody tr[data-id]');
            row.click();
            return row.children[4].textContent;
        })()""")
        check(f"an event can be clicked ({clicked})", bool(clicked))
        check("its evidence shows, trigger marked", tab.wait_for(
            "document.querySelector('#evidence mark.trigger') !== null && !document.getElementById('evidence-view').hidden"))
        evidence = tab.evaluate("document.getElementById('evidence').textContent") or ""
        check("the hostile document's event is the one shown", "FRA" in evidence)
        check("hostile text shows as text", "<script>" in evidence)
        check("no script from the store ran", tab.evaluate("window.pwned === undefined"))
        check("no element came from the store's text", tab.evaluate("document.querySelectorAll('#evidence script, #events script').length === 0"))
        # A review, with the token the test server was started with.
        token = os.environ.get("ATALAYA_TOKEN")
        if token:
            tab.evaluate(f"document.getElementById('token').value = {json.dumps(token)}")
            tab.evaluate("[...document.querySelectorAll('#evidence form.review button')].find(b => b.textContent === 'Right').click()")
            check("a review is saved", tab.wait_for("(document.querySelector('#evidence .review-status') || {}).textContent?.startsWith('saved')"))
        shot = tab.call("Page.captureScreenshot", format="png")
        os.makedirs(os.path.dirname(screenshot) or ".", exist_ok=True)
        with open(screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        print("screenshot: " + screenshot)
    finally:
        browser.terminate()
        browser.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)
    if failures:
        print(f"browser check: {len(failures)} failed")
        return 1
    print("browser check: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
