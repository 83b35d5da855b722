"""The operators' commands: `maild review list|show|decide`, `maild case close`, `maild stats`.

Readable tables by default, `--json` for scripts. The logic is in maild.app.review.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


REF = "the case reference, e.g. SS-2026-000123"


def register(sub: Any) -> None:
    from maild.app.review import ACTIONS, SENDER_KINDS
    from maild.core.model import REQUEST_TYPES

    review = sub.add_parser("review", help="the review queue: list, show and decide cases")
    rsub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    lst = rsub.add_parser("list", help="the queue, newest first, with age, sender, type and reason")
    lst.add_argument("--status", default="review", help="case status to list (default review; '' for all)")
    lst.add_argument("--type", default="", choices=REQUEST_TYPES, help="only this request type")
    _common(lst, _list)
    show = rsub.add_parser("show", help="a case: verdict, reasons, mails, attachments, replies, audit")
    show.add_argument("ref", help=REF)
    _common(show, _show)
    decide = rsub.add_parser("decide", help="override the verdict; the right reply then goes out")
    decide.add_argument("ref", help=REF)
    decide.add_argument("--type", default="", choices=REQUEST_TYPES, help="the request type (default: as triaged)")
    decide.add_argument("--sender-kind", default="", choices=SENDER_KINDS, help="the sender kind (default: as triaged)")
    decide.add_argument("--action", default="", choices=ACTIONS,
                        help="the action (default: request_missing while something is missing, else acknowledge)")
    decide.add_argument("--note", default="", help="why (kept in the audit log)")
    _common(decide, _decide, writes=True)
    case = sub.add_parser("case", help="act on a case")
    csub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    answer = csub.add_parser("reply", help="send the requester a message of your own, threaded to the case")
    answer.add_argument("ref", help=REF)
    answer.add_argument("--message", required=True, help="the text of the reply")
    _common(answer, _reply, writes=True)
    close = csub.add_parser("close", help="close a case once done; the closure reply goes out")
    close.add_argument("ref", help=REF)
    close.add_argument("--note", default="", help="what was done (quoted in the reply and the audit)")
    _common(close, _close, writes=True)
    stats = sub.add_parser("stats", help="counts by type, action and status; median times")
    _common(stats, _stats)


def _common(parser: argparse.ArgumentParser, handler: Any, writes: bool = False) -> None:
    """--config and --json; --operator only for the commands that act (a read is not audited)."""
    parser.add_argument("--config", type=Path, default=None, help="config file (default ./maild.toml)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    if writes:
        parser.add_argument("--operator", default="", help="your name for the audit log (default: $USER)")
    parser.set_defaults(handler=handler)


def review_of(config: Path | None) -> Any:
    """The operators' actions (maild.app.review.Review) over the configured mailbox."""
    from maild import bootstrap
    from maild.config import load_settings

    return bootstrap.worker(load_settings(config, required=config is not None)).review


def _operator(args: argparse.Namespace) -> str:
    import getpass

    return args.operator or getpass.getuser()


def _emit(args: argparse.Namespace, data: Any, text: str) -> int:
    print(json.dumps(data, indent=2, default=str) if args.json else text)
    return 0


def _list(args: argparse.Namespace) -> int:
    rows = review_of(args.config).queue(status=args.status, request_type=args.type)
    lines = [f"{'case':15} {'age':>7}  {'type':18} {'sender':34} reason"]
    lines += [f"{r['ref']:15} {r['age_hours']:6.1f}h  {r['request_type']:18} {r['sender'][:34]:34} {r['reason'][:80]}"
              for r in rows]
    return _emit(args, rows, "\n".join(lines) if rows else "the queue is empty")


def _show(args: argparse.Namespace) -> int:
    case = review_of(args.config).show(args.ref)
    lines = [f"{case['ref']}  {case['status']}  {case['request_type']}  from {case['sender']}",
             f"  subject: {case['subject']}", f"  opened:  {case['opened_at']}"]
    for mail in case["mails"]:
        lines.append(f"  mail {mail['id']} ({mail['received_at'][:16]}): {mail['sender_kind']} / "
                     f"{mail['request_type']} -> {mail['action']}")
        lines += [f"    file: {a['filename']} ({a['kind']}, {a['size']} bytes)" for a in mail["attachments"]]
        lines += [f"    missing: {m}" for m in mail["missing"]]
        lines += [f"    template: row {e['row']} {e['column']}: {e['code']}" for e in mail["template_errors"]]
        lines += [f"    review: {f}" for f in mail["review_flags"]]
    lines += [f"  reply {r['kind']}: {r['status']} to {r['recipient']}" for r in case["replies"]]
    lines += [f"  audit {a['at'][:19]} {a['actor']}: {a['event']}" for a in case["audit"]]
    return _emit(args, case, "\n".join(lines))


def _decide(args: argparse.Namespace) -> int:
    result = review_of(args.config).decide(args.ref, _operator(args), request_type=args.type,
                                           sender_kind=args.sender_kind, action=args.action, note=args.note)
    return _emit(args, result, f"{result['ref']}: {result['action']}, case {result['status']}"
                               + (f", {result['reply']} reply sent" if result["reply"] else ""))


def _reply(args: argparse.Namespace) -> int:
    result = review_of(args.config).reply(args.ref, _operator(args), args.message)
    return _emit(args, result, f"{result['ref']}: reply sent")


def _close(args: argparse.Namespace) -> int:
    result = review_of(args.config).close(args.ref, _operator(args), args.note)
    return _emit(args, result, f"{result['ref']}: closed" + (", closure reply sent" if result["reply"] else ""))


def _stats(args: argparse.Namespace) -> int:
    data = review_of(args.config).stats()
    lines = ["mails by request type: " + ", ".join(f"{k} {v}" for k, v in sorted(data["mails_by_request_type"].items())),
             "mails by action:       " + ", ".join(f"{k} {v}" for k, v in sorted(data["mails_by_action"].items())),
             "cases by status:       " + ", ".join(f"{k} {v}" for k, v in sorted(data["cases_by_status"].items())),
             f"median hours to acknowledge: {_none(data['median_hours_to_acknowledge'])}",
             f"median hours to close:       {_none(data['median_hours_to_close'])}"]
    return _emit(args, data, "\n".join(lines))


def _none(value: Any) -> str:
    """A figure, or "none" where there is nothing to count yet."""
    return "none" if value is None else str(value)
