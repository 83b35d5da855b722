"""The browser console at the HTTP level (Flask's test client over a real Maildir, SQLite and file outbox).

Each page and each action, the login and its expiry, CSRF on every POST,
attachment headers, and that nothing is reachable without a login.
"""

from __future__ import annotations

import argparse
import email
import io
import re
import time
from email import policy
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from paths import SHARED
from maild.adapters.inbox_maildir import MaildirInbox, deliver
from maild.adapters.outbox_files import FileSender
from maild import bootstrap
from maild.interfaces.cli_web import register
from maild.config import load_settings
from maild.errors import ConfigError
from maild.interfaces.web import add_user, create_app, load_users, users_path

MAILS = SHARED / "corpus" / "mails"
SECRET = "test-secret-0123456789abcdef"
PASSWORD = "correct horse battery"


class Console:
    """A service filled with three corpus mails, and a Flask app over it."""

    def __init__(self, tmp_path: Path) -> None:
        cfg = tmp_path / "maild.toml"
        cfg.write_text('[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n'
                       '[smtp]\nkind = "file"\n', encoding="utf-8")
        self.tmp = tmp_path
        self.config = cfg
        self.settings = load_settings(cfg, required=True, environ={})
        self.service = bootstrap.worker(self.settings, inbox=MaildirInbox(tmp_path / "mail", name="test"),
                                        sender=FileSender(tmp_path / "outbox"))
        for name in ("034-unknown-mailbox-quota.eml", "006-creation-acl-admin-invalid-dates.eml",
                     "012-creation-certification-letter.eml"):
            deliver(tmp_path / "mail", (MAILS / name).read_bytes(), name)
        self.service.run_pass()
        refs = {r["subject"]: r["ref"] for r in self.queue("")}
        self.unknown = next(ref for subject, ref in refs.items() if "mailbox quota" in subject)
        self.template = next(ref for subject, ref in refs.items() if "Pune" in subject)
        self.certificate = next(ref for subject, ref in refs.items() if "certificate" in subject)
        add_user(users_path(self.settings), "asha", PASSWORD)
        self.app: Flask = create_app(self.settings, lambda: self.service.review, secret=SECRET)
        self.app.testing = True

    def queue(self, status: str) -> list[dict[str, str]]:
        return self.service.review.queue(status=status)

    def outbox(self) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(p.read_bytes(), policy=policy.default)  # type: ignore[misc]
                for p in sorted((self.tmp / "outbox").glob("*.eml"))]


@pytest.fixture()
def console(tmp_path: Path) -> Console:
    return Console(tmp_path)


@pytest.fixture()
def client(console: Console) -> FlaskClient:
    return console.app.test_client()


def csrf_of(client: FlaskClient, path: str = "/login") -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).get_data(as_text=True))
    assert found, path
    return found.group(1)


def login(client: FlaskClient, name: str = "asha", password: str = PASSWORD) -> FlaskClient:
    resp = client.post("/login", data={"csrf": csrf_of(client), "name": name, "password": password})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return client


def attachment_id(console: Console, ref: str) -> int:
    return int(console.service.review.show(ref)["mails"][0]["attachments"][0]["id"])


# --------------------------------------------------------------------------- login and sessions


def test_login_good_sets_a_safe_cookie_and_lands_on_the_queue(client: FlaskClient) -> None:
    resp = client.post("/login?next=/stats",
                       data={"csrf": csrf_of(client), "name": "asha", "password": PASSWORD})
    assert resp.status_code == 302 and resp.headers["Location"] == "/stats"
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Expires=" in cookie
    page = client.get("/queue").get_data(as_text=True)
    assert 'id="operator">asha<' in page


def test_login_bad_password_or_unknown_name_is_refused(client: FlaskClient) -> None:
    for name, password in (("asha", "wrong password"), ("nobody", PASSWORD), ("", "")):
        resp = client.post("/login", data={"csrf": csrf_of(client), "name": name, "password": password})
        assert resp.status_code == 401 and "wrong name or password" in resp.get_data(as_text=True)
    assert client.get("/queue").status_code == 302


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example",
                                    "/\t/evil.example"])
