"""`maild check-config` and `maild doctor`: problems found before a real mail finds them.

check-config loads the config, every rule file and renders every template with
sample data, reporting each problem with its file and key; it refuses what the
daemon would refuse to start with (an IMAP mailbox that has no username or no
password to log in with, a login sent in clear to another machine: IMAP or SMTP
AUTH with security = "plain" off loopback), and warns about each setting that
is fine for a trial but unsafe in production (replies in clear to another
machine, the console open to the network without a TLS proxy, ...). doctor reaches the
IMAP server, the SMTP server and the database with the configured settings
and says plainly what works and what does not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from maild.config import Settings, load_settings
from maild.core.hosts import EVERY_INTERFACE, is_loopback
from maild.core.model import Details, Signature, TemplateError, Verdict
from maild.errors import MaildError

SAMPLE = Verdict(message_id="<sample@example.in>", sender="ravi.kumar@icegate.gov.in", sender_kind="icegate",
                 signature=Signature("Ravi Kumar", "Inspector"), request_type="sso_creation", attachments=(),
                 missing=("service_book", "signature_phone"),
                 template_errors=(TemplateError(4, "last_name", "initials_in_name"), TemplateError(0, "", "unreadable")),
                 action="request_missing", reasons=(), subject="SSO ID creation", details=Details())


def check_config(path: Path | None) -> tuple[list[str], list[str]]:
    """(problems, warnings) of the config, the rules and the templates; no problem: maild can start."""
    problems: list[str] = []
    try:
        settings = load_settings(path, required=path is not None)
    except MaildError as exc:
        return [str(exc)], []
    for name, check in (("rules", _rules), ("reminders", _reminders), ("templates", _templates),
                        ("adapters", _adapters), ("credentials", _credentials)):
        try:
            problems += check(settings)
        except MaildError as exc:
            problems.append(f"{name}: {exc}")
    return problems, unsafe_settings(settings)


def _credentials(settings: Settings) -> list[str]:
    """An IMAP mailbox needs a username and somewhere to read its password from; so does SMTP AUTH."""
    problems = []
    boxes = settings.mailboxes()
    for box in boxes:
        name = f"mailbox {box.section('mailbox')['name']}: " if len(boxes) > 1 else ""
        for section, needed in (("imap", box.section("mailbox")["kind"] == "imap"),
                                ("smtp", box.section("smtp")["kind"] == "smtp" and box.section("smtp")["username"])):
            cfg = box.section(section)
            if not needed:
                continue
            if not cfg["username"]:
                problems.append(f"{name}[{section}] username is empty: maild cannot log in")
            elif not box.secret(section):
                problems.append(f"{name}[{section}] no password: the environment variable "
                                f"{cfg['password_env'] or '(password_env is empty)'} is not set and "
                                "password_file names no file")
    return problems


def unsafe_settings(settings: Settings) -> list[str]:
    """Settings a trial may keep but a production deployment must not (one sentence each)."""
    warnings = []
    boxes = settings.mailboxes()
    for box in boxes:
        name = f"mailbox {box.section('mailbox')['name']}: " if len(boxes) > 1 else ""
        if not box.section("triage")["authserv_ids"]:
            warnings.append(_authserv_warning(name, box.section("mailbox")["kind"] == "imap"))
        if box.section("mailbox")["kind"] == "imap" and str(box.section("mailbox")["cutoff"]).lower() == "none":
            warnings.append(f"{name}[mailbox] cutoff = \"none\": every mail already in the mailbox "
                            "will be answered on the first run")
        if not box.section("triage")["sandbox"]:
            warnings.append(f"{name}[triage] sandbox = false: a hostile attachment is read inside "
                            "the daemon, without CPU, memory or time limits")
        if not box.section("replies")["operators"]:
            warnings.append(f"{name}[replies] operators is empty: no one is told when polling fails "
                            "or cases are overdue")
        warnings += [name + w for w in _clear_smtp(box.section("smtp"))]
    warnings += _open_console(settings.section("web"))
    web = settings.section("web")
    try:
        secret = settings.secret("web", "secret")
    except MaildError:
        secret = ""  # an unreadable secret_file: the same as none
    if len(secret) < 16:
        warnings.append(f"[web] no session secret of 16 characters or more (${web['secret_env']} or "
                        "secret_file): `maild web` will refuse to start")
    if not web.get("cookie_secure", False):
        warnings.append("[web] cookie_secure is off: the console's session cookie would also travel over plain "
                        "HTTP; serve it behind TLS and turn cookie_secure on")
    return warnings


def _clear_smtp(smtp: Mapping[str, Any]) -> list[str]:
    """SMTP without TLS to another machine (without a login: with one, the daemon refuses it)."""
    if smtp["kind"] != "smtp" or smtp["security"] != "plain" or smtp["username"] or is_loopback(smtp["host"]):
        return []
    return [f"[smtp] security = \"plain\" to {smtp['host']}: every reply (officers' names, case details) crosses "
            "the network unencrypted; use \"starttls\" or \"tls\""]


def _open_console(web: Mapping[str, Any]) -> list[str]:
    """The console on every interface, or on another machine's reach without a TLS proxy in front."""
    host = str(web["host"])
    if host.strip() in EVERY_INTERFACE:
        return [f"[web] host = \"{host}\": the console listens on every interface, reachable around any "
                "TLS proxy, with logins and the mails' personal data over plain HTTP; serve it on 127.0.0.1 "
                "behind a TLS reverse proxy ([web] trusted_proxy)"]
    if not is_loopback(host) and not web["trusted_proxy"]:
        return [f"[web] host = \"{host}\" with no [web] trusted_proxy: the console is reached over plain HTTP "
                "from other machines (logins and the mails' personal data in clear); put a TLS reverse proxy "
                "in front and name it in trusted_proxy"]
    return []


