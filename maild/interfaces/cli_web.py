"""`maild web` serves the operators' console; `maild web adduser NAME` adds an operator or changes
their password, `maild web removeuser NAME` removes one.

The console is served by waitress (a production WSGI server, with no banner in
`Server:`) on `[web] host`/`port`, loopback by default: put a TLS reverse proxy
in front to reach it from elsewhere, and name it in `[web] trusted_proxy`.
Accounts live in the `[web] users_file` as `name:hash` lines (werkzeug's salted
scrypt), so a password is never stored or typed on a command line. A changed
password or a removed operator ends that operator's console sessions at once.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from maild.errors import ConfigError


def register(sub: Any) -> None:
    web = sub.add_parser("web", help="serve the operators' browser console (loopback by default)",
                         description="`maild web` serves the operators' browser console on [web] host and port "
                                     "(127.0.0.1:8025 by default) until stopped; `maild web adduser NAME` adds "
                                     "an operator instead.")
    web.add_argument("--config", type=Path, default=None, help="config file (default ./maild.toml)")
    web.set_defaults(handler=_serve)
    wsub = web.add_subparsers(dest="web_command", metavar="[adduser]",
                              help="nothing: serve the console; adduser: add an operator")
    add = wsub.add_parser("adduser", help="add an operator or change an operator's password")
    add.add_argument("name", help="the operator's name, as the audit log will show it")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    # SUPPRESS: a --config given before `adduser` is not reset to None by the subparser's default.
    add.add_argument("--config", type=Path, default=argparse.SUPPRESS,
                     help="config file (default ./maild.toml)")
    add.set_defaults(handler=_adduser)
    remove = wsub.add_parser("removeuser", help="remove an operator; their console sessions end at once")
    remove.add_argument("name", help="the operator's name")
    remove.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="config file (default ./maild.toml)")
    remove.set_defaults(handler=_removeuser)


def _settings(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from maild.config import load_settings

    config = getattr(args, "config", None)
    return load_settings(config, required=config is not None)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"password for {args.name}: ")
    if getpass.getpass("again: ") != first:
        raise ConfigError("the two passwords differ")
    return first


def _adduser(args: argparse.Namespace) -> int:
    from maild.interfaces.web import add_user, users_path

    path = users_path(_settings(args))
    add_user(path, args.name, _password(args))
    print(f"operator {args.name} saved in {path}")
    return 0


def _removeuser(args: argparse.Namespace) -> int:
    import getpass

    from maild.adapters.operators import OperatorFile
    from maild.app.access import Access
    from maild.bootstrap import build_store
    from maild.interfaces.web import users_path

    settings = _settings(args)
    store = build_store(settings)
    access = Access(store, OperatorFile(users_path(settings)), _now, float(settings.section("web")["session_hours"]))
    ended = access.remove(args.name, getpass.getuser())
    print(f"operator {args.name} removed; {ended} console session(s) ended")
    return 0


def _now():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc)


def _serve(args: argparse.Namespace) -> int:
    from maild.interfaces.cli_common import review_of
    from maild.interfaces.web import create_app, load_users, users_path
    from maild.interfaces.web.serve import server

    settings = _settings(args)
    review = review_of(getattr(args, "config", None))
    app = create_app(settings, lambda: review)  # refuses to start without a session secret
    if not load_users(users_path(settings)):
        print(f"maild web: no operator yet; add one with `maild web adduser NAME` ({users_path(settings)})",
              file=sys.stderr)
    cfg = settings.section("web")
    running = server(app, str(cfg["host"]), int(cfg["port"]), trusted_proxy=str(cfg["trusted_proxy"]),
                     threads=int(cfg["threads"]))
    print(f"maild web: serving on http://{cfg['host']}:{running.effective_port}/", file=sys.stderr)
    try:
        running.run()
    except KeyboardInterrupt:
        pass
    finally:
        running.close()
    return 0
