"""The operators' browser console: the review queue, case pages and the decide/close forms.

Server-rendered Flask pages over maild.app.review, so a click in the browser does
exactly what `maild review decide` does and is audited with the operator's
name. Security is kept in this one module where it can be read at once:
signed cookie sessions that expire after `[web] session_hours`, a CSRF token
per session checked on every POST, every page behind the login, attachments
always downloaded as octet-stream (never rendered by the browser), and a
Content-Security-Policy that allows nothing but our own stylesheet.
"""

from __future__ import annotations

import hmac
import io
import os
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import (Blueprint, Flask, Response, abort, current_app, flash, redirect, render_template, request,
                   send_file, session, url_for)
from jinja2 import FileSystemLoader
from werkzeug.security import check_password_hash, generate_password_hash

from maild.app.review import ACTIONS, SENDER_KINDS, Review, ReviewError
from maild.config import Settings
from maild.core.model import REQUEST_TYPES
from maild.errors import ConfigError

_CONTROL = re.compile(r"[\x00-\x1f\x7f\"\\\\/]")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
STATUSES = ("review", "open", "waiting", "acknowledged", "redirected", "closed", "abandoned")
PUBLIC = {"console.login", "static"}
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
# Checked when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("maild-no-such-operator")


# --------------------------------------------------------------------------- accounts


def users_path(settings: Settings) -> Path:
    return settings.data_path(settings.section("web")["users_file"])