def _authserv_warning(name: str, imap: bool) -> str:
    """The empty authserv_ids warning; for a real (IMAP) mailbox it says what an attacker gains."""
    if not imap:
        return (f"{name}[triage] authserv_ids is empty: the topmost Authentication-Results field is trusted, "
                "whoever added it; set the receiving server's id")
    return (f"{name}[triage] authserv_ids is empty on an IMAP mailbox: ANY Authentication-Results field is "
            "trusted, so a forger who writes 'dmarc=pass' for an ICEGATE address gets it acknowledged and "
            "answered; set it to the receiving server's authserv-id (e.g. [\"mx.icegate.gov.in\"])")


def _rules(settings: Settings) -> list[str]:
    from maild.adapters.rules import load_rules

    load_rules(settings.paths.rules)
    return []


def _reminders(settings: Settings) -> list[str]:
    settings.reminder_policy()
    return []


def _templates(settings: Settings) -> list[str]:
    from jinja2 import TemplateError as JinjaError

    from maild.adapters.templates import environment

    env = environment(settings.paths.templates)
    helpdesk = {"name": "Saksham Seva Helpdesk", "office": "DG Systems", "phones": "1800-266-2232"}
    context = {"v": SAMPLE, "case_ref": "SS-2026-000123", "subject": "SSO ID creation", "helpdesk": helpdesk,
               "redirect": {"eccs": "ECCS Helpdesk"}, "note": "done", "seq": 1, "size_mb": "30", "limit_mb": "20",
               "mailbox": "saksham-seva", "what": "down", "detail": "sample", "cases": [
                   {"ref": "SS-2026-000123", "request_type": "sso_creation", "subject": "x", "age_hours": 50}],
               "file": "sample.eml", "message": "sample reply", "operator": "operator",
               "plan": {"uid": 7, "action": "review", "reply": "", "folder": "Review", "old": False,
                        "case": False, "note": "sample"},
               "uid": 7, "size": 30000000, "told": True, "error": "sample", "folder": "Review", "old": 2,
               "since": "2026-12-03 22:41 IST", "first": True}
    problems = []
    for name in env.list_templates(filter_func=lambda n: n.endswith(".j2") and not n.rsplit("/", 1)[-1].startswith("_")):
        if name.startswith("web/"):
            continue
        try:
            text = env.get_template(name).render(**context)
        except JinjaError as exc:
            problems.append(f"{settings.paths.templates / name}: {type(exc).__name__}: {exc}")
            continue
        if name.startswith("reply/") and not text.startswith("Subject:"):
            problems.append(f"{settings.paths.templates / name}: the first line must be 'Subject: ...'")
    return problems


def _adapters(settings: Settings) -> list[str]:
    """Each mailbox's mailbox and sender built as the daemon builds them: what it would refuse to
    start with (an unknown kind, "plain" security off this machine with a login)."""
    from maild.bootstrap import build_inbox, build_sender

    problems = []
    boxes = settings.mailboxes()
    for box in boxes:
        name = f"mailbox {box.section('mailbox')['name']}: " if len(boxes) > 1 else ""
        for build in (build_inbox, build_sender):
            try:
                build(box)
            except MaildError as exc:
                problems.append(f"{name}{exc}")
    return problems


def doctor(settings: Settings, timeout: float = 10.0) -> list[tuple[str, bool, str]]:
    """(what, works, detail) for the mailbox, the SMTP server and the database."""
    results = []
    for name, probe in (("database", _probe_db), ("mailbox", _probe_inbox), ("smtp", _probe_smtp)):
        try:
            results.append((name, True, probe(settings, timeout)))
        except Exception as exc:  # doctor reports every failure in words, whatever raised it
            results.append((name, False, f"{type(exc).__name__}: {exc}"))
    return results


def _probe_db(settings: Settings, timeout: float) -> str:
    from sqlalchemy import text

    from maild.bootstrap import build_store

    store = build_store(settings)
    with store.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return f"{store.engine.url.render_as_string(hide_password=True)} answers"


def _probe_inbox(settings: Settings, timeout: float) -> str:
    from maild.bootstrap import build_inbox

    inbox = build_inbox(settings)
    try:
        validity = inbox.connect()
        waiting = len(inbox.all_uids())
    finally:
        inbox.close()
    return f"{settings.section('mailbox')['kind']} mailbox open (UIDVALIDITY {validity}, {waiting} mail(s) in it)"


def _probe_smtp(settings: Settings, timeout: float) -> str:
    smtp = settings.section("smtp")
    if smtp["kind"] == "file":
        folder = settings.data_path(smtp["outbox"])
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".doctor"
        probe.write_text(dt.datetime.now().isoformat())
        probe.unlink()
        return f"file outbox {folder} is writable"
    import asyncio

    import aiosmtplib

    async def hello() -> str:
        client = aiosmtplib.SMTP(hostname=smtp["host"], port=smtp["port"], timeout=timeout,
                                 use_tls=smtp["security"] == "tls", start_tls=smtp["security"] == "starttls")
        await client.connect()
        if smtp["username"]:
            await client.login(smtp["username"], settings.secret("smtp"))
        code, _ = await client.noop()
        await client.quit()
        return f"SMTP {smtp['host']}:{smtp['port']} answers ({code})"

    return asyncio.run(hello())