def test_login_next_never_redirects_off_site(client: FlaskClient, target: str) -> None:
    resp = client.post("/login", query_string={"next": target},
                       data={"csrf": csrf_of(client), "name": "asha", "password": PASSWORD})
    assert resp.headers["Location"] == "/queue"


def test_logout_ends_the_session(client: FlaskClient) -> None:
    login(client)
    resp = client.post("/logout", data={"csrf": csrf_of(client, "/queue")})
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")
    assert client.get("/queue").status_code == 302


def test_session_expires_after_session_hours(client: FlaskClient) -> None:
    login(client)
    assert client.get("/queue").status_code == 200
    with client.session_transaction() as sess:
        sess["login_at"] = time.time() - 12.5 * 3600
    resp = client.get("/queue")
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")
    assert client.get("/stats").status_code == 302  # the user was dropped from the session


def test_no_secret_refuses_to_start(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAILD_WEB_SECRET", raising=False)
    with pytest.raises(ConfigError, match="MAILD_WEB_SECRET"):
        create_app(console.settings, lambda: console.service.review)
    monkeypatch.setenv("MAILD_WEB_SECRET", SECRET)
    assert create_app(console.settings, lambda: console.service.review).secret_key == SECRET


# --------------------------------------------------------------------------- anonymous and CSRF


def test_anonymous_requests_are_refused_everywhere(console: Console, client: FlaskClient) -> None:
    att = attachment_id(console, console.template)
    for path in ("/", "/queue", "/queue?status=", f"/case/{console.unknown}", "/stats", "/case/SS-1"):
        resp = client.get(path)
        assert resp.status_code == 302 and resp.headers["Location"].startswith("/login"), path
    resp = client.get(f"/attachment/{att}")
    assert resp.status_code == 401 and b"PK" not in resp.data
    token = csrf_of(client)
    for path in (f"/case/{console.unknown}/decide", f"/case/{console.unknown}/close",
                 f"/case/{console.unknown}/reply", "/logout"):
        resp = client.post(path, data={"csrf": token, "request_type": "password_reset", "message": "x"})
        assert resp.status_code in (302, 400), path
    assert all(m["Auto-Submitted"] for m in console.outbox()), "only maild's own holding replies, no operator's"
    rules = {r.rule for r in console.app.url_map.iter_rules()} if hasattr(console, "app") else set()
    assert not rules or rules <= {"/static/<path:filename>", "/login", "/logout", "/", "/queue", "/case/<ref>",
                                  "/case/<ref>/decide", "/case/<ref>/close", "/case/<ref>/reply",
                                  "/attachment/<int:attachment_id>", "/stats"}, "a new page must be added here"
    assert console.service.review.show(console.unknown)["status"] == "review"


def test_post_without_or_with_a_wrong_csrf_token_is_400(console: Console, client: FlaskClient) -> None:
    assert client.post("/login", data={"name": "asha", "password": PASSWORD}).status_code == 400
    login(client)
    before = len(console.outbox())
    for data in ({"request_type": "password_reset"}, {"request_type": "password_reset", "csrf": "forged"}):
        assert client.post(f"/case/{console.unknown}/decide", data=data).status_code == 400
        assert client.post(f"/case/{console.unknown}/close", data=data).status_code == 400
    assert client.post("/logout", data={}).status_code == 400
    assert len(console.outbox()) == before
    assert client.get("/queue").status_code == 200  # still logged in


def test_every_page_sends_the_security_headers(client: FlaskClient) -> None:
    login(client)
    for path in ("/login", "/queue", "/stats"):
        headers = client.get(path).headers
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"


# --------------------------------------------------------------------------- pages


def test_queue_lists_the_review_cases_and_filters(console: Console, client: FlaskClient) -> None:
    login(client)
    page = client.get("/queue").get_data(as_text=True)
    assert console.unknown in page and console.certificate in page and console.template not in page
    assert "the request type could not be told" in page
    page = client.get("/queue?status=waiting").get_data(as_text=True)
    assert console.template in page and console.unknown not in page
    page = client.get("/queue?status=&type=sso_creation").get_data(as_text=True)
    assert console.template in page and console.certificate in page and console.unknown not in page
    page = client.get("/queue?status=review&type=password_reset").get_data(as_text=True)
    assert "No case matches" in page
    assert "<script" not in page


def test_case_page_shows_mail_verdict_reasons_attachments_replies_audit(console: Console,
                                                                       client: FlaskClient) -> None:
    login(client)
    page = client.get(f"/case/{console.template}").get_data(as_text=True)
    assert "Creation of SSO IDs" in page and "acladmin.pune1@icegate.gov.in" in page
    assert "a shared office mailbox" in page and "request what is missing" in page
    assert "role word" in page  # a reason
    assert "SSO creation template - CGST Pune-I.xlsx" in page and "/attachment/" in page
    grid = page[page.index('class="template-errors"'):]
    grid = grid[:grid.index("</table>")]
    assert "Date of Birth" in grid and "Date of Joining CBIC" in grid
    assert re.search(r'<th class="num">5</th>\s*<td class="bad">not a valid date', grid)
    assert "Details required" in page  # the reply sent
    assert 'class="actor">maild<' in page and "reply_sent" in page
    assert 'id="decide-form"' in page and 'id="close-form"' in page


def test_case_page_of_an_unknown_case_is_404(client: FlaskClient) -> None:
    login(client)
    assert client.get("/case/SS-2026-999999").status_code == 404


def test_stats_page_counts(client: FlaskClient) -> None:
    login(client)
    page = client.get("/stats").get_data(as_text=True)
    assert "Mails by request type" in page and "sso_creation" in page and "Cases by status" in page
    assert re.search(r"<td>review</td><td class=\"num\">2</td>", page)


def test_attachment_download_headers(console: Console, client: FlaskClient) -> None:
    login(client)
    resp = client.get(f"/attachment/{attachment_id(console, console.template)}")
    assert resp.status_code == 200 and resp.data.startswith(b"PK")
    assert resp.headers["Content-Type"] == "application/octet-stream"
    assert resp.headers["Content-Disposition"].startswith("attachment;")
    assert "CGST" in resp.headers["Content-Disposition"]
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in resp.headers["Content-Security-Policy"]
    assert client.get("/attachment/99999").status_code == 404


# --------------------------------------------------------------------------- actions


def test_decide_overrides_the_request_type_and_sends_the_reply(console: Console, client: FlaskClient) -> None:
    login(client)
    before = len(console.outbox())
    token = csrf_of(client, f"/case/{console.unknown}")
    resp = client.post(f"/case/{console.unknown}/decide",
                       data={"csrf": token, "request_type": "password_reset",
                             "note": "quota is a reset here"})
    assert resp.status_code == 303 and resp.headers["Location"] == f"/case/{console.unknown}"
    replies = console.outbox()
    assert len(replies) == before + 1
    (new,) = [m for m in replies if console.unknown in m["Subject"] and m["Auto-Submitted"] is None]
    assert new["To"] == "ajay.verma5@icegate.gov.in"
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert f"{console.unknown}: case" in page  # the flash
    assert re.search(r'class="actor">asha</td><td class="event">operator_decided<', page)
    assert "quota is a reset here" in page and "password_reset" in page
    assert re.search(r'class="actor">asha</td><td class="event">operator_reply_queued<', page)
    assert console.unknown not in client.get("/queue").get_data(as_text=True)


def test_decide_with_a_bad_value_is_reported_and_changes_nothing(console: Console,
                                                                  client: FlaskClient) -> None:
    login(client)
    before = len(console.outbox())
    token = csrf_of(client, f"/case/{console.unknown}")
    resp = client.post(f"/case/{console.unknown}/decide", data={"csrf": token, "request_type": "bribe"},
                       follow_redirects=True)
    assert "unknown request type" in resp.get_data(as_text=True)
    assert len(console.outbox()) == before


def test_close_sends_the_closure_and_audits_the_operator(console: Console, client: FlaskClient) -> None:
    login(client)
    token = csrf_of(client, f"/case/{console.certificate}")
    resp = client.post(f"/case/{console.certificate}/close",
                       data={"csrf": token, "note": "ID created: 40021"}, follow_redirects=True)
    page = resp.get_data(as_text=True)
    assert 'id="case-status" class="status closed"' in page and 'id="close-form"' not in page
    assert re.search(r'class="actor">asha</td><td class="event">case_closed<', page)
    (closure,) = [m for m in console.outbox() if console.certificate in m["Subject"] and "Completed" in m["Subject"]]
    assert closure["To"] == "comadmin.cgst.rajkot@icegate.gov.in"
    again = client.post(f"/case/{console.certificate}/close", data={"csrf": token}, follow_redirects=True)
    assert "already closed" in again.get_data(as_text=True)


def test_reply_sends_the_operators_message_and_audits_it(console: Console, client: FlaskClient) -> None:
    login(client)
    before = len(console.outbox())
    token = csrf_of(client, f"/case/{console.unknown}")
    resp = client.post(f"/case/{console.unknown}/reply",
                       data={"csrf": token, "message": "Quota requests go to the mail admin; forwarded."},
                       follow_redirects=True)
    page = resp.get_data(as_text=True)
    assert re.search(r'class="actor">asha</td><td class="event">operator_replied<', page)
    replies = console.outbox()
    assert len(replies) == before + 1
    (new,) = [m for m in replies if "forwarded." in m.get_content()]
    assert new["Subject"].startswith(f"[{console.unknown}]")
    empty = client.post(f"/case/{console.unknown}/reply", data={"csrf": token, "message": " "}, follow_redirects=True)
    assert "the reply is empty" in empty.get_data(as_text=True)
    assert client.post(f"/case/{console.unknown}/reply", data={"message": "x"}).status_code == 400


# --------------------------------------------------------------------------- accounts and the command


def test_users_file_holds_salted_hashes_only(console: Console) -> None:
    path = users_path(console.settings)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("asha:") and PASSWORD not in text
    assert (path.stat().st_mode & 0o077) == 0
    add_user(path, "asha", "a new password")
    assert list(load_users(path)) == ["asha"]
    with pytest.raises(ConfigError):
        add_user(path, "bad:name", PASSWORD)
    with pytest.raises(ConfigError):
        add_user(path, "ravi", "short")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="maild")
    register(parser.add_subparsers(dest="command"))
    return parser