def load_users(path: Path) -> dict[str, str]:
    """name -> password hash from `name:hash` lines (the hash itself holds colons)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    users = {}
    for line in text.splitlines():
        name, sep, hashed = line.strip().partition(":")
        if sep and NAME_RE.match(name) and hashed:
            users[name] = hashed
    return users


def add_user(path: Path, name: str, password: str) -> None:
    """Add or replace an operator; the file is rewritten atomically, readable by its owner only."""
    if not NAME_RE.match(name):
        raise ConfigError(f"operator name {name!r}: letters, digits and . _ @ - only (at most 64)")
    if len(password) < 8:
        raise ConfigError("the password must have at least 8 characters")
    users = load_users(path)
    users[name] = generate_password_hash(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("".join(f"{n}:{h}\n" for n, h in sorted(users.items())))
    os.replace(tmp, path)


def check_login(path: Path, name: str, password: str) -> bool:
    hashed = load_users(path).get(name)
    ok = check_password_hash(hashed or _DUMMY_HASH, password)
    return ok and hashed is not None


# --------------------------------------------------------------------------- the app


@dataclass(frozen=True)
class Console:
    """What the console's pages work with: the settings, the operators' actions, and a lock that
    lets one operator action (which sends the outbox) run at a time."""

    settings: Settings
    review: Callable[[], Review]
    lock: threading.Lock


def _default_factory(settings: Settings) -> Callable[[], Review]:
    from maild import bootstrap

    built: list[Review] = []
    lock = threading.Lock()

    def factory() -> Review:
        with lock:
            if not built:
                built.append(bootstrap.worker(settings).review)
            return built[0]

    return factory


def create_app(settings: Settings, review_factory: Callable[[], Review] | None = None, *,
               secret: str | None = None) -> Flask:
    """The console for one maild deployment; `secret` is for tests, else `[web]` secret_env/secret_file."""
    key = secret if secret is not None else settings.secret("web", "secret")
    if len(key) < 16:
        cfg = settings.section("web")
        raise ConfigError(f"[web] no session secret (at least 16 characters): set ${cfg['secret_env']} "
                          "or [web] secret_file")
    folder = settings.paths.templates / "web"
    app = Flask("maild.interfaces.web", static_folder=str(folder / "static"), static_url_path="/static")
    app.jinja_loader = FileSystemLoader([str(folder), str(settings.paths.templates)])
    hours = float(settings.section("web")["session_hours"])
    app.config.update(SECRET_KEY=key, SESSION_COOKIE_NAME="maild_session", SESSION_COOKIE_HTTPONLY=True,
                      SESSION_COOKIE_SAMESITE="Lax", PERMANENT_SESSION_LIFETIME=timedelta(hours=hours),
                      MAX_CONTENT_LENGTH=64 * 1024)
    app.extensions["maild.console"] = Console(settings, review_factory or _default_factory(settings),
                                              threading.Lock())
    _guards(app, hours)
    app.register_blueprint(console)
    return app


def _guards(app: Flask, hours: float) -> None:
    @app.before_request
    def guard() -> Any:
        if "csrf" not in session:
            session["csrf"] = secrets.token_urlsafe(32)
        if request.endpoint not in PUBLIC:
            login_at = session.get("login_at", 0.0)
            if not session.get("user") or time.time() - float(login_at) > hours * 3600:
                for k in ("user", "login_at"):
                    session.pop(k, None)
                if request.endpoint == "console.attachment":
                    abort(401)
                back = request.full_path.rstrip("?") if request.method == "GET" else None
                return redirect(url_for("console.login", next=back))
        if request.method == "POST":
            sent = request.form.get("csrf", "")
            if not hmac.compare_digest(sent.encode(), str(session["csrf"]).encode()):
                abort(400, "missing or wrong CSRF token; reload the page and try again")
        return None

    @app.after_request
    def headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers.setdefault("Cache-Control", "no-store")
        return resp

    @app.context_processor
    def context() -> dict[str, Any]:
        return {"csrf": session.get("csrf", ""), "user": session.get("user", "")}


def _safe_next(target: str | None) -> str:
    """Only a local path: never an open redirect to another site."""
    if (target and target.startswith("/") and not target.startswith("//") and "\\" not in target
            and target.isprintable() and not any(c.isspace() for c in target)):
        return target
    return url_for(".queue_page")


def template_grid(errors: list[dict[str, Any]]) -> dict[str, Any]:
    """The template errors as a sheet: one line per Excel row, one column per column in error."""
    columns = list(dict.fromkeys(e["column"] for e in errors))
    rows: dict[int, dict[str, list[str]]] = {}
    for e in errors:
        rows.setdefault(int(e["row"]), {}).setdefault(e["column"], []).append(e["code"])
    return {"columns": columns, "rows": sorted(rows.items())}


# --------------------------------------------------------------------------- the pages

console = Blueprint("console", __name__)


def _here() -> Console:
    found: Console = current_app.extensions["maild.console"]
    return found


@console.route("/login", methods=["GET", "POST"])
def login() -> Any:
    if request.method == "POST":
        name, password = request.form.get("name", "").strip(), request.form.get("password", "")
        if check_login(users_path(_here().settings), name, password):
            session.clear()
            session.permanent = True
            session.update(user=name, login_at=time.time(), csrf=secrets.token_urlsafe(32))
            return redirect(_safe_next(request.args.get("next")))
        return render_template("login.html", error="wrong name or password"), 401
    return render_template("login.html", error="")


@console.post("/logout")
def logout() -> Any:
    session.clear()
    return redirect(url_for(".login"))


@console.get("/")
def index() -> Any:
    return redirect(url_for(".queue_page"))


@console.get("/queue")
def queue_page() -> Any:
    status = request.args.get("status", "review")
    rtype = request.args.get("type", "")
    status = status if status in STATUSES else ""
    rtype = rtype if rtype in REQUEST_TYPES else ""
    rows = _here().review().queue(status=status, request_type=rtype)
    return render_template("queue.html", rows=rows, status=status, rtype=rtype, statuses=STATUSES,
                           request_types=REQUEST_TYPES)


@console.get("/case/<ref>")
def case_page(ref: str) -> Any:
    try:
        case = _here().review().show(ref)
    except ReviewError:
        abort(404)
    for mail in case["mails"]:
        mail["grid"] = template_grid(mail["template_errors"])
    return render_template("case.html", case=case, request_types=REQUEST_TYPES, sender_kinds=SENDER_KINDS,
                           actions=ACTIONS)


@console.post("/case/<ref>/decide")
def decide(ref: str) -> Any:
    form = request.form
    return _act(ref, lambda review: review.decide(
        ref, session["user"], request_type=form.get("request_type", ""), sender_kind=form.get("sender_kind", ""),
        action=form.get("action", ""), note=form.get("note", "")))


@console.post("/case/<ref>/reply")
def reply(ref: str) -> Any:
    message = request.form.get("message", "")
    return _act(ref, lambda review: review.reply(ref, session["user"], message))


@console.post("/case/<ref>/close")
def close(ref: str) -> Any:
    note = request.form.get("note", "")
    return _act(ref, lambda review: review.close(ref, session["user"], note))


def _act(ref: str, action: Callable[[Review], dict[str, Any]]) -> Any:
    here = _here()
    try:
        with here.lock:
            result = action(here.review())
    except ReviewError as exc:
        flash(str(exc), "error")
    else:
        sent = f", {result['reply']} reply sent" if result.get("reply") else ""
        flash(f"{ref}: case {result['status']}{sent}", "ok")
    return redirect(url_for(".case_page", ref=ref), code=303)


@console.get("/attachment/<int:attachment_id>")
def attachment(attachment_id: int) -> Any:
    found = _here().review().attachment(attachment_id)
    if found is None:
        abort(404)
    filename, _type, data = found
    name = _CONTROL.sub("_", filename).strip() or f"attachment-{attachment_id}"
    resp = send_file(io.BytesIO(data), mimetype="application/octet-stream", as_attachment=True,
                     download_name=name, max_age=0, etag=False, conditional=False)
    resp.headers["Cache-Control"] = "no-store"
    return resp


@console.get("/stats")
def stats_page() -> Any:
    return render_template("stats.html", stats=_here().review().stats())
