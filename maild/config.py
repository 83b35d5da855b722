"""maild.toml -> Settings: every key has a default, and an environment override.

`[section] key` can be set by `MAILD_SECTION_KEY` (`MAILD_TRIAGE_AUTHSERV_IDS`
for `[triage] authserv_ids`; lists are comma-separated), as containers and
systemd expect. Paths are resolved relative to the config file. Secrets are
never read from the TOML: only from the environment or a file it names.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from maild.core.policy import TriagePolicy
from maild.core.reminders import ReminderPolicy
from maild.errors import ConfigError
from maild.adapters.templates import default_templates_dir
from maild.adapters.rules import default_rules_dir

DEFAULT_FILE = Path("maild.toml")

# section -> key -> default; the type of the default is the type of the key.
DEFAULTS: dict[str, dict[str, Any]] = {
    "paths": {"rules": "", "templates": "", "data": "var"},
    "mailbox": {
        "kind": "maildir",
        "name": "saksham-seva",
        "maildir": "mail",
        "cutoff": "first-run",
        "max_size": 20_000_000,
        "batch": 50,
        "folder_acknowledge": "Processed",
        "folder_request_missing": "Processed",
        "folder_redirect": "Processed",
        "folder_review": "Review",
        "folder_ignore": "Ignored",
        "folder_old": "Processed",
        "keep_raw": True,
        "retention_days": 90,
        "sent_folder": "",
        "reconcile_days": 3,
    },
    "imap": {
        "host": "127.0.0.1",
        "port": 993,
        "security": "tls",
        "username": "",
        "password_env": "MAILD_IMAP_PASSWORD",
        "password_file": "",
        "folder": "INBOX",
        "idle": True,
        "idle_refresh": 1680.0,
        "check_interval": 0.0,
        "timeout": 60.0,
    },
    "smtp": {
        "kind": "file",
        "outbox": "outbox",
        "host": "127.0.0.1",
        "port": 587,
        "security": "starttls",
        "username": "",
        "password_env": "MAILD_SMTP_PASSWORD",
        "password_file": "",
        "timeout": 60.0,
        "retry_seconds": 60.0,
        "max_attempts": 8,
        "copy_to": "",
    },
    "db": {"url": ""},
    "replies": {
        "from_name": "Saksham Seva Helpdesk",
        "from_address": "saksham.seva@icegate.gov.in",
        "helpdesk_office": "Directorate General of Systems, CBIC",
        "from_name_hi": "सक्षम सेवा हेल्पडेस्क",
        "helpdesk_office_hi": "प्रणाली महानिदेशालय, सीबीआईसी",
        "helpdesk_phones": "1800-266-2232, 1800-121-4560",
        "eccs_contact": "ECCS Helpdesk, eccs.helpdesk@icegate.gov.in, 1800-2666-882",
        "trade_portal_contact": "ICEGATE Helpdesk, icegatehelpdesk@icegate.gov.in, 1800-3010-1000",
        "per_sender_daily_cap": 10,
        "repeat_window_hours": 24.0,
        "operators": [],
    },
    "reminders": {
        "after_hours": 72.0,
        "every_hours": 72.0,
        "max_reminders": 2,
        "overdue_hours": 48.0,
        "digest_every_hours": 24.0,
        "weekly_off": ["sunday"],
        "holidays": [],
        "timezone": "Asia/Kolkata",
        "workday_start": "09:30",
        "sweep_seconds": 300.0,
    },
    "web": {
        "host": "127.0.0.1",
        "port": 8025,
        "users_file": "operators.txt",
        "secret_env": "MAILD_WEB_SECRET",
        "secret_file": "",
        "session_hours": 12.0,
        "cookie_secure": False,
        "trusted_proxy": "",
        "threads": 8,
        "login_free_failures": 3,
        "login_delay_seconds": 1.0,
        "login_delay_max": 300.0,
        "login_account_delay_max": 30.0,
    },
    "metrics": {"enabled": False, "host": "127.0.0.1", "port": 9125},
    "daemon": {"poll_interval": 60.0, "reconnect_max": 300.0, "dry_run": False, "alert_after": 900.0,
               "lease_seconds": 30.0},
    "triage": {
        "own_addresses": ["saksham.seva@icegate.gov.in"],
        "authserv_ids": [],
        "relaxed_alignment": False,
        "max_mail_bytes": 40_000_000,
        "max_parts": 500,
        "max_depth": 30,
        "max_attachment_bytes": 30_000_000,
        "sandbox": True,
        "sandbox_cpu_seconds": 10.0,
        "sandbox_memory_mb": 400,
        "sandbox_wall_seconds": 30.0,
        "sandbox_parallel": 2,
    },
}


@dataclass(frozen=True, slots=True)
class Paths:
    rules: Path
    templates: Path
    data: Path


PATH_KEYS = ("rules", "templates", "data")
MAILBOX_SECTIONS = ("imap", "smtp", "replies", "triage", "reminders", "db")


@dataclass(frozen=True, slots=True)
class Settings:
    """The whole configuration, validated (for one mailbox; see mailboxes())."""

    source: Path | None
    paths: Paths
    values: Mapping[str, Mapping[str, Any]]
    raw: Mapping[str, Any] = field(default_factory=dict)
    env: Mapping[str, str] = field(default_factory=dict)

    def mailboxes(self) -> list[Settings]:
        """One Settings per mailbox: each [[mailboxes]] entry over the shared sections.

        An entry may set any [mailbox] key, `address` (the helpdesk address its replies come
        from), `rules`/`templates`/`data` paths, and tables named after a section ([imap],
        [smtp], [replies], [triage], [reminders], [db]) that override that section.
        """
        entries = self.raw.get("mailboxes", [])
        if not entries:
            return [self]
        return [self._for_entry(entry, index) for index, entry in enumerate(entries)]

    def _for_entry(self, entry: Any, index: int) -> Settings:
        where = f"{self.source or DEFAULT_FILE}: [[mailboxes]] #{index + 1}"
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
            raise ConfigError(f"{where} must be a table with a name")
        data = {k: dict(v) for k, v in self.raw.items() if k != "mailboxes" and isinstance(v, Mapping)}
        for key, value in entry.items():
            if key in DEFAULTS["mailbox"]:
                data.setdefault("mailbox", {})[key] = value
            elif key in PATH_KEYS:
                data.setdefault("paths", {})[key] = value
            elif key == "address":
                data.setdefault("replies", {})["from_address"] = value
                data.setdefault("triage", {})["own_addresses"] = [value]
            elif key in MAILBOX_SECTIONS and isinstance(value, Mapping):
                data.setdefault(key, {}).update(value)
            else:
                raise ConfigError(f"{where} ({entry['name']}): unknown key {key}")
        values = _merge(data, self.env, where)
        base = self.source.parent if self.source else Path.cwd()
        return Settings(self.source, _paths(values["paths"], base), values, {}, self.env)

    def section(self, name: str) -> Mapping[str, Any]:
        return self.values[name]

    def db_url(self) -> str:
        url = self.values["db"]["url"]
        return url or f"sqlite:///{self.paths.data / 'maild.db'}"

    def data_path(self, value: str) -> Path:
        path = Path(value)
        return path if path.is_absolute() else self.paths.data / path

    def helpdesk_domain(self) -> str:
        """The domain of the helpdesk's address: the right-hand side of every Message-ID maild makes,
        and how its own replies are known when they come back."""
        return str(self.values["replies"]["from_address"]).rpartition("@")[2] or "localhost"

    def secret(self, section: str, key: str = "password") -> str:
        """A secret from the environment variable or the file the config names (never the TOML)."""
        cfg = self.values[section]
        env_name = cfg.get(f"{key}_env", "")
        file_name = cfg.get(f"{key}_file", "")
        if file_name:
            path = Path(file_name)
            try:
                return path.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigError(f"[{section}] {key}_file: {path} cannot be read ({exc.strerror})") from exc
        return os.environ.get(env_name, "") if env_name else ""

    def reminder_policy(self) -> ReminderPolicy:
        r = self.values["reminders"]
        days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        off = set()
        for name in r["weekly_off"]:
            if name.lower() not in days:
                raise ConfigError(f"[reminders] weekly_off: {name!r} is not a day of the week")
            off.add(days.index(name.lower()))
        try:
            holidays = frozenset(dt.date.fromisoformat(d) for d in r["holidays"])
            start = dt.time.fromisoformat(r["workday_start"])
        except ValueError as exc:
            raise ConfigError(f"[reminders] holidays must be YYYY-MM-DD dates and workday_start HH:MM ({exc})") from exc
        try:
            ZoneInfo(r["timezone"])
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(f"[reminders] timezone: unknown time zone {r['timezone']!r}") from exc
        return ReminderPolicy(
            after=dt.timedelta(hours=r["after_hours"]), every=dt.timedelta(hours=r["every_hours"]),
            max_reminders=r["max_reminders"], overdue=dt.timedelta(hours=r["overdue_hours"]),
            digest_every=dt.timedelta(hours=r["digest_every_hours"]), weekly_off=frozenset(off),
            holidays=holidays, timezone=r["timezone"], workday_start=start)

    def triage_policy(self) -> TriagePolicy:
        t = self.values["triage"]
        return TriagePolicy(
            own_addresses=tuple(a.lower() for a in t["own_addresses"]),
            authserv_ids=tuple(t["authserv_ids"]),
            relaxed_alignment=t["relaxed_alignment"],
            max_mail_bytes=t["max_mail_bytes"],
            max_parts=t["max_parts"],
            max_depth=t["max_depth"],
            max_attachment_bytes=t["max_attachment_bytes"],
        )


def load_settings(path: Path | None = None, *, required: bool = False,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Read the config file (or only defaults when there is none) and the environment."""
    env = os.environ if environ is None else environ
    path = path or (Path(env["MAILD_CONFIG"]) if env.get("MAILD_CONFIG") else DEFAULT_FILE)
    data: dict[str, Any] = {}
    source: Path | None = None
    if path.is_file():
        source = path.resolve()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot be read ({exc})") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    elif required:
        raise ConfigError(f"{path}: config file not found")
    boxes = data.get("mailboxes", [])
    if not isinstance(boxes, list):
        raise ConfigError(f"{path}: mailboxes must be an array of tables ([[mailboxes]])")
    values = _merge({k: v for k, v in data.items() if k != "mailboxes"}, env, str(path))
    base = source.parent if source else Path.cwd()
    settings = Settings(source, _paths(values["paths"], base), values, data, dict(env))
    names = [s.section("mailbox")["name"] for s in settings.mailboxes()] if boxes else []
    if len(set(names)) != len(names):
        raise ConfigError(f"{path}: two [[mailboxes]] have the same name")
    return settings


