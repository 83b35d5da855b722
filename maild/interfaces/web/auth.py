"""Logging in and out of the console, and an operator changing their own password.

A refused login says only "wrong name or password"; a throttled one is answered
429 with Retry-After and is not checked at all. A browser an operator logged in
from keeps a signed cookie naming them (`maild_device`, 30 days): attempts on
their name from that browser are not held by the account's throttle, so an
attacker failing on purpose cannot lock them out of their own browser.
"""

from __future__ import annotations

import math
import secrets
from typing import Any

from flask import Response, current_app, make_response, redirect, render_template, request, session, url_for
from itsdangerous import BadSignature, URLSafeTimedSerializer

from maild.app.access import AccessError
from maild.errors import ConfigError
from maild.interfaces.web.console import console, here, operator

DEVICE = "maild_device"
DEVICE_DAYS = 30


@console.route("/login", methods=["GET", "POST"])
def login() -> Any:
    if request.method != "POST":
        return render_template("login.html", error="")
    name, password = request.form.get("name", "").strip()[:64], request.form.get("password", "")[:1024]
    client = request.remote_addr or ""
    result = here().access.login(name, password, client, _trusted_device(name))
    if result.ok:
        session.clear()
        session.permanent = True
        session.update(sid=result.token, csrf=secrets.token_urlsafe(32))
        resp = make_response(redirect(_safe_next(request.args.get("next"))))
        _remember_device(resp, name)
        return resp
    wait = math.ceil(result.retry_after)
    if result.throttled:
        resp = make_response(render_template(
            "login.html", error=f"too many failed logins: try again in {wait} seconds"), 429)
    else:
        error = "wrong name or password" + (f"; wait {wait} seconds before trying again" if wait else "")
        resp = make_response(render_template("login.html", error=error), 401)
    if wait:
        resp.headers["Retry-After"] = str(wait)
    return resp


@console.post("/logout")
def logout() -> Any:
    """End this login; with `everywhere`, every login of this operator (a browser left signed in)."""
    access, token = here().access, str(session.get("sid", ""))
    if request.form.get("everywhere"):
        access.logout_everywhere(token)
    else:
        access.logout(token)
    session.clear()
    return redirect(url_for(".login"))


@console.route("/account", methods=["GET", "POST"])
def account() -> Any:
    """The operator's own password: changing it ends every other session of theirs."""
    if request.method != "POST":
        return render_template("account.html", error="", done=False)
    form = request.form
    if form.get("new", "") != form.get("again", ""):
        return render_template("account.html", error="the two new passwords differ", done=False), 400
    try:
        token = here().access.change_password(operator(), form.get("current", "")[:1024],
                                              form.get("new", "")[:1024], request.remote_addr or "")
    except (AccessError, ConfigError) as exc:
        return render_template("account.html", error=str(exc), done=False), 400
    session.update(sid=token, csrf=secrets.token_urlsafe(32))
    return render_template("account.html", error="", done=True)


def _signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(str(current_app.config["SECRET_KEY"]), salt="maild-device")


def _trusted_device(name: str) -> bool:
    value = request.cookies.get(DEVICE, "")
    if not value or not name:
        return False
    try:
        return bool(_signer().loads(value, max_age=DEVICE_DAYS * 86400) == name)
    except BadSignature:
        return False


def _remember_device(resp: Response, name: str) -> None:
    resp.set_cookie(DEVICE, _signer().dumps(name), max_age=DEVICE_DAYS * 86400, path=url_for(".login"),
                    httponly=True, samesite="Strict", secure=here().secure or request.is_secure)


def _safe_next(target: str | None) -> str:
    """Only a local path: never an open redirect to another site."""
    if (target and target.startswith("/") and not target.startswith("//") and "\\" not in target
            and target.isprintable() and not any(c.isspace() for c in target)):
        return target
    return url_for(".queue_page")
