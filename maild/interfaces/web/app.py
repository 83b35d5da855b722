"""The console's Flask app: its cookies, the guard in front of every page, its headers, its filters.

The session cookie is Flask's signed one, but it holds no login by itself: it
carries the CSRF token, the flashed messages and the token of a login the
server holds (maild.app.access), looked up on every request. Cookies are
HttpOnly and SameSite=Strict always, and Secure when `[web] cookie_secure` is
on or the request came over TLS (directly, or through `[web] trusted_proxy`).
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from flask import Flask, Response, abort, g, redirect, request, session, url_for
from flask.sessions import SecureCookieSessionInterface
from jinja2 import FileSystemLoader

from maild.adapters.operators import OperatorFile
from maild.app.access import Access, Limits
from maild.app.review import Review
from maild.config import Settings
from maild.core.times import how_long, shown
from maild.errors import ConfigError
from maild.interfaces.web import auth, pages  # noqa: F401  (their routes join the blueprint)
from maild.interfaces.web.console import Console, console

PUBLIC = {"console.login", "static"}
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")


def users_path(settings: Settings) -> Path:
    return settings.data_path(settings.section("web")["users_file"])


class _Sessions(SecureCookieSessionInterface):
    """Flask's signed cookie, Secure also whenever the request itself came over TLS."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure


def create_app(settings: Settings, review_factory: Callable[[], Review] | None = None, *,
               secret: str | None = None, access: Access | None = None,
               clock: Callable[[], dt.datetime] | None = None) -> Flask:
    """The console for one maild deployment; `secret` is for tests, else `[web]` secret_env/secret_file."""
    key = secret if secret is not None else settings.secret("web", "secret")
    cfg = settings.section("web")
    if len(key) < 16:
        raise ConfigError(f"[web] no session secret (at least 16 characters): set ${cfg['secret_env']} "
                          "or [web] secret_file")
    folder = settings.paths.templates / "web"
    app = Flask("maild.interfaces.web", static_folder=str(folder / "static"), static_url_path="/static")
    # Every template escapes, whatever its name: the console imports macros from .j2 files shared with
    # the review command, and a macro of a template that does not escape would return a mail's bytes as markup.
    app.jinja_options = {**app.jinja_options, "autoescape": True}
    app.jinja_loader = FileSystemLoader([str(folder), str(settings.paths.templates)])
    hours = float(cfg["session_hours"])
    app.session_interface = _Sessions()
    app.config.update(SECRET_KEY=key, SESSION_COOKIE_NAME="maild_session", SESSION_COOKIE_HTTPONLY=True,
                      SESSION_COOKIE_SAMESITE="Strict", SESSION_COOKIE_SECURE=bool(cfg["cookie_secure"]),
                      PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=hours), MAX_CONTENT_LENGTH=64 * 1024)
    factory = review_factory or _default_factory(settings)
    now = clock or (lambda: dt.datetime.now(dt.timezone.utc))
    zone = ZoneInfo(str(settings.section("reminders")["timezone"]))
    app.extensions["maild.console"] = Console(settings, factory, access or _access(settings, factory, now),
                                              zone, threading.Lock(), bool(cfg["cookie_secure"]))
    _guards(app)
    _filters(app, zone)
    app.register_blueprint(console)
    return app


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


def _access(settings: Settings, factory: Callable[[], Review], clock: Callable[[], dt.datetime]) -> Access:
    """The logins over the operators' store (the one the review uses) and the users file."""
    cfg = settings.section("web")
    limits = Limits(int(cfg["login_free_failures"]), float(cfg["login_delay_seconds"]),
                    float(cfg["login_delay_max"]), float(cfg["login_account_delay_max"]))
    return Access(factory().store, OperatorFile(users_path(settings)), clock,  # type: ignore[arg-type]
                  float(cfg["session_hours"]), limits)


def _guards(app: Flask) -> None:
    @app.before_request
    def guard() -> Any:
        if "csrf" not in session:
            session["csrf"] = secrets.token_urlsafe(32)
        if request.endpoint == "static":
            return None
        g.operator = app.extensions["maild.console"].access.operator_of(str(session.get("sid", "")))
        if g.operator is None:
            session.pop("sid", None)
        if request.endpoint not in PUBLIC and not g.operator:
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
        resp.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        resp.headers.setdefault("Cache-Control", "no-store")
        if request.is_secure:
            resp.headers["Strict-Transport-Security"] = "max-age=31536000"
        resp.headers.pop("Server", None)
        return resp

    @app.context_processor
    def context() -> dict[str, Any]:
        return {"csrf": session.get("csrf", ""), "user": g.get("operator") or ""}


def _filters(app: Flask, zone: dt.tzinfo) -> None:
    @app.template_filter("local")
    def local(iso: str | None) -> str:
        """A stored UTC time in the office's zone, named ('2026-12-03 14:05 IST')."""
        return shown(dt.datetime.fromisoformat(iso), zone) if iso else ""

    @app.template_filter("span")
    def span(seconds: float | None) -> str:
        """How long, as people say it: '12 min', '5 h 03 min', '3 d 4 h' (maild.core.times.how_long)."""
        return "" if seconds is None else how_long(float(seconds))
