"""Separate what this mail says from what it quotes and what it forwards.

Quoted text of earlier mails (">" lines, everything below "On ... wrote:" or
an Outlook "From: ... Sent: ..." block) does not count: a document named only
there is not attached by this mail. A forwarded original does count: it is
part of the request, though its sign-off is not the forwarder's signature.
"""

from __future__ import annotations

import re

from maild.core.ruleset import QuotingRules


def split_quoted(text: str, rules: QuotingRules, subject: str) -> tuple[str, str]:
    """Return (own text, forwarded originals); quoted text is dropped from both."""
    forward_subject = bool(rules.forward_subject.search(subject or ""))
    own, kind, rest = _first_marker(text, rules, forward_subject, in_forward=False)
    forwarded: list[str] = []
    guard = 0
    while kind == "forward" and guard < 50:
        segment, kind, rest = _first_marker(rest, rules, forward_subject, in_forward=True)
        forwarded.append(_unquote(segment))
        guard += 1
    return _unquote(own), "\n".join(f for f in forwarded if f.strip())


def _first_marker(text: str, rules: QuotingRules, forward_subject: bool,
                  in_forward: bool) -> tuple[str, str, str]:
    """Text before the earliest marker, the marker's kind ('quote', 'forward', ''), text after it."""
    head_end = _head_end(text) if in_forward else 0
    best: tuple[int, int, str] | None = None
    for regex in rules.forward_markers:
        best = _earliest(best, regex.search(text), "forward")
    either = "forward" if forward_subject and not in_forward else "quote"
    for regex in rules.forward_when_subject:
        best = _earliest(best, regex.search(text, head_end), either)
    for regex in rules.quote_markers:
        for match in regex.finditer(text):
            if match.start() >= head_end:
                best = _earliest(best, match, "quote")
                break
    block = _header_block(text, rules, head_end)
    if block is not None:
        if best is None or block < best[0]:
            best = (block, block, either)
    if best is None:
        return text, "", ""
    start, end, kind = best
    if kind == "forward":
        line_end = text.find("\n", end)
        after = text[line_end + 1:] if line_end >= 0 else ""
        if start == end:  # a header block: keep its lines as the forwarded header
            after = text[start:]
        return text[:start], kind, after
    return text[:start], kind, ""


def _earliest(best: tuple[int, int, str] | None, match: re.Match[str] | None,
              kind: str) -> tuple[int, int, str] | None:
    if match is None:
        return best
    if best is None or match.start() < best[0]:
        return (match.start(), match.end(), kind)
    return best


def _head_end(text: str) -> int:
    """End of a forwarded message's own header lines (From:, Date:, Subject:, To:)."""
    stripped = len(text) - len(text.lstrip("\n\r \t"))
    gap = text.find("\n\n", stripped)
    return gap if gap >= 0 else len(text)


def _header_block(text: str, rules: QuotingRules, not_before: int) -> int | None:
    """Position of an Outlook-style header block ('From:' then 'Sent:' and 'To:'/'Subject:')."""
    for match in rules.header_block_start.finditer(text):
        if match.start() < not_before:
            continue
        following = text[match.end():].split("\n", 6)[1:6]
        if all(any(p.search(line) for line in following) for p in rules.header_block_lines):
            return match.start()
    return None


def _unquote(text: str) -> str:
    """Drop '>' quoted lines that a reply left inline."""
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
