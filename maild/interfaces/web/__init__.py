"""The operators' browser console: the review queue, case pages, and the decide, reply, close,
merge and split forms, served by waitress (`maild web`).

Server-rendered Flask pages over maild.app.review, so a click in the browser
does exactly what `maild review decide` does and is audited with the
operator's name. What holds it against an attacker is in maild.app.access
(logins the server holds and ends, throttling) and web.app (the cookies, CSRF,
the headers): every page behind the login, a CSRF token per session checked
on every POST, cookies HttpOnly, SameSite=Strict and Secure over TLS,
attachments always downloaded as octet-stream, every byte of a mail escaped
and shown as text, and a Content-Security-Policy that allows no script.
"""

from __future__ import annotations

from maild.adapters.operators import add_user, check_login, load_users, remove_user
from maild.interfaces.web.app import create_app, users_path
from maild.interfaces.web.pages import template_grid

__all__ = ["add_user", "check_login", "create_app", "load_users", "remove_user", "template_grid", "users_path"]
