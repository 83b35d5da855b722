"""Why a case is where it is, in words: never empty, never a bare code.

A case comes to review for many reasons, and not all of them are in its
latest mail's verdict: one of its replies bounced, a pass kept a reply back
(the daily cap, a stranger to the case), an operator split a mail out or
moved one in. facts() gathers them from the verdict and the case's audit rows
since that mail; the words are the template's (templates/review/why.txt.j2),
which turns every code into the plain words of templates/_labels.j2.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from maild.app.ports import Renderer

TEMPLATE = "review/why.txt.j2"


def facts(status: str, verdict: dict[str, Any], error: str, events: Iterable[Any],
          merged_into: str = "") -> dict[str, Any]:
    """What says why: the verdict's flags, what is missing, and the audit rows' bounces, notes,
    splits and moves (each row has event, actor and detail)."""
    found: dict[str, Any] = {"status": status, "bounces": [], "splits": [], "moves": [], "note": "",
                             "oversize": None, "decided": None, "merged_into": merged_into}
    for row in events:
        _event(found, row.event, row.actor or "", row.detail or {})
    found["error"] = error
    found["flags"] = [str(f) for f in verdict.get("review_flags") or []]
    found["missing"] = [str(m) for m in verdict.get("missing") or []] if status in ("review", "waiting") else []
    found["template_errors"] = len(verdict.get("template_errors") or []) if status in ("review", "waiting") else 0
    reasons = [str(r) for r in verdict.get("reasons") or []]
    found["reason"] = reasons[-1] if reasons else ""
    found["specific"] = any(found[k] for k in ("bounces", "splits", "moves", "note", "oversize", "error", "flags",
                                               "decided", "missing", "template_errors", "merged_into"))
    return found


def _event(found: dict[str, Any], event: str, actor: str, detail: dict[str, Any]) -> None:
    if event == "reply_bounced":
        found["bounces"].append({"kind": str(detail.get("kind", "reply")),
                                 "recipient": str(detail.get("recipient", "")),
                                 "diagnostic": str(detail.get("diagnostic", ""))})
    elif event == "decided" and detail.get("note"):
        found["note"] = str(detail["note"])
    elif event == "oversize":
        found["oversize"] = {"size": detail.get("size", "?"), "limit": detail.get("limit", "?")}
    elif event == "mail_split" and detail.get("from"):
        found["splits"].append({"source": str(detail["from"]), "actor": actor, "note": str(detail.get("note", ""))})
    elif event in ("mail_moved", "case_merged") and detail.get("from"):
        what = "a mail" if event == "mail_moved" else "the mails of another case"
        found["moves"].append({"what": what, "source": str(detail["from"]), "actor": actor,
                               "note": str(detail.get("note", ""))})
    elif event == "operator_decided":
        found["decided"] = {"actor": actor, "action": str(detail.get("action", "")),
                            "note": str(detail.get("note", ""))}


def words(renderer: Renderer, why: dict[str, Any]) -> str:
    """The facts as one line of plain words, phrases joined by '; '."""
    text = renderer.render(TEMPLATE, why=why)
    phrases = [line.strip() for line in text.splitlines() if line.strip()]
    return "; ".join(dict.fromkeys(phrases)) or f"the case is {why['status']}"