def _merge(data: Mapping[str, Any], env: Mapping[str, str], where: str) -> dict[str, dict[str, Any]]:
    for section in data:
        if section not in DEFAULTS:
            raise ConfigError(f"{where}: unknown section [{section}]")
    merged: dict[str, dict[str, Any]] = {}
    for section, keys in DEFAULTS.items():
        given = data.get(section, {})
        if not isinstance(given, Mapping):
            raise ConfigError(f"{where}: [{section}] must be a table")
        for key in given:
            if key not in keys:
                raise ConfigError(f"{where}: unknown key [{section}] {key}")
        merged[section] = {}
        for key, default in keys.items():
            value = given.get(key, default)
            env_name = f"MAILD_{section}_{key}".upper()
            if env_name in env:
                value = _from_env(env[env_name], default, env_name)
            merged[section][key] = _typed(value, default, f"{where}: [{section}] {key}")
    return merged


def _from_env(text: str, default: Any, name: str) -> Any:
    if isinstance(default, bool):
        if text.lower() in ("1", "true", "yes", "on"):
            return True
        if text.lower() in ("0", "false", "no", "off", ""):
            return False
        raise ConfigError(f"environment {name}: must be true or false")
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError as exc:
            raise ConfigError(f"environment {name}: must be a whole number") from exc
    if isinstance(default, float):
        try:
            return float(text)
        except ValueError as exc:
            raise ConfigError(f"environment {name}: must be a number") from exc
    if isinstance(default, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def _typed(value: Any, default: Any, where: str) -> Any:
    kind = type(default)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"{where} must be {_kind_name(kind)}, not {value!r}")
    if kind is list and not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings")
    return value


def _kind_name(kind: type) -> str:
    return {bool: "true or false", int: "a whole number", float: "a number", str: "a string",
            list: "a list of strings"}.get(kind, kind.__name__)


def _paths(p: Mapping[str, Any], base: Path) -> Paths:
    def resolve(value: str, fallback: Path) -> Path:
        return (base / value).resolve() if value else fallback

    return Paths(rules=resolve(p["rules"], default_rules_dir()),
                 templates=resolve(p["templates"], default_templates_dir()),
                 data=resolve(p["data"], base / "var"))
