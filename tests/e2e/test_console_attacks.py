"""The console against an attacker, over real HTTP: the app served by waitress on loopback, as
`maild web` serves it, attacked with the standard library's HTTP client.

Password guessing is throttled (429 with Retry-After after a few failures, every failure audited);
a cookie saved before logout, or held by an operator since removed, opens nothing; the cookies are
HttpOnly, SameSite=Strict, and Secure when the request came over TLS through the trusted proxy
(never because an untrusted client says so); no response names the server or the framework; and
`maild web` itself is waitress.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from consoles import PASSWORD, SECRET, TEMPLATE, UNKNOWN, Deployment, serve
from maild.adapters.db_schema import Audit
from maild.interfaces.cli import main
from maild.interfaces.web import add_user, users_path


class Browser:
    """A minimal HTTP client that keeps cookies by name, as an attacker's script would."""

    def __init__(self, base: str, headers: dict[str, str] | None = None) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.cookies: dict[str, str] = {}
        self.headers = headers or {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, list[str]], str]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        body = "&".join(f"{k}={_quote(v)}" for k, v in (form or {}).items()) if form is not None else None
        sent = {**self.headers, **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=sent)
        resp = conn.getresponse()
        text = resp.read().decode("utf-8", "replace")
        got: dict[str, list[str]] = {}
        for name, value in resp.getheaders():
            got.setdefault(name.lower(), []).append(value)
        for cookie in got.get("set-cookie", []):
            name, _, rest = cookie.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        conn.close()
        return resp.status, got, text

    def csrf(self, path: str = "/login") -> str:
        _, _, page = self.request("GET", path)
        found = re.search(r'name="csrf" value="([^"]+)"', page)
        assert found, page[:300]
        return found.group(1)

    def login(self, name: str = "asha", password: str = PASSWORD) -> int:
        status, _, _ = self.request("POST", "/login", {"csrf": self.csrf(), "name": name, "password": password})
        return status


