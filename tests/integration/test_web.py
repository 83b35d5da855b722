"""The browser console at the HTTP level (Flask's test client over a real Maildir, SQLite and file outbox).

The login, its cookies and the sessions the server ends (logout, a password
change, an operator's removal, expiry), login throttling, CSRF on every POST,
the headers, attachments, and that nothing is reachable without a login; the
queue and the forms of a case. What an operator reads of a case is in
test_web_cases.py; the attacks against a running console in tests/e2e.
"""

from __future__ import annotations

import argparse
import io
import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from consoles import PASSWORD, SECRET, Deployment
from maild.adapters.db_schema import Audit
from maild.app.access import AccessError
from maild.config import load_settings
from maild.errors import ConfigError
from maild.interfaces.cli_web import register
from maild.interfaces.web import add_user, create_app, load_users, remove_user, users_path


@pytest.fixture()
def console(tmp_path) -> Deployment:  # type: ignore[no-untyped-def]
    found = Deployment(tmp_path)
    found.unknown = found.ref("mailbox quota")  # type: ignore[attr-defined]
    found.template = found.ref("Pune")  # type: ignore[attr-defined]
    found.certificate = found.ref("certificate")  # type: ignore[attr-defined]
    return found


@pytest.fixture()
def client(console: Deployment) -> FlaskClient:
    return console.app().test_client()


def csrf_of(client: FlaskClient, path: str = "/login") -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).get_data(as_text=True))
    assert found, path
    return found.group(1)


def login(client: FlaskClient, name: str = "asha", password: str = PASSWORD, status: int = 302) -> FlaskClient:
    resp = client.post("/login", data={"csrf": csrf_of(client), "name": name, "password": password})
    assert resp.status_code == status, resp.get_data(as_text=True)
    return client


def attachment_id(console: Deployment, ref: str) -> int:
    return int(console.service.review.show(ref)["mails"][0]["attachments"][0]["id"])


def audit_events(console: Deployment, event: str) -> list[Audit]:
    with console.service.store.session() as s:
        return list(s.scalars(select(Audit).where(Audit.event == event).order_by(Audit.id)))


def session_cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie("maild_session")
    assert cookie is not None
    return cookie.value


# --------------------------------------------------------------------------- login and its cookies


def test_login_good_sets_strict_httponly_cookies_and_lands_where_asked(client: FlaskClient) -> None:
    resp = client.post("/login?next=/stats", data={"csrf": csrf_of(client), "name": "asha", "password": PASSWORD})
    assert resp.status_code == 302 and resp.headers["Location"] == "/stats"
    cookies = {c.split("=", 1)[0]: c for c in resp.headers.getlist("Set-Cookie")}
    assert set(cookies) == {"maild_session", "maild_device"}
    for cookie in cookies.values():
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Expires=" in cookie
        assert "Secure" not in cookie  # plain HTTP on loopback, cookie_secure off
    assert 'id="operator">asha<' in client.get("/queue").get_data(as_text=True)


def test_cookies_are_secure_over_tls_and_when_the_setting_says_so(console: Deployment, tmp_path) -> None:  # type: ignore[no-untyped-def]
    over_tls = console.app().test_client()
    resp = over_tls.post("https://localhost/login", data={
        "csrf": csrf_of(over_tls, "https://localhost/login"), "name": "asha", "password": PASSWORD})
    assert resp.status_code == 302
    assert all("Secure" in c for c in resp.headers.getlist("Set-Cookie"))
    assert "max-age" in resp.headers["Strict-Transport-Security"]
    configured = Deployment(tmp_path / "secure", (), web="cookie_secure = true\n")
    app = configured.app()
    assert app.config["SESSION_COOKIE_SECURE"] is True
    resp = app.test_client().get("/login")
    assert "Secure" in resp.headers["Set-Cookie"] and "SameSite=Strict" in resp.headers["Set-Cookie"]