def test_web_adduser_command_reads_the_password_from_stdin(console: Console, client: FlaskClient,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    for argv in (["web", "adduser", "ravi", "--password-stdin", "--config", str(console.config)],
                 ["web", "--config", str(console.config), "adduser", "ravi", "--password-stdin"]):
        monkeypatch.setattr("sys.stdin", io.StringIO("ravi's password\n"))
        args = _parser().parse_args(argv)
        assert args.handler(args) == 0
    assert set(load_users(users_path(console.settings))) == {"asha", "ravi"}
    login(client, "ravi", "ravi's password")


def test_web_adduser_prompts_twice_without_stdin(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["first password", "other password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    args = _parser().parse_args(["web", "adduser", "meena", "--config", str(console.config)])
    with pytest.raises(ConfigError, match="differ"):
        args.handler(args)


def test_web_serve_refuses_without_a_secret(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAILD_WEB_SECRET", raising=False)
    args = _parser().parse_args(["web", "--config", str(console.config)])
    with pytest.raises(ConfigError, match="session secret"):
        args.handler(args)


def test_without_a_factory_the_app_builds_its_service_from_the_settings(console: Console) -> None:
    app = create_app(console.settings, secret=SECRET)
    client = app.test_client()
    login(client)
    page = client.get("/queue?status=").get_data(as_text=True)
    assert console.unknown in page and console.template in page
