"""The console's pages over maild.app.review: the queue, a case, its forms, attachments, stats.

Every value from a mail reaches the page through Jinja's autoescaping, as text:
a mail's HTML is never rendered (maild.core.readable turns it into text), and
an attachment is always sent as application/octet-stream for download.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from typing import Any

from flask import abort, flash, redirect, render_template, request, send_file, url_for

from maild.app.review import ACTIONS, SENDER_KINDS, STATUSES, Review, ReviewError
from maild.core.model import REQUEST_TYPES
from maild.core.times import shown
from maild.interfaces.outcomes import exit_code, said
from maild.interfaces.web.console import console, here, operator

_CONTROL = re.compile(r"[\x00-\x1f\x7f\"\\\\/]")
AGES = {"": None, "1d": dt.timedelta(days=1), "2d": dt.timedelta(days=2), "7d": dt.timedelta(days=7)}


def template_grid(errors: list[dict[str, Any]]) -> dict[str, Any]:
    """The template errors as a sheet: one line per Excel row, one column per column in error."""
    columns = list(dict.fromkeys(e["column"] for e in errors))
    rows: dict[int, dict[str, list[str]]] = {}
    for e in errors:
        rows.setdefault(int(e["row"]), {}).setdefault(e["column"], []).append(e["code"])
    return {"columns": columns, "rows": sorted(rows.items())}


@console.get("/")
def index() -> Any:
    return redirect(url_for(".queue_page"))


@console.get("/queue")
def queue_page() -> Any:
    """Cases oldest first (the review queue by default), with how long each has waited and why."""
    args = request.args
    status = args.get("status", "review")
    status = status if status in STATUSES else ""
    rtype = args.get("type", "")
    rtype = rtype if rtype in REQUEST_TYPES else ""
    sender = args.get("sender", "").strip()[:120]
    age = args.get("age", "")
    age = age if age in AGES else ""
    newest = args.get("order", "") == "newest"
    rows = here().review().queue(status=status, request_type=rtype, sender=sender, older_than=AGES[age],
                                 newest_first=newest)
    return render_template("queue.html", rows=rows, status=status, rtype=rtype, sender=sender, age=age,
                           newest=newest, statuses=STATUSES, request_types=REQUEST_TYPES, ages=list(AGES))


@console.get("/case/<ref>")
def case_page(ref: str) -> Any:
    try:
        case = here().review().show(ref)
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
        ref, operator(), request_type=form.get("request_type", ""), sender_kind=form.get("sender_kind", ""),
        action=form.get("action", ""), note=form.get("note", "")[:2000]), _letter("decide"))


@console.post("/case/<ref>/reply")
def reply(ref: str) -> Any:
    message = request.form.get("message", "")
    return _act(ref, lambda review: review.reply(ref, operator(), message), _letter("reply"))


@console.post("/case/<ref>/close")
def close(ref: str) -> Any:
    note = request.form.get("note", "")[:2000]
    return _act(ref, lambda review: review.close(ref, operator(), note), _letter("close"))


def _letter(what: str) -> Callable[[dict[str, Any]], tuple[str, str]]:
    """What the operator is told of an action that queues a letter: the same words as the command
    line's (maild.interfaces.outcomes), an error when the letter did not go."""
    def told(result: dict[str, Any]) -> tuple[str, str]:
        zone = here().zone
        text = said(what, result, lambda iso: shown(dt.datetime.fromisoformat(iso), zone) if iso else "")
        return text, "ok" if exit_code(result) == 0 else "error"
    return told


@console.post("/case/<ref>/merge")
def merge(ref: str) -> Any:
    """This whole case into another (a colleague's follow-up that opened its own case)."""
    form = request.form
    return _act(ref, lambda review: review.merge_case(ref, form.get("into", ""), operator(),
                                                      form.get("note", "")[:2000]),
                lambda done: f"case {done['from']} merged into {done['ref']}")


@console.post("/case/<ref>/mail/<int:mail_id>/move")
def move_mail(ref: str, mail_id: int) -> Any:
    form = request.form
    return _act(ref, lambda review: review.move_mail(ref, mail_id, form.get("into", ""), operator(),
                                                     form.get("note", "")[:2000]),
                lambda done: f"mail {mail_id} moved from {done['from']} into {done['ref']}")


@console.post("/case/<ref>/mail/<int:mail_id>/split")
def split_mail(ref: str, mail_id: int) -> Any:
    note = request.form.get("note", "")[:2000]
    return _act(ref, lambda review: review.split_mail(ref, mail_id, operator(), note),
                lambda done: f"mail {mail_id} split out of {done['from']} into a new case, {done['ref']}")


def _act(ref: str, action: Callable[[Review], dict[str, Any]],
         told: Callable[[dict[str, Any]], str | tuple[str, str]]) -> Any:
    """Run an operator's action (one at a time), say what it did, and show the case it left."""
    console_ = here()
    try:
        with console_.lock:
            result = action(console_.review())
    except ReviewError as exc:
        flash(str(exc), "error")
        return redirect(url_for(".case_page", ref=ref), code=303)
    message = told(result)
    text, category = message if isinstance(message, tuple) else (message, "ok")
    flash(text, category)
    return redirect(url_for(".case_page", ref=result.get("ref") or ref), code=303)


@console.get("/attachment/<int:attachment_id>")
def attachment(attachment_id: int) -> Any:
    found = here().review().attachment(attachment_id)
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
    return render_template("stats.html", stats=here().review().stats())