def test_login_bad_password_or_unknown_name_is_refused(console: Deployment, client: FlaskClient) -> None:
    for name, password in (("asha", "wrong password"), ("nobody", PASSWORD)):
        resp = client.post("/login", data={"csrf": csrf_of(client), "name": name, "password": password})
        assert resp.status_code == 401 and "wrong name or password" in resp.get_data(as_text=True)
    assert client.get("/queue").status_code == 302
    failed = audit_events(console, "login_failed")
    assert [(a.detail["name"], a.detail["client"]) for a in failed] == [("asha", "127.0.0.1"),
                                                                        ("nobody", "127.0.0.1")]


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example",
                                    "/\t/evil.example"])
def test_login_next_never_redirects_off_site(client: FlaskClient, target: str) -> None:
    resp = client.post("/login", query_string={"next": target},
                       data={"csrf": csrf_of(client), "name": "asha", "password": PASSWORD})
    assert resp.headers["Location"] == "/queue"


# --------------------------------------------------------------------------- sessions the server ends


def test_logout_ends_the_session_on_the_server(client: FlaskClient) -> None:
    login(client)
    saved = session_cookie(client)
    resp = client.post("/logout", data={"csrf": csrf_of(client, "/queue")})
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")
    assert client.get("/queue").status_code == 302
    client.set_cookie("maild_session", saved)  # the cookie saved before logout, replayed
    resp = client.get("/queue")
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")


def test_logout_everywhere_ends_the_operators_other_browsers_too(console: Deployment) -> None:
    app = console.app()
    mine, other = login(app.test_client()), login(app.test_client())
    plain = login(app.test_client())
    plain.post("/logout", data={"csrf": csrf_of(plain, "/queue")})
    assert mine.get("/queue").status_code == 200 and other.get("/queue").status_code == 200  # one logout, one session
    resp = mine.post("/logout", data={"csrf": csrf_of(mine, "/account"), "everywhere": "1"})
    assert resp.status_code == 302
    assert mine.get("/queue").status_code == 302 and other.get("/queue").status_code == 302
    assert audit_events(console, "operator_logout")[-1].detail == {"everywhere": True, "sessions_ended": 2}


def test_session_expires_after_session_hours(console: Deployment, client: FlaskClient) -> None:
    login(client)
    assert client.get("/queue").status_code == 200
    console.clock.advance(hours=12.5)
    resp = client.get("/queue")
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")


def test_a_password_change_ends_every_other_session_at_once(console: Deployment) -> None:
    app = console.app()
    mine, other = login(app.test_client()), login(app.test_client())
    token = csrf_of(mine, "/account")
    resp = mine.post("/account", data={"csrf": token, "current": PASSWORD, "new": "a new long password",
                                       "again": "a new long password"})
    assert resp.status_code == 200 and 'id="changed"' in resp.get_data(as_text=True)
    assert mine.get("/queue").status_code == 200  # the browser that changed it goes on
    assert other.get("/queue").status_code == 302  # every other session ended
    login(app.test_client(), password=PASSWORD, status=401)
    login(app.test_client(), password="a new long password")
    wrong = mine.post("/account", data={"csrf": csrf_of(mine, "/account"), "current": "not it",
                                        "new": "another password", "again": "another password"})
    assert wrong.status_code == 400 and "current password is wrong" in wrong.get_data(as_text=True)
    assert [a.actor for a in audit_events(console, "password_changed")] == ["asha"]


def test_a_password_changed_in_the_users_file_ends_the_sessions_too(console: Deployment,
                                                                    client: FlaskClient) -> None:
    login(client)
    add_user(users_path(console.settings), "asha", "changed from the command line")
    assert client.get("/queue").status_code == 302


def test_a_removed_operator_loses_every_session_at_once(console: Deployment, client: FlaskClient) -> None:
    add_user(users_path(console.settings), "ravi", "ravi's password")
    ravi = login(console.app().test_client(), "ravi", "ravi's password")
    login(client)
    assert ravi.get("/queue").status_code == 200
    assert remove_user(users_path(console.settings), "ravi")
    resp = ravi.get("/stats")
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")
    assert client.get("/stats").status_code == 200  # asha is still here


