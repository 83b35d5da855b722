"""Deployment settings that triage needs: the helpdesk's own addresses, trust, limits.

These come from the config file (not from rules/): they describe where maild
runs, not the vocabulary of the mail it reads.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TriagePolicy:
    """Settings for one mailbox's triage.

    `authserv_ids`: the receiving server's authserv-id(s); when empty, only the
    topmost Authentication-Results field is trusted. `relaxed_alignment` lets a
    DKIM or DMARC pass for a parent domain of the From: domain count.
    """

    own_addresses: tuple[str, ...] = ("saksham.seva@icegate.gov.in",)
    authserv_ids: tuple[str, ...] = ()
    relaxed_alignment: bool = False
    max_mail_bytes: int = 40_000_000
    max_parts: int = 500
    max_depth: int = 30
    max_attachment_bytes: int = 30_000_000
