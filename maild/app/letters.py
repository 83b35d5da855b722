"""Every mail maild writes, built in one place: a template rendered, then made a message.

A letter is the text of `templates/reply/<kind>.txt.j2` (its first line is the
Subject:) around the facts of its case, made into RFC 5322 bytes by
maild.core.message with the helpdesk as sender, a Message-ID fixed in
advance, and the thread it answers (In-Reply-To, References). Replies to a
mail, notices, reminders, digests, alerts and an operator's words all come
out of letter(); the outbox sends what this returns.

What a template is given of a mail is cleaned first (maild.core.reply_text):
every value decoded and freed of control, separator and direction characters;
the officer's subject without Re:/Fwd:, case references, links or long
numbers (in a reply and in the operators' digest alike); the name greeted
only when it is a name, a template cell quoted only when it is a date or a
name. A reply an operator decided, wrote or
closed is not marked automatic. Times are shown in the office's zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.utils import format_datetime, make_msgid
from typing import Any
from zoneinfo import ZoneInfo

from maild.app.ports import Clock, Renderer
from maild.config import Settings
from maild.core.language import language_of
from maild.core.message import build_message
from maild.core.model import Verdict
from maild.core.rawmail import references
from maild.core.records import NewReply
from maild.core.reply import ReplyPlan, reply_message_id
from maild.core.reply_text import VerdictView, officer_subject, one_line
from maild.core.times import shown


class Letters:
    """The letters of one mailbox (its name is part of every fixed Message-ID)."""

    def __init__(self, settings: Settings, renderer: Renderer, clock: Clock, mailbox: str) -> None:
        self.settings, self.renderer, self.clock, self.mailbox = settings, renderer, clock, mailbox

    def letter(self, template: str, *, kind: str, recipient: str, message_id: str, in_reply_to: str = "",
               references: Sequence[str] = (), automatic: bool = True, **context: Any) -> NewReply:
        """The template rendered with the helpdesk's details and `context`, as a mail to `recipient`."""
        text = self.renderer.render(template, helpdesk=self.helpdesk(), automatic=automatic, **context)
        subject, body = build_message(text, sender=self.sender(), recipient=recipient, message_id=message_id,
                                      in_reply_to=in_reply_to, references=tuple(references),
                                      date=format_datetime(self.clock()), automatic=automatic)
        return NewReply(kind, message_id, recipient, subject, body)

    # -- the helpdesk --------------------------------------------------------------------------------

    @property
    def _replies(self) -> Any:
        return self.settings.section("replies")

    def domain(self) -> str:
        return self.settings.helpdesk_domain()

    def sender(self) -> tuple[str, str]:
        return str(self._replies["from_name"]), str(self._replies["from_address"])

    def helpdesk(self) -> dict[str, str]:
        r = self._replies
        return {"name": str(r["from_name"]), "office": str(r["helpdesk_office"]), "phones": str(r["helpdesk_phones"]),
                "name_hi": str(r["from_name_hi"]), "office_hi": str(r["helpdesk_office_hi"])}

    def redirects(self) -> dict[str, str]:
        return {"eccs": str(self._replies["eccs_contact"]), "trade_portal": str(self._replies["trade_portal_contact"])}

    def fixed_id(self, identity: str, kind: str) -> str:
        """A Message-ID derived from what the letter is about: the same letter never gets two."""
        return reply_message_id(identity, kind, self.domain())

    def zone(self) -> ZoneInfo:
        return ZoneInfo(str(self.settings.section("reminders")["timezone"]))

    # -- the letters ---------------------------------------------------------------------------------

    def reply(self, plan: ReplyPlan, verdict: Verdict, case_ref: str, raw: bytes) -> NewReply:
        """maild's answer to a decided mail, with its case reference, in the mail's thread."""
        refs = tuple(r for r in (*references(raw), verdict.message_id) if r)
        return self.letter(plan.template, kind=plan.kind, recipient=plan.recipient, message_id=plan.message_id,
                           in_reply_to=verdict.message_id, references=refs, v=VerdictView(verdict.as_dict()),
                           case_ref=case_ref, subject=officer_subject(verdict.subject, case_ref),
                           redirect=self.redirects())

    def oversize(self, notice: ReplyPlan, subject: str, size: int, message_id: str, case_ref: str = "") -> NewReply:
        """The sender of a mail too large to download is told so, and what the limit is."""
        limit = int(self.settings.section("mailbox")["max_size"])
        return self.letter(notice.template, kind=notice.kind, recipient=notice.recipient,
                           message_id=notice.message_id, in_reply_to=message_id, references=(message_id,),
                           subject=officer_subject(subject, case_ref), case_ref=case_ref,
                           language=language_of(subject), size_mb=f"{size / 1e6:.1f}", limit_mb=f"{limit / 1e6:.0f}")

    def alert(self, what: str, detail: str, operator: str) -> NewReply:
        """An operator is told the mailbox is not being read ('down'), or is again ('recovered')."""
        return self.letter("reply/alert.txt.j2", kind=f"alert_{what}", recipient=operator,
                           message_id=make_msgid(idstring=f"maild.alert.{what}", domain=self.domain()),
                           mailbox=self.mailbox, what=what, detail=one_line(detail, 300))

    def reminder(self, kind: str, key: str, case: Any, thread: Sequence[str], verdict: dict[str, Any],
                 seq: int) -> NewReply:
        """A reminder of what is still missing, or the final notice ('abandoned'), in the case's thread."""
        return self.letter(f"reply/{kind}.txt.j2", kind=kind, recipient=case.sender,
                           message_id=self.fixed_id(key, kind), in_reply_to=thread[-1] if thread else "",
                           references=thread[-10:], case_ref=case.ref, subject=officer_subject(case.subject, case.ref),
                           v=VerdictView(verdict), seq=seq)

    def digest(self, key: str, operator: str, cases: list[dict[str, Any]]) -> NewReply:
        """The operators' list of acknowledged cases still open past the overdue time, times in the office's zone."""
        zone = self.zone()
        rows = [{**c, "subject": officer_subject(str(c.get("subject") or ""), str(c.get("ref") or ""), 70),
                 "acknowledged": shown(c.get("acknowledged_at"), zone)} for c in cases]
        return self.letter("reply/digest.txt.j2", kind="digest", recipient=operator,
                           message_id=self.fixed_id(f"{key}\0{operator}", "digest"), cases=rows,
                           mailbox=self.mailbox, now=shown(self.clock(), zone))

    def decision(self, kind: str, queued_as: str, mail_id: int, verdict: Verdict, case_ref: str) -> NewReply:
        """The reply an operator's decision calls for (`kind`), queued as `queued_as`: not automatic."""
        return self.letter(f"reply/{kind}.txt.j2", kind=queued_as, recipient=verdict.sender,
                           message_id=self.fixed_id(f"{self.mailbox}\0{mail_id}\0{queued_as}", kind),
                           in_reply_to=verdict.message_id, references=(verdict.message_id,), automatic=False,
                           v=VerdictView(verdict.as_dict()), case_ref=case_ref,
                           subject=officer_subject(verdict.subject, case_ref), redirect=self.redirects())

    def operator_reply(self, case: Any, number: int, in_reply: str, message: str, operator: str,
                       verdict: dict[str, Any] | None = None) -> NewReply:
        """An operator's own words to the requester (the case's `number`-th), threaded to the case."""
        return self.letter("reply/operator.txt.j2", kind="operator_reply", recipient=case.sender,
                           message_id=self.fixed_id(f"{self.mailbox}\0case:{case.id}\0reply:{number}",
                                                    "operator_reply"),
                           in_reply_to=in_reply, references=(in_reply,) if in_reply else (), automatic=False,
                           case_ref=case.ref, message=message, v=VerdictView(verdict or {}),
                           subject=officer_subject(case.subject, case.ref), operator=operator)

    def closure(self, case: Any, in_reply: str, verdict: dict[str, Any], note: str) -> NewReply:
        """The closing reply an operator sends: what was done, once the ID is created or the password reset."""
        return self.letter("reply/closure.txt.j2", kind="closure", recipient=case.sender,
                           message_id=self.fixed_id(f"{self.mailbox}\0case:{case.id}\0closure", "closure"),
                           in_reply_to=in_reply, references=(in_reply,) if in_reply else (), automatic=False,
                           v=VerdictView(verdict), case_ref=case.ref, note=note,
                           subject=officer_subject(case.subject, case.ref))
