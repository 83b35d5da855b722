"""One exception root for maild; each subclass says when it is raised."""

from __future__ import annotations


class MaildError(Exception):
    """Root of every error maild raises on purpose."""


class ConfigError(MaildError):
    """The configuration file or an environment override is wrong; the message names file and key."""


class RulesError(MaildError):
    """A rule file in rules/ is missing or invalid; the message names file and key."""


class MailReadError(MaildError):
    """A mail file could not be read from disk (missing, unreadable, a directory)."""
