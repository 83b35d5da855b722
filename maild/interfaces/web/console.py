"""The console's blueprint and what its pages share: the deployment's parts, the operator."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass

from flask import Blueprint, current_app, g

from maild.app.access import Access
from maild.app.review import Review
from maild.config import Settings

console = Blueprint("console", __name__)


@dataclass(frozen=True)
class Console:
    """What the pages work with: the settings, the operators' actions, the logins, the office's
    time zone, and a lock that lets one operator action (which sends the outbox) run at a time."""

    settings: Settings
    review: Callable[[], Review]
    access: Access
    zone: dt.tzinfo
    lock: threading.Lock
    secure: bool  # [web] cookie_secure: cookies only over HTTPS, whatever the request says


def here() -> Console:
    found: Console = current_app.extensions["maild.console"]
    return found


def operator() -> str:
    """The operator of this request (the guard let it through only with one)."""
    return str(g.get("operator") or "")
