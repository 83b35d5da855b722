"""What an operator is told after deciding, replying or closing, on the terminal and in the console.

The decision, the reply or the closure is recorded before anything is sent;
the letter it calls for is then handed to the SMTP server. The operator is
told which of these it came to: sent; queued and not sent yet (the server was
out of reach: the next pass sends it, and the command run again decides and
sends nothing twice); refused for good; or uncertain (the connection broke
while it was handed over). The exit code follows the README: 0 sent or
nothing to send, 75 queued for later, 1 refused or uncertain (a person acts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

EX_TEMPFAIL = 75
LETTERS = {"acknowledge": "acknowledgement", "request_missing": "request for what is missing",
           "redirect": "redirect", "closure": "closure reply", "operator_reply": "reply"}
RECORDED = {"decide": "the decision is recorded", "reply": "the reply is recorded",
            "close": "the case is closed"}
REPEATED = {"decide": "the same decision was made before", "reply": "the same words were queued before",
            "close": "it was closed before"}


def said(what: str, result: dict[str, Any], when: Callable[[str | None], str]) -> str:
    """One line for the operator: what was recorded, then what became of its letter.

    `what` is decide, reply or close; `when` shows a stored time in the office's zone."""
    ref = result["ref"]
    if what == "decide":
        head = f"{ref}: {result['action']}, case {result['status']}"
    elif what == "close":
        head = f"{ref}: closed"
    else:
        head = f"{ref}: reply"
    if result.get("repeat"):
        head = f"{head} ({REPEATED[what]}: nothing recorded or queued again)"
    return head + letter_said(result, when)


def letter_said(result: dict[str, Any], when: Callable[[str | None], str]) -> str:
    """What became of the letter an action queued, or "" when it called for none."""
    kind = str(result.get("reply") or "")
    if not kind:
        return ""
    letter = LETTERS.get(kind, kind.replace("_", " "))
    status, error = result.get("reply_status", ""), result.get("reply_error", "")
    if status == "sent":
        return f"; the {letter} was sent"
    if status == "sending":
        return f"; the {letter} is being handed to the SMTP server by another maild process just now"
    if status == "pending":
        after = when(result.get("reply_next_attempt"))
        return (f"; the {letter} is queued and NOT sent yet ({error or 'not tried yet'}): it goes out with "
                f"the next pass" + (f" from {after} on" if after else ""))
    if status == "failed":
        return f"; the {letter} was NOT sent: the SMTP server refused it ({error}); it is not tried again"
    if status == "uncertain":
        return (f"; the {letter} may or may not have been delivered (the connection broke while it was "
                f"handed over: {error}); check with the recipient before writing again")
    return f"; the {letter} is {status or 'not known'}"


def exit_code(result: dict[str, Any]) -> int:
    """0 sent (or nothing to send), 75 queued for the next pass, 1 refused or uncertain."""
    status = result.get("reply_status", "") if result.get("reply") else ""
    if status in ("pending", "sending"):
        return EX_TEMPFAIL
    return 1 if status in ("failed", "uncertain") else 0


def advice(what: str, result: dict[str, Any]) -> str:
    """What to do about a letter that did not go (for stderr), or ""."""
    code = exit_code(result)
    if code == EX_TEMPFAIL:
        return (f"maild: {RECORDED[what]} and its letter is kept in the outbox; the next pass (maild "
                "poll, or the daemon) sends it once the SMTP server can be reached. Running this command "
                "again decides and sends nothing twice.")
    if code:
        return f"maild: {RECORDED[what]}, but its letter did not go as it should: see the case's replies"
    return ""
