"""A test-only crash hook: `MAILD_FAULT=name:N` ends the process at the Nth pass of a checkpoint.

`name:N:stop` freezes the process there instead (SIGSTOP to itself), as a paused VM would.

Like mbsync's -Tj, it lets a test stop maild between any two steps (after
the fetch, after the decision is committed, after the move, after a reply is
claimed, after the SMTP server accepted it) and check that a restart resumes
to the same state. Without the variable a checkpoint is a dictionary lookup.
"""

from __future__ import annotations

import os
import signal

_counts: dict[str, int] = {}
_SPEC = os.environ.get("MAILD_FAULT", "")
_NAME, _, _REST = _SPEC.partition(":")
_N, _, _MODE = _REST.partition(":")
_AT = int(_N) if _N.isdigit() else 1

CHECKPOINTS = ("after_fetch", "in_record", "after_record", "after_file", "after_claim", "after_send", "after_mark_sent")


def checkpoint(name: str) -> None:
    """End the process here (exit code 101) when MAILD_FAULT names this checkpoint, or freeze it."""
    if name != _NAME:
        return
    _counts[name] = _counts.get(name, 0) + 1
    if _counts[name] == _AT and _MODE == "stop":
        os.kill(os.getpid(), signal.SIGSTOP)
    elif _counts[name] >= _AT and _MODE != "stop":
        os._exit(101)