def test_removeuser_command_ends_the_sessions_and_is_audited(console: Deployment, client: FlaskClient) -> None:
    login(client)
    args = _parser().parse_args(["web", "removeuser", "asha", "--config", str(console.config)])
    assert args.handler(args) == 0
    assert client.get("/queue").status_code == 302
    assert "asha" not in load_users(users_path(console.settings))
    (removed,) = audit_events(console, "operator_removed")
    assert removed.detail["operator"] == "asha" and removed.detail["sessions_ended"] == 1
    with pytest.raises(AccessError, match="no operator 'asha'"):
        args.handler(args)


def test_no_secret_refuses_to_start(console: Deployment, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAILD_WEB_SECRET", raising=False)
    with pytest.raises(ConfigError, match="MAILD_WEB_SECRET"):
        create_app(console.settings, lambda: console.service.review)
    monkeypatch.setenv("MAILD_WEB_SECRET", SECRET)
    assert create_app(console.settings, lambda: console.service.review).secret_key == SECRET


# --------------------------------------------------------------------------- throttling


def _attempt(client: FlaskClient, password: str, address: str = "10.0.0.7", name: str = "asha"):  # type: ignore[no-untyped-def]
    return client.post("/login", data={"csrf": csrf_of(client), "name": name, "password": password},
                       environ_base={"REMOTE_ADDR": address})


def test_failed_logins_are_throttled_per_address_then_forgiven(console: Deployment, client: FlaskClient) -> None:
    codes = [_attempt(client, f"guess {i}").status_code for i in range(3)]
    assert codes == [401, 401, 401]
    fourth = _attempt(client, "guess 3")  # the delay starts after the free failures
    assert fourth.status_code == 429 and fourth.headers["Retry-After"] == "1"
    right = _attempt(client, PASSWORD)  # refused unchecked while the wait lasts, even the right password
    assert right.status_code == 429 and "try again in" in right.get_data(as_text=True)
    console.clock.advance(seconds=1)
    again = _attempt(client, "guess 4")
    assert again.status_code == 401 and again.headers["Retry-After"] == "2"  # doubled
    console.clock.advance(seconds=2)
    assert _attempt(client, PASSWORD).status_code == 302  # the operator gets in once the wait is over
    assert len(audit_events(console, "login_failed")) == 4  # the refused-unchecked attempts cost no check


def test_the_account_throttle_is_short_and_spares_the_operators_own_browser(console: Deployment) -> None:
    app = console.app()
    own = login(app.test_client())  # asha's browser: it now holds her device cookie
    own.post("/logout", data={"csrf": csrf_of(own, "/queue")})
    attacker = app.test_client()
    for i in range(8):  # a patient attacker, from many addresses, against asha's name
        assert _attempt(attacker, f"guess {i}", address=f"10.9.0.{i}").status_code == 401
        console.clock.advance(seconds=40)
    _attempt(attacker, "guess 8", address="10.9.0.8")
    stranger = app.test_client()
    held = _attempt(stranger, PASSWORD, address="10.1.1.1")
    assert held.status_code == 429 and held.headers["Retry-After"] == "30"  # the account's cap, not more
    assert _attempt(own, PASSWORD, address="10.1.1.2").status_code == 302  # her own browser is not held
    console.clock.advance(seconds=31)
    assert _attempt(stranger, PASSWORD, address="10.1.1.1").status_code == 302


# --------------------------------------------------------------------------- anonymous and CSRF


def test_anonymous_requests_are_refused_everywhere(console: Deployment, client: FlaskClient) -> None:
    att = attachment_id(console, console.template)  # type: ignore[attr-defined]
    unknown = console.unknown  # type: ignore[attr-defined]
    for path in ("/", "/queue", "/queue?status=", f"/case/{unknown}", "/stats", "/case/SS-1", "/account"):
        resp = client.get(path)
        assert resp.status_code == 302 and resp.headers["Location"].startswith("/login"), path
    resp = client.get(f"/attachment/{att}")
    assert resp.status_code == 401 and b"PK" not in resp.data
    token = csrf_of(client)
    for path in (f"/case/{unknown}/decide", f"/case/{unknown}/close", f"/case/{unknown}/reply",
                 f"/case/{unknown}/merge", "/case/x/mail/1/move", "/case/x/mail/1/split", "/logout", "/account"):
        resp = client.post(path, data={"csrf": token, "request_type": "password_reset", "message": "x",
                                       "into": console.certificate})  # type: ignore[attr-defined]
        assert resp.status_code in (302, 400), path
    assert all(m["Auto-Submitted"] for m in console.outbox()), "only maild's own holding replies, no operator's"
    rules = {r.rule for r in console.app().url_map.iter_rules()}
    assert rules == {"/static/<path:filename>", "/login", "/logout", "/account", "/", "/queue", "/case/<ref>",
                     "/case/<ref>/decide", "/case/<ref>/close", "/case/<ref>/reply", "/case/<ref>/merge",
                     "/case/<ref>/mail/<int:mail_id>/move", "/case/<ref>/mail/<int:mail_id>/split",
                     "/attachment/<int:attachment_id>", "/stats"}, "a new page must be added here"
    assert console.service.review.show(unknown)["status"] == "review"


def test_post_without_or_with_a_wrong_csrf_token_is_400(console: Deployment, client: FlaskClient) -> None:
    assert client.post("/login", data={"name": "asha", "password": PASSWORD}).status_code == 400
    login(client)
    before = len(console.outbox())
    unknown = console.unknown  # type: ignore[attr-defined]
    for data in ({"request_type": "password_reset"}, {"request_type": "password_reset", "csrf": "forged"}):
        assert client.post(f"/case/{unknown}/decide", data=data).status_code == 400
        assert client.post(f"/case/{unknown}/close", data=data).status_code == 400
        assert client.post(f"/case/{unknown}/merge", data={**data, "into": "SS-1"}).status_code == 400
    assert client.post("/logout", data={}).status_code == 400
    assert len(console.outbox()) == before
    assert client.get("/queue").status_code == 200  # still logged in


def test_every_page_sends_the_security_headers_and_no_server_banner(client: FlaskClient) -> None:
    login(client)
    for path in ("/login", "/queue", "/stats", "/account"):
        headers = client.get(path).headers
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"
        assert "Server" not in headers


# --------------------------------------------------------------------------- the queue and the actions


def test_queue_lists_the_review_cases_oldest_first_with_waiting_and_filters(console: Deployment,
                                                                          client: FlaskClient) -> None:
    login(client)
    page = client.get("/queue").get_data(as_text=True)
    unknown, certificate, template = console.unknown, console.certificate, console.template  # type: ignore[attr-defined]
    assert unknown in page and certificate in page and template not in page
    assert page.index(unknown) < page.index(certificate)  # opened first (the same second: recorded first)
    assert "the request type could not be told" in page and 'class="num waiting"' in page
    newest = client.get("/queue?order=newest").get_data(as_text=True)
    assert newest.index(certificate) < newest.index(unknown)
    page = client.get("/queue?status=waiting").get_data(as_text=True)
    assert template in page and unknown not in page
    page = client.get("/queue?status=&type=sso_creation").get_data(as_text=True)
    assert template in page and certificate in page and unknown not in page
    page = client.get("/queue?status=&sender=ACLADMIN").get_data(as_text=True)
    assert template in page and certificate not in page
    assert "No case matches" in client.get("/queue?status=&age=7d").get_data(as_text=True)
    console.clock.advance(days=8)
    login(client)  # the login of eight days ago has expired
    assert template in client.get("/queue?status=&age=7d").get_data(as_text=True)
    assert "8 d 0 h" in client.get("/queue").get_data(as_text=True)


@pytest.mark.parametrize(("span", "shown"), [({"minutes": 2}, "2 min"), ({"minutes": 10}, "10 min"),
                                             ({"minutes": 59}, "59 min"),
                                             ({"hours": 3, "minutes": 7}, "3 h 07 min"),
                                             ({"hours": 50, "minutes": 30}, "2 d 2 h")])
def test_queue_ages_are_shown_exactly(console: Deployment, client: FlaskClient, span: dict[str, float],
                                      shown: str) -> None:
    console.clock.advance(**span)
    login(client)
    page = client.get("/queue").get_data(as_text=True)
    ages = re.findall(r'<td class="num age" [^>]*>([^<]*)</td>', page)
    waiting = re.findall(r'<td class="num waiting" [^>]*>([^<]*)</td>', page)
    assert ages and set(ages) == set(waiting) == {shown}


def test_case_page_of_an_unknown_case_is_404(client: FlaskClient) -> None:
    login(client)
    assert client.get("/case/SS-2026-999999").status_code == 404


def test_stats_page_counts(client: FlaskClient) -> None:
    login(client)
    page = client.get("/stats").get_data(as_text=True)
    assert "Mails by request type" in page and "sso_creation" in page and "Cases by status" in page
    assert re.search(r"<td>review</td><td class=\"num\">2</td>", page)


def test_stats_page_of_an_empty_store_says_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = login(Deployment(tmp_path, names=()).app().test_client()).get("/stats").get_data(as_text=True)
    assert page.count('<td class="none">none</td>') == 3


def test_attachment_download_headers(console: Deployment, client: FlaskClient) -> None:
    login(client)
    resp = client.get(f"/attachment/{attachment_id(console, console.template)}")  # type: ignore[attr-defined]
    assert resp.status_code == 200 and resp.data.startswith(b"PK")
    assert resp.headers["Content-Type"] == "application/octet-stream"
    assert resp.headers["Content-Disposition"].startswith("attachment;")
    assert "CGST" in resp.headers["Content-Disposition"]
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in resp.headers["Content-Security-Policy"]
    assert client.get("/attachment/99999").status_code == 404


def test_decide_overrides_the_request_type_and_sends_the_reply(console: Deployment, client: FlaskClient) -> None:
    login(client)
    unknown = console.unknown  # type: ignore[attr-defined]
    before = len(console.outbox())
    resp = client.post(f"/case/{unknown}/decide", data={"csrf": csrf_of(client, f"/case/{unknown}"),
                                                        "request_type": "password_reset",
                                                        "note": "quota is a reset here"})
    assert resp.status_code == 303 and resp.headers["Location"] == f"/case/{unknown}"
    replies = console.outbox()
    assert len(replies) == before + 1
    (new,) = [m for m in replies if unknown in m["Subject"] and m["Auto-Submitted"] is None]
    assert new["To"] == "ajay.verma5@icegate.gov.in"
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert re.search(rf'class="flash ok" role="status">{unknown}: \w+, case \w+; the [^<]+ was sent</p>', page)
    assert re.search(r'class="actor">asha</td><td class="event">operator_decided<', page)
    assert "quota is a reset here" in page and "password_reset" in page
    assert unknown not in client.get("/queue").get_data(as_text=True)


def test_decide_with_a_bad_value_is_reported_and_changes_nothing(console: Deployment, client: FlaskClient) -> None:
    login(client)
    unknown = console.unknown  # type: ignore[attr-defined]
    before = len(console.outbox())
    resp = client.post(f"/case/{unknown}/decide", data={"csrf": csrf_of(client, f"/case/{unknown}"),
                                                        "request_type": "bribe"}, follow_redirects=True)
    assert "unknown request type" in resp.get_data(as_text=True)
    assert len(console.outbox()) == before


def test_close_sends_the_closure_and_audits_the_operator(console: Deployment, client: FlaskClient) -> None:
    login(client)
    certificate = console.certificate  # type: ignore[attr-defined]
    token = csrf_of(client, f"/case/{certificate}")
    page = client.post(f"/case/{certificate}/close", data={"csrf": token, "note": "ID created: 40021"},
                       follow_redirects=True).get_data(as_text=True)
    assert 'id="case-status" class="status closed"' in page and 'id="close-form"' not in page
    assert re.search(r'class="actor">asha</td><td class="event">case_closed<', page)
    (closure,) = [m for m in console.outbox() if certificate in m["Subject"] and "Completed" in m["Subject"]]
    assert closure["To"] == "comadmin.cgst.rajkot@icegate.gov.in"
    again = client.post(f"/case/{certificate}/close", data={"csrf": token}, follow_redirects=True)
    assert "already closed" in again.get_data(as_text=True)


def test_reply_sends_the_operators_message_and_audits_it(console: Deployment, client: FlaskClient) -> None:
    login(client)
    unknown = console.unknown  # type: ignore[attr-defined]
    before = len(console.outbox())
    token = csrf_of(client, f"/case/{unknown}")
    page = client.post(f"/case/{unknown}/reply", data={"csrf": token, "message": "Quota requests go to the "
                                                       "mail admin; forwarded."}, follow_redirects=True)
    assert re.search(r'class="actor">asha</td><td class="event">operator_replied<', page.get_data(as_text=True))
    replies = console.outbox()
    assert len(replies) == before + 1
    (new,) = [m for m in replies if "forwarded." in m.get_content()]
    assert new["Subject"].startswith(f"[{unknown}]")
    empty = client.post(f"/case/{unknown}/reply", data={"csrf": token, "message": " "}, follow_redirects=True)
    assert "the reply is empty" in empty.get_data(as_text=True)


def test_with_the_smtp_server_out_of_reach_the_console_says_the_letter_is_queued_not_sent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    console = Deployment(tmp_path, smtp='[smtp]\nkind = "smtp"\nhost = "127.0.0.1"\nport = 1\nsecurity = "plain"\n')
    client = login(console.app().test_client())
    unknown, certificate = console.ref("mailbox quota"), console.ref("certificate")
    for path, data in ((f"/case/{unknown}/decide", {"request_type": "password_reset"}),
                       (f"/case/{unknown}/reply", {"message": "Please call the helpdesk."}),
                       (f"/case/{certificate}/close", {"note": "ID created"})):
        ref = path.split("/")[2]
        page = client.post(path, data={"csrf": csrf_of(client, f"/case/{ref}"), **data},
                           follow_redirects=True).get_data(as_text=True)
        flash = re.search(r'<p class="flash (\w+)" role="status">([^<]*)</p>', page)
        assert flash and flash.group(1) == "error", page
        assert "is queued and NOT sent yet (SMTP not reached: " in flash.group(2)
        assert "goes out with the next pass from " in flash.group(2) and " IST on" in flash.group(2)
        assert " sent;" not in flash.group(2) and "was sent" not in flash.group(2)
    assert console.outbox() == []


# --------------------------------------------------------------------------- accounts and the command


def test_users_file_holds_salted_hashes_only(console: Deployment) -> None:
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


def test_web_adduser_command_reads_the_password_from_stdin(console: Deployment, client: FlaskClient,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    for argv in (["web", "adduser", "ravi", "--password-stdin", "--config", str(console.config)],
                 ["web", "--config", str(console.config), "adduser", "ravi", "--password-stdin"]):
        monkeypatch.setattr("sys.stdin", io.StringIO("ravi's password\n"))
        args = _parser().parse_args(argv)
        assert args.handler(args) == 0
    assert set(load_users(users_path(console.settings))) == {"asha", "ravi"}
    login(client, "ravi", "ravi's password")


def test_web_adduser_prompts_twice_without_stdin(console: Deployment, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["first password", "other password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    args = _parser().parse_args(["web", "adduser", "meena", "--config", str(console.config)])
    with pytest.raises(ConfigError, match="differ"):
        args.handler(args)


def test_web_serve_refuses_without_a_secret(console: Deployment, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAILD_WEB_SECRET", raising=False)
    args = _parser().parse_args(["web", "--config", str(console.config)])
    with pytest.raises(ConfigError, match="session secret"):
        args.handler(args)


def test_without_a_factory_the_app_builds_its_service_from_the_settings(console: Deployment) -> None:
    settings = load_settings(console.config, required=True, environ={})
    client = create_app(settings, secret=SECRET).test_client()
    login(client)
    page = client.get("/queue?status=").get_data(as_text=True)
    assert console.unknown in page and console.template in page  # type: ignore[attr-defined]
