"""The operators' commands: `maild review list|show|attachment|decide`, `maild case reply|close|merge|split`,
`maild stats` (and `maild cases`, in cli_cases).

Readable text by default, `--json` for scripts; times in the office's zone
(`[reminders] timezone`). The logic is in maild.app.review; `review show`'s text
is the template templates/review/show.txt.j2.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from maild.interfaces.cli_common import emit as _emit
from maild.interfaces.cli_common import local, opened, review_of, table
from maild.interfaces.outcomes import advice, exit_code, said
from maild.interfaces.terminal import cleaned, line


REF = "the case reference, e.g. SS-2026-000123"


def register(sub: Any) -> None:
    from maild.app.review import ACTIONS, SENDER_KINDS, STATUSES
    from maild.core.model import REQUEST_TYPES
    from maild.interfaces.cli_cases import register as register_cases

    review = sub.add_parser("review", help="the review queue: list, show and decide cases")
    rsub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    lst = rsub.add_parser("list", help="the queue, oldest first, with age, time waiting, sender, type and why")
    lst.add_argument("--status", default="review", choices=("", *STATUSES), metavar="STATUS",
                     help=f"case status to list (default review; '' for all): {', '.join(STATUSES)}")
    lst.add_argument("--type", default="", choices=("", *REQUEST_TYPES), metavar="TYPE",
                     help=f"only this request type: {', '.join(REQUEST_TYPES)}")
    _common(lst, _list)
    show = rsub.add_parser("show", help="a case: why, each mail's text and details, attachments, replies, "
                                        "timeline, audit")
    show.add_argument("ref", help=REF)
    show.add_argument("--quoted", action="store_true", help="also print the quoted history of each mail")
    _common(show, _show)
    att = rsub.add_parser("attachment", help="write an attachment of a case to a file (never to a terminal)")
    att.add_argument("ref", help=REF)
    att.add_argument("id", type=int, metavar="ID", help="the attachment's number, as review show lists it")
    att.add_argument("--out", default=None, metavar="FILE",
                     help="the file to write, never overwritten (default: the attachment's own name, made safe, "
                          "in the current folder); '-' for standard output, refused when it is a terminal")
    _common(att, _attachment)
    decide = rsub.add_parser("decide", help="override the verdict; the right reply then goes out")
    decide.add_argument("ref", help=REF)
    decide.add_argument("--type", default="", choices=REQUEST_TYPES, help="the request type (default: as triaged)")
    decide.add_argument("--sender-kind", default="", choices=SENDER_KINDS, help="the sender kind (default: as triaged)")
    decide.add_argument("--action", default="", choices=ACTIONS,
                        help="the action (default: request_missing while something is missing, else acknowledge)")
    decide.add_argument("--note", default="", help="why (kept in the audit log)")
    _common(decide, _decide, writes=True)
    _case_commands(sub)
    stats = sub.add_parser("stats", help="counts by type, action and status; median times")
    _common(stats, _stats)
    register_cases(sub)


def _case_commands(sub: Any) -> None:
    case = sub.add_parser("case", help="act on a case: reply, close, merge, split")
    csub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    answer = csub.add_parser("reply", help="send the requester a message of your own, threaded to the case")
    answer.add_argument("ref", help=REF)
    answer.add_argument("--message", required=True, help="the text of the reply")
    _common(answer, _reply, writes=True)
    close = csub.add_parser("close", help="close a case once done; the closure reply goes out")
    close.add_argument("ref", help=REF)
    close.add_argument("--note", default="", help="what was done (quoted in the reply and the audit)")
    _common(close, _close, writes=True)
    merge = csub.add_parser("merge", help="merge a case (or, with --mail, one of its mails) into another case")
    merge.add_argument("ref", help="the case to merge (its mails move), e.g. SS-2026-000123")
    merge.add_argument("--into", required=True, help="the case they move into")
    merge.add_argument("--mail", type=int, default=None, help="only this mail of the case (see review show)")
    merge.add_argument("--note", default="", help="why (kept in the audit log)")
    _common(merge, _merge, writes=True)
    split = csub.add_parser("split", help="split a mail out of its case into a new case of its own")
    split.add_argument("ref", help="the case the mail is in, e.g. SS-2026-000123")
    split.add_argument("--mail", type=int, required=True, help="the mail to split out (see review show)")
    split.add_argument("--note", default="", help="why (kept in the audit log)")
    _common(split, _split, writes=True)


def _common(parser: argparse.ArgumentParser, handler: Any, writes: bool = False) -> None:
    """--config and --json; --operator only for the commands that act (a read is not audited)."""
    parser.add_argument("--config", type=Path, default=None, help="config file (default ./maild.toml)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    if writes:
        parser.add_argument("--operator", default="", help="your name for the audit log (default: $USER)")
    parser.set_defaults(handler=handler)


def _operator(args: argparse.Namespace) -> str:
    import getpass

    return args.operator or getpass.getuser()


def _list(args: argparse.Namespace) -> int:
    rows = review_of(args.config, reads=True).queue(status=args.status, request_type=args.type)
    return _emit(args, rows, table(rows) if rows else "the queue is empty")


def _show(args: argparse.Namespace) -> int:
    from maild.adapters.templates import Templates

    settings, review, zone = opened(args.config, reads=True)
    case = review.show(args.ref)
    text = Templates(settings.paths.templates).render("review/show.txt.j2", case=cleaned(case), quoted=args.quoted,
                                                      local=lambda iso: local(iso, zone))
    return _emit(args, case, text.rstrip("\n"))


def _attachment(args: argparse.Namespace) -> int:
    """An attachment's bytes into a new file, or down a pipe: never over a file, never on a terminal."""
    if args.out == "-" and (args.json or sys.stdout.isatty()):
        print("maild: --out - writes the attachment's bytes to standard output: not to a terminal, and not "
              "with --json; give --out FILE", file=sys.stderr)
        return 2
    filename, _type, data = review_of(args.config, reads=True).case_attachment(args.ref, args.id)
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    path = Path(args.out) if args.out else Path(safe_name(filename, args.id))
    try:
        with path.open("xb") as out:
            out.write(data)
    except FileExistsError:
        print(f"maild: {line(str(path))} exists: not overwritten (give another --out FILE)", file=sys.stderr)
        return 1
    done = {"ref": args.ref, "id": args.id, "filename": filename, "size": len(data), "written_to": str(path)}
    return _emit(args, done, f"attachment {args.id} of {args.ref} ({line(filename)}, {len(data)} bytes) "
                             f"written to {line(str(path))}")


