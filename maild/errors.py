"""One exception root for maild; each subclass says when it is raised."""

from __future__ import annotations


class MaildError(Exception):
    """Root of every error maild raises on purpose."""


class ConfigError(MaildError):
    """The configuration file or an environment override is wrong; the message names file and key."""


class RulesError(MaildError):
    """A rule file in rules/ is missing or invalid; the message names file and key."""


class MailboxError(MaildError):
    """The mailbox (IMAP server or local Maildir) could not be reached or refused an operation.
    `outage` is false when waiting will not help (the server refused maild's credentials, or the
    config asks for something it must not do): the command exits 1 rather than 75."""

    def __init__(self, message: str, *, outage: bool = True) -> None:
        super().__init__(message)
        self.outage = outage


class SendError(MaildError):
    """A reply could not be handed over. `permanent` is true for a 5xx refusal (do not retry);
    `uncertain` when the connection broke after the message was sent (never resend blindly)."""

    def __init__(self, message: str, *, permanent: bool = False, uncertain: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.uncertain = uncertain


class StoreError(MaildError):
    """The database refused an operation or has an older schema than the code."""


class LeaseLost(StoreError):
    """This worker's lease on the mailbox expired and another worker holds it now: it writes nothing more."""


class AlreadyRecorded(StoreError):
    """The mail was recorded before (by another pass, or another worker): its unique key refused it."""