def _quote(value: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(value)


@pytest.fixture()
def deployment(tmp_path: Path) -> Deployment:
    return Deployment(tmp_path, (UNKNOWN, TEMPLATE))


@pytest.fixture()
def base(deployment: Deployment) -> Iterator[str]:
    with serve(deployment.app()) as url:
        yield url


def test_password_guessing_is_throttled_and_every_failure_audited(deployment: Deployment, base: str) -> None:
    attacker = Browser(base)
    started = time.monotonic()
    answers = [attacker.request("POST", "/login", {"csrf": attacker.csrf(), "name": "asha",
                                                   "password": f"guess-{i}"}) for i in range(60)]
    elapsed = time.monotonic() - started
    statuses = [status for status, _, _ in answers]
    assert statuses[:3] == [401, 401, 401] and set(statuses[3:]) == {429}
    assert all(int(headers["retry-after"][0]) >= 1 for _, headers, _ in answers[3:])
    assert all("too many failed logins" in page for _, _, page in answers[3:])
    assert elapsed < 30, "refused at once: the server does not sleep on a thread per attempt"
    assert attacker.login(password=PASSWORD) == 429  # not even the right password, while the wait lasts
    with deployment.service.store.session() as s:
        failed = list(s.scalars(select(Audit).where(Audit.event == "login_failed")))
        assert len(failed) == 3 and {a.detail["client"] for a in failed} == {"127.0.0.1"}
        assert s.scalar(select(func.count()).select_from(Audit).where(Audit.event == "operator_login")) == 0
    deployment.clock.advance(seconds=1)
    assert attacker.login() == 302  # once the wait is over, the operator gets in


def test_a_cookie_saved_before_logout_opens_nothing(deployment: Deployment, base: str) -> None:
    operator = Browser(base)
    assert operator.login() == 302
    ref = deployment.ref("mailbox quota")
    token = operator.csrf(f"/case/{ref}")
    saved = dict(operator.cookies)
    attachment = deployment.service.review.show(deployment.ref("Pune", status="waiting"))["mails"][0]
    assert operator.request("GET", f"/attachment/{attachment['attachments'][0]['id']}")[0] == 200
    status, headers, _ = operator.request("POST", "/logout", {"csrf": token})
    assert status == 302
    thief = Browser(base)
    thief.cookies = saved  # the cookie as it was before logout
    for path in ("/queue", f"/case/{ref}", "/stats", "/account"):
        status, headers, _ = thief.request("GET", path)
        assert status == 302 and headers["location"][0].startswith("/login"), path
    assert thief.request("GET", f"/attachment/{attachment['attachments'][0]['id']}")[0] == 401
    thief.cookies = dict(saved)
    status, _, _ = thief.request("POST", f"/case/{ref}/decide", {"csrf": token, "request_type": "password_reset"})
    assert status == 302 and deployment.service.review.show(ref)["status"] == "review"


def test_a_removed_operator_is_out_at_once_whatever_cookie_they_hold(deployment: Deployment, base: str) -> None:
    add_user(users_path(deployment.settings), "ravi", "ravi's long password")
    ravi = Browser(base)
    assert ravi.login("ravi", "ravi's long password") == 302
    assert ravi.request("GET", "/queue")[0] == 200
    assert main(["web", "removeuser", "ravi", "--config", str(deployment.config)]) == 0
    status, headers, _ = ravi.request("GET", "/queue")
    assert status == 302 and headers["location"][0].startswith("/login")
    assert ravi.login("ravi", "ravi's long password") == 401


def test_cookies_are_httponly_strict_and_secure_only_over_tls_from_the_trusted_proxy(deployment: Deployment) -> None:
    app = deployment.app()
    for trusted, secure in (("", False), ("127.0.0.1", True)):
        with serve(app, trusted_proxy=trusted) as url:
            client = Browser(url, headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"})
            token = client.csrf()
            _, headers, _ = client.request("POST", "/login", {"csrf": token, "name": "asha", "password": PASSWORD})
            cookies = headers["set-cookie"]
            assert {c.split("=", 1)[0] for c in cookies} == {"maild_session", "maild_device"}
            for cookie in cookies:
                assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
                assert ("; Secure" in cookie) is secure, (trusted, cookie)
            assert ("strict-transport-security" in headers) is secure
    with deployment.service.store.session() as s:  # the client's address, as the trusted proxy gave it
        clients = [a.detail["client"] for a in s.scalars(select(Audit).where(Audit.event == "operator_login"))]
    assert clients == ["127.0.0.1", "203.0.113.9"]


def test_no_response_names_the_server_or_the_framework(deployment: Deployment, base: str) -> None:
    client = Browser(base)
    answers = [client.request("GET", "/login"), client.request("GET", "/no/such/page"),
               client.request("POST", "/login", {"name": "x"}), client.request("GET", "/queue")]
    assert client.login() == 302
    answers += [client.request("GET", "/case/SS-2026-999999"), client.request("GET", "/attachment/99999")]
    for status, headers, page in answers:
        assert "server" not in headers and "x-powered-by" not in headers, headers
        assert not re.search(r"werkzeug|waitress|flask|python", page, re.IGNORECASE), (status, page[:200])
    host, port = urlsplit(base).hostname, urlsplit(base).port
    with socket.create_connection((host, port), timeout=5) as raw:  # a request waitress itself refuses
        raw.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n")
        reply = raw.recv(4096).decode("latin-1")
    assert reply.startswith("HTTP/1.1 400") and "waitress" not in reply.lower() and "\r\nServer:" not in reply


def test_maild_web_serves_the_console_with_waitress(deployment: Deployment) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "MAILD_WEB_SECRET": SECRET, "MAILD_WEB_PORT": str(port)}
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from maild.interfaces.cli import main; "
                             "sys.exit(main())", "web", "--config", str(deployment.config)],
                            env=env, stderr=subprocess.PIPE, text=True, cwd=deployment.tmp)
    try:
        client = Browser(f"http://127.0.0.1:{port}")
        for _ in range(100):
            try:
                status, headers, page = client.request("GET", "/login")
                break
            except ConnectionRefusedError:
                time.sleep(0.1)
        assert status == 200 and 'name="csrf"' in page and "server" not in headers
        assert client.login() == 302 and client.request("GET", "/queue")[0] == 200
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert f"serving on http://127.0.0.1:{port}/" in err
    assert "WARNING: This is a development server" not in err