def safe_name(filename: str, number: int) -> str:
    """A file name a mail chose, made safe to create here: no folder, no hidden file, no control or
    shell-special character, no leading '-', at most 120 characters (its extension kept)."""
    base = line(filename).replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[^\w\u0900-\u097f.()+ -]", "_", base).lstrip(" .-").rstrip(" .")
    stem, dot, ext = name.rpartition(".")
    if len(name) > 120:
        name = (stem[: 119 - len(ext[:16])] + "." + ext[:16]) if dot else name[:120]
    return name or f"attachment-{number}"


def _decide(args: argparse.Namespace) -> int:
    _, review, zone = opened(args.config)
    result = review.decide(args.ref, _operator(args), request_type=args.type, sender_kind=args.sender_kind,
                           action=args.action, note=args.note)
    return _acted(args, "decide", result, zone)


def _reply(args: argparse.Namespace) -> int:
    _, review, zone = opened(args.config)
    return _acted(args, "reply", review.reply(args.ref, _operator(args), args.message), zone)


def _close(args: argparse.Namespace) -> int:
    _, review, zone = opened(args.config)
    return _acted(args, "close", review.close(args.ref, _operator(args), args.note), zone)


def _acted(args: argparse.Namespace, what: str, result: dict[str, Any], zone: Any) -> int:
    """Say what was recorded and what became of its letter; exit 75 while the letter waits for
    the SMTP server, 1 when it was refused or may have gone (a person acts), else 0."""
    _emit(args, result, said(what, result, lambda iso: local(iso, zone)))
    warning = advice(what, result)
    if warning:
        print(line(warning), file=sys.stderr)
    return exit_code(result)


def _merge(args: argparse.Namespace) -> int:
    review = review_of(args.config)
    if args.mail is None:
        result = review.merge_case(args.ref, args.into, _operator(args), args.note)
        return _emit(args, result, f"case {result['from']} merged into {result['ref']} ({result['mails']} mail(s))")
    result = review.move_mail(args.ref, args.mail, args.into, _operator(args), args.note)
    return _emit(args, result, f"mail {args.mail} moved from {result['from']} into {result['ref']}"
                               + (f"; {result['from']} had no mail left and is merged" if result["status"] == "merged"
                                  else ""))


def _split(args: argparse.Namespace) -> int:
    result = review_of(args.config).split_mail(args.ref, args.mail, _operator(args), args.note)
    return _emit(args, result, f"mail {args.mail} split out of {result['from']} into a new case, {result['ref']} "
                               "(in review)")


def _stats(args: argparse.Namespace) -> int:
    data = review_of(args.config, reads=True).stats()
    shown = cleaned(data)
    lines = [f"mails by request type: {_counts(shown['mails_by_request_type'])}",
             f"mails by action:       {_counts(shown['mails_by_action'])}",
             f"cases by status:       {_counts(shown['cases_by_status'])}",
             f"median hours to acknowledge: {_none(data['median_hours_to_acknowledge'])}",
             f"median hours to close:       {_none(data['median_hours_to_close'])}"]
    return _emit(args, data, "\n".join(lines))


def _counts(counts: dict[str, int]) -> str:
    """'acknowledge 3, review 2', or "none" where there is nothing to count yet."""
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))) or "none"


def _none(value: Any) -> str:
    """A figure, or "none" where there is nothing to count yet."""
    return "none" if value is None else str(value)
